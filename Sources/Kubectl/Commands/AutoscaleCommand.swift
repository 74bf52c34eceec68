import JSONValue
import KubeSim

/// `kubectl autoscale TYPE NAME --max=N [--min=N] [--cpu-percent=N]`: an autoscaling/v1
/// HorizontalPodAutoscaler for a workload with a scale subresource, created as kubectl creates
/// it (the API server keeps it as v2, its CPU target a Resource metric). A client dry run
/// prints the v1 object kubectl would send.
enum AutoscaleCommand {
    static let command = Kubectl.Command(
        name: "autoscale", summary: "Auto-scale a deployment, replica set, stateful set, or replication controller",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("filename", "f", .stringSlice)
            flags.add("min", nil, .int, default: "-1")
            flags.add("max", nil, .int, default: "-1")
            flags.add("cpu-percent", nil, .int, default: "-1")
            flags.add("name", nil, .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            OutputFormat.addFlags(to: &flags)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static let scalable: Set = ["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"]

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        try context.requireFlags(["max"])
        let flags = context.flags
        let (minimum, maximum, cpu) = (flags.int("min"), flags.int("max"), flags.int("cpu-percent"))
        if maximum < 1 { throw .message("--max=MAXPODS is required and must be at least 1, max: \(maximum)") }
        if maximum < minimum {
            throw .message("--max=MAXPODS must be larger or equal to --min=MINPODS, max: \(maximum), min: \(minimum)")
        }
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(flags)
        let cluster = try context.cluster()
        let targets = try ObjectTargets.resolve(context, cluster: cluster, filenames: flags.strings("filename"))
        guard !targets.isEmpty else { throw .message("no objects passed to autoscale") }
        for target in targets {
            let type = target.type
            guard scalable.contains(type.kind) else {
                let version = type.group.isEmpty ? type.version : "\(type.group)/\(type.version)"
                throw .message("cannot autoscale a \(type.kind): could not find scale subresource for \(type.group.isEmpty ? "/" : "")\(version), Resource=\(type.resource) in discovery information")
            }
            // In the Go types' field order, as kubectl's JSON shows it.
            var hpa: JSON = ["kind": "HorizontalPodAutoscaler", "apiVersion": "autoscaling/v1",
                             "metadata": ["name": .string(flags.isSet("name") ? flags.string("name") : target.object.name)]]
            hpa["spec"]["scaleTargetRef"] = ["kind": .string(type.kind), "name": .string(target.object.name),
                                             "apiVersion": .string(type.group.isEmpty ? type.version : "\(type.group)/\(type.version)")]
            if minimum > 0 { hpa["spec"]["minReplicas"] = .int(minimum) }
            hpa["spec"]["maxReplicas"] = .int(maximum)
            if cpu >= 0 { hpa["spec"]["targetCPUUtilizationPercentage"] = .int(cpu) }
            hpa = context.recorded(hpa)
            if dryRun == .client {
                CreateCommand.report(v1(hpa), type: .horizontalPodAutoscaler, verb: "created", dryRun: dryRun, format: format,
                                     keyOrder: false, context: &context)
                continue
            }
            let created = try CreateCommand.create(.horizontalPodAutoscaler, v2(hpa), context: context, cluster: cluster,
                                                   dryRun: dryRun, source: nil)
            CreateCommand.report(v1(created), type: .horizontalPodAutoscaler, verb: "autoscaled", dryRun: dryRun,
                                 format: format, keyOrder: false, context: &context)
        }
    }

    /// autoscaling/v1 as the API server converts it to v2: the CPU target becomes a Resource
    /// metric.
    static func v2(_ hpa: JSON) -> JSON {
        var object = hpa
        object["apiVersion"] = "autoscaling/v2"
        if let cpu = object["spec"]["targetCPUUtilizationPercentage"].int {
            object["spec"].remove("targetCPUUtilizationPercentage")
            object["spec"]["metrics"] = [["type": "Resource",
                                          "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": .int(cpu)]]]]
        }
        return object
    }

    /// The object as autoscaling/v1 shows it: the CPU utilization target and measure, the
    /// replica counts (what kubectl prints of what it created).
    static func v1(_ hpa: JSON) -> JSON {
        guard hpa["apiVersion"].string == "autoscaling/v2" else {
            var object = hpa
            object["metadata"]["creationTimestamp"] = .null
            object["status"] = ["currentReplicas": 0, "desiredReplicas": 0]
            return object
        }
        let cpu = (hpa["spec"]["metrics"].array ?? []).first {
            $0["type"].string == "Resource" && $0["resource"]["name"].string == "cpu"
        }
        var spec = JSONObject()
        spec["scaleTargetRef"] = hpa["spec"]["scaleTargetRef"]
        if let minimum = hpa["spec"]["minReplicas"].int { spec["minReplicas"] = .int(minimum) }
        spec["maxReplicas"] = hpa["spec"]["maxReplicas"]
        if let target = cpu?["resource"]["target"]["averageUtilization"].int { spec["targetCPUUtilizationPercentage"] = .int(target) }
        var status = JSONObject()
        status["currentReplicas"] = .int(hpa["status"]["currentReplicas"].int ?? 0)
        status["desiredReplicas"] = .int(hpa["status"]["desiredReplicas"].int ?? 0)
        return ["kind": "HorizontalPodAutoscaler", "apiVersion": "autoscaling/v1", "metadata": hpa["metadata"],
                "spec": .object(spec), "status": .object(status)]
    }
}
