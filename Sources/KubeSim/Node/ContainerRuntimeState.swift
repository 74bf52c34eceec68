import ContainerImages
import JSONValue
import SimCore
import Synchronization

/// What a container's spec fixes for its whole life: its name, image and pull policy, and
/// what they imply. Shared by every container made from the same spec, so 150,000 replicas
/// keep one copy and parse their image once.
final class ContainerSpecFacts: Sendable {
    let name: String
    let specImage: String
    let reference: ImageReference
    /// The image as containerd names it (`docker.io/library/nginx:1.27`).
    let normalizedImage: String
    let pullPolicy: String
    let isInit: Bool
    /// `spec.containers{name}`: where events about this container point.
    let fieldPath: String
    /// The messages of the kubelet's everyday events about it, made once for every pod that
    /// runs this spec (the events keep them, so they share them too).
    let presentMessage: String
    let createdMessage: String
    let startedMessage: String

    private struct Key: Hashable {
        var name: String
        var image: String
        var pullPolicy: String?
        var isInit: Bool
    }

    private static let known = Mutex<[Key: ContainerSpecFacts]>([:])

    private init(_ key: Key) {
        name = key.name
        specImage = key.image
        reference = ImageReference(key.image)
        normalizedImage = reference.normalized
        pullPolicy = key.pullPolicy ?? reference.defaultPullPolicy
        isInit = key.isInit
        fieldPath = "spec.\(key.isInit ? "initContainers" : "containers"){\(key.name)}"
        presentMessage = "Container image \"\(key.image)\" already present on machine"
        createdMessage = "Created container: \(key.name)"
        startedMessage = "Started container \(key.name)"
    }

    static func of(_ spec: JSON, isInit: Bool) -> ContainerSpecFacts {
        let key = Key(name: spec["name"].string ?? "", image: spec["image"].string ?? "",
                      pullPolicy: spec["imagePullPolicy"].string, isInit: isInit)
        if let facts = known.withLock({ $0[key] }) { return facts }
        let facts = ContainerSpecFacts(key)
        known.withLock { cache in
            if cache.count >= 1024 { cache.removeAll() }
            cache[key] = facts
        }
        return facts
    }
}

/// The kubelet's record of one container of one pod: where it is in its lifecycle, its
/// current and previous run, restarts and back-off.
struct ContainerRuntimeState {
    enum State: Equatable {
        case waiting(reason: String, message: String?)
        case running(since: SimTime)
        case terminated(Termination)
    }

    struct Termination: Equatable {
        var exitCode: Int
        var reason: String
        var message: String?
        var startedAt: SimTime?
        var finishedAt: SimTime
        var containerID: String?
    }

    /// What the container's spec fixes.
    let facts: ContainerSpecFacts
    var name: String { facts.name }
    var specImage: String { facts.specImage }
    var reference: ImageReference { facts.reference }
    var pullPolicy: String { facts.pullPolicy }
    var isInit: Bool { facts.isInit }
    var fieldPath: String { facts.fieldPath }
    var normalizedImage: String { facts.normalizedImage }
    var state: State = .waiting(reason: "ContainerCreating", message: nil)
    var lastTermination: Termination?
    var restartCount = 0
    var started = false
    var ready = false
    var containerID: String?
    var image: Containerd.Image?
    var plan: ProcessPlan?
    /// The container's own environment as the current run started (`resolveEnvironment`).
    var environment: [EnvironmentVariable] = []
    var runStartedAt: SimTime?
    /// Processes started in the current run from outside (`kubectl exec`): what numbers
    /// their PIDs.
    var processesStarted = 0
    /// What the current run printed answering requests (curl from inside the pod), which its
    /// plan could not foresee.
    var requestOutput: [ProcessPlan.Line] = []
    /// How many requests the current run has answered.
    var requestsAnswered = 0
    /// What its `subPath` mounts of ConfigMaps and Secrets show, by mount path: fixed when the
    /// current run started.
    var subPathFiles: [String: String] = [:]

