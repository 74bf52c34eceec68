import JSONValue
import KubeSim

/// `kubectl expose`: a Service for a pod, deployment, replica set or service — its selector,
/// labels and ports taken from the object unless the flags say otherwise.
enum ExposeCommand {
    static let command = Kubectl.Command(
        name: "expose", summary: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("filename", "f", .stringSlice)
            flags.add("port", nil, .string)
            flags.add("target-port", nil, .string)
            flags.add("protocol", nil, .string)
            flags.add("type", nil, .string)
            flags.add("name", nil, .string)
            flags.add("selector", nil, .string)
            flags.add("labels", "l", .string)
            flags.add("cluster-ip", nil, .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            OutputFormat.addFlags(to: &flags)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static let exposable: Set = ["Pod", "Service", "Deployment", "ReplicaSet", "ReplicationController"]

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(flags)
        if context.arguments.isEmpty, flags.strings("filename").isEmpty {
            throw .message(ObjectTargets.noResources)
        }
        let cluster = try context.cluster()
        let targets = try ObjectTargets.resolve(context, cluster: cluster, filenames: flags.strings("filename"))
        let optional = { (name: String) in flags.isSet(name) ? flags.string(name) : nil }
        for target in targets {
            guard exposable.contains(target.type.kind) else {
                // Go prints a GroupKind as `Kind.group`.
                let groupKind = target.type.group.isEmpty ? target.type.kind : "\(target.type.kind).\(target.type.group)"
                throw .message("cannot expose a \(groupKind)")
            }
            let request = Generators.ExposeRequest(
                name: optional("name"), port: optional("port"), targetPort: optional("target-port"),
                protocol: optional("protocol"), type: optional("type"), selector: optional("selector"),
                labels: optional("labels"), clusterIP: optional("cluster-ip"))
            var service = try Generators.exposedService(target.object, request: request)
            if dryRun == .client, flags.isSet("namespace") { service["metadata"]["namespace"] = .string(context.namespace) }
            service = context.recorded(service)
            let created = try CreateCommand.create(.service, service, context: context, cluster: cluster, dryRun: dryRun, source: nil)
            CreateCommand.report(created, type: .service, verb: "exposed", dryRun: dryRun, format: format, context: &context)
        }
    }
}
