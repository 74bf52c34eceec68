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
        let simulation = cluster.simulation
        var pending: [JSON] = []
        let token = server.watch(group.type) { event in
            let object = event.object
            if let namespace, group.type.namespaced, object.namespace != namespace { return }
            if !group.names.isEmpty, !group.names.contains(object.name) { return }
            if !labelSelector.matches(object.labels) || !fieldSelector.matches(object) { return }
            pending.append(object)
        }
        defer { server.stopWatching(token) }
        var printer = printer
        var lastChange = simulation.now
        let deadline = simulation.now + limit
        simulation.settle()
        while simulation.now < deadline {
            flush(&pending, type: group.type, printer: &printer, format: format, server: server, context: &context,
                  lastChange: &lastChange, now: simulation.now)
            guard let next = simulation.nextEventTime, next <= deadline, next - lastChange <= quietPeriod else { break }
            simulation.advance(to: next)
        }
        flush(&pending, type: group.type, printer: &printer, format: format, server: server, context: &context,
              lastChange: &lastChange, now: simulation.now)
        let end = min(deadline, lastChange + quietPeriod)
        if end > simulation.now { simulation.advance(to: end) }
    }

    private static func flush(_ pending: inout [JSON], type: ResourceType, printer: inout TablePrinter?,
                              format: OutputFormat, server: APIServer, context: inout CommandContext,
                              lastChange: inout SimTime, now: SimTime) {
        guard !pending.isEmpty else { return }
        lastChange = now
        for object in pending {
            switch format {
            case .table:
                if var table = printer {
                    context.out(table.print(server.table(type, [object])))
                    table.noHeaders = true
                    printer = table
                }
            case .name:
                context.out("\(type.qualifiedSingular)/\(object.name)\n")
            case .json, .yaml, .template:
                ObjectPrinter.print([object], single: true, format: format, context: &context)
            }
        }
        pending.removeAll()
    }
}
