import ContainerImages
import JSONValue
import SimCore

/// Creating, starting and restarting containers, with the crash-loop back-off.
extension Kubelet {
    /// `pod` is the pod as the caller read it at this instant, when it did.
    func createAndStart(_ runtime: PodRuntime, _ index: Int, isInit: Bool, pod known: JSON? = nil) {
        guard isCurrent(runtime), !runtime.terminating,
            let (facts, pulled, attempt) = read(runtime, index, isInit: isInit, { ($0.facts, $0.image, $0.restartCount) }),
            let image = pulled, let sandbox = runtime.sandboxID, let pod = known ?? podObject(runtime)
        else { return }
        let delay = SimDuration.seconds(0.1 + 0.2 * jitter.unit())
        runtime.timers.append(server.simulation.schedule(after: delay) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating else { return }
            let spec = runtime.containerSpec(facts.name, isInit: isInit)
            let environment: [EnvironmentVariable]
            switch self.resolveEnvironment(spec, runtime: runtime) {
            case .success(let variables): environment = variables
            case .failure(let error):
                self.configurationFailed(runtime, index, isInit: isInit, message: error.message, pod: pod)
                return
            }
            let created = self.runtime.createContainer(sandbox: sandbox, name: facts.name, image: image,
                                                       attempt: attempt, now: self.now)
            self.events.record(pod, reason: "Created", message: facts.createdMessage, source: self.source,
                               fieldPath: facts.fieldPath)
            let plan = self.plan(for: spec, image: image, runtime: runtime, environment: environment)
            if case .failsToStart(let message) = plan.ending {
                let full = "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: \(message): unknown"
                self.events.record(pod, type: "Warning", reason: "Failed", message: "Error: \(full)",
                                   source: self.source, fieldPath: facts.fieldPath)
                self.recordExit(created.id, code: 128)
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
            self.events.record(pod, reason: "Started", message: facts.startedMessage, source: self.source,
                               fieldPath: facts.fieldPath)
            let hasStartupProbe = !isInit && spec["startupProbe"].object != nil
            self.update(runtime, index, isInit: isInit) {
                $0.containerID = created.id
                $0.plan = plan
                $0.environment = environment
                $0.requestOutput = []
                $0.requestsAnswered = 0
                $0.subPathFiles = self.subPathFiles(spec, in: runtime)
                $0.writableLayer = [:]
                $0.removedFiles = []
                $0.runStartedAt = self.now
                $0.processesStarted = 0
                $0.state = .running(since: self.now)
                $0.probes = ProbeResults()
                $0.killReason = nil
                $0.started = !hasStartupProbe
                $0.ready = !isInit && Self.isReady($0, spec: spec)
            }
            self.writeStatus(runtime)
            let id = created.id
            if case .exits(let after, let code) = plan.ending {
                self.scheduleForRun(runtime, index, isInit: isInit, "exit", after: after) { kubelet in
                    kubelet.containerExited(runtime, index, isInit: isInit, code: code)
                }
            }
            if let limit = Self.memoryLimitMiB(spec), let seconds = plan.secondsUntilMemoryExceeds(limit) {
                self.scheduleForRun(runtime, index, isInit: isInit, "oom", after: seconds) { kubelet in
                    guard kubelet.container(runtime, index, isInit: isInit)?.containerID == id else { return }
                    kubelet.containerExited(runtime, index, isInit: isInit, code: 137, reason: "OOMKilled")
                }
            }
            if !isInit { self.startProbes(runtime, index) }
            if let loop = plan.requestLoop {
                self.scheduleLoopPass(runtime, index, isInit: isInit, loop, after: loop.firstRepeatAt)
            }
        })
    }

