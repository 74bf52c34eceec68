import GoPorts
import JSONValue
import KubeSim
import SimCore

/// `kubectl run NAME --image=IMAGE`: a single pod, built as kubectl's generator builds it.
enum RunCommand {
    static let command = Kubectl.Command(
        name: "run", summary: "Run a particular image on the cluster",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("image", nil, .string)
            flags.add("restart", nil, .string, default: "Always")
            flags.add("command", nil, .bool)
            flags.add("env", nil, .stringArray)
            flags.add("labels", "l", .string)
            flags.add("annotations", nil, .stringArray)
            flags.add("port", nil, .string)
            flags.add("image-pull-policy", nil, .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            OutputFormat.addFlags(to: &flags)
            flags.add("overrides", nil, .string)
            flags.add("override-type", nil, .string, default: "merge")
            flags.add("stdin", "i", .bool)
            flags.add("tty", "t", .bool)
            flags.add("rm", nil, .bool)
            flags.add("attach", nil, .bool)
            flags.add("quiet", "q", .bool)
            flags.add("pod-running-timeout", nil, .duration, default: "1m0s")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        try context.requireFlags(["image"])
        guard let name = context.arguments.first else {
            throw .usage("NAME is required for run", command: context.commandPath)
        }
        let dryRun = try DryRun.parse(&context)
        guard !flags.string("image").isEmpty else { throw .message("--image is required") }
        // kubectl's own checks, in its order; then Shipyard's refusal to attach.
        if flags.bool("tty"), !flags.bool("stdin") {
            throw .usage("-i/--stdin is required for containers with -t/--tty=true", command: "kubectl run")
        }
        if flags.bool("expose"), flags.string("port").isEmpty {
            throw .usage("--port must be set when exposing a service", command: "kubectl run")
        }
        let restart = flags.string("restart")
        guard ["Always", "OnFailure", "Never"].contains(restart) else {
            throw .usage("invalid restart policy: \(restart)", command: "kubectl run")
        }
        let attach = flags.isSet("attach") ? flags.bool("attach") : flags.bool("stdin")
        if flags.bool("rm"), !attach {
            throw .usage("--rm should only be used for attached containers", command: "kubectl run")
        }
        if attach, dryRun != .none {
            throw .usage("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
                         command: "kubectl run")
        }
        if !["", "Always", "IfNotPresent", "Never"].contains(flags.string("image-pull-policy")) {
            throw .usage("invalid image pull policy: \(flags.string("image-pull-policy"))", command: "kubectl run")
        }
        let argv = flags.afterDash ?? Array(context.arguments.dropFirst())
        var pod = try makePod(name: name, flags: flags, extra: argv)
        if !flags.string("overrides").isEmpty { pod = try override(pod, flags: flags) }
        pod = context.recorded(pod)
        let format = try OutputFormat.parse(flags)
        if dryRun == .client {
            if flags.isSet("namespace"), !flags.string("namespace").isEmpty { pod = Generators.inNamespace(pod, context.namespace) }
            switch format {
            case .json, .yaml, .template:
                ObjectPrinter.print([pod], single: true, format: format, keyOrder: false, context: &context)
            case .name:
                context.out("pod/\(name)\n")
            case .table:
                context.out("pod/\(name) created (dry run)\n")
            }
            return
        }
        let cluster = try context.cluster()
        let created: JSON
        do {
            created = try cluster.apiServer.create(.pod, pod, namespace: context.namespace, dryRun: dryRun == .server)
        } catch {
            throw .server(error)
        }
        if attach, dryRun == .none {
            let timeout = GoDuration.parse(flags.string("pod-running-timeout"))
            // A shell takes the terminal only with stdin open; without, it reads end-of-file.
            let shell = flags.bool("stdin") ? wantsInteractiveShell(argv: argv, image: flags.string("image"), cluster: cluster)
                : nil
            try runAttached(created, cluster: cluster,
                            options: AttachOptions(stdin: flags.bool("stdin"), tty: flags.bool("tty"), quiet: flags.bool("quiet"),
                                                   remove: flags.bool("rm"), timeout: timeout ?? .minutes(1)),
                            shell: shell, context: &context)
            return
        }
        switch format {
        case .name: context.out("pod/\(created.name)\n")
        case .json, .yaml, .template: ObjectPrinter.print([created], single: true, format: format, context: &context)
        case .table: context.out("pod/\(created.name) created\(dryRun == .server ? " (server dry run)" : "")\n")
        }
    }

    /// `--overrides`: a JSON merge patch (or, with `--override-type`, a JSON or strategic
    /// patch) applied to the generated pod before it is sent.
    static func override(_ pod: JSON, flags: FlagSet) throws(KubectlError) -> JSON {
        let kind = flags.string("override-type").isEmpty ? "merge" : flags.string("override-type")
        guard let type = Patch.PatchType(rawValue: kind) else { throw .message("invalid override type: \(kind)") }
        guard let fragment = JSONParser.parseOrNil(flags.string("overrides")) else {
            throw .message(type == .strategic ? "invalid character in the overrides' JSON" : "Invalid JSON Patch")
        }
        if type != .json, fragment.object == nil { throw .message("Invalid JSON Patch") }
        let patched: JSON
        do {
            patched = try Patch.apply(type, fragment, to: pod)
        } catch {
            throw .message(error.message)
        }
        // kubectl decodes the result into a Pod itself, so a bad quantity fails here.
        if let problem = QuantityFields.problem(in: patched, kind: "Pod") { throw .message(problem) }
        return patched
    }

    /// The pod kubectl's run generator sends: label `run=NAME`, one container named NAME.
    static func makePod(name: String, flags: FlagSet, extra: [String]) throws(KubectlError) -> JSON {
        var labels: [(String, String)] = []
        if flags.isSet("labels") {
            for pair in flags.string("labels").split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw .message("unexpected label spec: \(pair)") }
                labels.append((parts[0], parts[1]))
            }
        } else {
            labels.append(("run", name))
        }
        var container = JSONObject()
        container["name"] = .string(name)
        container["image"] = .string(flags.string("image"))
        if !extra.isEmpty {
            container[flags.bool("command") ? "command" : "args"] = .array(extra.map(JSON.string))
        }
        if flags.isSet("port"), !flags.string("port").isEmpty {
            guard let port = Int(flags.string("port")) else {
                throw .message("strconv.Atoi: parsing \(GoStrconv.quote(flags.string("port"))): invalid syntax")
            }
            container["ports"] = [["containerPort": .int(port)]]
        }
        let env = flags.strings("env")
        if !env.isEmpty {
            var variables: [JSON] = []
            for entry in env {
                let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else { throw .message("invalid env: \(entry)") }
                variables.append(["name": .string(parts[0]), "value": .string(parts[1])])
            }
            container["env"] = .array(variables)
        }
        container["resources"] = .object(JSONObject())
        if flags.isSet("image-pull-policy") { container["imagePullPolicy"] = .string(flags.string("image-pull-policy")) }
        if flags.bool("stdin") {
            container["stdin"] = true
            container["stdinOnce"] = true
        }
        if flags.bool("tty") { container["tty"] = true }
        var metadata = JSONObject()
        metadata["name"] = .string(name)
        metadata["creationTimestamp"] = .null
        metadata["labels"] = Generators.sortedMap(labels)
        let annotations = try pairs(flags.strings("annotations"), kind: "annotations")
        if !annotations.isEmpty { metadata["annotations"] = Generators.sortedMap(annotations) }
        var spec = JSONObject()
        spec["containers"] = [.object(container)]
        spec["restartPolicy"] = .string(flags.string("restart"))
        spec["dnsPolicy"] = "ClusterFirst"
        var pod = JSONObject()
        pod["kind"] = "Pod"
        pod["apiVersion"] = "v1"
        pod["metadata"] = .object(metadata)
        pod["spec"] = .object(spec)
        pod["status"] = .object(JSONObject())
        return .object(pod)
    }
}

