import JSONValue
import SimCore

/// LookupEvents: event history filtered by one lookup attribute and a time range, newest
/// first, at most 50 per page.
extension CloudTrailBackend {
    static let attributeKeys = ["EventId", "EventName", "ReadOnly", "Username", "ResourceType", "ResourceName",
                                "EventSource", "AccessKeyId"]

    func lookupEvents(_ input: JSON) throws(AWSServiceError) -> JSON {
        let attributes = input["LookupAttributes"].array ?? []
        if attributes.count > 1 {
            throw AWSServiceError(code: "InvalidLookupAttributesException",
                                  message: "You cannot specify more than one lookup attribute.")
        }
        var key: String?
        var value: String?
        if let attribute = attributes.first {
            guard let name = attribute["AttributeKey"].string, Self.attributeKeys.contains(name) else {
                throw AWSServiceError(code: "InvalidLookupAttributesException",
                                      message: "Invalid lookup attribute key: \(attribute["AttributeKey"].string ?? "null")")
            }
            key = name
            value = attribute["AttributeValue"].string ?? ""
        }
        let start = EpochJSON.time(input["StartTime"])
        let end = EpochJSON.time(input["EndTime"])
        if let start, let end, start > end {
            throw AWSServiceError(code: "InvalidTimeRangeException", message: "Start time must be before end time.")
        }
        if let category = input["EventCategory"].string, category != "insight" {
            throw AWSServiceError(code: "InvalidEventCategoryException", message: "Event category \(category) is not valid.")
        }
        let limit = input["MaxResults"].int ?? 50
        guard (1...50).contains(limit) else {
            throw AWSServiceError(code: "InvalidMaxResultsException", message: "MaxResults must be between 1 and 50.")
        }
        if input["EventCategory"].string == "insight" { return ["Events": []] }
        let events = visibleEvents().filter { event in
            if let start, event.record.time < start { return false }
            if let end, event.record.time > end { return false }
            guard let key, let value else { return true }
            switch key {
            case "EventId": return event.record.eventID == value
            case "EventName": return event.record.operation == value
            case "ReadOnly": return (event.readOnly ? "true" : "false") == value
            case "Username": return event.record.caller.userName == value
            case "ResourceType": return event.resources.contains { $0.type == value }
            case "ResourceName": return event.resources.contains { $0.name == value }
            case "EventSource": return event.eventSource == value
            case "AccessKeyId": return event.record.caller.accessKeyID == value
            default: return false
            }
        }
        var offset = 0
        if let token = input["NextToken"].string {
            guard let decoded = Pagination.decode(token), decoded >= 0 else {
                throw AWSServiceError(code: "InvalidNextTokenException", message: "Invalid NextToken.")
            }
            offset = decoded
        }
        offset = min(offset, events.count)
        let upper = min(events.count, offset + limit)
        var output = JSONObject()
        output["Events"] = .array(offset < upper ? events[offset..<upper].map(\.summaryJSON) : [])
        if upper < events.count { output["NextToken"] = .string(Pagination.encode(upper)) }
        return .object(output)
    }
}
