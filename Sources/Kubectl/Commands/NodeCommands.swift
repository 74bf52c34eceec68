import JSONValue
import KubeSim

/// `kubectl cordon`, `uncordon`, `drain` and `taint`: taking nodes in and out of service.
enum NodeCommands {
    static let cordon = Kubectl.Command(
        name: "cordon", summary: "Mark node as unschedulable",
        configure: { flags in
            flags.add("selector", "l", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
        },
        run: { context throws(KubectlError) in try setSchedulable(&context, unschedulable: true) })

    static let uncordon = Kubectl.Command(
        name: "uncordon", summary: "Mark node as schedulable",
        configure: { flags in
            flags.add("selector", "l", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
        },
        run: { context throws(KubectlError) in try setSchedulable(&context, unschedulable: false) })

    static func nodes(_ context: CommandContext, cluster: Cluster) throws(KubectlError) -> [JSON] {
        let server = cluster.apiServer
        if !context.arguments.isEmpty, !context.flags.string("selector").isEmpty {
            throw .usage("cannot specify both a node name and a --selector option", command: context.commandPath)
        }
        if context.arguments.isEmpty, context.flags.isSet("selector") {
            guard let selector = try? LabelSelector.parse(context.flags.string("selector")) else {
                throw .message("unable to parse requirement")
            }
            return server.list(.node, namespace: nil, labelSelector: selector)
        }
        guard !context.arguments.isEmpty else {
            throw .usage("USAGE: \(context.commandPath.split(separator: " ").last ?? "") NODE [flags]", command: context.commandPath)
        }
        var nodes: [JSON] = []
        for name in context.arguments {
            let bare = name.hasPrefix("node/") ? String(name.dropFirst(5)) : (name.hasPrefix("nodes/") ? String(name.dropFirst(6)) : name)
            do {
                nodes.append(try server.get(.node, namespace: "", name: bare))
            } catch {
                throw .server(error)
            }
        }
        return nodes
    }

    static func setSchedulable(_ context: inout CommandContext, unschedulable: Bool) throws(KubectlError) {
        let dryRun = try DryRun.parse(&context)
        let cluster = try context.cluster()
        for node in try nodes(context, cluster: cluster) {
            setSchedulable(node, unschedulable, dryRun: dryRun, cluster: cluster, context: &context)
        }
    }

    /// Cordons or uncordons one node (cordon, uncordon, and drain's first step).
    static func setSchedulable(_ node: JSON, _ unschedulable: Bool, dryRun: DryRun, cluster: Cluster,
                               context: inout CommandContext) {
        let verb = unschedulable ? "cordoned" : "uncordoned"
        if NodeView(node).unschedulable == unschedulable {
            context.out("node/\(node.name) already \(verb)\(dryRun.suffix)\n")
            return
        }
        if dryRun == .none {
            cluster.apiServer.modify(.node, namespace: "", name: node.name) {
                if unschedulable { $0["spec"]["unschedulable"] = true } else { $0["spec"].remove("unschedulable") }
            }
        }
        context.out("node/\(node.name) \(verb)\(dryRun.suffix)\n")
    }

    // MARK: drain

    static let drain = Kubectl.Command(
        name: "drain", summary: "Drain node in preparation for maintenance",
        configure: { flags in
            flags.add("ignore-daemonsets", nil, .bool)
            flags.add("delete-emptydir-data", nil, .bool)
            flags.add("force", nil, .bool)
            flags.add("grace-period", nil, .int, default: "-1")
            flags.add("timeout", nil, .duration, default: "0s")
            flags.add("selector", "l", .string)
            flags.add("pod-selector", nil, .string)
            flags.add("disable-eviction", nil, .bool)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
        },
        run: { context throws(KubectlError) in try drainNodes(&context) })

    static func drainNodes(_ context: inout CommandContext) throws(KubectlError) {
        let dryRun = try DryRun.parse(&context)
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let flags = context.flags
        for node in try nodes(context, cluster: cluster) {
            setSchedulable(node, true, dryRun: dryRun, cluster: cluster, context: &context)
            let pods = server.index.pods(onNode: node.name).compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }
                .filter { $0["status"]["phase"].string != "Succeeded" && $0["status"]["phase"].string != "Failed" }
            var daemonPods: [String] = []
            var unmanaged: [String] = []
            var localStorage: [String] = []
            var toEvict: [JSON] = []
            for pod in pods {
                let owner = pod.controllerReference
                let key = "\(pod.namespace)/\(pod.name)"
                if owner?.kind == "Node" || pod.annotations["kubernetes.io/config.mirror"] != nil { continue }
                if owner?.kind == "DaemonSet" {
                    daemonPods.append(key)
                    continue
                }
                if owner == nil, !flags.bool("force") { unmanaged.append(key) }
                let usesEmptyDir = (pod["spec"]["volumes"].array ?? []).contains { !$0["emptyDir"].isNull }
                if usesEmptyDir, !flags.bool("delete-emptydir-data") { localStorage.append(key) }
                toEvict.append(pod)
            }
            var problems: [String] = []
            if !unmanaged.isEmpty {
                problems.append("cannot delete Pods that declare no controller (use --force to override): \(unmanaged.joined(separator: ", "))")
            }
            if !daemonPods.isEmpty, !flags.bool("ignore-daemonsets") {
                problems.append("cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): \(daemonPods.joined(separator: ", "))")
            }
            if !localStorage.isEmpty {
                problems.append("cannot delete Pods with local storage (use --delete-emptydir-data to override): \(localStorage.joined(separator: ", "))")
            }
            if !problems.isEmpty {
                let joined = problems.joined(separator: ", ")
                context.err("error: unable to drain node \"\(node.name)\" due to error: \(joined), continuing command...\nThere are pending nodes to be drained:\n \(node.name)\n\(problems.joined(separator: "\n"))\n")
                context.output.status = 1
                continue
            }
            if !daemonPods.isEmpty {
                context.err("Warning: ignoring DaemonSet-managed Pods: \(daemonPods.joined(separator: ", "))\n")
            }
            if !unmanaged.isEmpty || (flags.bool("force") && toEvict.contains { $0.controllerReference == nil }) {
                let bare = toEvict.filter { $0.controllerReference == nil }.map { "\($0.namespace)/\($0.name)" }
                if !bare.isEmpty {
                    context.err("Warning: deleting Pods that declare no controller: \(bare.joined(separator: ", "))\n")
                }
            }
            let grace = flags.int("grace-period") >= 0 ? flags.int("grace-period") : nil
            for pod in toEvict.sorted(by: { ($0.namespace, $0.name) < ($1.namespace, $1.name) }) {
                context.out("evicting pod \(pod.namespace)/\(pod.name)\(dryRun.suffix)\n")
            }
            guard dryRun == .none else {
                context.out("node/\(node.name) drained\(dryRun.suffix)\n")
                continue
            }
            for pod in toEvict { _ = try? server.delete(.pod, namespace: pod.namespace, name: pod.name, gracePeriodSeconds: grace) }
            cluster.simulation.advance(until: {
                toEvict.allSatisfy { pod in server.object(.pod, namespace: pod.namespace, name: pod.name)?.uid != pod.uid }
            }, timeout: .minutes(10))
            for pod in toEvict.sorted(by: { ($0.namespace, $0.name) < ($1.namespace, $1.name) }) {
                context.out("pod/\(pod.name) evicted\n")
            }
            context.out("node/\(node.name) drained\n")
        }
    }

    // MARK: taint

    static let taint = Kubectl.Command(
        name: "taint", summary: "Update the taints on one or more nodes",
        configure: { flags in
            flags.add("overwrite", nil, .bool)
            flags.add("all", nil, .bool)
            flags.add("selector", "l", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            flags.add("output", "o", .string)
        },
        run: { context throws(KubectlError) in try taintNodes(&context) })

    static func taintNodes(_ context: inout CommandContext) throws(KubectlError) {
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(context.flags)
        // Resources first, then taints (words with `=` or `:`, or ending in `-`), as kubectl splits them.
        var arguments: [String] = []
        var specs: [String] = []
        for argument in context.arguments {
            if argument.contains("=") || argument.contains(":") || argument.hasSuffix("-") {
                specs.append(argument)
            } else if specs.isEmpty {
                arguments.append(argument)
            } else {
                throw .message("all resources must be specified before taint changes: \(argument)")
            }
        }
        guard !arguments.isEmpty else { throw .message("one or more resources must be specified as <resource> <name>") }
        guard !specs.isEmpty else { throw .message("at least one taint update is required") }
        guard ["node", "nodes", "no"].contains(arguments[0]) || arguments[0].hasPrefix("node/") else {
            throw .message("Shipyard simulates kubectl taint for nodes: kubectl taint nodes NAME KEY[=VALUE]:EFFECT")
        }
        if arguments[0].hasPrefix("node/") {
            arguments[0] = String(arguments[0].dropFirst(5))
        } else {
            arguments.removeFirst()
        }
        guard let name = arguments.first else {
            throw .message("Shipyard simulates kubectl taint for named nodes: kubectl taint nodes NAME KEY[=VALUE]:EFFECT")
        }
        var add: [Taint] = []
        var remove: [(key: String, effect: String?)] = []
        for spec in specs {
            if spec.hasSuffix("-") {
                let body = spec.dropLast()
                let parts = body.split(separator: ":", maxSplits: 1).map(String.init)
                let key = parts[0].split(separator: "=").first.map(String.init) ?? parts[0]
                remove.append((key, parts.count == 2 ? parts[1] : nil))
                continue
            }
            let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw .usage("invalid taint spec: \(spec)", command: "kubectl taint") }
            guard ["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(parts[1]) else {
                throw .usage("invalid taint effect: \(parts[1]), unsupported taint effect", command: "kubectl taint")
            }
            let keyValue = parts[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            add.append(Taint(key: keyValue[0], value: keyValue.count == 2 ? keyValue[1] : "", effect: parts[1]))
        }
        let cluster = try context.cluster()
        let node: JSON
        do {
            node = try cluster.apiServer.get(.node, namespace: "", name: name)
        } catch {
            throw .server(error)
        }
        var taints = NodeView(node).taints
        for removal in remove {
            let before = taints.count
            taints.removeAll { $0.key == removal.key && (removal.effect == nil || $0.effect == removal.effect) }
            if taints.count == before {
                throw .message("taint \"\(removal.key)\(removal.effect.map { ":" + $0 } ?? "")\" not found")
            }
        }
        for taint in add {
            if let index = taints.firstIndex(where: { $0.key == taint.key && $0.effect == taint.effect }) {
                guard context.flags.bool("overwrite") else {
                    throw .message("node \(name) already has \(taint.key) taint(s) with same effect(s) and --overwrite is false")
                }
                taints[index] = taint
            } else {
                taints.append(taint)
            }
        }
        let existing = (node["spec"]["taints"].array ?? [])
        let setTaints = { (node: inout JSON) in
            let kept = existing.filter { old in taints.contains { $0.key == old["key"].string && $0.effect == old["effect"].string && $0.value == (old["value"].string ?? "") } }
            let fresh = taints.filter { t in !kept.contains { $0["key"].string == t.key && $0["effect"].string == t.effect } }.map(\.json)
            let all = kept + fresh
            if all.isEmpty { node["spec"].remove("taints") } else { node["spec"]["taints"] = .array(all) }
        }
        // What kubectl prints (with -o): the node as the server answered the patch, or on a
        // dry run as patched locally.
        var changed = node
        setTaints(&changed)
        if dryRun == .none {
            changed = cluster.apiServer.modify(.node, namespace: "", name: name, setTaints) ?? changed
        }
        let operation = add.isEmpty ? "untainted" : (context.flags.bool("overwrite") ? "modified" : "tainted")
        CreateCommand.report(changed, type: .node, verb: operation, dryRun: dryRun, format: format, context: &context)
    }
}
