import SimCore
import JSONValue

/// Log groups: CreateLogGroup, DeleteLogGroup, DescribeLogGroups, retention and tags.
extension LogsBackend {
    static let retentionValues = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
                                  2922, 3288, 3653]

    /// The group named by `logGroupName` or `logGroupIdentifier` (a name or an ARN).
    func groupName(_ input: JSON) throws(AWSServiceError) -> String {
        var name = input["logGroupName"].string
        if let identifier = input["logGroupIdentifier"].string {
            if name != nil {
                throw AWSServiceError.logsInvalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.")
            }
            name = identifier.hasPrefix("arn:") ? Self.groupName(fromARN: identifier) : identifier
        }
        guard let name else {
            throw AWSServiceError.logsInvalidParameter("Either the log group name or the log group ARN must be specified.")
        }
        guard groupInfo[name] != nil else { throw AWSServiceError.logGroupNotFound }
        return name
    }

    static func groupName(fromARN arn: String) -> String {
        guard let range = arn.firstRange(of: ":log-group:") else { return arn }
        var name = String(arn[range.upperBound...])
        if name.hasSuffix(":*") { name.removeLast(2) }
        return name
    }

    func storedBytes(_ name: String) -> Int {
        (groups[name] ?? [:]).values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.message.utf8.count + 26 } }
    }

    func groupJSON(_ info: GroupInfo) -> JSON {
        var object = JSONObject()
        object["logGroupName"] = .string(info.name)
        object["creationTime"] = .int(Int(info.creationTime.milliseconds))
        if let days = info.retentionInDays { object["retentionInDays"] = .int(days) }
        object["metricFilterCount"] = 0
        object["arn"] = .string(groupARN(info.name) + ":*")
        object["storedBytes"] = .int(storedBytes(info.name))
        if let key = info.kmsKeyID { object["kmsKeyId"] = .string(key) }
        object["logGroupClass"] = .string(info.logGroupClass)
        object["logGroupArn"] = .string(groupARN(info.name))
        return .object(object)
    }

    func createLogGroupOperation(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let name = input["logGroupName"].string else {
            throw AWSServiceError.logsInvalidParameter("The logGroupName parameter is required.")
        }
        let tags = (input["tags"].object?.pairs ?? []).map { (key: $0.key, value: $0.value.string ?? "") }
        try createLogGroup(name: name, tags: tags)
        if let logClass = input["logGroupClass"].string {
            guard ["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"].contains(logClass) else {
                throw AWSServiceError.logsConstraint(logClass, member: "logGroupClass",
                                                     "Member must satisfy enum value set: [STANDARD, INFREQUENT_ACCESS, DELIVERY]")
            }
            groupInfo[name]?.logGroupClass = logClass
        }
        groupInfo[name]?.kmsKeyID = input["kmsKeyId"].string
        return [:]
    }

    func deleteLogGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try groupName(input)
        groupInfo[name] = nil
        groups[name] = nil
        streamInfo[name] = nil
        return [:]
    }

    func describeLogGroups(_ input: JSON) throws(AWSServiceError) -> JSON {
        let prefix = input["logGroupNamePrefix"].string
        let pattern = input["logGroupNamePattern"].string
        if prefix != nil && pattern != nil {
            throw AWSServiceError.logsInvalidParameter("LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.")
        }
        let identifiers = EC2Backend.strings(input["logGroupIdentifiers"]).map { $0.hasPrefix("arn:") ? Self.groupName(fromARN: $0) : $0 }
        let names = groupInfo.keys.sorted().filter { name in
            (prefix.map { name.hasPrefix($0) } ?? true)
                && (pattern.map { name.lowercased().contains($0.lowercased()) } ?? true)
                && (identifiers.isEmpty || identifiers.contains(name))
                && (input["logGroupClass"].string.map { groupInfo[name]?.logGroupClass == $0 } ?? true)
        }
        let items = names.compactMap { groupInfo[$0] }.map(groupJSON)
        return try LogsPaging.page(items, key: "logGroups", input: input, maxLimit: 50)
    }

    func putRetentionPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try groupName(input)
        let days = input["retentionInDays"].int ?? 0
        guard Self.retentionValues.contains(days) else {
            throw AWSServiceError.logsConstraint(String(days), member: "retentionInDays",
                                                 "Member must satisfy enum value set: [\(Self.retentionValues.map(String.init).joined(separator: ", "))]")
        }
        groupInfo[name]?.retentionInDays = days
        return [:]
    }

    func deleteRetentionPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try groupName(input)
        groupInfo[name]?.retentionInDays = nil
        return [:]
    }

    /// Events past the group's retention are gone.
    func retained(_ events: [Event], group: String) -> [Event] {
        guard let days = groupInfo[group]?.retentionInDays else { return events }
        let cutoff = simulation.now - SimDuration.hours(Int64(days) * 24)
        return events.filter { $0.timestamp >= cutoff }
    }

    // MARK: Tags

    func addTags(_ tags: [(key: String, value: String)], to name: String) {
        for tag in tags {
            if let index = groupInfo[name]?.tags.firstIndex(where: { $0.key == tag.key }) {
                groupInfo[name]?.tags[index] = tag
            } else {
                groupInfo[name]?.tags.append(tag)
            }
        }
    }

    func tagsJSON(_ name: String) -> JSON {
        var object = JSONObject()
        for tag in (groupInfo[name]?.tags ?? []).sorted(by: { $0.key < $1.key }) { object[tag.key] = .string(tag.value) }
        return .object(object)
    }

    func tagLogGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try groupName(input)
        addTags((input["tags"].object?.pairs ?? []).map { (key: $0.key, value: $0.value.string ?? "") }, to: name)
        return [:]
    }

    func untagLogGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try groupName(input)
        let keys = EC2Backend.strings(input["tags"])
        groupInfo[name]?.tags.removeAll { keys.contains($0.key) }
        return [:]
    }

    func listTagsLogGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        ["tags": tagsJSON(try groupName(input))]
    }

    func resourceGroup(_ input: JSON) throws(AWSServiceError) -> String {
        guard let arn = input["resourceArn"].string else {
            throw AWSServiceError.logsInvalidParameter("The resourceArn parameter is required.")
        }
        let name = Self.groupName(fromARN: arn)
        guard groupInfo[name] != nil else { throw AWSServiceError.logGroupNotFound }
        return name
    }

    func tagResource(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try resourceGroup(input)
        addTags((input["tags"].object?.pairs ?? []).map { (key: $0.key, value: $0.value.string ?? "") }, to: name)
        return [:]
    }

    func untagResource(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try resourceGroup(input)
        let keys = EC2Backend.strings(input["tagKeys"])
        groupInfo[name]?.tags.removeAll { keys.contains($0.key) }
        return [:]
    }

    func listTagsForResource(_ input: JSON) throws(AWSServiceError) -> JSON {
        ["tags": tagsJSON(try resourceGroup(input))]
    }
}

/// CloudWatch Logs' list pagination: `limit` and an opaque `nextToken`.
enum LogsPaging {
    static func page(_ items: [JSON], key: String, input: JSON, maxLimit: Int) throws(AWSServiceError) -> JSON {
        var start = 0
        if let token = input["nextToken"].string {
            guard let offset = Pagination.decode(token), offset >= 0 else {
                throw AWSServiceError.logsInvalidParameter("The specified nextToken is invalid.")
            }
            start = offset
        }
        let limit = input["limit"].int ?? maxLimit
        guard (1...maxLimit).contains(limit) else {
            throw AWSServiceError.logsConstraint(String(limit), member: "limit", limit < 1
                ? "Member must have value greater than or equal to 1" : "Member must have value less than or equal to \(maxLimit)")
        }
        start = min(start, items.count)
        let end = min(items.count, start + limit)
        var output = JSONObject()
        output[key] = .array(start < items.count ? Array(items[start..<end]) : [])
        if end < items.count { output["nextToken"] = .string(Pagination.encode(end)) }
        return .object(output)
    }
}
