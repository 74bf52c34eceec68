import JSONValue
import SimCore

/// What one sync of a DaemonSet decides, as the real controller's `manage` and
/// `rollingUpdate` do: the nodes that need a pod made and the pods to delete. It reads the
/// pods as the sync found them; the controller then makes the changes.
struct DaemonSync {
    typealias DaemonPod = (pod: JSON, brief: PodBrief)

    let ds: JSON
    let hash: String
    let generation: String
    let now: SimTime
    /// `maxSurge` allows a new pod beside an old one (`AllowsSurge`).
    let surges: Bool
    private(set) var nodesNeedingPods: [String] = []
    private(set) var podsToDelete: [String] = []

    init(ds: JSON, hash: String, generation: String, now: SimTime) {
        self.ds = ds
        self.hash = hash
        self.generation = generation
        self.now = now
        let strategy = ds["spec"]["updateStrategy"]
        surges = strategy["type"].string == "RollingUpdate"
            && DeploymentController.resolve(strategy["rollingUpdate"]["maxSurge"], total: 1, roundUp: true) > 0
    }

    mutating func delete(_ names: [String]) {
        for name in names where !podsToDelete.contains(name) { podsToDelete.append(name) }
    }

    /// A node the daemon should run on. Without surge, a pod being deleted still holds the
    /// node (its replacement waits until it is gone) and only the oldest of several running
    /// pods stays. With surge, a node with no running pod gets one at once, and of an old and
    /// a new pod the old one goes once the new one is available (or the old one is not ready).
    mutating func manage(_ node: String, _ pods: [DaemonPod]) {
        // The usual node, one running pod: nothing to do (and, at 5,000 nodes, nothing to sort).
        if pods.count == 1, pods[0].brief.isActive { return }
        let running = pods.filter(\.brief.isActive).sorted(by: Self.olderFirst)
        guard surges else {
            if pods.isEmpty { nodesNeedingPods.append(node) }
            delete(running.dropFirst().map(\.pod.name))
            return
        }
        if running.isEmpty { nodesNeedingPods.append(node) }
        guard running.count > 1 else { return }
        var oldestNew: DaemonPod?
        var oldestOld: DaemonPod?
        for pod in running {
            if pod.pod["metadata"]["labels"][DaemonSetController.hashLabel].string == hash {
                if oldestNew == nil {
                    oldestNew = pod
                    continue
                }
            } else if oldestOld == nil {
                oldestOld = pod
                continue
            }
            delete([pod.pod.name])
        }
        if let new = oldestNew, let old = oldestOld, !old.brief.ready || isAvailable(new) {
            delete([old.pod.name])
        }
    }

    /// The RollingUpdate strategy (`rollingUpdate`), over the nodes the daemon should run on.
    mutating func rollingUpdate(nodes: [String], byNode: [String: [DaemonPod]]) {
        let strategy = ds["spec"]["updateStrategy"]["rollingUpdate"]
        var maxUnavailable = DeploymentController.resolve(strategy["maxUnavailable"], total: nodes.count, roundUp: true)
        let maxSurge = DeploymentController.resolve(strategy["maxSurge"], total: nodes.count, roundUp: true)
        // An impossible configuration (both 0) is taken as one unavailable at a time.
        if !nodes.isEmpty, maxUnavailable == 0, maxSurge == 0 { maxUnavailable = 1 }
        if maxSurge == 0 {
            replaceWithin(maxUnavailable: maxUnavailable, nodes: nodes, byNode: byNode)
        } else {
            surgeWithin(maxSurge: maxSurge, nodes: nodes, byNode: byNode)
        }
    }

    /// Without surge: an old pod that is not available is replaced at once; available ones
    /// are deleted while fewer than `maxUnavailable` nodes lack an available, new pod.
    private mutating func replaceWithin(maxUnavailable: Int, nodes: [String], byNode: [String: [DaemonPod]]) {
        var unavailable = 0
        var replacements: [String] = []
        var candidates: [String] = []
        for node in nodes {
            switch split(byNode[node] ?? []) {
            case nil, (nil, nil)?, (.some, .some)?:
                unavailable += 1
            case (.some(let new), nil)?:
                if !isAvailable(new) { unavailable += 1 }
            case (nil, .some(let old))?:
                if !isAvailable(old) {
                    replacements.append(old.pod.name)
                } else if unavailable < maxUnavailable {
                    candidates.append(old.pod.name)
                }
            }
        }
        delete(replacements + candidates.prefix(max(0, maxUnavailable - unavailable)))
    }

    /// With surge: a new pod is made beside an old one, on every node whose old pod is not
    /// available and on up to `maxSurge` others; `manage` removes the old pod once the new
    /// one is available.
    private mutating func surgeWithin(maxSurge: Int, nodes: [String], byNode: [String: [DaemonPod]]) {
        var surging = 0
        var replacements: [String] = []
        var candidates: [String] = []
        for node in nodes {
            switch split(byNode[node] ?? []) {
            case nil:
                surging += 1
            case (.some(let new), .some(let old))?:
                if isAvailable(new) { delete([old.pod.name]) } else { surging += 1 }
            case (nil, .some(let old))?:
                if !isAvailable(old) {
                    replacements.append(node)
                } else if surging < maxSurge {
                    candidates.append(node)
                }
            case (_, nil)?:
                break
            }
        }
        nodesNeedingPods += replacements + candidates.prefix(max(0, maxSurge - surging))
    }

    /// A node's new and old pod, leaving out those being deleted (`findUpdatedPodsOnNode`);
    /// nil when it has two of either, which `manage` resolves first.
    private func split(_ pods: [DaemonPod]) -> (new: DaemonPod?, old: DaemonPod?)? {
        var new: DaemonPod?
        var old: DaemonPod?
        for pod in pods where !pod.brief.terminating {
            if DaemonSetController.isUpdated(pod.pod, hash: hash, generation: generation) {
                if new != nil { return nil }
                new = pod
            } else {
                if old != nil { return nil }
                old = pod
            }
        }
        return (new, old)
    }

    private func isAvailable(_ pod: DaemonPod) -> Bool {
        pod.brief.isAvailable(minReadySeconds: ds["spec"]["minReadySeconds"].int ?? 0, now: now)
    }

    /// Oldest first, by creation time and then name.
    static func olderFirst(_ a: DaemonPod, _ b: DaemonPod) -> Bool {
        let (x, y) = (a.pod.creationTimestamp?.milliseconds ?? 0, b.pod.creationTimestamp?.milliseconds ?? 0)
        return x != y ? x < y : a.pod.name < b.pod.name
    }
}