extension RunCommand {
    /// cmdutil.ParsePairs: `KEY=VALUE` words (the key not empty), every other word named in
    /// one error.
    static func pairs(_ words: [String], kind: String) throws(KubectlError) -> [(String, String)] {
        var result: [(String, String)] = []
        var invalid: [String] = []
        for word in words {
            guard word.contains("="), !word.hasPrefix("=") else {
                invalid.append(word)
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            result.append((parts[0], parts[1]))
        }
        if !invalid.isEmpty { throw .message("invalid \(kind) format: \(invalid.joined(separator: ", "))") }
        return result
    }
}

/// `--dry-run=none|client|server`.
enum DryRun: Equatable {
    case none, client, server

    /// GetDryRunStrategy: the three values, `--dry-run` alone and Go booleans, the last two
    /// with klog's deprecation warning.
    static func parse(_ context: inout CommandContext) throws(KubectlError) -> DryRun {
        let value = context.flags.string("dry-run")
        func warn(_ line: Int, _ message: String) {
            context.err(Klog.line("W", timestamp: context.world.simulation.now.klog, pid: 1, source: "helpers.go:\(line)", message))
        }
        switch value {
        case "unchanged":
            warn(702, "--dry-run is deprecated and can be replaced with --dry-run=client.")
            return .client
        case "client": return .client
        case "server": return .server
        case "none": return .none
        case "1", "t", "T", "TRUE", "true", "True":
            warn(716, "--dry-run=\(value) is deprecated (boolean value) and can be replaced with --dry-run=client.")
            return .client
        case "0", "f", "F", "FALSE", "false", "False":
            warn(719, "--dry-run=\(value) is deprecated (boolean value) and can be replaced with --dry-run=none.")
            return .none
        default:
            throw .message("Invalid dry-run value (\(value)). Must be \"none\", \"server\", or \"client\".")
        }
    }

    /// What kubectl adds to a command's message (`deployment.apps/web scaled (dry run)`).
    var suffix: String {
        switch self {
        case .none: return ""
        case .client: return " (dry run)"
        case .server: return " (server dry run)"
        }
    }
}
