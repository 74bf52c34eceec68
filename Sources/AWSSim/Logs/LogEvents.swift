import JSONValue
import SimCore

/// PutLogEvents and GetLogEvents, with CloudWatch Logs' forward (`f/…`) and backward (`b/…`)
/// tokens: a forward token at the end of the stream comes back unchanged, which is how a
/// reader knows it has caught up.
extension LogsBackend {
    func putLogEvents(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try groupName(input)
        let stream = try streamName(input, group: group)
        let raw = input["logEvents"].array ?? []
        guard !raw.isEmpty else {
            throw AWSServiceError.logsConstraint("[]", member: "logEvents", "Member must have length greater than or equal to 1")
        }
        if raw.count > 10_000 {
            throw AWSServiceError.logsConstraint("\(raw.count)", member: "logEvents", "Member must have length less than or equal to 10000")
        }
        var previous: Int64 = .min
        var accepted: [Event] = []
        var tooNewStart: Int?
        var tooOldEnd: Int?
        var expiredEnd: Int?
        let now = simulation.now.milliseconds
        let retention = groupInfo[group]?.retentionInDays
        var bytes = 0
        for (index, entry) in raw.enumerated() {
            guard let stamp = entry["timestamp"].int, let message = entry["message"].string else {
                throw AWSServiceError.logsInvalidParameter("Log event is missing a timestamp or message.")
            }
            let timestamp = Int64(stamp)
            if timestamp < previous {
                throw AWSServiceError.logsInvalidParameter("Log events in a single PutLogEvents request must be in chronological order.")
            }
            previous = timestamp
            if message.isEmpty {
                throw AWSServiceError.logsConstraint("", member: "logEvents.\(index + 1).member.message", "Member must have length greater than or equal to 1")
            }
            bytes += message.utf8.count + 26
            if timestamp > now + 2 * 3_600_000 {
                if tooNewStart == nil { tooNewStart = index }
            } else if timestamp < now - 14 * 86_400_000 {
                tooOldEnd = index + 1
            } else if let days = retention, timestamp < now - Int64(days) * 86_400_000 {
                expiredEnd = index + 1
            } else {
                accepted.append(Event(timestamp: SimTime(milliseconds: timestamp), message: message, ingestionTime: simulation.now))
            }
        }
        if bytes > 1_048_576 {
            throw AWSServiceError.logsInvalidParameter("Upload too large: \(bytes) bytes exceeds limit of 1048576")
        }
        insert(accepted, group: group, stream: stream)
        streamInfo[group]?[stream]?.uploads += 1
        var output = JSONObject()
        let uploads = streamInfo[group]?[stream]?.uploads ?? 1
        output["nextSequenceToken"] = .string(Self.digits("\(group)|\(stream)|upload", uploads))
        if tooNewStart != nil || tooOldEnd != nil || expiredEnd != nil {
            var rejected = JSONObject()
            if let index = tooNewStart { rejected["tooNewLogEventStartIndex"] = .int(index) }
            if let index = tooOldEnd { rejected["tooOldLogEventEndIndex"] = .int(index) }
            if let index = expiredEnd { rejected["expiredLogEventEndIndex"] = .int(index) }
            output["rejectedLogEventsInfo"] = .object(rejected)
        }
        return .object(output)
    }

    /// `f/<digits>` or `b/<digits>`: a position in a stream, tied to the stream.
    func token(_ direction: Character, position: Int, group: String, stream: String) -> String {
        "\(direction)/" + Self.digits("\(group)|\(stream)|events", position)
    }

    /// The position a token stands for; positions are looked up, not decoded, since the
    /// digits carry no structure a reader could rely on.
    func parseToken(_ text: String, group: String, stream: String, count: Int) throws(AWSServiceError) -> (forward: Bool, position: Int) {
        let invalid = AWSServiceError.logsInvalidParameter("The specified nextToken is invalid.")
        guard text.count == 58, let first = text.first, first == "f" || first == "b" else { throw invalid }
        for position in 0...max(count, 0) where token(first, position: position, group: group, stream: stream) == text {
            return (first == "f", position)
        }
        throw invalid
    }

    func getLogEvents(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try groupName(input)
        let stream = try streamName(input, group: group)
        let limit = input["limit"].int ?? 10_000
        guard (1...10_000).contains(limit) else {
            throw AWSServiceError.logsConstraint(String(limit), member: "limit", limit < 1
                ? "Member must have value greater than or equal to 1" : "Member must have value less than or equal to 10000")
        }
        let start = input["startTime"].int.map(Int64.init)
        let end = input["endTime"].int.map(Int64.init)
        let events = retained(groups[group]?[stream] ?? [], group: group).filter { event in
            (start.map { event.timestamp.milliseconds >= $0 } ?? true) && (end.map { event.timestamp.milliseconds < $0 } ?? true)
        }
        let count = events.count
        var lower: Int
        var upper: Int
        if let text = input["nextToken"].string {
            let (forward, position) = try parseToken(text, group: group, stream: stream, count: count)
            let anchor = min(max(position, 0), count)
            if forward {
                lower = anchor
                upper = min(count, anchor + limit)
            } else {
                upper = anchor
                lower = max(0, anchor - limit)
            }
        } else if input["startFromHead"].bool == true {
            lower = 0
            upper = min(count, limit)
        } else {
            upper = count
            lower = max(0, count - limit)
        }
        let page = lower < upper ? Array(events[lower..<upper]) : []
        var output = JSONObject()
        output["events"] = .array(page.map { event in
            ["timestamp": .int(Int(event.timestamp.milliseconds)), "message": .string(event.message),
             "ingestionTime": .int(Int(event.ingestionTime.milliseconds))]
        })
        output["nextForwardToken"] = .string(token("f", position: upper, group: group, stream: stream))
        output["nextBackwardToken"] = .string(token("b", position: lower, group: group, stream: stream))
        return .object(output)
    }
}
