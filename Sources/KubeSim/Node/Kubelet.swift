import ContainerImages
import JSONValue
import SimCore

/// The kubelet of one node: registers the node, runs the pods bound to it through containerd
/// (pull, create, start, restart with back-off, stop), reports their status to the API
/// server, and finishes their deletion.
public final class Kubelet {
    public static let version = "v1.32.4"

    public let config: NodeConfig
    public let runtime: Containerd
    let server: APIServer
    let events: EventRecorder
    let jitter: RandomStream
    var pods: [String: PodRuntime] = [:]
    var nextIPSuffix = 2
    /// Which last octets of the pod CIDR are handed out (`<prefix>.2` to `<prefix>.254`).
    var usedIPSuffixes = [Bool](repeating: false, count: 256)
    var pullQueueFreeAt: SimTime
    /// When each image being pulled will be on disk: a queued pull of the same image then
    /// only checks the manifest.
    var pullsDone: [String: SimTime] = [:]
    /// Static pods the kubelet runs from its manifest directory (the control plane on kubeadm nodes).
    var staticPods: [JSON] = []
    /// False after `systemctl stop kubelet`.
    public internal(set) var isRunning = true
    var heartbeatTimer: TimerID?
    /// When the container GC loop started (the kubelet's start) and its pending pass, if any
    /// (see `KubeletContainerGC`).
    var containerGCEpoch: SimTime
    var containerGCTimer: TimerID?
    /// When the kubelet last posted its node's status (see `KubeletHeartbeat`).
    var lastStatusReport: SimTime?
    /// `status.hostIPs` of every pod here: one value, shared by all their statuses.
    let hostIPs: JSON
    /// The first three octets of the pod CIDR, which pod IPs share.
    let podIPPrefix: String
    /// Where volumes keep what containers write (the cluster's, shared by its nodes).
    var volumeData = VolumeData()
    /// The cluster's network beyond the pod (set by the cluster): where its containers'
    /// requests to other pods, Services and nodes go.
    var network: ((Cluster.NetworkClient, ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange?)?
    /// The cluster's DNS as pods of a namespace ask it.
    var resolver: ((String) -> ContainerResolver)?

    public init(config: NodeConfig, server: APIServer, events: EventRecorder, registry: ImageRegistry) {
        self.config = config
        self.server = server
        self.events = events
        source = EventRecorder.Source(component: "kubelet", host: config.name)
        runtime = Containerd(nodeName: config.name, registry: registry, random: server.simulation.random)
        jitter = server.simulation.random.stream("kubelet-\(config.name)")
        pullQueueFreeAt = server.now
        containerGCEpoch = server.now
        hostIPs = [["ip": .string(config.internalIP)]]
        let base = config.podCIDR.split(separator: "/").first.map(String.init) ?? "10.244.0.0"
        podIPPrefix = base.split(separator: ".").map(String.init).prefix(3).joined(separator: ".")
    }

    let source: EventRecorder.Source
    var now: SimTime { server.now }

    func key(_ namespace: String, _ name: String) -> String { "\(namespace)/\(name)" }

    // MARK: Node registration

    /// Creates this node's Node object, Ready, as a kubelet does when it first starts.
    public func register() {
        let node = NodeObject.make(config, now: now)
        _ = try? server.create(.node, node)
        for manifest in staticPods { createMirrorPod(manifest) }
        startHeartbeats()
        startContainerGC()
    }

    /// The manifests in the kubelet's static pod directory, as written on disk.
    public var staticPodManifests: [JSON] {
        staticPods.map { manifest in
            var file = manifest
            file["apiVersion"] = "v1"
            file["kind"] = "Pod"
            file["metadata"]["creationTimestamp"] = .null
            return file
        }
    }

    /// Adds a static pod manifest; its mirror pod appears when the kubelet (re)starts.
    public func addStaticPod(_ manifest: JSON) { staticPods.append(manifest) }

    func createMirrorPod(_ manifest: JSON) {
        guard let node = server.object(.node, namespace: "", name: config.name) else { return }
        var pod = manifest
        let name = "\(manifest.name)-\(config.name)"
        pod["metadata"]["name"] = .string(name)
        pod["metadata"]["annotations"]["kubernetes.io/config.mirror"] = .string(String(fnv1a64(name), radix: 16))
        pod["metadata"]["annotations"]["kubernetes.io/config.hash"] = .string(String(fnv1a64(name), radix: 16))
        pod["metadata"]["annotations"]["kubernetes.io/config.seen"] = .string(now.rfc3339)
        pod["metadata"]["annotations"]["kubernetes.io/config.source"] = "file"
        pod["metadata"]["ownerReferences"] = [
            ["apiVersion": "v1", "controller": true, "kind": "Node", "name": .string(node.name), "uid": .string(node.uid)],
        ]
        pod["spec"]["nodeName"] = .string(config.name)
        _ = try? server.create(.pod, pod, namespace: manifest.namespace)
    }

    // MARK: Pod events (routed here by spec.nodeName)

    /// Whether a pod change can ask anything of the kubelet of the pod's node. A change to a
    /// pod that was already on that node, and is not its deletion, cannot: the kubelet heard
    /// of the pod with that earlier change (or resynchronised since, if it was stopped), and
    /// its own status writes come back this way. Asked before the kubelet is even found.
    static func isNews(_ event: WatchEvent) -> Bool {
        guard event.type == .modified, let previous = event.previousBrief, let brief = event.brief else { return true }
        return brief.terminating || previous.nodeName != brief.nodeName || previous.uid != brief.uid
    }

    func podChanged(_ event: WatchEvent) {
        // A stopped kubelet hears nothing; it resynchronises when it starts again.
        guard isRunning else { return }
        let pod = event.object
        let brief = event.podBrief
        let podKey = brief.key
        switch event.type {
        case .deleted:
            if let runtime = pods.removeValue(forKey: podKey) {
                runtime.attached = false
                teardown(runtime)
            }
        case .added, .modified:
            var current = pods[podKey]
            if let existing = current, existing.uid != brief.uid {
                pods[podKey] = nil
                existing.attached = false
                teardown(existing)
                current = nil
            }
            if current == nil {
                guard !brief.terminating else {
                    // Deleted before we ever ran it: nothing to stop.
                    finishDeletion(namespace: brief.namespace, name: brief.name)
                    return
                }
                let phase = brief.phaseValue
                if phase == "Succeeded" || phase == "Failed" { return }
                let runtime = PodRuntime(pod: pod)
                pods[podKey] = runtime
                runtime.attached = true
                let delay = SimDuration.seconds(1.0 + jitter.unit())
                runtime.timers.append(server.simulation.schedule(after: delay) { [weak self] in self?.firstSync(runtime) })
            } else if let runtime = current, brief.terminating, !runtime.terminating {
                let delay = SimDuration.seconds(0.1 + 0.3 * jitter.unit())
                server.simulation.schedule(after: delay) { [weak self] in self?.beginTermination(runtime) }
            }
        }
    }

    /// The labels of a pod this node runs (what `crictl pods --label` matches), or none
    /// once the pod is gone.
    public func podLabels(namespace: String, name: String, uid: String) -> [String: String] {
        guard let pod = server.object(.pod, namespace: namespace, name: name), pod.uid == uid else { return [:] }
        return (pod["metadata"]["labels"].object?.entries ?? []).reduce(into: [:]) { $0[$1.key] = $1.value.string ?? "" }
    }

    /// Whether `runtime` is still the one this kubelet runs for its pod (not deleted or
    /// replaced by a pod of the same name): what every timer checks before acting.
    func isCurrent(_ runtime: PodRuntime) -> Bool { runtime.attached }

    // MARK: Lifecycle

    func firstSync(_ runtime: PodRuntime) {
        guard isCurrent(runtime), !runtime.terminating else { return }
        runtime.synced = true
        runtime.startTime = now
        writeStatus(runtime)
        let delay = SimDuration.seconds(0.5 + 0.5 * jitter.unit())
        runtime.timers.append(server.simulation.schedule(after: delay) { [weak self] in self?.sandboxReady(runtime) })
    }

    func sandboxReady(_ runtime: PodRuntime, mountAttempt: Int = 0) {
        guard isCurrent(runtime), !runtime.terminating else { return }
        // Volumes are mounted before the sandbox is made; a missing ConfigMap or Secret holds
        // the pod in ContainerCreating.
        guard mountVolumes(runtime, attempt: mountAttempt, then: { [weak self] in
            self?.sandboxReady(runtime, mountAttempt: mountAttempt + 1)
        }) else { return }
        let hostNetwork = runtime.spec["hostNetwork"].bool ?? false
        runtime.podIP = hostNetwork ? config.internalIP : allocateIP()
        runtime.sandboxID = self.runtime.runSandbox(podName: runtime.name, namespace: runtime.namespace,
                                                    podUID: runtime.uid, ip: runtime.podIP, now: now)
        // No status write here: the real kubelet's first sync goes on to pull and start the
        // containers, and the sandbox's IP reaches the API with the next status it reports
        // (containers running, a failed pull, an init container started).
        if runtime.initContainers.isEmpty {
            for index in runtime.containers.indices { ensureImage(runtime, index, isInit: false) }
        } else {
            ensureImage(runtime, 0, isInit: true)
        }
    }

    func allocateIP() -> String {
        if let ip = config.podIP { return ip }
        let prefix = podIPPrefix
        for _ in 0..<253 {
            let suffix = nextIPSuffix
            nextIPSuffix = nextIPSuffix >= 254 ? 2 : nextIPSuffix + 1
            if !usedIPSuffixes[suffix] {
                usedIPSuffixes[suffix] = true
                let candidate = "\(prefix).\(suffix)"
                return candidate
            }
        }
        return "\(prefix).\(nextIPSuffix)"
    }

    /// Hands an address back, if it is one `allocateIP` gave out.
    func releaseIP(_ ip: String) {
        guard ip.hasPrefix(podIPPrefix + "."), let suffix = Int(ip.dropFirst(podIPPrefix.utf8.count + 1)),
            (0..<usedIPSuffixes.count).contains(suffix), ip == "\(podIPPrefix).\(suffix)"
        else { return }
        usedIPSuffixes[suffix] = false
    }

    func podObject(_ runtime: PodRuntime) -> JSON? {
        guard let pod = server.object(.pod, namespace: runtime.namespace, name: runtime.name), pod.uid == runtime.uid
        else { return nil }
        return pod
    }

    func container(_ runtime: PodRuntime, _ index: Int, isInit: Bool) -> ContainerRuntimeState? {
        let list = isInit ? runtime.initContainers : runtime.containers
        return list.indices.contains(index) ? list[index] : nil
    }

    /// Reads container `index`'s state where it lies: a copy of the whole state, to read a
    /// field or two, costs more than the reading.
    func read<T>(_ runtime: PodRuntime, _ index: Int, isInit: Bool, _ field: (ContainerRuntimeState) -> T) -> T? {
        (isInit ? runtime.initContainers : runtime.containers).withUnsafeBufferPointer { states in
            states.indices.contains(index) ? field(states[index]) : nil
        }
    }

    /// What container `index`'s spec fixes, read without copying the rest of its state (and
    /// without a pending pull holding a copy of it).
    func facts(_ runtime: PodRuntime, _ index: Int, isInit: Bool) -> ContainerSpecFacts? {
        read(runtime, index, isInit: isInit) { $0.facts }
    }

    func update(_ runtime: PodRuntime, _ index: Int, isInit: Bool, _ change: (inout ContainerRuntimeState) -> Void) {
        if isInit {
            guard runtime.initContainers.indices.contains(index) else { return }
            change(&runtime.initContainers[index])
            runtime.initContainers[index].cachedStatus = nil
        } else {
            guard runtime.containers.indices.contains(index) else { return }
            change(&runtime.containers[index])
            runtime.containers[index].cachedStatus = nil
        }
    }

    // MARK: Termination

    func beginTermination(_ runtime: PodRuntime) {
        guard isCurrent(runtime), !runtime.terminating else { return }
        runtime.terminating = true
        cancelAllTimers(runtime)
        guard let pod = podObject(runtime) else { return }
        let grace = Double(pod["metadata"]["deletionGracePeriodSeconds"].int ?? 30)
        var slowest = 0.0
        for (isInit, list) in [(true, runtime.initContainers), (false, runtime.containers)] {
            for (index, state) in list.enumerated() where state.isRunning {
                events.record(pod, reason: "Killing", message: "Stopping container \(state.name)", source: source,
                              fieldPath: fieldPath(state))
                let graceful = state.plan?.stopSeconds.map { $0 <= grace } ?? false
                let seconds = graceful ? (state.plan?.stopSeconds ?? grace) : grace
                let code = graceful ? (state.plan?.stopExitCode ?? 0) : 137
                slowest = max(slowest, seconds)
                update(runtime, index, isInit: isInit) { _ in }
                server.simulation.schedule(after: .seconds(seconds)) { [weak self] in
                    guard let self, self.isCurrent(runtime) else { return }
                    if let id = self.container(runtime, index, isInit: isInit)?.containerID {
                        self.recordExit(id, code: code)
                    }
                    self.update(runtime, index, isInit: isInit) {
                        $0.state = .terminated(.init(exitCode: code, reason: code == 0 ? "Completed" : "Error",
                                                     message: nil, startedAt: $0.runStartedAt, finishedAt: self.now,
                                                     containerID: $0.containerID))
                        $0.ready = false
                    }
                }
            }
        }
        server.simulation.schedule(after: .seconds(slowest + 0.05)) { [weak self] in
            guard let self, self.isCurrent(runtime) else { return }
            runtime.finished = true
            self.writeStatus(runtime)
            if let sandbox = runtime.sandboxID { self.runtime.stopSandbox(sandbox) }
            self.finishDeletion(namespace: runtime.namespace, name: runtime.name)
        }
    }

    /// Tells the API server the pod is gone from this node: a delete with no grace left.
    func finishDeletion(namespace: String, name: String) {
        server.modify(.pod, namespace: namespace, name: name) { pod in
            pod["metadata"]["deletionGracePeriodSeconds"] = 0
        }
    }

    /// Cancels everything scheduled for the pod and its containers' runs.
    func cancelAllTimers(_ runtime: PodRuntime) {
        for timer in runtime.timers { server.simulation.cancel(timer) }
        runtime.timers.removeAll()
        if let resync = runtime.resyncTimer { server.simulation.cancel(resync) }
        runtime.resyncTimer = nil
        for index in runtime.containers.indices { cancelRunTimers(runtime, index, isInit: false) }
        for index in runtime.initContainers.indices { cancelRunTimers(runtime, index, isInit: true) }
    }

    func teardown(_ runtime: PodRuntime) {
        cancelAllTimers(runtime)
        if let sandbox = runtime.sandboxID { self.runtime.removeSandbox(sandbox) }
        if let ip = runtime.podIP { releaseIP(ip) }
    }

}
