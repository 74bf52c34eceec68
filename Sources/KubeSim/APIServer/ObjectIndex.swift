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

    func stored(_ type: ResourceType, _ object: JSON, old: JSON?) {
        let key = Key(prefix: type.etcdPrefix, namespace: object.namespace, name: object.name)
        if type == .pod {
            podBriefs[key] = PodBrief(object)
            let oldPhase = old?["status"]["phase"].string
            let newPhase = object["status"]["phase"].string
            if oldPhase != newPhase || old == nil {
                if let oldPhase, old != nil { podPhases[oldPhase, default: 1] -= 1 }
                if let newPhase { podPhases[newPhase, default: 0] += 1 }
            }
            let oldNode = old?["spec"]["nodeName"].string
            let newNode = object["spec"]["nodeName"].string
            if oldNode != newNode {
                if let oldNode { podsByNode[oldNode]?.remove(key) }
                if let newNode { podsByNode[newNode, default: []].insert(key) }
            }
        }
        let oldOwners = Set(old?.ownerReferences.map(\.uid) ?? [])
        let newOwners = Set(object.ownerReferences.map(\.uid))
        if oldOwners != newOwners {
            for uid in oldOwners.subtracting(newOwners) { removeChild(key, of: uid) }
            for uid in newOwners.subtracting(oldOwners) { childrenByOwner[uid, default: []].insert(key) }
        }
    }

    func removed(_ type: ResourceType, _ object: JSON) {
        let key = Key(prefix: type.etcdPrefix, namespace: object.namespace, name: object.name)
        if type == .pod { podBriefs[key] = nil }
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

/// The facts about a pod that controllers count: taken once per write of the pod.
public struct PodBrief: Sendable {
    public var name: String
    public var phase: String
    public var terminating: Bool
    public var ready: Bool
    /// When the Ready condition last became True.
    public var readySince: SimTime?
    public var nodeName: String?
    public var creation: SimTime?

    init(_ pod: JSON) {
        name = pod.name
        phase = pod["status"]["phase"].string ?? ""
        terminating = pod.isTerminating
        nodeName = pod["spec"]["nodeName"].string
        creation = pod.creationTimestamp
        ready = false
        readySince = nil
        for condition in pod["status"]["conditions"].array ?? [] where condition["type"] == "Ready" {
            if condition["status"] == "True" {
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