    /// The container's configuration could not be made (a variable's ConfigMap or Secret is
    /// missing): `CreateContainerConfigError`, and the pod worker's retry 10 to 15 s later,
    /// which checks the image again (another `Pulled`) before trying once more.
    func configurationFailed(_ runtime: PodRuntime, _ index: Int, isInit: Bool, message: String, pod: JSON) {
        guard let state = container(runtime, index, isInit: isInit) else { return }
        events.record(pod, type: "Warning", reason: "Failed", message: "Error: \(message)", source: source,
                      fieldPath: fieldPath(state))
        update(runtime, index, isInit: isInit) { $0.state = .waiting(reason: "CreateContainerConfigError", message: message) }
        writeStatus(runtime)
        runtime.timers.append(server.simulation.schedule(after: .seconds(10 + 5 * jitter.unit())) { [weak self] in
            self?.ensureImage(runtime, index, isInit: isInit)
        })
    }

    /// Schedules work that belongs to the container's current run; it is cancelled when the
    /// run ends, so a restarted container never sees its predecessor's timers.
    func scheduleForRun(_ runtime: PodRuntime, _ index: Int, isInit: Bool, _ purpose: String, after seconds: Double,
                        _ work: @escaping (Kubelet) -> Void) {
        guard let id = container(runtime, index, isInit: isInit)?.containerID else { return }
        let timer = server.simulation.schedule(after: .seconds(seconds)) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating,
                self.container(runtime, index, isInit: isInit)?.containerID == id
            else { return }
            self.update(runtime, index, isInit: isInit) { $0.runTimers[purpose] = nil }
            work(self)
        }
        update(runtime, index, isInit: isInit) {
            if let old = $0.runTimers[purpose] { self.server.simulation.cancel(old) }
            $0.runTimers[purpose] = timer
        }
    }

    func cancelRunTimers(_ runtime: PodRuntime, _ index: Int, isInit: Bool) {
        guard let state = container(runtime, index, isInit: isInit) else { return }
        for timer in state.runTimers.values { server.simulation.cancel(timer) }
        update(runtime, index, isInit: isInit) { $0.runTimers.removeAll() }
    }

    /// `resources.limits.memory` in MiB.
    static func memoryLimitMiB(_ spec: JSON) -> Double? {
        guard let text = spec["resources"]["limits"]["memory"].string, let quantity = Quantity(text), quantity.milli > 0
        else { return nil }
        return Double(quantity.milli) / 1000 / 1_048_576
    }

    /// The process the container runs, its command and arguments with `$(VAR)` expanded from
    /// its environment, as the kubelet expands them.
    func plan(for spec: JSON, image: Containerd.Image, runtime: PodRuntime, environment: [EnvironmentVariable]) -> ProcessPlan {
        var command = spec["command"].array?.compactMap(\.string)
        var args = spec["args"].array?.compactMap(\.string)
        if (command ?? []).contains(where: { $0.contains("$") }) || (args ?? []).contains(where: { $0.contains("$") }) {
            let known = Dictionary(server.serviceNetwork.serviceVariables + environment.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
            let expand = { (word: String) in EnvironmentExpansion.expand(word) { known[$0] } }
            command = command?.map(expand)
            args = args?.map(expand)
        }
        return ProcessModel.plan(image: image.definition, command: command, args: args,
                                 context: processContext(spec, image: image, runtime: runtime, environment: environment))
    }

    /// The process as it sees its surroundings now: host name, environment, the time, and
    /// where its requests go.
    func processContext(_ spec: JSON, image: Containerd.Image, runtime: PodRuntime,
                        environment: [EnvironmentVariable]) -> ProcessModel.Context {
        ProcessModel.Context(hostname: runtime.name,
                             environment: Self.environmentMap(podName: runtime.name, own: environment, network: server.serviceNetwork),
                             startedAt: now, busybox: image.definition.isBusybox, stdin: spec["stdin"].bool ?? false,
                             http: podHTTP(runtime),
                             // Only an image whose nslookup runs asks the DNS: the rest start without one.
                             resolver: image.definition.classicNslookup ? resolver?(runtime.namespace) : nil,
                             classicNslookup: image.definition.classicNslookup)
    }

    /// Runs the next pass of a looping script when it is due, with its lines added to the
    /// run's output, and schedules the one after (with the variables this one left).
    func scheduleLoopPass(_ runtime: PodRuntime, _ index: Int, isInit: Bool, _ loop: ProcessPlan.RequestLoop,
                          after seconds: Double) {
        scheduleForRun(runtime, index, isInit: isInit, "loop", after: seconds) { kubelet in
            // What the pass needs is read out first: a copy of the container's state held
            // across the update would make appending to its output copy the whole output.
            let facts: (started: SimTime, image: Containerd.Image, name: String, environment: [EnvironmentVariable])? = {
                guard let state = kubelet.container(runtime, index, isInit: isInit), let started = state.runStartedAt,
                    let image = state.image
                else { return nil }
                return (started, image, state.name, state.environment)
            }()
            guard let (started, image, name, environment) = facts else { return }
            let spec = runtime.containerSpec(name, isInit: isInit)
            let offset = (kubelet.now - started).seconds
            let context = kubelet.processContext(spec, image: image, runtime: runtime, environment: environment)
            let (pass, next, exit) = loop.pass(context: context)
            let lines = pass.map { ProcessPlan.Line(at: $0.at + offset, text: $0.text, isError: $0.isError) }
            if let exit {
                kubelet.scheduleForRun(runtime, index, isInit: isInit, "exit", after: exit.after) { kubelet in
                    kubelet.containerExited(runtime, index, isInit: isInit, code: exit.code)
                }
            }
            kubelet.update(runtime, index, isInit: isInit) { $0.requestOutput += lines }
            // A log keeps at most as many lines as a repeating script's: a loop that spins
            // without sleeping stops adding passes there, so no wait can run without end.
            let logged = isInit ? runtime.initContainers[index].requestOutput.count : runtime.containers[index].requestOutput.count
            guard logged < ProcessPlan.maxLoggedLines, let next else { return }
            kubelet.scheduleLoopPass(runtime, index, isInit: isInit, next, after: loop.period)
        }
    }

    func containerExited(_ runtime: PodRuntime, _ index: Int, isInit: Bool, code: Int, reason: String? = nil) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            state.isRunning
        else { return }
        if let id = state.containerID { recordExit(id, code: code) }
        cancelRunTimers(runtime, index, isInit: isInit)
        let reason = reason ?? (code == 0 ? "Completed" : "Error")
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
    func afterExit(_ runtime: PodRuntime, _ index: Int, isInit: Bool, code: Int) {
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
            // A pod that has run to completion has its sandbox stopped, as the kubelet's pod
            // worker does for a terminal pod: crictl shows it NotReady, and the pod's
            // PodReadyToStartContainers condition turns False.
            let phase = Kubelet.phase(runtime)
            if phase == "Succeeded" || phase == "Failed", let sandbox = runtime.sandboxID, !runtime.sandboxStopped {
                self.runtime.stopSandbox(sandbox)
                runtime.sandboxStopped = true
            }
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
                if let termination = $0.termination {
                    $0.keepOlderRun(replacedBy: termination)
                    $0.lastTermination = termination
                }
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

    func restart(_ runtime: PodRuntime, _ index: Int, isInit: Bool) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            let image = state.image
        else { return }
        let ended = state.termination ?? state.lastTermination
        let previous: [ProcessPlan.Line]
        if let started = state.runStartedAt, let finished = ended?.finishedAt {
            previous = state.runOutput(within: (finished - started).seconds)
        } else {
            previous = []
        }
        update(runtime, index, isInit: isInit) {
            $0.keepOlderRun(replacedBy: ended)
            $0.lastTermination = ended
            $0.previousOutput = previous
            $0.previousStartedAt = $0.runStartedAt
            $0.restartCount += 1
            $0.image = image
        }
        if let pod = podObject(runtime), state.pullPolicy != "Always" {
            events.record(pod, reason: "Pulled",
                          message: state.facts.presentMessage, source: source,
                          fieldPath: fieldPath(state))
            createAndStart(runtime, index, isInit: isInit)
        } else {
            ensureImage(runtime, index, isInit: isInit)
        }
    }

}
