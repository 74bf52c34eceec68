import ContainerImages
import JSONValue
import SimCore

/// The kubelet's probe workers: one per probe per container, each probing every
/// `periodSeconds` after `initialDelaySeconds`, turning `failureThreshold` failures or
/// `successThreshold` successes into a verdict. Readiness sets the container's `ready`;
/// a failed liveness or startup probe kills the container so it is restarted.
extension Kubelet {
    /// Starts the workers for a container's new run. Startup runs first; liveness and readiness
    /// wait until it has passed.
    func startProbes(_ runtime: PodRuntime, _ index: Int) {
        let spec = runtime.containerSpec(container(runtime, index, isInit: false)?.name ?? "", isInit: false)
        for kind in Prober.Kind.allCases where spec[kind.field].object != nil {
            let settings = Prober.Settings(spec[kind.field])
            // The worker ticks on its own period; the first tick lands within one period of the start.
            let first = settings.initialDelaySeconds + min(1, settings.periodSeconds) * jitter.unit()
            scheduleForRun(runtime, index, isInit: false, kind.field, after: first) { kubelet in
                kubelet.probe(runtime, index, kind)
            }
        }
    }

    /// Whether a running container counts as ready: started, and its readiness probe (if any) passed.
    static func isReady(_ state: ContainerRuntimeState, spec: JSON) -> Bool {
        guard state.isRunning else { return false }
        if spec["startupProbe"].object != nil, !state.probes.started { return false }
        if spec["readinessProbe"].object != nil { return state.probes.ready }
        return true
    }

    private func probe(_ runtime: PodRuntime, _ index: Int, _ kind: Prober.Kind) {
        guard let state = container(runtime, index, isInit: false), state.isRunning, let plan = state.plan,
            let started = state.runStartedAt, let image = state.image, let pod = podObject(runtime)
        else { return }
        let spec = runtime.containerSpec(state.name, isInit: false)
        let probeSpec = spec[kind.field]
        let settings = Prober.Settings(probeSpec)
        // Come back next period whatever happens now.
        scheduleForRun(runtime, index, isInit: false, kind.field, after: settings.periodSeconds) { kubelet in
            kubelet.probe(runtime, index, kind)
        }
        let waitsForStartup = kind != .startup && spec["startupProbe"].object != nil && !state.probes.started
        if state.probes.onHold || state.killReason != nil || waitsForStartup { return }
        if kind == .startup, state.probes.started { return }

        let target = Prober.Target(
            podIP: runtime.podIP ?? config.internalIP, containerSpec: spec, plan: plan, uptime: (now - started).seconds,
            image: image.definition,
            exec: ContainerView(running: true, image: image.definition,
                                environment: Self.environment(podName: runtime.name, own: state.environment, network: server.serviceNetwork),
                                filesystem: filesystem(of: state, image: image, in: runtime),
                                workingDirectory: spec["workingDir"].string ?? image.definition.workingDir,
                                http: podHTTP(runtime))
                .execContext(hostname: runtime.name, now: now),
            answer: probeHTTP(runtime, index))
        let outcome = Prober.run(probeSpec, against: target)
        if !outcome.success {
            let message: String
            if outcome.errored, probeSpec["exec"].object != nil {
                let execID = String(fnv1a64("\(state.containerID ?? "")-\(now.rfc3339)"), radix: 16)
                message = "\(kind.title) probe errored: rpc error: code = Unknown desc = failed to exec in container: failed to start exec \"\(execID)\": \(outcome.message)"
            } else {
                message = "\(kind.title) probe \(outcome.errored ? "errored" : "failed"): \(outcome.message)"
            }
            events.record(pod, type: "Warning", reason: "Unhealthy", message: message, source: source,
                          fieldPath: fieldPath(state))
        }

        var streak = state.probes.streak[kind] ?? (outcome.success, 0)
        streak = streak.success == outcome.success ? (outcome.success, streak.count + 1) : (outcome.success, 1)
        update(runtime, index, isInit: false) { $0.probes.streak[kind] = streak }
        let threshold = outcome.success ? settings.successThreshold : settings.failureThreshold
        guard streak.count >= threshold else { return }

        switch (kind, outcome.success) {
        case (.readiness, let passed):
            guard state.probes.ready != passed else { return }
            update(runtime, index, isInit: false) {
                $0.probes.ready = passed
                $0.ready = Self.isReady($0, spec: spec)
            }
            writeStatus(runtime)
        case (.startup, true):
            update(runtime, index, isInit: false) {
                $0.probes.started = true
                $0.started = true
                $0.ready = Self.isReady($0, spec: spec)
            }
            writeStatus(runtime)
        case (.liveness, false), (.startup, false):
            update(runtime, index, isInit: false) {
                $0.probes.onHold = true
                $0.probes.streak[kind] = nil
            }
            kill(runtime, index, reason: "failed \(kind.rawValue) probe", settings: settings)
        default:
            break
        }
    }

    /// Stops a container the kubelet has given up on; it is restarted as after any exit.
    private func kill(_ runtime: PodRuntime, _ index: Int, reason: String, settings: Prober.Settings) {
        guard let state = container(runtime, index, isInit: false), let pod = podObject(runtime) else { return }
        events.record(pod, reason: "Killing", message: "Container \(state.name) \(reason), will be restarted",
                      source: source, fieldPath: fieldPath(state))
        update(runtime, index, isInit: false) { $0.killReason = reason }
        let grace = Double(settings.terminationGracePeriodSeconds ?? runtime.spec["terminationGracePeriodSeconds"].int ?? 30)
        let stop = state.plan?.stopSeconds.flatMap { $0 <= grace ? $0 : nil }
        let code = stop != nil ? (state.plan?.stopExitCode ?? 0) : 137
        scheduleForRun(runtime, index, isInit: false, "kill", after: stop ?? grace) { kubelet in
            kubelet.containerExited(runtime, index, isInit: false, code: code)
        }
    }
}
