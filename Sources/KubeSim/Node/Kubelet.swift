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
    private var nextIPSuffix = 2
    private var usedIPs: Set<String> = []
    private var pullQueueFreeAt: SimTime
    /// When each image being pulled will be on disk: a queued pull of the same image then
    /// only checks the manifest.
    private var pullsDone: [String: SimTime] = [:]
    /// Static pods the kubelet runs from its manifest directory (the control plane on kubeadm nodes).
    var staticPods: [JSON] = []
    /// False after `systemctl stop kubelet`.
    public internal(set) var isRunning = true
    var heartbeatTimer: TimerID?

    public init(config: NodeConfig, server: APIServer, events: EventRecorder, registry: ImageRegistry) {
        self.config = config
        self.server = server
        self.events = events
        runtime = Containerd(nodeName: config.name, registry: registry, random: server.simulation.random)
        jitter = server.simulation.random.stream("kubelet-\(config.name)")
        pullQueueFreeAt = server.now
    }

    var source: EventRecorder.Source { .init(component: "kubelet", host: config.name) }
    var now: SimTime { server.now }

    private func key(_ namespace: String, _ name: String) -> String { "\(namespace)/\(name)" }

    // MARK: Node registration

    /// Creates this node's Node object, Ready, as a kubelet does when it first starts.
    public func register() {
        let node = NodeObject.make(config, now: now)
        _ = try? server.create(.node, node)
        for manifest in staticPods { createMirrorPod(manifest) }
        startHeartbeats()
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

    private func createMirrorPod(_ manifest: JSON) {
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

    func podChanged(_ event: WatchEvent) {
        // A stopped kubelet hears nothing; it resynchronises when it starts again.
        guard isRunning else { return }
        let pod = event.object
        let podKey = key(pod.namespace, pod.name)
        switch event.type {
        case .deleted:
            if let runtime = pods.removeValue(forKey: podKey) { teardown(runtime) }
        case .added, .modified:
            if let existing = pods[podKey], existing.uid != pod.uid {
                pods[podKey] = nil
                teardown(existing)
            }
            if pods[podKey] == nil {
                guard !pod.isTerminating else {
                    // Deleted before we ever ran it: nothing to stop.
                    finishDeletion(namespace: pod.namespace, name: pod.name)
                    return
                }
                let phase = pod["status"]["phase"].string
                if phase == "Succeeded" || phase == "Failed" { return }
                let runtime = PodRuntime(pod: pod)
                pods[podKey] = runtime
                let delay = SimDuration.seconds(1.0 + jitter.unit())
                runtime.timers.append(server.simulation.schedule(after: delay) { [weak self] in self?.firstSync(runtime) })
            } else if let runtime = pods[podKey], pod.isTerminating, !runtime.terminating {
                let delay = SimDuration.seconds(0.1 + 0.3 * jitter.unit())
                server.simulation.schedule(after: delay) { [weak self] in self?.beginTermination(runtime) }
            }
        }
    }

    private func isCurrent(_ runtime: PodRuntime) -> Bool {
        pods[key(runtime.namespace, runtime.name)] === runtime
    }

    // MARK: Lifecycle

    private func firstSync(_ runtime: PodRuntime) {
        guard isCurrent(runtime), !runtime.terminating else { return }
        runtime.synced = true
        runtime.startTime = now
        writeStatus(runtime)
        let delay = SimDuration.seconds(0.5 + 0.5 * jitter.unit())
        runtime.timers.append(server.simulation.schedule(after: delay) { [weak self] in self?.sandboxReady(runtime) })
    }

    private func sandboxReady(_ runtime: PodRuntime) {
        guard isCurrent(runtime), !runtime.terminating else { return }
        let hostNetwork = runtime.spec["hostNetwork"].bool ?? false
        runtime.podIP = hostNetwork ? config.internalIP : allocateIP()
        runtime.sandbox = self.runtime.runSandbox(podName: runtime.name, namespace: runtime.namespace,
                                                  podUID: runtime.uid, ip: runtime.podIP, now: now)
        writeStatus(runtime)
        if runtime.initContainers.isEmpty {
            for index in runtime.containers.indices { ensureImage(runtime, index, isInit: false) }
        } else {
            ensureImage(runtime, 0, isInit: true)
        }
    }

    private func allocateIP() -> String {
        let base = config.podCIDR.split(separator: "/").first.map(String.init) ?? "10.244.0.0"
        let octets = base.split(separator: ".").map(String.init)
        let prefix = octets.prefix(3).joined(separator: ".")
        for _ in 0..<253 {
            let candidate = "\(prefix).\(nextIPSuffix)"
            nextIPSuffix = nextIPSuffix >= 254 ? 2 : nextIPSuffix + 1
            if !usedIPs.contains(candidate) {
                usedIPs.insert(candidate)
                return candidate
            }
        }
        return "\(prefix).\(nextIPSuffix)"
    }

    private func podObject(_ runtime: PodRuntime) -> JSON? {
        guard let pod = server.object(.pod, namespace: runtime.namespace, name: runtime.name), pod.uid == runtime.uid
        else { return nil }
        return pod
    }

    func container(_ runtime: PodRuntime, _ index: Int, isInit: Bool) -> ContainerRuntimeState? {
        let list = isInit ? runtime.initContainers : runtime.containers
        return list.indices.contains(index) ? list[index] : nil
    }

    func update(_ runtime: PodRuntime, _ index: Int, isInit: Bool, _ change: (inout ContainerRuntimeState) -> Void) {
        if isInit {
            guard runtime.initContainers.indices.contains(index) else { return }
            change(&runtime.initContainers[index])
        } else {
            guard runtime.containers.indices.contains(index) else { return }
            change(&runtime.containers[index])
        }
    }

    private func fieldPath(_ state: ContainerRuntimeState) -> String {
        "spec.\(state.isInit ? "initContainers" : "containers"){\(state.name)}"
    }

    private func ensureImage(_ runtime: PodRuntime, _ index: Int, isInit: Bool) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            let pod = podObject(runtime)
        else { return }
        let present = self.runtime.image(for: state.reference)
        if state.pullPolicy == "Never" && present == nil {
            let message = "Container image \"\(state.specImage)\" is not present with pull policy of Never"
            update(runtime, index, isInit: isInit) { $0.state = .waiting(reason: "ErrImageNeverPull", message: message) }
            events.record(pod, type: "Warning", reason: "ErrImageNeverPull", message: message, source: source,
                          fieldPath: fieldPath(state))
            writeStatus(runtime)
            return
        }
        if let present, state.pullPolicy != "Always" {
            update(runtime, index, isInit: isInit) { $0.image = present }
            events.record(pod, reason: "Pulled",
                          message: "Container image \"\(state.specImage)\" already present on machine", source: source,
                          fieldPath: fieldPath(state))
            createAndStart(runtime, index, isInit: isInit)
            return
        }
        events.record(pod, reason: "Pulling", message: "Pulling image \"\(state.specImage)\"", source: source,
                      fieldPath: fieldPath(state))
        let requested = now
        let start = max(now, pullQueueFreeAt)
        switch self.runtime.pull(state.reference, original: state.specImage) {
        case .pulled(let image, var duration):
            // Layers already on the node (or arriving before this pull starts) make it a quick
            // manifest check.
            if present != nil || (pullsDone[image.reference].map { $0 <= start } ?? false) {
                duration = .seconds(0.1 + 0.3 * jitter.unit())
            }
            let done = start + duration
            pullQueueFreeAt = done
            if pullsDone[image.reference] == nil { pullsDone[image.reference] = done }
            runtime.timers.append(server.simulation.schedule(at: done) { [weak self] in
                guard let self, self.isCurrent(runtime), let pod = self.podObject(runtime) else { return }
                self.runtime.store(image)
                self.update(runtime, index, isInit: isInit) {
                    $0.image = image
                    $0.imageBackoffSeconds = 0
                }
                let took = GoDuration.format(duration)
                let total = GoDuration.format(done - requested)
                self.events.record(pod, reason: "Pulled",
                                   message: "Successfully pulled image \"\(state.specImage)\" in \(took) (\(total) including waiting). Image size: \(image.size) bytes.",
                                   source: self.source, fieldPath: self.fieldPath(state))
                self.createAndStart(runtime, index, isInit: isInit)
            })
        case .failed(let message, _):
            let done = start + .seconds(0.5 + 0.5 * jitter.unit())
            pullQueueFreeAt = done
            runtime.timers.append(server.simulation.schedule(at: done) { [weak self] in
                self?.pullFailed(runtime, index, isInit: isInit, message: message)
            })
        }
    }

    private func pullFailed(_ runtime: PodRuntime, _ index: Int, isInit: Bool, message: String) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            let pod = podObject(runtime)
        else { return }
        let full = "Failed to pull image \"\(state.specImage)\": \(message)"
        events.record(pod, type: "Warning", reason: "Failed", message: full, source: source, fieldPath: fieldPath(state))
        events.record(pod, type: "Warning", reason: "Failed", message: "Error: ErrImagePull", source: source,
                      fieldPath: fieldPath(state))
        let backoff = state.imageBackoffSeconds == 0 ? 10 : min(300, state.imageBackoffSeconds * 2)
        update(runtime, index, isInit: isInit) {
            $0.state = .waiting(reason: "ErrImagePull", message: message)
            $0.imageBackoffSeconds = backoff
        }
        writeStatus(runtime)
        // The next sync finds the image in back-off and says so.
        runtime.timers.append(server.simulation.schedule(after: .seconds(0.5 + jitter.unit())) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating, let pod = self.podObject(runtime) else { return }
            self.update(runtime, index, isInit: isInit) {
                $0.state = .waiting(reason: "ImagePullBackOff", message: "Back-off pulling image \"\(state.specImage)\"")
            }
            self.events.record(pod, reason: "BackOff", message: "Back-off pulling image \"\(state.specImage)\"",
                               source: self.source, fieldPath: self.fieldPath(state))
            self.events.record(pod, type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff",
                               source: self.source, fieldPath: self.fieldPath(state))
            self.writeStatus(runtime)
        })
        runtime.timers.append(server.simulation.schedule(after: .seconds(backoff)) { [weak self] in
            self?.ensureImage(runtime, index, isInit: isInit)
        })
    }

    private func createAndStart(_ runtime: PodRuntime, _ index: Int, isInit: Bool) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            let image = state.image, let sandbox = runtime.sandbox, let pod = podObject(runtime)
        else { return }
        let delay = SimDuration.seconds(0.1 + 0.2 * jitter.unit())
        runtime.timers.append(server.simulation.schedule(after: delay) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating else { return }
            let created = self.runtime.createContainer(sandbox: sandbox.id, name: state.name, image: image,
                                                       attempt: state.restartCount, now: self.now)
            self.events.record(pod, reason: "Created", message: "Created container: \(state.name)", source: self.source,
                               fieldPath: self.fieldPath(state))
            let spec = runtime.containerSpec(state.name, isInit: isInit)
            let plan = self.plan(for: spec, image: image, runtime: runtime)
            if case .failsToStart(let message) = plan.ending {
                let full = "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: \(message): unknown"
                self.events.record(pod, type: "Warning", reason: "Failed", message: "Error: \(full)",
                                   source: self.source, fieldPath: self.fieldPath(state))
                self.runtime.exited(created.id, code: 128, now: self.now)
                self.update(runtime, index, isInit: isInit) {
                    $0.containerID = created.id
                    $0.runStartedAt = nil
                    $0.state = .terminated(.init(exitCode: 128, reason: "StartError", message: full, startedAt: nil,
                                                 finishedAt: self.now, containerID: created.id))
                }
                self.writeStatus(runtime)
                self.afterExit(runtime, index, isInit: isInit, code: 128)
                return
            }
            self.runtime.start(created.id, now: self.now)
            self.events.record(pod, reason: "Started", message: "Started container \(state.name)", source: self.source,
                               fieldPath: self.fieldPath(state))
            self.update(runtime, index, isInit: isInit) {
                $0.containerID = created.id
                $0.plan = plan
                $0.runStartedAt = self.now
                $0.state = .running(since: self.now)
                $0.started = true
                $0.ready = !isInit
            }
            self.writeStatus(runtime)
            if case .exits(let after, let code) = plan.ending {
                let id = created.id
                runtime.timers.append(self.server.simulation.schedule(after: .seconds(after)) { [weak self] in
                    guard let self, self.container(runtime, index, isInit: isInit)?.containerID == id else { return }
                    self.containerExited(runtime, index, isInit: isInit, code: code)
                })
            }
        })
    }

    /// A container's environment, in the order `env` prints it: PATH and HOSTNAME, the
    /// container's own variables, the service links for `kubernetes`, and HOME.
    static func environment(podName: String, spec: JSON) -> [(String, String)] {
        var variables: [(String, String)] = [
            ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("HOSTNAME", podName),
        ]
        for variable in spec["env"].array ?? [] {
            if let name = variable["name"].string { variables.append((name, variable["value"].string ?? "")) }
        }
        variables += [
            ("KUBERNETES_PORT", "tcp://10.96.0.1:443"), ("KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443"),
            ("KUBERNETES_PORT_443_TCP_ADDR", "10.96.0.1"), ("KUBERNETES_PORT_443_TCP_PORT", "443"),
            ("KUBERNETES_PORT_443_TCP_PROTO", "tcp"), ("KUBERNETES_SERVICE_HOST", "10.96.0.1"),
            ("KUBERNETES_SERVICE_PORT", "443"), ("KUBERNETES_SERVICE_PORT_HTTPS", "443"), ("HOME", "/root"),
        ]
        return variables
    }

    func plan(for spec: JSON, image: Containerd.Image, runtime: PodRuntime) -> ProcessPlan {
        var environment: [String: String] = [:]
        for (name, value) in Self.environment(podName: runtime.name, spec: spec) { environment[name] = value }
        let context = ProcessModel.Context(hostname: runtime.name, environment: environment, startedAt: now)
        let command = spec["command"].array?.compactMap(\.string)
        let args = spec["args"].array?.compactMap(\.string)
        return ProcessModel.plan(image: image.definition, command: command, args: args, context: context)
    }

    private func containerExited(_ runtime: PodRuntime, _ index: Int, isInit: Bool, code: Int) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit) else { return }
        if let id = state.containerID { self.runtime.exited(id, code: code, now: now) }
        let reason = code == 0 ? "Completed" : "Error"
        update(runtime, index, isInit: isInit) {
            $0.state = .terminated(.init(exitCode: code, reason: reason, message: nil, startedAt: $0.runStartedAt,
                                         finishedAt: self.now, containerID: $0.containerID))
            $0.ready = false
        }
        writeStatus(runtime)
        afterExit(runtime, index, isInit: isInit, code: code)
    }

    /// Decides what happens after a container stops: the next init container, a restart (at
    /// once the first time, then after 10 s doubling to 5 min), or nothing.
    private func afterExit(_ runtime: PodRuntime, _ index: Int, isInit: Bool, code: Int) {
        guard let state = container(runtime, index, isInit: isInit) else { return }
        if isInit, code == 0 {
            if index + 1 < runtime.initContainers.count {
                ensureImage(runtime, index + 1, isInit: true)
            } else {
                writeStatus(runtime)
                for appIndex in runtime.containers.indices { ensureImage(runtime, appIndex, isInit: false) }
            }
            return
        }
        let policy = runtime.restartPolicy
        let restart = policy == "Always" || (policy == "OnFailure" && code != 0) || (isInit && policy != "Never")
        guard restart else {
            writeStatus(runtime)
            return
        }
        // A container that ran for ten minutes has earned a fresh back-off.
        if let started = state.runStartedAt, now - started > .minutes(10) {
            update(runtime, index, isInit: isInit) { $0.backoffSeconds = 0 }
        }
        let backoff = container(runtime, index, isInit: isInit)?.backoffSeconds ?? 0
        if backoff == 0 {
            update(runtime, index, isInit: isInit) { $0.backoffSeconds = 10 }
            runtime.timers.append(server.simulation.schedule(after: .seconds(0.5 + 0.5 * jitter.unit())) { [weak self] in
                self?.restart(runtime, index, isInit: isInit)
            })
            return
        }
        let podName = "\(runtime.name)_\(runtime.namespace)(\(runtime.uid))"
        runtime.timers.append(server.simulation.schedule(after: .seconds(0.5 + 0.5 * jitter.unit())) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating, let pod = self.podObject(runtime) else { return }
            self.update(runtime, index, isInit: isInit) {
                $0.state = .waiting(reason: "CrashLoopBackOff",
                                    message: "back-off \(GoDuration.format(.seconds(backoff))) restarting failed container=\(state.name) pod=\(podName)")
            }
            self.events.record(pod, type: "Warning", reason: "BackOff",
                               message: "Back-off restarting failed container \(state.name) in pod \(podName)",
                               source: self.source, fieldPath: self.fieldPath(state))
            self.writeStatus(runtime)
        })
        runtime.timers.append(server.simulation.schedule(after: .seconds(backoff)) { [weak self] in
            self?.update(runtime, index, isInit: isInit) { $0.backoffSeconds = min(300, backoff * 2) }
            self?.restart(runtime, index, isInit: isInit)
        })
    }

    private func restart(_ runtime: PodRuntime, _ index: Int, isInit: Bool) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            let image = state.image
        else { return }
        let previous = state.plan.map { plan -> [ProcessPlan.Line] in
            guard let started = state.runStartedAt, let finished = state.termination?.finishedAt else { return [] }
            return plan.output(within: (finished - started).seconds)
        } ?? []
        update(runtime, index, isInit: isInit) {
            $0.lastTermination = $0.termination
            $0.previousOutput = previous
            $0.previousStartedAt = $0.runStartedAt
            $0.restartCount += 1
            $0.image = image
        }
        if let pod = podObject(runtime), state.pullPolicy != "Always" {
            events.record(pod, reason: "Pulled",
                          message: "Container image \"\(state.specImage)\" already present on machine", source: source,
                          fieldPath: fieldPath(state))
            createAndStart(runtime, index, isInit: isInit)
        } else {
            ensureImage(runtime, index, isInit: isInit)
        }
    }

    // MARK: Termination

    private func beginTermination(_ runtime: PodRuntime) {
        guard isCurrent(runtime), !runtime.terminating else { return }
        runtime.terminating = true
        for timer in runtime.timers { server.simulation.cancel(timer) }
        runtime.timers.removeAll()
        guard let pod = podObject(runtime) else { return }
        let grace = Double(pod["metadata"]["deletionGracePeriodSeconds"].int ?? 30)
        var slowest = 0.0
        for (isInit, list) in [(true, runtime.initContainers), (false, runtime.containers)] {
            for (index, state) in list.enumerated() where state.isRunning {
                events.record(pod, reason: "Killing", message: "Stopping container \(state.name)", source: source,
                              fieldPath: fieldPath(state))
                let graceful = state.plan?.stopSeconds.map { $0 <= grace } ?? false
                let seconds = graceful ? (state.plan?.stopSeconds ?? grace) : grace
                let code = graceful ? 0 : 137
                slowest = max(slowest, seconds)
                update(runtime, index, isInit: isInit) { _ in }
                server.simulation.schedule(after: .seconds(seconds)) { [weak self] in
                    guard let self, self.isCurrent(runtime) else { return }
                    if let id = self.container(runtime, index, isInit: isInit)?.containerID {
                        self.runtime.exited(id, code: code, now: self.now)
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
            if let sandbox = runtime.sandbox { self.runtime.stopSandbox(sandbox.id) }
            self.finishDeletion(namespace: runtime.namespace, name: runtime.name)
        }
    }

    /// Tells the API server the pod is gone from this node: a delete with no grace left.
    private func finishDeletion(namespace: String, name: String) {
        server.modify(.pod, namespace: namespace, name: name) { pod in
            pod["metadata"]["deletionGracePeriodSeconds"] = 0
        }
    }

    private func teardown(_ runtime: PodRuntime) {
        for timer in runtime.timers { server.simulation.cancel(timer) }
        if let sandbox = runtime.sandbox { self.runtime.removeSandbox(sandbox.id) }
        if let ip = runtime.podIP { usedIPs.remove(ip) }
    }

    // MARK: Reading

    /// What `kubectl exec` needs about a container: whether it runs, its image, environment
    /// and files.
    public struct ContainerView {
        public var running: Bool
        public var image: ImageCatalog.Image?
        public var environment: [(String, String)]
        public var filesystem: ContainerFilesystem?
        /// The container's `workingDir`, else its image's `WORKDIR`.
        public var workingDirectory: String
    }

    public func container(namespace: String, pod: String, name: String) -> ContainerView? {
        guard let runtime = pods[key(namespace, pod)],
            let state = (runtime.containers + runtime.initContainers).first(where: { $0.name == name })
        else { return nil }
        let spec = runtime.containerSpec(name, isInit: state.isInit)
        let filesystem = state.image.map {
            ContainerFilesystem(image: $0.definition, pod: .init(podName: runtime.name, namespace: runtime.namespace,
                                                                  podIP: runtime.podIP ?? "",
                                                                  hostNetwork: runtime.spec["hostNetwork"].bool ?? false))
        }
        return ContainerView(running: state.isRunning, image: state.image?.definition,
                             environment: Self.environment(podName: runtime.name, spec: spec), filesystem: filesystem,
                             workingDirectory: spec["workingDir"].string ?? state.image?.definition.workingDir ?? "/")
    }

    /// What a container has printed: the current run, or the previous one.
    public func logs(namespace: String, pod: String, container: String?, previous: Bool) -> ContainerLog? {
        guard let runtime = pods[key(namespace, pod)] else { return nil }
        let all = runtime.initContainers + runtime.containers
        let chosen = container.map { name in all.first { $0.name == name } } ?? runtime.containers.first
        guard let state = chosen else { return nil }
        if previous {
            guard state.lastTermination != nil else { return ContainerLog(lines: [], startedAt: nil, exists: false) }
            return ContainerLog(lines: state.previousOutput, startedAt: state.previousStartedAt, exists: true)
        }
        guard let plan = state.plan, let started = state.runStartedAt else {
            return ContainerLog(lines: [], startedAt: nil, exists: false)
        }
        let end = state.termination?.finishedAt ?? now
        return ContainerLog(lines: plan.output(within: (end - started).seconds), startedAt: started, exists: true)
    }
}

/// What `kubectl logs` reads: lines with their offsets from the run's start.
public struct ContainerLog {
    public var lines: [ProcessPlan.Line]
    public var startedAt: SimTime?
    public var exists: Bool
}
