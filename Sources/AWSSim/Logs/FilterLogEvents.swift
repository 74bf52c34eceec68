import JSONValue
import SimCore

/// FilterLogEvents: events of a group's streams (all, named, or by prefix) in time order,
/// matching a filter pattern. `aws logs tail` is built on it.
extension LogsBackend {
    func filterLogEvents(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try groupName(input)
        let names = EC2Backend.strings(input["logStreamNames"])
        let prefix = input["logStreamNamePrefix"].string
        if !names.isEmpty && prefix != nil {
            throw AWSServiceError.logsInvalidParameter("logStreamNames and logStreamNamePrefix are mutually exclusive parameters.")
        }
        for name in names where streamInfo[group]?[name] == nil { throw AWSServiceError.logStreamNotFound }
        let limit = input["limit"].int ?? 10_000
        guard (1...10_000).contains(limit) else {
            throw AWSServiceError.logsConstraint(String(limit), member: "limit", limit < 1
                ? "Member must have value greater than or equal to 1" : "Member must have value less than or equal to 10000")
        }
        let pattern = try FilterPattern(input["filterPattern"].string ?? "")
        let start = input["startTime"].int.map(Int64.init)
        let end = input["endTime"].int.map(Int64.init)
        var matched: [(stream: String, index: Int, event: Event)] = []
        for stream in (streamInfo[group] ?? [:]).keys.sorted() {
            if !names.isEmpty && !names.contains(stream) { continue }
            if let prefix, !stream.hasPrefix(prefix) { continue }
            for (index, event) in retained(groups[group]?[stream] ?? [], group: group).enumerated() {
                let time = event.timestamp.milliseconds
                if let start, time < start { continue }
                if let end, time > end { continue }
                if pattern.matches(event.message) { matched.append((stream, index, event)) }
            }
        }
        matched.sort { ($0.event.timestamp, $0.event.ingestionTime, $0.stream, $0.index) < ($1.event.timestamp, $1.event.ingestionTime, $1.stream, $1.index) }
        var offset = 0
        if let token = input["nextToken"].string {
            guard let decoded = Pagination.decode(token), decoded >= 0 else {
                throw AWSServiceError.logsInvalidParameter("The specified nextToken is invalid.")
            }
            offset = decoded
        }
        offset = min(offset, matched.count)
        let upper = min(matched.count, offset + limit)
        let page = offset < upper ? Array(matched[offset..<upper]) : []
        var output = JSONObject()
        output["events"] = .array(page.map { item in
            ["logStreamName": .string(item.stream), "timestamp": .int(Int(item.event.timestamp.milliseconds)),
             "message": .string(item.event.message), "ingestionTime": .int(Int(item.event.ingestionTime.milliseconds)),
             "eventId": .string(Self.digits("\(group)|\(item.stream)|event", item.index))]
        })
        // Deprecated since 2020: always an empty list.
        output["searchedLogStreams"] = []
        if upper < matched.count { output["nextToken"] = .string(Pagination.encode(upper)) }
        return .object(output)
    }
}
