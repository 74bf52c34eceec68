import JSONValue
import KubeSim
import SimCore

/// `kubectl get -w`: after the list, one row per change as the simulated clock moves, until
/// the world has been quiet for a while (30 simulated seconds without a change to show,
/// at most 10 minutes in all).
enum Watch {
    static let quietPeriod = SimDuration.seconds(Int64(30))
    static let limit = SimDuration.minutes(10)

    static func follow(group: ResourceSelection.Group, namespace: String?, labelSelector: LabelSelector,
                       fieldSelector: FieldSelector, printer: TablePrinter?, objectPrinter: WatchObjectPrinter,
                       cluster: Cluster, context: inout CommandContext) {
        let server = cluster.apiServer
        var printer = printer
        var objectPrinter = objectPrinter
        follow(group.type, cluster: cluster, context: &context, accept: { object in
            if let namespace, group.type.namespaced, object.namespace != namespace { return false }
            if !group.names.isEmpty, !group.names.contains(object.name) { return false }
            return labelSelector.matches(object.labels) && fieldSelector.matches(object)
        }, render: { changes, context in
            for change in changes {
                switch objectPrinter.format {
                case .table:
                    if var table = printer {
                        if table.eventColumn != nil { table.eventColumn = change.type }
                        context.out(table.print(server.table(group.type, [change.object])))
                        table.noHeaders = true
                        printer = table
                    }
                case .name:
                    context.out("\(group.type.qualifiedSingular)/\(change.object.name)\n")
                case .json, .yaml, .template:
                    objectPrinter.print(change.object, as: change.type, context: &context)
                }
            }
        })
    }

    /// A change a watch reports.
    struct Change {
        var type: WatchEvent.EventType
        var object: JSON
    }

    /// Runs the simulation while objects of `type` that `accept` takes change, handing each
    /// batch to `render`, until the world is quiet or the time limit is reached.
    static func follow(_ type: ResourceType, includeDeleted: Bool = true, cluster: Cluster,
                       context: inout CommandContext, accept: @escaping (JSON) -> Bool,
                       render: ([Change], inout CommandContext) -> Void) {
        let server = cluster.apiServer
        let simulation = cluster.simulation
        var pending: [Change] = []
        let token = server.watch(type) { event in
            if event.type == .deleted, !includeDeleted { return }
            if accept(event.object) { pending.append(Change(type: event.type, object: event.object)) }
        }
        defer { server.stopWatching(token) }
        var lastChange = simulation.now
        let deadline = simulation.now + limit
        func flush(_ context: inout CommandContext) {
            guard !pending.isEmpty else { return }
            lastChange = simulation.now
            render(pending, &context)
            pending.removeAll()
        }
        simulation.settle()
        while simulation.now < deadline {
            flush(&context)
            guard let next = simulation.nextEventTime, next <= deadline, next - lastChange <= quietPeriod else { break }
            simulation.advance(to: next)
        }
        flush(&context)
        let end = min(deadline, lastChange + quietPeriod)
        if end > simulation.now { simulation.advance(to: end) }
    }
}

/// Objects printed one at a time, as kubectl prints a watch's: JSON objects one after another,
/// YAML documents separated by `---`. With `--output-watch-events` each is wrapped in its event,
/// as json.Marshal writes a WatchEvent: `{"type":"ADDED","object":{…}}` on one line.
struct WatchObjectPrinter {
    let format: OutputFormat
    let events: Bool
    private var printed = 0

    init(format: OutputFormat, events: Bool) {
        self.format = format
        self.events = events
    }

    mutating func print(_ object: JSON, as type: WatchEvent.EventType, context: inout CommandContext) {
        defer { printed += 1 }
        guard events else {
            if format == .yaml, printed > 0 { context.out("---\n") }
            ObjectPrinter.print([object], single: true, format: format, context: &context)
            return
        }
        let event: JSON = .object(JSONObject(distinctMembers: [
            .init(key: "type", value: .string(type.rawValue)), .init(key: "object", value: ObjectPrinter.sorted(object)),
        ]))
        switch format {
        case .json:
            context.out(JSONWriter.goCompact.write(event) + "\n")
        case .yaml:
            if printed > 0 { context.out("---\n") }
            context.out(KubectlYAML.render(ObjectPrinter.sorted(event)))
        default:
            ObjectPrinter.print([object], single: true, format: format, context: &context)
        }
    }
}
