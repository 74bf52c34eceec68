import GoPorts
import JSONValue
import KubeSim
import SimCore

/// `kubectl events`: the namespace's events oldest first, `--for TYPE/NAME` to keep one
/// object's, `--types` to keep Normal or Warning ones.
enum EventsCommand {
    static let command = Kubectl.Command(
        name: "events", summary: "List events",
        configure: { flags in
            flags.add("all-namespaces", "A", .bool)
            flags.add("for", nil, .string)
            flags.add("types", nil, .stringSlice)
            flags.add("watch", "w", .bool)
            flags.add("no-headers", nil, .bool)
            flags.add("chunk-size", nil, .int, default: "500")
            OutputFormat.addFlags(to: &flags)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let cluster = try context.cluster()
        let allNamespaces = flags.bool("all-namespaces")
        var requirements: [FieldSelector.Requirement] = []
        if !flags.string("for").isEmpty {
            let parts = flags.string("for").split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { throw .message("--for must be in resource/name form") }
            guard parts.count == 2 else { throw .message("arguments in resource/name form may not have more than one slash") }
            let type = try context.resolveType(parts[0], in: cluster)
            requirements = [.init(field: "involvedObject.kind", value: type.kind),
                            .init(field: "involvedObject.apiVersion", value: type.apiVersion),
                            .init(field: "involvedObject.name", value: parts[1])]
        }
        let types = flags.strings("types")
        for type in types where type.lowercased() != "normal" && type.lowercased() != "warning" {
            throw .message("valid --types are Normal or Warning")
        }
        let format = try OutputFormat.parse(flags)
        let server = cluster.apiServer
        let fields = FieldSelector(requirements: requirements)
        let wanted = { (event: JSON) in
            types.isEmpty || types.contains { $0.lowercased() == (event["type"].string ?? "").lowercased() }
        }
        let listed = server.list(.event, namespace: allNamespaces ? nil : context.namespace, fieldSelector: fields)
            .filter(wanted)
        if flags.bool("watch") {
            watch(listed, fields: fields, wanted: wanted, allNamespaces: allNamespaces, format: format,
                  noHeaders: flags.bool("no-headers"), cluster: cluster, context: &context)
            return
        }
        guard !listed.isEmpty else {
            context.err(allNamespaces ? "No events found.\n" : "No events found in \(context.namespace) namespace.\n")
            return
        }
        // Go's sort.Sort by last time seen: not stable, so equal times keep Go's order.
        let events = GoSort.sorted(listed) { lastSeen($0) < lastSeen($1) }
        switch format {
        case .table:
            var rows = flags.bool("no-headers") ? [] : [header(allNamespaces)]
            rows += events.map { row($0, allNamespaces: allNamespaces, now: server.now) }
            var writer = TabWriter()
            context.out(writer.format(rows))
        case .name:
            for event in events { context.out("event/\(event.name)\n") }
        case .json, .yaml, .template:
            let list: JSON = ["apiVersion": "v1", "items": .array(events), "kind": "EventList",
                              "metadata": .object(JSONObject())]
            ObjectPrinter.print([list], single: true, format: format, context: &context)
        }
    }

    private static func header(_ allNamespaces: Bool) -> [String] {
        (allNamespaces ? ["NAMESPACE"] : []) + ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
    }

    private static func row(_ event: JSON, allNamespaces: Bool, now: SimTime) -> [String] {
        let involved = event["involvedObject"]
        return (allNamespaces ? [event.namespace] : []) + [
            interval(event, now: now), event["type"].string ?? "", event["reason"].string ?? "",
            "\(involved["kind"].string ?? "")/\(involved["name"].string ?? "")", trimmed(event["message"].string ?? ""),
        ]
    }

    /// `--watch`: kubectl watches from now, so the events that exist come first as the watch
    /// replays them (in list order, not sorted), then each new or changed one as it happens;
    /// a deleted event is not shown. Each is flushed on its own, widths remembered.
    private static func watch(_ existing: [JSON], fields: FieldSelector, wanted: @escaping (JSON) -> Bool,
                              allNamespaces: Bool, format: OutputFormat, noHeaders: Bool, cluster: Cluster,
                              context: inout CommandContext) {
        let namespace = context.namespace
        var writer = TabWriter()
        var headerPrinted = noHeaders
        let render = { (events: [JSON], context: inout CommandContext) in
            for event in events {
                switch format {
                case .table:
                    let rows = (headerPrinted ? [] : [header(allNamespaces)])
                        + [row(event, allNamespaces: allNamespaces, now: cluster.simulation.now)]
                    headerPrinted = true
                    context.out(writer.format(rows))
                case .name:
                    context.out("event/\(event.name)\n")
                case .json, .yaml, .template:
                    ObjectPrinter.print([event], single: true, format: format, context: &context)
                }
            }
        }
        render(existing, &context)
        Watch.follow(.event, includeDeleted: false, cluster: cluster, context: &context, accept: { event in
            (allNamespaces || event.namespace == namespace) && fields.matches(event) && wanted(event)
        }, render: { changes, context in render(changes.map(\.object), &context) })
    }

    private static func lastSeen(_ event: JSON) -> SimTime {
        event["lastTimestamp"].string.flatMap { SimTime(rfc3339: $0) }
            ?? event["eventTime"].string.flatMap { SimTime(rfc3339: $0) } ?? SimTime(milliseconds: 0)
    }

    /// `5m`, or `30s (x4 over 2m)` for an event seen more than once.
    private static func interval(_ event: JSON, now: SimTime) -> String {
        let first = HumanDuration.age(of: event["firstTimestamp"].string.flatMap { SimTime(rfc3339: $0) }, now: now)
        guard let count = event["count"].int, count > 1 else { return first }
        let last = HumanDuration.age(of: event["lastTimestamp"].string.flatMap { SimTime(rfc3339: $0) }, now: now)
        return "\(last) (x\(count) over \(first))"
    }

    private static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
