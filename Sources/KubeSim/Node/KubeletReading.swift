import ContainerImages
import JSONValue
import SimCore

extension Kubelet {
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
        /// What its HTTP requests reach (its pod's servers, the cluster's pods and Services).
        public var http: (ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange? = { _ in nil }
        /// The cluster's DNS, as the pod asks it.
        public var resolver: ContainerResolver?
        /// Its main process, PID 1 (nil when it does not run).
        public var mainProcess: ContainerExecContext.RunningProcess?
        /// How a command run in it waits (the cluster's clock goes on) and signals PID 1.
        public var sleep: ((Double) -> Bool)?
        public var signalMainProcess: ((String) -> Double?)?
    }

    public func container(namespace: String, pod: String, name: String) -> ContainerView? {
        guard let runtime = pods[key(namespace, pod)],
            let state = (runtime.containers + runtime.initContainers).first(where: { $0.name == name })
        else { return nil }
        let spec = runtime.containerSpec(name, isInit: state.isInit)
        let files = state.image.map { self.filesystem(of: state, image: $0, in: runtime) }
        return ContainerView(running: state.isRunning, image: state.image?.definition,
                             environment: Self.environment(podName: runtime.name, own: state.environment, network: server.serviceNetwork),
                             filesystem: files,
                             workingDirectory: spec["workingDir"].string ?? state.image?.definition.workingDir ?? "/",
                             http: podHTTP(runtime), resolver: resolver?(runtime.namespace),
                             mainProcess: mainProcess(state, spec: spec),
                             sleep: sleeper(namespace: namespace, pod: pod, container: name),
                             signalMainProcess: signaller(namespace: namespace, pod: pod, container: name))
    }

    /// PID 1 as `ps` shows it: the argv Kubernetes ran, past an entrypoint script that execs it.
    private func mainProcess(_ state: ContainerRuntimeState, spec: JSON) -> ContainerExecContext.RunningProcess? {
        guard state.isRunning, let image = state.image?.definition, let started = state.runStartedAt else { return nil }
        var argv = ProcessModel.argv(image: image, command: spec["command"].array?.compactMap(\.string),
                                     args: spec["args"].array?.compactMap(\.string))
        if argv.count > 1, argv[0].hasSuffix("entrypoint.sh") { argv.removeFirst() }
        return .init(pid: 1, arguments: argv, startedAt: started, terminal: spec["tty"].bool == true ? "pts/0" : nil)
    }

    /// A process started in a running container (`kubectl exec`, or a command an exec'd shell
    /// runs): its PID. runc's own short-lived processes take the numbers between.
    public func startProcess(namespace: String, pod: String, container: String) -> Int {
        guard let runtime = pods[key(namespace, pod)],
            let index = runtime.containers.firstIndex(where: { $0.name == container })
        else { return 7 }
        runtime.containers[index].processesStarted += 1
        return 1 + 6 * runtime.containers[index].processesStarted
    }

    /// The container's files now: the image's and Kubernetes', plus what its process has
    /// written and not removed.
    func filesystem(of state: ContainerRuntimeState, image: Containerd.Image, in runtime: PodRuntime) -> ContainerFilesystem {
        var filesystem = ContainerFilesystem(image: image.definition,
                                             pod: .init(podName: runtime.name, namespace: runtime.namespace,
                                                        podIP: runtime.podIP ?? "",
                                                        clusterDNS: server.serviceNetwork.dnsIP,
                                                        hostNetwork: runtime.spec["hostNetwork"].bool ?? false))
        if let plan = state.plan, let started = state.runStartedAt, state.isRunning {
            for (path, content) in plan.files(after: (now - started).seconds) {
                filesystem.files[path] = content
                let directory = path.split(separator: "/").dropLast().joined(separator: "/")
                let name = path.split(separator: "/").last.map(String.init) ?? path
                let key = "/" + directory
                if var entries = filesystem.directories[key], !entries.contains(name) {
                    entries.append(name)
                    filesystem.directories[key] = entries.sorted()
                }
            }
        }
        for path in state.removedFiles { filesystem.remove(path) }
        for (path, content) in state.writableLayer { filesystem.add(path, content) }
        // Volumes cover what the image has at their mount paths.
        for mount in mounts(of: state, in: runtime) {
            let prefix = mount.path == "/" ? "/" : mount.path + "/"
            filesystem.mount(at: mount.path)
            for (relative, content) in volumeData.files(of: mount.volume) { filesystem.add(prefix + relative, content) }
        }
        addConfigMounts(to: &filesystem, of: state, in: runtime)
        return filesystem
    }

    /// A container's volume mounts that keep what is written to them.
    struct WritableMount {
        var path: String
        var volume: VolumeData.Volume
    }

