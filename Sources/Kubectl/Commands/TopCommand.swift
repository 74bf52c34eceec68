import GoPorts
import JSONValue
import KubeSim
import SimCore

/// `kubectl top node|pod`: usage from the Metrics API (metrics-server), printed as kubectl's
/// metrics printer does: CPU in millicores, memory in Mi, percentages of allocatable for nodes.
enum TopCommand {
    static let command = Kubectl.Command(
        name: "top", summary: "Display resource (CPU/memory) usage",
        configure: { flags in
            flags.add("selector", "l", .string)
            flags.add("field-selector", nil, .string)
            flags.add("sort-by", nil, .string)
            flags.add("containers", nil, .bool)
            flags.add("all-namespaces", "A", .bool)
            flags.add("no-headers", nil, .bool)
            flags.add("use-protocol-buffers", nil, .bool, default: "true")
            flags.add("show-capacity", nil, .bool)
            flags.add("sum", nil, .bool)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static let help = """
        Display resource (CPU/memory) usage.

         The top command allows you to see the resource consumption for nodes or pods.

         This command requires Metrics Server to be correctly configured and working on the server.

        Available Commands:
          node          Display resource (CPU/memory) usage of nodes
          pod           Display resource (CPU/memory) usage of pods

        Usage:
          kubectl top [flags] [options]

        Use "kubectl top <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        guard let sub = context.arguments.first else {
            // cobra's help for a command that only groups subcommands, on stderr, exit 1.
            throw .verbatim(help)
        }
        let rest = Array(context.arguments.dropFirst())
        switch sub {
        case "node", "nodes", "no":
            try topNodes(&context, names: rest)
        case "pod", "pods", "po":
            try topPods(&context, names: rest)
        default:
            throw .usage("unknown command \"\(context.arguments.joined(separator: " "))\"", command: "kubectl top")
        }
    }

    static func sortBy(_ context: CommandContext) throws(KubectlError) -> String {
        let sortBy = context.flags.string("sort-by")
        guard sortBy.isEmpty || sortBy == "cpu" || sortBy == "memory" else {
            throw .message("--sort-by accepts only cpu or memory")
        }
        return sortBy
    }

    static func selector(_ context: CommandContext) throws(KubectlError) -> LabelSelector {
        do {
            return try LabelSelector.parse(context.flags.string("selector"))
        } catch {
            throw .message("unable to parse requirement: \(error.message)")
        }
    }

    /// Checks that the Metrics API is registered and its backend answers.
    static func metricsAvailable(_ cluster: Cluster, resource: String) throws(KubectlError) -> Bool {
        switch cluster.metricsServer.availability {
        case .notInstalled:
            throw .message("Metrics API not available")
        case .unavailable:
            throw .server(APIError(reason: "ServiceUnavailable", code: 503,
                                   message: "the server is currently unable to handle the request (get \(resource).metrics.k8s.io)"))
        case .noScrapeYet: return false
        case .scraped: return true
        }
    }

    // MARK: Nodes

    static func topNodes(_ context: inout CommandContext, names: [String]) throws(KubectlError) {
        guard names.count <= 1 else {
            throw .usage("node [NAME | -l label]", command: "kubectl top node")
        }
        let sort = try sortBy(context)
        let name = names.first
        if name != nil, !context.flags.string("selector").isEmpty {
            throw .message("only one of NAME or --selector can be provided")
        }
        let selector = try selector(context)
        let cluster = try context.cluster()
        let server = cluster.apiServer
        _ = try metricsAvailable(cluster, resource: "nodes")
        var metrics = cluster.metricsServer.nodeMetrics().filter { selector.matches(object: $0) }
        if let name {
            guard server.object(.node, namespace: "", name: name) != nil else {
                throw .server(APIError(reason: "NotFound", code: 404, message: "nodes \"\(name)\" not found"))
            }
            metrics = metrics.filter { $0.name == name }
            guard !metrics.isEmpty else {
                throw .server(APIError(reason: "NotFound", code: 404,
                                       message: "nodemetrics.metrics.k8s.io \"\(name)\" not found"))
            }
        }
        guard !metrics.isEmpty else { throw .message("metrics not available yet") }
        let nodes = name.map { name in server.object(.node, namespace: "", name: name).map { [$0] } ?? [] }
            ?? server.list(.node, namespace: nil, labelSelector: selector)
        var available: [String: JSON] = [:]
        for node in nodes {
            available[node.name] = context.flags.bool("show-capacity") ? node["status"]["capacity"] : node["status"]["allocatable"]
        }
        metrics = sorted(metrics, by: sort) { $0["usage"] }
        var rows: [[String]] = []
        if !context.flags.bool("no-headers") {
            rows.append(["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)", ""])
        }
        for metric in metrics {
            let cpu = milli(metric["usage"]["cpu"])
            let memory = bytes(metric["usage"]["memory"])
            var row = [metric.name, "\(cpu)m"]
            let allocatable = available.removeValue(forKey: metric.name)
            if let total = allocatable.map({ milli($0["cpu"]) }), total > 0 {
                row.append("\(Int64(Double(cpu) / Double(total) * 100))%")
            }
            row.append("\(memory / 1_048_576)Mi")
            if let total = allocatable.map({ bytes($0["memory"]) }), total > 0 {
                row.append("\(Int64(Double(memory * 1000) / Double(total * 1000) * 100))%")
            }
            rows.append(row + [""])
        }
        // Nodes metrics-server could not reach.
        for missing in available.keys.sorted() {
            rows.append([missing, "<unknown>", "<unknown>", "<unknown>", "<unknown>", ""])
        }
        var writer = TabWriter()
        context.out(writer.format(rows))
    }

    // MARK: Pods

    static func topPods(_ context: inout CommandContext, names: [String]) throws(KubectlError) {
        guard names.count <= 1 else {
            throw .usage("pod [NAME | -l label]", command: "kubectl top pod")
        }
        let sort = try sortBy(context)
        let name = names.first
        if name != nil, !context.flags.string("selector").isEmpty {
            throw .message("only one of NAME or selector can be provided")
        }
        let selector = try selector(context)
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let allNamespaces = context.flags.bool("all-namespaces")
        let namespace = context.namespace
        _ = try metricsAvailable(cluster, resource: "pods")
        var metrics = cluster.metricsServer.podMetrics(namespace: allNamespaces ? nil : namespace)
            .filter { selector.matches(object: $0) }
        if let name {
            guard server.object(.pod, namespace: namespace, name: name) != nil else {
                throw .server(APIError(reason: "NotFound", code: 404, message: "pods \"\(name)\" not found"))
            }
            metrics = metrics.filter { $0.name == name }
            guard !metrics.isEmpty else {
                throw .server(APIError(reason: "NotFound", code: 404,
                                       message: "podmetrics.metrics.k8s.io \"\(namespace)/\(name)\" not found"))
            }
        }
        if metrics.isEmpty {
            // kubectl asks why: pods too young for a scrape, or pods without metrics.
            let pods = server.list(.pod, namespace: namespace, labelSelector: selector)
            if !pods.isEmpty {
                for pod in pods {
                    let created = pod["metadata"]["creationTimestamp"].string.flatMap { SimTime(rfc3339: $0) } ?? server.now
                    let age = server.now - created
                    if age > .minutes(2) {
                        throw .message("Metrics not available for pod \(pod.namespace)/\(pod.name), age: \(GoDuration.format(age))")
                    }
                }
                throw .message("metrics not available yet")
            }
            context.err(allNamespaces ? "No resources found\n" : "No resources found in \(namespace) namespace.\n")
            return
        }
        let containers = context.flags.bool("containers")
        metrics = sorted(metrics, by: sort, namespaced: allNamespaces) { podTotal($0) }
        var rows: [[String]] = []
        if !context.flags.bool("no-headers") {
            rows.append((allNamespaces ? ["NAMESPACE"] : []) + (containers ? ["POD"] : [])
                        + ["NAME", "CPU(cores)", "MEMORY(bytes)", ""])
        }
        for metric in metrics {
            let prefix = allNamespaces ? [metric.namespace] : []
            if containers {
                let list = sorted(metric["containers"].array ?? [], by: sort) { $0["usage"] }
                for container in list {
                    rows.append(prefix + [metric.name, container["name"].string ?? ""] + usageCells(container["usage"]) + [""])
                }
            } else {
                rows.append(prefix + [metric.name] + usageCells(podTotal(metric)) + [""])
            }
        }
        if context.flags.bool("sum") {
            let width = 3 + (allNamespaces ? 1 : 0) + (containers ? 1 : 0)
            var cpu: Int64 = 0
            var memory: Int64 = 0
            for metric in metrics {
                cpu += milli(podTotal(metric)["cpu"])
                memory += bytes(podTotal(metric)["memory"])
            }
            rows.append(Array(repeating: "", count: width - 2) + ["________", "________", ""])
            rows.append(Array(repeating: "", count: width - 3) + ["", "\(cpu)m", "\(memory / 1_048_576)Mi", ""])
        }
        var writer = TabWriter()
        context.out(writer.format(rows))
    }

    static func usageCells(_ usage: JSON) -> [String] {
        ["\(milli(usage["cpu"]))m", "\(bytes(usage["memory"]) / 1_048_576)Mi"]
    }

    /// The sum over a pod's containers.
    static func podTotal(_ metric: JSON) -> JSON {
        var cpu: Int64 = 0
        var memory: Int64 = 0
        for container in metric["containers"].array ?? [] {
            cpu += nano(container["usage"]["cpu"])
            memory += bytes(container["usage"]["memory"])
        }
        return ["cpu": .string("\(cpu)n"), "memory": .string("\(memory)")]
    }

    /// Largest first for cpu or memory; by namespace and name otherwise.
    static func sorted(_ items: [JSON], by sort: String, namespaced: Bool = false, usage: (JSON) -> JSON) -> [JSON] {
        switch sort {
        case "cpu":
            return items.enumerated().sorted {
                let (a, b) = (nano(usage($0.element)["cpu"]), nano(usage($1.element)["cpu"]))
                return a != b ? a > b : $0.offset < $1.offset
            }.map(\.element)
        case "memory":
            return items.enumerated().sorted {
                let (a, b) = (bytes(usage($0.element)["memory"]), bytes(usage($1.element)["memory"]))
                return a != b ? a > b : $0.offset < $1.offset
            }.map(\.element)
        default:
            return items.sorted {
                if namespaced, $0.namespace != $1.namespace { return $0.namespace < $1.namespace }
                let (a, b) = ($0.name.isEmpty ? $0["name"].string ?? "" : $0.name, $1.name.isEmpty ? $1["name"].string ?? "" : $1.name)
                return a < b
            }
        }
    }

    /// CPU in nanocores, read exactly (`148217837n`, `250m`, `2`).
    static func nano(_ value: JSON) -> Int64 {
        guard let text = value.string else { return 0 }
        if text.hasSuffix("n"), let n = Int64(text.dropLast()) { return n }
        if text.hasSuffix("u"), let u = Int64(text.dropLast()) { return u * 1000 }
        if text.hasSuffix("m"), let m = Int64(text.dropLast()) { return m * 1_000_000 }
        if let cores = Int64(text) { return cores * 1_000_000_000 }
        return (Quantity(text)?.milli ?? 0) * 1_000_000
    }

    /// Go's Quantity.MilliValue(): rounded up.
    static func milli(_ value: JSON) -> Int64 {
        (nano(value) + 999_999) / 1_000_000
    }

    static func bytes(_ value: JSON) -> Int64 {
        guard let text = value.string, let quantity = Quantity(text) else { return 0 }
        return quantity.value
    }
}
