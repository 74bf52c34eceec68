import ContainerImages
import JSONValue
import KubeSim
import SimCore

/// `kubectl logs POD|TYPE/NAME|-l SELECTOR [-c C|--all-containers] [--tail N] [--since D|--since-time T]
/// [--limit-bytes N] [--previous] [-f] [--timestamps] [--prefix]`: what containers printed, read
/// from their kubelets.
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
            flags.add("max-log-requests", nil, .int, default: "5")
        },
        run: { context throws(KubectlError) in try run(&context) })

    /// kubectl's usage complaint when neither a pod nor a selector is given (or too much is).
    static let usageError = """
        expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
        POD or TYPE/NAME is a required argument for the logs command
        """

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let cluster = try context.cluster()
        let flags = context.flags
        let selector = flags.string("selector")
        switch context.arguments.count {
        case 0 where selector.isEmpty, 3...: throw .usage(usageError, command: "kubectl logs")
        case 1 where !selector.isEmpty: throw .usage("only a selector (-l) or a POD name is allowed", command: "kubectl logs")
        default: break
        }
        // As kubectl's Complete does: the time read before the pods are looked up.
        var sinceTime: SimTime?
        if !flags.string("since-time").isEmpty {
            switch GoTime.parseRFC3339(flags.string("since-time")) {
            case .success(let time): sinceTime = time
            case .failure(let error): throw .message(error.description)
            }
        }
        // --since becomes whole seconds (PodLogOptions.sinceSeconds), rounded as Go rounds.
        let sinceGiven = (GoDuration.parse(flags.string("since")) ?? .zero).milliseconds
        let sinceSeconds = (abs(sinceGiven) + 500) / 1000 * (sinceGiven < 0 ? -1 : 1)
        var containerName = flags.isSet("container") ? flags.string("container") : nil
        if context.arguments.count > 1, containerName == nil { containerName = context.arguments[1] }
        let pods: [JSON]
        if let target = context.arguments.first {
            do {
                pods = [try resolvePod(target, namespace: context.namespace, cluster: cluster, for: .logging,
                                       context: &context)]
            } catch {
                // kubectl logs names the namespace of what it did not find (since v1.29).
                guard case .server(let apiError) = error, apiError.reason == "NotFound" else { throw error }
                throw .message("error from server (NotFound): \(apiError.message) in namespace \"\(context.namespace)\"")
            }
        } else {
            pods = try selectedPods(selector, namespace: context.namespace, cluster: cluster)
            if pods.isEmpty { context.err("No resources found in \(context.namespace) namespace.\n") }
        }
        try validate(context, sinceGiven: sinceGiven != 0, sinceSeconds: sinceSeconds)
        var streams: [LogStream] = []
        for pod in pods {
            streams += try LogStream.requested(from: pod, container: containerName, allContainers: flags.bool("all-containers"),
                                                cluster: cluster, context: &context)
        }
        let follow = flags.bool("follow") && !flags.bool("previous")
        if flags.bool("follow"), streams.count > 1, streams.count > flags.int("max-log-requests") {
            throw .message("you are attempting to follow \(streams.count) log streams, but maximum allowed concurrency is "
                           + "\(flags.int("max-log-requests")), use --max-log-requests to increase the limit")
        }
        // A selector shows each container's last 10 lines unless --tail says otherwise.
        let options = LogStream.Options(
            tail: !selector.isEmpty && !flags.isSet("tail") ? 10 : flags.int("tail"),
            timestamps: flags.bool("timestamps"),
            since: sinceSeconds > 0 ? cluster.simulation.now - .seconds(sinceSeconds) : sinceTime,
            limitBytes: flags.int("limit-bytes") > 0 ? flags.int("limit-bytes") : nil,
            previous: flags.bool("previous"), prefix: flags.bool("prefix"))
        var seen: [Int] = []
        for stream in streams {
            // The API server's own check of each log request: a --since under half a second
            // rounds to none.
            if sinceSeconds == 0, sinceGiven != 0 {
                throw .server(.invalid(kind: "PodLogOptions", name: stream.pod, causes: [
                    FieldError("sinceSeconds", .invalid(value: "0"), "must be greater than 0"),
                ]))
            }
            let log = try stream.read(options)
            context.out(log.lines.map { stream.prefixed($0, options) }.joined())
            seen.append(log.total)
        }
        guard follow, !streams.isEmpty else { return }
        // Each stream ends when its container stops (a restart is a new stream kubectl does
        // not follow); kubectl returns when all have ended, or here when nothing new has
        // appeared for a minute.
        var ended = streams.map { !$0.isRunning }
        var quietSince = cluster.simulation.now
        cluster.simulation.advance(until: {
            for (index, stream) in streams.enumerated() where !ended[index] {
                if let next = try? stream.read(options.following), next.total > seen[index] {
                    context.out(next.lines.suffix(next.total - seen[index]).map { stream.prefixed($0, options) }.joined())
                    seen[index] = next.total
                    quietSince = cluster.simulation.now
                }
                ended[index] = !stream.isRunning
            }
            return !ended.contains(false) || cluster.simulation.now - quietSince > .minutes(1)
        }, timeout: .minutes(10))
    }

    /// The pods a `-l` selector picks, in name order (kubectl reads them in whatever order
    /// its map gives).
    static func selectedPods(_ text: String, namespace: String, cluster: Cluster) throws(KubectlError) -> [JSON] {
        let selector: LabelSelector
        do {
            selector = try LabelSelector.parse(text)
        } catch {
            throw .message("unable to parse requirement: \(error.message)")
        }
        return cluster.apiServer.list(.pod, namespace: namespace, labelSelector: selector)
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

    /// A pod by name, or the pod kubectl picks from a workload (`deploy/web`, `job/pi`).
    static func resolvePod(_ target: String, namespace: String, cluster: Cluster, for purpose: FirstPod.Purpose,
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
        guard let first = FirstPod.choose(pods, for: purpose) else {
            throw .message("timed out waiting for the condition")
        }
        if purpose == .logging, pods.count > 1 { context.err("Found \(pods.count) pods, using pod/\(first.name)\n") }
        return first
    }
}