    func mounts(of state: ContainerRuntimeState, in runtime: PodRuntime) -> [WritableMount] {
        let spec = runtime.containerSpec(state.name, isInit: state.isInit)
        let volumes = runtime.spec["volumes"].array ?? []
        return (spec["volumeMounts"].array ?? []).compactMap { mount in
            guard let path = mount["mountPath"].string, let name = mount["name"].string,
                let volume = volumes.first(where: { $0["name"].string == name })
            else { return nil }
            if let claim = volume["persistentVolumeClaim"]["claimName"].string {
                let bound = server.object(.persistentVolumeClaim, namespace: runtime.namespace, name: claim)?["spec"]["volumeName"]
                return bound?.string.map { WritableMount(path: path, volume: .persistent($0)) }
            }
            if volume["emptyDir"].object != nil {
                return WritableMount(path: path, volume: .emptyDir(podUID: runtime.uid, name: name))
            }
            if let host = volume["hostPath"]["path"].string {
                return WritableMount(path: path, volume: .hostPath(node: config.name, path: host))
            }
            return nil
        }
    }

    /// Keeps what a command in a container wrote: on the volume mounted where it wrote, or in
    /// the container's writable layer.
    /// A container's main process ends with `code` (an attached shell the learner exited).
    public func endProcess(namespace: String, pod: String, container: String, code: Int) {
        guard let runtime = pods[key(namespace, pod)],
            let index = runtime.containers.firstIndex(where: { $0.name == container })
        else { return }
        containerExited(runtime, index, isInit: false, code: code)
    }

    public func keep(_ writes: [ContainerWrite], namespace: String, pod: String, container: String) {
        guard let runtime = pods[key(namespace, pod)],
            let index = runtime.containers.firstIndex(where: { $0.name == container })
        else { return }
        let mounts = mounts(of: runtime.containers[index], in: runtime).sorted { $0.path.count > $1.path.count }
        for write in writes {
            if let mount = mounts.first(where: { write.path.hasPrefix($0.path == "/" ? "/" : $0.path + "/") }) {
                let relative = String(write.path.dropFirst(mount.path == "/" ? 1 : mount.path.count + 1))
                if write.removes {
                    volumeData.remove(relative, in: mount.volume)
                } else {
                    volumeData.write(write.content, to: relative, in: mount.volume, append: write.append)
                }
            } else if write.removes {
                runtime.containers[index].writableLayer[write.path] = nil
                runtime.containers[index].removedFiles.insert(write.path)
            } else {
                let wasRemoved = runtime.containers[index].removedFiles.remove(write.path) != nil
                let state = runtime.containers[index]
                // Appending to a file of the image starts from the image's content (none once removed).
                let old = write.append
                    ? state.writableLayer[write.path]
                        ?? (wasRemoved ? nil : state.image.flatMap { filesystem(of: state, image: $0, in: runtime).files[write.path] })
                        ?? ""
                    : ""
                runtime.containers[index].writableLayer[write.path] = old + write.content
            }
        }
    }

    /// What the container run with containerd ID `id` printed (`crictl logs`): the current run
    /// or the one before it; with `previous`, the run before the current one `id` names.
    public func logs(containerID id: String, previous: Bool) -> Result<ContainerLog, ContainerLogMiss> {
        for runtime in pods.values {
            for state in runtime.initContainers + runtime.containers {
                if state.containerID == id {
                    if previous {
                        guard state.lastTermination != nil else { return .failure(.noPreviousRun(name: state.name)) }
                        // crictl reads the log file of the attempt before; the container GC
                        // removed it with its container.
                        if let record = self.runtime.containers[id], record.attempt > 0,
                            !self.runtime.containers.values.contains(where: {
                                $0.podSandboxID == record.podSandboxID && $0.name == record.name
                                    && $0.attempt == record.attempt - 1
                            })
                        {
                            let path = "/var/log/pods/\(runtime.namespace)_\(runtime.name)_\(runtime.uid)/\(record.name)/\(record.attempt - 1).log"
                            return .failure(.logFileMissing(path: path))
                        }
                        return .success(ContainerLog(lines: state.previousOutput, startedAt: state.previousStartedAt,
                                                     exists: true))
                    }
                    return .success(currentLog(of: state))
                }
                guard !previous else { continue }
                if state.lastTermination?.containerID == id {
                    return .success(ContainerLog(lines: state.previousOutput, startedAt: state.previousStartedAt,
                                                 exists: true))
                }
                if let older = state.olderRuns[id] { return .success(older) }
            }
        }
        return .failure(.notFound)
    }

    /// Why `logs(containerID:previous:)` has nothing to show.
    public enum ContainerLogMiss: Error {
        case notFound
        case noPreviousRun(name: String)
        /// The log file of the run before, removed with its container.
        case logFileMissing(path: String)
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
        return currentLog(of: state)
    }

