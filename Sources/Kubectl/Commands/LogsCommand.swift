import ContainerImages
import JSONValue
import KubeSim
import SimCore

/// `kubectl logs POD|TYPE/NAME [-c C] [--tail N] [--since D|--since-time T] [--limit-bytes N]
/// [--previous] [-f] [--timestamps]`: what a container printed, read from its kubelet.
enum LogsCommand {
    static let command = Kubectl.Command(
        name: "logs", summary: "Print the logs for a container in a pod",
        configure: { flags in
            flags.add("container", "c", .string)
            flags.add("follow", "f", .bool)
            flags.add("previous", "p", .bool)
            flags.add("tail", nil, .int, default: "-1")
            flags.add("timestamps", nil, .bool)
            flags.add("since", nil, .duration)
            flags.add("since-time", nil, .string)
            flags.add("limit-bytes", nil, .int, default: "0")
            flags.add("selector", "l", .string)
            flags.add("all-containers", nil, .bool)
            flags.add("prefix", nil, .bool)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let namespace = context.namespace
        guard let target = context.arguments.first else {
            throw .usage("expected POD or TYPE/NAME is a required argument for the logs command", command: "kubectl logs")
        }
        // As kubectl's Complete does: the time read before the pod is looked up.
        var sinceTime: SimTime?
        if !context.flags.string("since-time").isEmpty {
            switch GoTime.parseRFC3339(context.flags.string("since-time")) {
            case .success(let time): sinceTime = time
            case .failure(let error): throw .message(error.description)
            }
        }
        // --since becomes whole seconds (PodLogOptions.sinceSeconds), rounded as Go rounds.
        let sinceGiven = (GoDuration.parse(context.flags.string("since")) ?? .zero).milliseconds
        let sinceSeconds = (abs(sinceGiven) + 500) / 1000 * (sinceGiven < 0 ? -1 : 1)
        var containerName = context.flags.isSet("container") ? context.flags.string("container") : nil
        if context.arguments.count > 1, containerName == nil { containerName = context.arguments[1] }
        let pod = try resolvePod(target, namespace: namespace, cluster: cluster, context: &context)
        try validate(context, sinceGiven: sinceGiven != 0, sinceSeconds: sinceSeconds)
        let containers = (pod["spec"]["containers"].array ?? []).compactMap { $0["name"].string }
        let initContainers = (pod["spec"]["initContainers"].array ?? []).compactMap { $0["name"].string }
        if containerName == nil, containers.count > 1 {
            context.err("Defaulted container \"\(containers[0])\" out of: \((containers + initContainers).joined(separator: ", "))\n")
        }
        let name = containerName ?? containers.first ?? ""
        // The API server's own check of the log request: a --since under half a second
        // rounds to none.
        if sinceSeconds == 0, sinceGiven != 0 {
            throw .server(.invalid(kind: "PodLogOptions", name: pod.name, causes: [
                FieldError("sinceSeconds", .invalid(value: "0"), "must be greater than 0"),
            ]))
        }
        guard containers.contains(name) || initContainers.contains(name) else {
            throw .server(.badRequest("container \(name) is not valid for pod \(pod.name)"))
        }
        guard let node = pod["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node) else {
            throw .server(.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is waiting to start: ContainerCreating"))
        }
        let previous = context.flags.bool("previous")
        guard let log = kubelet.logs(namespace: pod.namespace, pod: pod.name, container: name, previous: previous),
            log.exists
        else {
            if previous {
                throw .server(.badRequest("previous terminated container \"\(name)\" in pod \"\(pod.name)\" not found"))
            }
            let status = (pod["status"]["containerStatuses"].array ?? []).first { $0["name"].string == name }
            let reason = status?["state"]["waiting"]["reason"].string ?? "ContainerCreating"
            let detail = reason == "ImagePullBackOff" || reason == "ErrImagePull" ? "trying and failing to pull image" : reason
            throw .server(.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is waiting to start: \(detail)"))
        }
        // The kubelet skips lines older than either.
        let since = sinceSeconds > 0 ? cluster.simulation.now - .seconds(sinceSeconds) : sinceTime
        let limit = context.flags.int("limit-bytes")
        var printed = log.render(tail: context.flags.int("tail"), timestamps: context.flags.bool("timestamps"), since: since,
                                 limitBytes: limit > 0 ? limit : nil)
        context.out(printed.text)
        guard context.flags.bool("follow"), !previous else { return }
        // Follow until the container stops, or until nothing new has appeared for a minute.
        var quietSince = cluster.simulation.now
        cluster.simulation.advance(until: {
            guard let current = kubelet.logs(namespace: pod.namespace, pod: pod.name, container: name, previous: false) else {
                return true
            }
            let next = current.render(tail: -1, timestamps: context.flags.bool("timestamps"), since: since)
            if next.count > printed.count {
                context.out(next.lines.suffix(next.count - printed.count).joined())
                printed = next
                quietSince = cluster.simulation.now
            }
            let running = server.object(.pod, namespace: pod.namespace, name: pod.name)?["status"]["containerStatuses"]
                .array?.first { $0["name"].string == name }?["state"]["running"].isNull == false
            return !running || cluster.simulation.now - quietSince > .minutes(1)
        }, timeout: .minutes(10))
    }

    /// kubectl's Validate, once the pod is found: its messages, in its order.
    static func validate(_ context: CommandContext, sinceGiven: Bool, sinceSeconds: Int64) throws(KubectlError) {
        let flags = context.flags
        if !flags.string("since-time").isEmpty, sinceGiven {
            throw .message("at most one of `sinceTime` or `sinceSeconds` may be specified")
        }
        if flags.int("limit-bytes") < 0 { throw .message("--limit-bytes must be greater than 0") }
        if flags.bool("all-containers"), flags.isSet("container") {
            throw .message("--all-containers=true should not be specified with container name \(flags.string("container"))")
        }
        if flags.isSet("container"), context.arguments.count == 2 {
            throw .message("only one of -c or an inline [CONTAINER] arg is allowed")
        }
        if sinceSeconds < 0 { throw .message("--since must be greater than 0") }
        if flags.int("tail") < -1 { throw .message("--tail must be greater than or equal to -1") }
    }

    /// A pod by name, or the first pod of a workload (`deploy/web`, `job/pi`).
    static func resolvePod(_ target: String, namespace: String, cluster: Cluster,
                           context: inout CommandContext) throws(KubectlError) -> JSON {
        let server = cluster.apiServer
        let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 1 || ["pod", "pods", "po"].contains(parts[0]) {
            do {
                return try server.get(.pod, namespace: namespace, name: parts.last ?? target)
            } catch {
                throw .server(error)
            }
        }
        let type = try context.resolveType(parts[0], in: cluster)
        let owner: JSON
        do {
            owner = try server.get(type, namespace: namespace, name: parts[1])
        } catch {
            throw .server(error)
        }
        let selector = LabelSelector(json: type.kind == "CronJob" ? owner["spec"]["jobTemplate"]["spec"]["selector"] : owner["spec"]["selector"])
        let pods = server.list(.pod, namespace: namespace, labelSelector: selector)
            .sorted { ($0.creationTimestamp?.milliseconds ?? 0, $0.name) < ($1.creationTimestamp?.milliseconds ?? 0, $1.name) }
        guard let first = pods.first else {
            throw .message("timed out waiting for the condition")
        }
        if pods.count > 1 { context.err("Found \(pods.count) pods, using pod/\(first.name)\n") }
        return first
    }
}
