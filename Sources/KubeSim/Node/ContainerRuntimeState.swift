import ContainerImages
import JSONValue
import SimCore

/// The kubelet's record of one container of one pod: where it is in its lifecycle, its
/// current and previous run, restarts and back-off.
struct ContainerRuntimeState {
    enum State {
        case waiting(reason: String, message: String?)
        case running(since: SimTime)
        case terminated(Termination)
    }

    struct Termination {
        var exitCode: Int
        var reason: String
        var message: String?
        var startedAt: SimTime?
        var finishedAt: SimTime
        var containerID: String?
    }

    var name: String
    var specImage: String
    var reference: ImageReference
    var pullPolicy: String
    var isInit: Bool
    var state: State = .waiting(reason: "ContainerCreating", message: nil)
    var lastTermination: Termination?
    var restartCount = 0
    var started = false
    var ready = false
    var containerID: String?
    var image: Containerd.Image?
    var plan: ProcessPlan?
    var runStartedAt: SimTime?
    /// Output of previous runs, kept for `kubectl logs --previous`.
    var previousOutput: [ProcessPlan.Line] = []
    var previousStartedAt: SimTime?
    var backoffSeconds: Int64 = 0
    var imageBackoffSeconds: Int64 = 0
    var timer: TimerID?
    /// The probe workers' verdicts for the current run.
    var probes = ProbeResults()
    /// Timers that belong to the current run (its exit, probes, an OOM kill), by purpose;
    /// cancelled when the run ends.
    var runTimers: [String: TimerID] = [:]
    /// Why the kubelet is stopping the current run (`failed liveness probe`), if it is.
    var killReason: String?

    init(spec: JSON, isInit: Bool) {
        name = spec["name"].string ?? ""
        specImage = spec["image"].string ?? ""
        reference = ImageReference(specImage)
        pullPolicy = spec["imagePullPolicy"].string ?? reference.defaultPullPolicy
        self.isInit = isInit
    }

    var isRunning: Bool {
        if case .running = state { return true }
        return false
    }

    var termination: Termination? {
        if case .terminated(let t) = state { return t }
        return nil
    }
}

/// The kubelet's probe results for one run of a container, reset when it restarts.
struct ProbeResults {
    /// Consecutive identical results, per probe.
    var streak: [Prober.Kind: (success: Bool, count: Int)] = [:]
    /// Readiness: false until the readiness probe has passed `successThreshold` times.
    var ready = false
    /// Startup: false until the startup probe has passed; liveness and readiness wait for it.
    var started = false
    /// Liveness or startup failed: the worker holds off until the container restarts.
    var onHold = false
}

/// The kubelet's record of one pod: its sandbox and containers.
final class PodRuntime {
    let uid: String
    let namespace: String
    let name: String
    var spec: JSON
    var containers: [ContainerRuntimeState]
    var initContainers: [ContainerRuntimeState]
    var sandbox: Containerd.Sandbox?
    var podIP: String?
    var startTime: SimTime?
    var synced = false
    var terminating = false
    var finished = false
    var timers: [TimerID] = []
    /// The containers' mounts as their statuses show them; the spec's mounts never change.
    private var mounts: (containers: [String: [JSON]], initContainers: [String: [JSON]])?

    init(pod: JSON) {
        uid = pod.uid
        namespace = pod.namespace
        name = pod.name
        spec = pod["spec"]
        containers = (pod["spec"]["containers"].array ?? []).map { ContainerRuntimeState(spec: $0, isInit: false) }
        initContainers = (pod["spec"]["initContainers"].array ?? []).map { ContainerRuntimeState(spec: $0, isInit: true) }
    }

    var restartPolicy: String { spec["restartPolicy"].string ?? "Always" }

    /// Each container's status `volumeMounts`, by name (the first of a name wins, as the
    /// kubelet's lookup finds it), made once from the pod's spec.
    func statusMounts(_ spec: JSON) -> (containers: [String: [JSON]], initContainers: [String: [JSON]]) {
        if let mounts { return mounts }
        func byName(_ list: JSON) -> [String: [JSON]] {
            var result: [String: [JSON]] = [:]
            for container in list.array ?? [] {
                let name = container["name"].string ?? ""
                if result[name] == nil { result[name] = Kubelet.mounts(of: name, in: list) }
            }
            return result
        }
        let made = (byName(spec["containers"]), byName(spec["initContainers"]))
        mounts = made
        return made
    }

    func containerSpec(_ name: String, isInit: Bool) -> JSON {
        (spec[isInit ? "initContainers" : "containers"].array ?? []).first { $0["name"].string == name } ?? .null
    }
}
