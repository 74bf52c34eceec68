import JSONValue
import KubeSim

/// `kubectl scale`: set the replicas of deployments, replicasets and statefulsets.
enum ScaleCommand {
    static let command = Kubectl.Command(
        name: "scale", summary: "Set a new size for a deployment, replica set, or stateful set",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("replicas", nil, .int, default: "-1")
            flags.add("current-replicas", nil, .int, default: "-1")
            flags.add("selector", "l", .string)
            flags.add("all", nil, .bool)
            flags.add("filename", "f", .stringSlice)
            flags.add("output", "o", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            flags.add("timeout", nil, .duration, default: "0s")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        try context.requireFlags(["replicas"])
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(flags)
        let replicas = flags.int("replicas")
        guard replicas >= 0 else { throw .message("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0") }
        let cluster = try context.cluster()
        let targets = try ObjectTargets.resolve(context, cluster: cluster, filenames: flags.strings("filename"))
        for target in targets {
            let type = target.type
            guard ["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"].contains(type.kind) else {
                throw .verbatim("error: no scaler has been implemented for {\"\(type.group)\" \"\(type.kind)\"}")
            }
            let current = target.object["spec"]["replicas"].int ?? 1
            if flags.int("current-replicas") >= 0, flags.int("current-replicas") != current {
                throw .message("Expected replicas to be \(flags.int("current-replicas")), was \(current)")
            }
            if dryRun == .none {
                let recorded = context.recorded(target.object)["metadata"]["annotations"]
                cluster.apiServer.modify(type, namespace: target.object.namespace, name: target.object.name) {
                    $0["spec"]["replicas"] = .int(replicas)
                    if context.flags.bool("record") { $0["metadata"]["annotations"] = recorded }
                }
            }
            // kubectl prints the object as it read it, before scaling.
            CreateCommand.report(target.object, type: type, verb: "scaled", dryRun: dryRun, format: format, context: &context)
        }
    }
}
