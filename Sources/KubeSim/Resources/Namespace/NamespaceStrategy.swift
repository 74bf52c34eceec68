import GoPorts
import JSONValue

/// Namespaces: the `kubernetes` finalizer, the name label, `Active` until deleted.
final class NamespaceStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Status"), ColumnDefinition("Age")],
            cells: { ns, context in
                [.string(ns.name), .string(ns["status"]["phase"].string ?? ""),
                 .string(HumanDuration.age(of: ns.creationTimestamp, now: context.now))]
            })
    }

    func applyDefaults(_ ns: inout JSON, context: StrategyContext) {
        ns["metadata"]["labels"]["kubernetes.io/metadata.name"] = .string(ns.name)
        if ns["spec"]["finalizers"].isNull { ns["spec"]["finalizers"] = ["kubernetes"] }
        if ns["status"]["phase"].isNull { ns["status"]["phase"] = "Active" }
    }
}