    private func currentLog(of state: ContainerRuntimeState) -> ContainerLog {
        guard state.plan != nil, let started = state.runStartedAt else {
            return ContainerLog(lines: [], startedAt: nil, exists: false)
        }
        let end = state.termination?.finishedAt ?? now
        return ContainerLog(lines: state.runOutput(within: (end - started).seconds), startedAt: started, exists: true)
    }
}

/// What `kubectl logs` and `crictl logs` read: lines with their offsets from the run's start.
public struct ContainerLog {
    public var lines: [ProcessPlan.Line]
    public var startedAt: SimTime?
    public var exists: Bool

    /// The last `tail` lines (all when negative) of those written at `since` or later, with
    /// RFC3339Nano times first if `timestamps`; also the lines one by one, and how many the log
    /// holds in all. (As the kubelet reads a log file: the tail is found first, then older lines skipped.)
    /// The lines to print: the last `tail` (all when negative), none older than `since`, and
    /// the text cut after `limitBytes` bytes when given (the kubelet's `limitBytes`, which may
    /// end mid-line).
    public func render(tail: Int, timestamps: Bool, since: SimTime? = nil,
                       limitBytes: Int? = nil) -> (text: String, lines: [String], count: Int) {
        var shown = lines
        if tail >= 0 { shown = Array(shown.suffix(tail)) }
        if let since, let start = startedAt { shown = shown.filter { start + .seconds($0.at) >= since } }
        let rendered = shown.map { line -> String in
            guard timestamps, let start = startedAt else { return line.text + "\n" }
            let at = start + .seconds(line.at)
            return at.nanoRFC3339 + " " + line.text + "\n"
        }
        let text = rendered.joined()
        guard let limitBytes else { return (text, rendered, lines.count) }
        return (String(decoding: text.utf8.prefix(limitBytes), as: UTF8.self), rendered, lines.count)
    }
}

extension Kubelet {
    /// What a command in a container waits with (`sleep 1`): the cluster's clock goes on, and
    /// the answer is whether the container still runs (the same container, not a restart).
    public func sleeper(namespace: String, pod: String, container: String) -> (Double) -> Bool {
        let started = pods[key(namespace, pod)].flatMap { runtime in
            (runtime.containers + runtime.initContainers).first { $0.name == container }?.containerID
        }
        return { [weak self] seconds in
            guard let self else { return false }
            self.server.simulation.advance(by: .seconds(seconds))
            guard let runtime = self.pods[self.key(namespace, pod)],
                let state = (runtime.containers + runtime.initContainers).first(where: { $0.name == container })
            else { return false }
            return state.isRunning && state.containerID == started
        }
    }
}

extension Kubelet {
    /// What a signal sent from inside a container to its PID 1 does. A main process that
    /// stops on SIGTERM (nginx) stops so on SIGTERM, SIGINT or SIGQUIT, and the kubelet
    /// restarts it as after any exit; other signals and processes are spared, as the kernel
    /// spares a PID namespace's init the default actions (and SIGKILL from inside).
    /// Says in how many seconds the container stops, nil when it goes on.
    public func signaller(namespace: String, pod: String, container: String) -> (String) -> Double? {
        { [weak self] signal in
            guard let self, ["TERM", "INT", "QUIT"].contains(signal), let runtime = self.pods[self.key(namespace, pod)],
                let index = runtime.containers.firstIndex(where: { $0.name == container }),
                runtime.containers[index].isRunning, let plan = runtime.containers[index].plan,
                let stop = plan.stopSeconds
            else { return nil }
            self.scheduleForRun(runtime, index, isInit: false, "signal", after: stop) { kubelet in
                kubelet.containerExited(runtime, index, isInit: false, code: plan.stopExitCode)
            }
            return stop
        }
    }
}

extension Kubelet.ContainerView {
    /// The container as a command run in it sees it (`kubectl exec`, exec probes).
    public func execContext(hostname: String, now: SimTime, tty: Bool = false) -> ContainerExecContext {
        ContainerExecContext(
            hostname: environment.first { $0.0 == "HOSTNAME" }?.1 ?? hostname, workingDirectory: workingDirectory,
            environment: environment.map { (name: $0.0, value: $0.1) },
            files: filesystem?.files ?? [:], directories: filesystem?.directories ?? ["/": []], now: now,
            busybox: image?.isBusybox ?? false, tty: tty, http: http, resolver: resolver,
            classicNslookup: image?.classicNslookup ?? false, processes: mainProcess.map { [$0] } ?? [],
            lacks: image?.lacks ?? [], sleep: sleep, signalMainProcess: signalMainProcess)
    }
}
