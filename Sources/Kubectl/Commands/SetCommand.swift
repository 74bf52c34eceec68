import GoPorts
import JSONValue
import KubeSim

/// `kubectl set image`, `kubectl set resources` and `kubectl set env` (SetEnvCommand).
enum SetCommand {
    static let command = Kubectl.Command(
        name: "set", summary: "Set specific features on objects",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("all", nil, .bool)
            flags.add("selector", "l", .string)
            flags.add("filename", "f", .stringSlice)
            flags.add("containers", "c", .string, default: "*")
            flags.add("limits", nil, .string)
            flags.add("requests", nil, .string)
            flags.add("local", nil, .bool)
            flags.add("output", "o", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            SetEnvCommand.addFlags(to: &flags)
        },
        run: { context throws(KubectlError) in try run(&context) },
        subcommands: Kubectl.SimulatedSubcommands(["image", "resources", "env"]) { path in
            .message("Shipyard simulates `kubectl set image`, `kubectl set resources` and `kubectl set env`; `set \(path[0])` is not simulated yet")
        })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        guard let sub = context.arguments.first else {
            throw .verbatim("Configure application resources.\n\n These commands help you make changes to existing application resources.\n\nAvailable Commands:\n  env              Update environment variables on a pod template\n  image            Update the image of a pod template\n  resources        Update resource requests/limits on objects with pod templates\n\nUsage:\n  kubectl set SUBCOMMAND [options]")
        }
        guard KubectlCommandTree.isSubcommand(sub, of: "set") else {
            throw .usage("unknown command \"\(context.arguments.joined(separator: " "))\"", command: "kubectl set")
        }
        let cluster = try context.cluster()
        // The subcommands Shipyard does not run were refused before the flags were read.
        switch sub {
        case "image": try image(&context, cluster: cluster)
        case "resources": try resources(&context, cluster: cluster)
        default: try SetEnvCommand.run(&context, cluster: cluster)
        }
    }

    /// Where a kind keeps its pod spec.
    static func podSpecPath(_ kind: String) -> [String]? {
        switch kind {
        case "Pod": return ["spec"]
        case "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job", "ReplicationController":
            return ["spec", "template", "spec"]
        case "CronJob": return ["spec", "jobTemplate", "spec", "template", "spec"]
        default: return nil
        }
    }

    static func image(_ context: inout CommandContext, cluster: Cluster) throws(KubectlError) {
        let dryRun = try DryRun.parse(&context)
        var arguments = Array(context.arguments.dropFirst())
        let assignments = arguments.filter { $0.contains("=") }
        arguments.removeAll { $0.contains("=") }
        if arguments.isEmpty, context.flags.strings("filename").isEmpty { throw .message(ObjectTargets.noResources) }
        guard !assignments.isEmpty else { throw .message("at least one image update is required") }
        var updates: [(String, String)] = []
        for assignment in assignments {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { throw .message("invalid image update: \(assignment)") }
            updates.append((parts[0], parts[1]))
        }
        let sub = CommandContext(world: context.world, flags: context.flags.withPositional(arguments),
                                 invocation: context.invocation, commandPath: "kubectl set image")
        for target in try ObjectTargets.resolve(sub, cluster: cluster, filenames: context.flags.strings("filename")) {
            guard let path = podSpecPath(target.type.kind) else {
                throw .message("\(target.type.qualifiedSingular)/\(target.object.name) does not have a pod template")
            }
            var spec = target.object.value(at: path)
            for (container, image) in updates {
                var found = false
                for key in ["initContainers", "containers"] {
                    guard var list = spec[key].array else { continue }
                    for i in list.indices where container == "*" || list[i]["name"].string == container {
                        list[i]["image"] = .string(image)
                        found = true
                    }
                    spec[key] = .array(list)
                }
                if !found { throw .message("unable to find container named \"\(container)\"") }
            }
            var updated = target.object
            updated.setValue(spec, at: path)
            updated = context.recorded(updated)
            do {
                if dryRun != .client { updated = try cluster.apiServer.update(target.type, updated, dryRun: dryRun == .server) }
            } catch {
                throw .server(error)
            }
            CreateCommand.report(updated, type: target.type, verb: "image updated", dryRun: dryRun,
                                 format: try OutputFormat.parse(context.flags), context: &context)
        }
    }

    static func resources(_ context: inout CommandContext, cluster: Cluster) throws(KubectlError) {
        let dryRun = try DryRun.parse(&context)
        let limits = try parse(context.flags.string("limits"))
        let requests = try parse(context.flags.string("requests"))
        guard !limits.isEmpty || !requests.isEmpty else {
            throw .message("you must specify an update to requests or limits (in the form of --requests/--limits)")
        }
        let sub = CommandContext(world: context.world, flags: context.flags.droppingFirstPositional,
                                 invocation: context.invocation, commandPath: "kubectl set resources")
        let wanted = context.flags.string("containers")
        for target in try ObjectTargets.resolve(sub, cluster: cluster, filenames: context.flags.strings("filename")) {
            guard let path = podSpecPath(target.type.kind) else {
                throw .message("\(target.type.qualifiedSingular)/\(target.object.name) does not have a pod template")
            }
            var spec = target.object.value(at: path)
            var containers = spec["containers"].array ?? []
            var matched = false
            for i in containers.indices where wanted == "*" || containers[i]["name"].string == wanted {
                matched = true
                for (key, value) in limits { containers[i]["resources"]["limits"][key] = .string(value) }
                for (key, value) in requests { containers[i]["resources"]["requests"][key] = .string(value) }
            }
            if !matched { throw .message("unable to find container named \(wanted)") }
            spec["containers"] = .array(containers)
            var updated = target.object
            updated.setValue(spec, at: path)
            updated = context.recorded(updated)
            do {
                if dryRun != .client { updated = try cluster.apiServer.update(target.type, updated, dryRun: dryRun == .server) }
            } catch {
                throw .server(error)
            }
            CreateCommand.report(updated, type: target.type, verb: "resource requirements updated", dryRun: dryRun,
                                 format: try OutputFormat.parse(context.flags), context: &context)
        }
    }

    static func parse(_ text: String) throws(KubectlError) -> [(String, String)] {
        guard !text.isEmpty else { return [] }
        var result: [(String, String)] = []
        // kubectl splits on every comma and every '=', then parses each amount as a Quantity.
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2 else { throw .message("Invalid argument syntax \(part), expected <resource>=<value>") }
            if let problem = QuantitySyntax.error(pair[1]) { throw .message(problem) }
            result.append((pair[0], pair[1]))
        }
        return result
    }
}

extension FlagSet {
    /// The same flags with other positional arguments.
    func withPositional(_ arguments: [String]) -> FlagSet {
        var copy = self
        copy.replacePositional(arguments)
        return copy
    }
}
