import GoPorts
import JSONValue
import SimCore

/// Events: printed with how long ago they were last seen and what they are about.
final class EventStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Last Seen"), ColumnDefinition("Type"), ColumnDefinition("Reason"),
                ColumnDefinition("Object"), ColumnDefinition("Subobject", priority: 1),
                ColumnDefinition("Source", priority: 1), ColumnDefinition("Message"),
                ColumnDefinition("First Seen", priority: 1), ColumnDefinition("Count", type: "integer", priority: 1),
                ColumnDefinition("Name", format: "name", priority: 1),
            ],
            cells: { event, context in
                let last = (event["lastTimestamp"].string ?? event["eventTime"].string).flatMap { SimTime(rfc3339: $0) }
                let first = (event["firstTimestamp"].string ?? event["eventTime"].string).flatMap { SimTime(rfc3339: $0) }
                let involved = event["involvedObject"]
                var source = event["source"]["component"].string ?? event["reportingComponent"].string ?? ""
                if let host = event["source"]["host"].string, !host.isEmpty { source += ", \(host)" }
                return [.string(last.map { HumanDuration.format(context.now - $0) } ?? "<unknown>"),
                        .string(event["type"].string ?? ""), .string(event["reason"].string ?? ""),
                        .string("\((involved["kind"].string ?? "").lowercased())/\(involved["name"].string ?? "")"),
                        .string(involved["fieldPath"].string ?? ""), .string(source),
                        .string(event["message"].string ?? ""),
                        .string(first.map { HumanDuration.format(context.now - $0) } ?? "<unknown>"),
                        .int(event["count"].int ?? 1), .string(event.name)]
            })
    }
}
