import JSONValue
import SimCore

/// Secondary indexes kept current on every write: pods by node and objects by owner.
///
/// The real control plane gets the same effect from informer indexers and field-selector
/// watches. Without them a kubelet would scan 150,000 pods to find its own, and the garbage
/// collector every object to find a ReplicaSet's children.
public final class ObjectIndex {
    /// A stored object's address.
    public struct Key: Hashable, Sendable, Comparable {
        public var prefix: String
        public var namespace: String
        public var name: String

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
        }
    }

    private(set) var podsByNode: [String: Set<Key>] = [:]
    /// What controllers count about each pod, kept so they need not re-read every pod's JSON.
    private(set) var podBriefs: [Key: PodBrief] = [:]
    /// Pods per phase, for cheap cluster-wide counts.
    private(set) var podPhases: [String: Int] = [:]
    private(set) var childrenByOwner: [String: Set<Key>] = [:]
    /// Active and ready pods per owner uid, kept as pods change: a ReplicaSet's status is a
    /// lookup, not a walk over its 5,000 pods.
    private(set) var podCountsByOwner: [String: PodCounts] = [:]

    /// Pods bound to `node`, in namespace/name order.
    public func pods(onNode node: String) -> [Key] {
        (podsByNode[node] ?? []).sorted()
    }

    public func podCount(onNode node: String) -> Int { podsByNode[node]?.count ?? 0 }

    public func podCount(phase: String) -> Int { podPhases[phase] ?? 0 }

    /// Objects whose ownerReferences name `uid`, in namespace/name order.
    public func children(ofOwner uid: String) -> [Key] {
        (childrenByOwner[uid] ?? []).sorted()
    }

    /// The pods owned by `uid`, as briefs, in no particular order.
    public func podBriefs(ofOwner uid: String) -> [PodBrief] {
        (childrenByOwner[uid] ?? []).compactMap { podBriefs[$0] }
    }

    /// How many of the pods owned by `uid` are active, and how many of those are ready.
    public func podCounts(ofOwner uid: String) -> PodCounts { podCountsByOwner[uid] ?? PodCounts() }

    func stored(_ type: ResourceType, _ object: JSON, old: JSON?) {
        let key = Key(prefix: type.etcdPrefix, namespace: object.namespace, name: object.name)
        // Owner references rarely change; the stored array is usually the very same one.
        let references = object["metadata"]["ownerReferences"]
        let referencesChanged = old.map { $0["metadata"]["ownerReferences"] != references } ?? true
        if type.etcdPrefix == ResourceType.pod.etcdPrefix {
            storedPod(key, object, old: old, referencesChanged: referencesChanged)
        }
        guard referencesChanged else { return }
        let oldOwners = Set(old?.ownerReferences.map(\.uid) ?? [])
        let newOwners = Set(object.ownerReferences.map(\.uid))
        if oldOwners != newOwners {
            for uid in oldOwners.subtracting(newOwners) { removeChild(key, of: uid) }
            for uid in newOwners.subtracting(oldOwners) { childrenByOwner[uid, default: []].insert(key) }
        }
    }

    private func storedPod(_ key: Key, _ object: JSON, old: JSON?, referencesChanged: Bool) {
        // The previous brief's owners serve when the references did not change.
        let previous = podBriefs[key]
        let owners = referencesChanged || previous == nil ? Self.ownerUIDs(object) : previous?.owners ?? []
        let brief = PodBrief(object, owners: owners)
        podBriefs[key] = brief
        // Most writes leave a pod's active and ready state as it was: nothing to count then.
        if previous?.owners != brief.owners || previous?.isActive != brief.isActive || previous?.ready != brief.ready {
            if let previous { count(previous, by: -1) }
            count(brief, by: 1)
        }
        let oldPhase = old?["status"]["phase"].string
        let newPhase = brief.phase.isEmpty ? object["status"]["phase"].string : brief.phase
        if oldPhase != newPhase || old == nil {
            if let oldPhase, old != nil { podPhases[oldPhase, default: 1] -= 1 }
            if let newPhase { podPhases[newPhase, default: 0] += 1 }
        }
        let oldNode = old?["spec"]["nodeName"].string
        let newNode = brief.nodeName
        if oldNode != newNode {
            if let oldNode { podsByNode[oldNode]?.remove(key) }
            if let newNode { podsByNode[newNode, default: []].insert(key) }
        }
    }

    /// Adds (or takes away) a pod's part in its owners' counts.
    private func count(_ brief: PodBrief, by delta: Int) {
        guard brief.isActive else { return }
        for uid in brief.owners {
            var counts = podCountsByOwner[uid] ?? PodCounts()
            counts.active += delta
            if brief.ready { counts.ready += delta }
            podCountsByOwner[uid] = counts.active == 0 && counts.ready == 0 ? nil : counts
        }
    }

    private static func ownerUIDs(_ object: JSON) -> [String] {
        var seen: Set<String> = []
        return object.ownerReferences.map(\.uid).filter { seen.insert($0).inserted }
    }

    func removed(_ type: ResourceType, _ object: JSON) {
        let key = Key(prefix: type.etcdPrefix, namespace: object.namespace, name: object.name)
        if type == .pod, let brief = podBriefs.removeValue(forKey: key) { count(brief, by: -1) }
        if type == .pod, let phase = object["status"]["phase"].string { podPhases[phase, default: 1] -= 1 }
        if type == .pod, let node = object["spec"]["nodeName"].string {
            podsByNode[node]?.remove(key)
            if podsByNode[node]?.isEmpty == true { podsByNode[node] = nil }
        }
        for owner in object.ownerReferences { removeChild(key, of: owner.uid) }
    }

    private func removeChild(_ key: Key, of uid: String) {
        childrenByOwner[uid]?.remove(key)
        if childrenByOwner[uid]?.isEmpty == true { childrenByOwner[uid] = nil }
    }
}

/// Active pods of one owner, and how many of them are ready.
public struct PodCounts: Equatable, Sendable {
    public var active = 0
    public var ready = 0
}

/// The facts about a pod that controllers count: taken once per write of the pod.
public struct PodBrief: Sendable {
    public var name: String
    public var phase: String
    public var terminating: Bool
    public var ready: Bool
    /// When the Ready condition last became True.
    public var readySince: SimTime?
    public var nodeName: String?
    /// The uids its ownerReferences name, each once.
    public var owners: [String]

    init(_ pod: JSON, owners: [String]) {
        let metadata = pod["metadata"]
        let status = pod["status"]
        name = metadata["name"].string ?? ""
        phase = status["phase"].string ?? ""
        terminating = !metadata["deletionTimestamp"].isNull
        nodeName = pod["spec"]["nodeName"].string
        self.owners = owners
        ready = false
        readySince = nil
        for condition in status["conditions"].array ?? [] where condition["type"].string == "Ready" {
            if condition["status"].string == "True" {
                ready = true
                readySince = condition["lastTransitionTime"].string.flatMap { SimTime(rfc3339: $0) }
            }
        }
    }

    /// Counted by workload controllers: not finished and not being deleted.
    public var isActive: Bool { !terminating && phase != "Succeeded" && phase != "Failed" }

    public func isAvailable(minReadySeconds: Int, now: SimTime) -> Bool {
        guard ready else { return false }
        guard minReadySeconds > 0 else { return true }
        guard let readySince else { return false }
        return now - readySince >= .seconds(Int64(minReadySeconds))
    }
}
