import JSONValue
import KubeSim
import SimCore

/// One container's log as `kubectl logs` requests it (`GET pods/NAME/log?container=C`): which
/// container of which pod, chosen as kubectl chooses, and read from the kubelet running it.
struct LogStream {
    let pod: String
    let namespace: String
    let container: String
    let cluster: Cluster

    /// What every request of one `kubectl logs` asks for.
    struct Options {
        var tail: Int
        var timestamps: Bool
        var since: SimTime?
        var limitBytes: Int?
        var previous: Bool
        var prefix: Bool

        /// A followed stream sends every line after the first read's.
        var following: Options {
            var options = self
            options.tail = -1
            options.limitBytes = nil
            return options
        }
    }

    /// The streams kubectl requests for `pod`: every container with `--all-containers` (init
    /// containers first), else the one named, else the pod's default container (its
    /// `kubectl.kubernetes.io/default-container` annotation, or the first), saying so on
    /// standard error when the pod has others.
    static func requested(from pod: JSON, container named: String?, allContainers: Bool, cluster: Cluster,
                          context: inout CommandContext) throws(KubectlError) -> [LogStream] {
        func names(_ list: String) -> [String] { (pod["spec"][list].array ?? []).compactMap { $0["name"].string } }
        let containers = names("containers")
        let initContainers = names("initContainers")
        let ephemeral = names("ephemeralContainers")
        func stream(_ container: String) -> LogStream {
            LogStream(pod: pod.name, namespace: pod.namespace, container: container, cluster: cluster)
        }
        if allContainers { return (initContainers + containers + ephemeral).map(stream) }
        var chosen = named
        if chosen == nil, let preferred = pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"].string,
            !preferred.isEmpty
        {
            if (containers + initContainers + ephemeral).contains(preferred) {
                chosen = preferred
            } else {
                context.err("Default container name \"\(preferred)\" not found in pod \(pod.name)\n")
            }
        }
        if chosen == nil {
            chosen = containers.first ?? ""
            if containers.count > 1 || !initContainers.isEmpty || !ephemeral.isEmpty {
                let all = containers + ephemeral.map { "\($0) (ephem)" } + initContainers.map { "\($0) (init)" }
                context.err("Defaulted container \"\(chosen ?? "")\" out of: \(all.joined(separator: ", "))\n")
            }
        }
        let name = chosen ?? ""
        guard (containers + initContainers + ephemeral).contains(name) else {
            throw .message("container \(name) is not valid for pod \(pod.name)")
        }
        return [stream(name)]
    }

    private var current: JSON? { cluster.apiServer.object(.pod, namespace: namespace, name: pod) }

    /// The container's status in the pod as it is now.
    private var status: JSON? {
        let statuses = (current?["status"]["containerStatuses"].array ?? []) + (current?["status"]["initContainerStatuses"].array ?? [])
        return statuses.first { $0["name"].string == container }
    }

    /// Whether the container is running now (a followed stream ends when it stops).
    var isRunning: Bool { status?["state"]["running"].isNull == false }

    /// The lines the kubelet sends and how many the log holds in all, or the API server's
    /// refusal (the container has not started, or has no previous run).
    func read(_ options: Options) throws(KubectlError) -> (lines: [String], total: Int) {
        guard let node = current?["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node) else {
            throw .server(.badRequest("container \"\(container)\" in pod \"\(pod)\" is waiting to start: ContainerCreating"))
        }
        guard let log = kubelet.logs(namespace: namespace, pod: pod, container: container, previous: options.previous),
            log.exists
        else {
            if options.previous {
                throw .server(.badRequest("previous terminated container \"\(container)\" in pod \"\(pod)\" not found"))
            }
            let reason = status?["state"]["waiting"]["reason"].string ?? "ContainerCreating"
            let detail = reason == "ImagePullBackOff" || reason == "ErrImagePull" ? "trying and failing to pull image" : reason
            throw .server(.badRequest("container \"\(container)\" in pod \"\(pod)\" is waiting to start: \(detail)"))
        }
        let rendered = log.render(tail: options.tail, timestamps: options.timestamps, since: options.since,
                                  limitBytes: options.limitBytes)
        let text = rendered.text
        // Line by line, as kubectl copies the stream; --limit-bytes may have cut the last one short.
        var lines: [String] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            let next = text.utf8.index(after: index)
            lines.append(String(Substring(text.utf8[start..<next])))
            start = next
        }
        if start < text.utf8.endIndex { lines.append(String(Substring(text.utf8[start...]))) }
        return (lines, rendered.count)
    }

    /// `--prefix`: each line as kubectl's prefixing writer prints it.
    func prefixed(_ line: String, _ options: Options) -> String {
        options.prefix ? "[pod/\(pod)/\(container)] " + line : line
    }
}
