import JSONValue
import SimCore

/// Log streams: CreateLogStream, DeleteLogStream, DescribeLogStreams.
extension LogsBackend {
    func streamName(_ input: JSON, group: String) throws(AWSServiceError) -> String {
        guard let name = input["logStreamName"].string else {
            throw AWSServiceError.logsInvalidParameter("The logStreamName parameter is required.")
        }
        guard streamInfo[group]?[name] != nil else { throw AWSServiceError.logStreamNotFound }
        return name
    }

    /// A 56-digit token, as CloudWatch Logs' sequence tokens, event IDs and paging tokens
    /// look: digits fixed by what they stand for, so replays agree.
    static func digits(_ seed: String, _ counter: Int) -> String {
        var state = fnv1a64("\(seed)#\(counter)")
        var out = "3"
        while out.count < 56 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out += String((state >> 33) % 10)
        }
        return out
    }

    func streamJSON(_ info: StreamInfo, group: String) -> JSON {
        let events = retained(groups[group]?[info.name] ?? [], group: group)
        var object = JSONObject()
        object["logStreamName"] = .string(info.name)
        object["creationTime"] = .int(Int(info.creationTime.milliseconds))
        if let first = events.first, let last = events.last {
            object["firstEventTimestamp"] = .int(Int(first.timestamp.milliseconds))
            object["lastEventTimestamp"] = .int(Int(last.timestamp.milliseconds))
            object["lastIngestionTime"] = .int(Int((events.map(\.ingestionTime).max() ?? last.ingestionTime).milliseconds))
            object["uploadSequenceToken"] = .string(Self.digits("\(group)|\(info.name)|upload", info.uploads))
        }
        object["arn"] = .string(groupARN(group) + ":log-stream:\(info.name)")
        object["storedBytes"] = 0
        return .object(object)
    }

    func createLogStream(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try groupName(input)
        guard let name = input["logStreamName"].string else {
            throw AWSServiceError.logsInvalidParameter("The logStreamName parameter is required.")
        }
        try LogNames.validateStream(name)
        if streamInfo[group]?[name] != nil {
            throw AWSServiceError(code: "ResourceAlreadyExistsException", message: "The specified log stream already exists")
        }
        streamInfo[group, default: [:]][name] = StreamInfo(name: name, creationTime: simulation.now, uploads: 0)
        groups[group, default: [:]][name] = []
        return [:]
    }

    func deleteLogStream(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try groupName(input)
        let name = try streamName(input, group: group)
        streamInfo[group]?[name] = nil
        groups[group]?[name] = nil
        return [:]
    }

    func describeLogStreams(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try groupName(input)
        let prefix = input["logStreamNamePrefix"].string
        let orderBy = input["orderBy"].string ?? "LogStreamName"
        guard ["LogStreamName", "LastEventTime"].contains(orderBy) else {
            throw AWSServiceError.logsConstraint(orderBy, member: "orderBy", "Member must satisfy enum value set: [LogStreamName, LastEventTime]")
        }
        if prefix != nil && orderBy == "LastEventTime" {
            throw AWSServiceError.logsInvalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.")
        }
        var streams = (streamInfo[group] ?? [:]).values.filter { prefix.map($0.name.hasPrefix) ?? true }
        if orderBy == "LastEventTime" {
            func last(_ info: StreamInfo) -> Int64 {
                retained(groups[group]?[info.name] ?? [], group: group).last?.timestamp.milliseconds ?? info.creationTime.milliseconds
            }
            streams.sort { (last($0), $0.name) < (last($1), $1.name) }
        } else {
            streams.sort { $0.name < $1.name }
        }
        if input["descending"].bool == true { streams.reverse() }
        return try LogsPaging.page(streams.map { streamJSON($0, group: group) }, key: "logStreams", input: input, maxLimit: 50)
    }
}