    /// The current run's output up to `seconds` after it started: its plan's, and what it
    /// printed answering requests, in time order.
    func runOutput(within seconds: Double) -> [ProcessPlan.Line] {
        let planned = plan?.output(within: seconds) ?? []
        guard !requestOutput.isEmpty else { return planned }
        // Stable: a request's lines follow the planned lines of the same instant.
        return (planned + requestOutput.filter { $0.at <= seconds }).enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
    /// Output of previous runs, kept for `kubectl logs --previous`.
    var previousOutput: [ProcessPlan.Line] = []
    var previousStartedAt: SimTime?
    /// Output of the runs before the previous one, by containerd ID: containerd still lists
    /// those containers, and `crictl logs` reads them.
    var olderRuns: [String: ContainerLog] = [:]

    /// Before `termination` becomes the last one: keeps the output of the run it replaces.
    mutating func keepOlderRun(replacedBy termination: Termination?) {
        guard let older = lastTermination?.containerID, older != termination?.containerID else { return }
        olderRuns[older] = ContainerLog(lines: previousOutput, startedAt: previousStartedAt, exists: true)
    }

    /// Drops the output kept of runs containerd no longer has.
    mutating func forgetRuns(_ removed: Set<String>) {
        guard !olderRuns.isEmpty else { return }
        olderRuns = olderRuns.filter { !removed.contains($0.key) }
    }

    var backoffSeconds: Int64 = 0
    var imageBackoffSeconds: Int64 = 0
    var timer: TimerID?
    /// The probe workers' verdicts for the current run.
    var probes = ProbeResults()
    /// Timers that belong to the current run (its exit, probes, an OOM kill), by purpose;
    /// cancelled when the run ends.
    var runTimers: [String: TimerID] = [:]
    /// Files written in the container outside its volumes: its writable layer, gone when the
    /// container is replaced.
    var writableLayer: [String: String] = [:]
    /// The image's files removed in the writable layer (`rm`): hidden until the container is
    /// replaced.
    var removedFiles: Set<String> = []
    /// Why the kubelet is stopping the current run (`failed liveness probe`), if it is.
    var killReason: String?
    /// The container's entry in the pod's status as last made: most status writes change one
    /// container at most, and the rest are reused as they are. Every change to the state goes
    /// through `Kubelet.update`, which forgets it.
    var cachedStatus: JSON?

    init(spec: JSON, isInit: Bool) {
        facts = ContainerSpecFacts.of(spec, isInit: isInit)
    }

    /// Its entry in the pod's status, made once per change of state (mutating: it keeps it).
    mutating func status(specMounts: [JSON]) -> JSON {
        if let cachedStatus { return cachedStatus }
        let json = Kubelet.containerStatus(self, specMounts: specMounts)
        cachedStatus = json
        return json
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
    /// The pod sandbox containerd runs it in, once made.
    var sandboxID: String?
    var podIP: String? {
        didSet { podIPs = podIP.map { [["ip": .string($0)]] } ?? .null }
    }
    /// `status.podIPs`, made once when the IP is assigned.
    private(set) var podIPs: JSON = .null
    var startTime: SimTime?
    var synced = false
    var terminating = false
    var finished = false
    /// The sandbox was stopped because the pod ran to completion (Succeeded or Failed).
    var sandboxStopped = false
    var timers: [TimerID] = []
    /// True while the kubelet's table of pods holds this runtime (set and cleared with it).
    var attached = false
    /// The files of its ConfigMap and Secret volumes as the kubelet last wrote them, by
    /// volume name, and its next periodic sync, which writes them again.
    var configVolumeFiles: [String: [String: String]] = [:]
    var resyncTimer: TimerID?
    /// The containers' mounts as their statuses show them, by container index; the spec's
    /// mounts never change.
    private var mounts: (containers: [[JSON]], initContainers: [[JSON]])?

    init(pod: JSON) {
        uid = pod.uid
        namespace = pod.namespace
        name = pod.name
        spec = pod["spec"]
        containers = (pod["spec"]["containers"].array ?? []).map { ContainerRuntimeState(spec: $0, isInit: false) }
        initContainers = (pod["spec"]["initContainers"].array ?? []).map { ContainerRuntimeState(spec: $0, isInit: true) }
    }

    var restartPolicy: String { spec["restartPolicy"].string ?? "Always" }

    /// Container `index`'s status entry, rebuilt only when its state has changed.
    func containerStatus(_ index: Int, isInit: Bool, specMounts: [JSON]) -> JSON {
        // Through the mutating accessor: the state is used where it lies, not copied out.
        isInit ? initContainers[index].status(specMounts: specMounts) : containers[index].status(specMounts: specMounts)
    }

    /// Each container's status `volumeMounts`, by container index (looked up by name, the
    /// first of a name winning, as the kubelet's lookup finds it), made once from the spec.
    func statusMounts(_ spec: JSON) -> (containers: [[JSON]], initContainers: [[JSON]]) {
        if let mounts { return mounts }
        // By index: a container's state is a large value, not to be copied for its name.
        let made = (containers.indices.map { Kubelet.mounts(of: containers[$0].name, in: spec["containers"]) },
                    initContainers.indices.map { Kubelet.mounts(of: initContainers[$0].name, in: spec["initContainers"]) })
        mounts = made
        return made
    }

    func containerSpec(_ name: String, isInit: Bool) -> JSON {
        (spec[isInit ? "initContainers" : "containers"].array ?? []).first { $0["name"].string == name } ?? .null
    }
}
