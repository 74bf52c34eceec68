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
                       fieldSelector: FieldSelector, printer: TablePrinter?, format: OutputFormat,
                       cluster: Cluster, context: inout CommandContext) {
        let server = cluster.apiServer
        var printer = printer
        follow(group.type, cluster: cluster, context: &context, accept: { object in
            if let namespace, group.type.namespaced, object.namespace != namespace { return false }
            if !group.names.isEmpty, !group.names.contains(object.name) { return false }
            return labelSelector.matches(object.labels) && fieldSelector.matches(object)
        }, render: { objects, context in
            for object in objects {
                switch format {
                case .table:
                    if var table = printer {
                        context.out(table.print(server.table(group.type, [object])))
                        table.noHeaders = true
                        printer = table
                    }
                case .name:
                    context.out("\(group.type.qualifiedSingular)/\(object.name)\n")
                case .json, .yaml, .template:
                    ObjectPrinter.print([object], single: true, format: format, context: &context)
                }
            }
        })
    }

    /// Runs the simulation while objects of `type` that `accept` takes change, handing each
    /// batch to `render`, until the world is quiet or the time limit is reached.
    static func follow(_ type: ResourceType, includeDeleted: Bool = true, cluster: Cluster,
                       context: inout CommandContext, accept: @escaping (JSON) -> Bool,
                       render: ([JSON], inout CommandContext) -> Void) {
        let server = cluster.apiServer
        let simulation = cluster.simulation
        var pending: [JSON] = []
        let token = server.watch(type) { event in
            if event.type == .deleted, !includeDeleted { return }
            if accept(event.object) { pending.append(event.object) }
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
