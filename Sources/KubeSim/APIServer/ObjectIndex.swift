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

        /// Hashed by name alone: the keys of one set (a node's pods, an owner's children)
        /// nearly always share their prefix and namespace, so hashing those too buys nothing.
        public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    }

    private(set) var podsByNode: [String: Set<Key>] = [:]
    /// Pods per phase, for cheap cluster-wide counts.
    private(set) var podPhases: [String: Int] = [:]
    private(set) var childrenByOwner: [String: Set<Key>] = [:]
    /// Active and ready pods per owner uid, kept as pods change: a ReplicaSet's status is a
    /// lookup, not a walk over its 5,000 pods.
    private(set) var podCountsByOwner: [String: PodCounts] = [:]
    /// Where each pod's brief lives (beside the pod, in its etcd entry).
    private let etcd: Etcd

    init(etcd: Etcd) { self.etcd = etcd }

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

    /// Objects whose ownerReferences name `uid`, in no particular order.
    public func unorderedChildren(ofOwner uid: String) -> Set<Key> { childrenByOwner[uid] ?? [] }

    /// The pods owned by `uid`, as briefs, in no particular order.
    public func podBriefs(ofOwner uid: String) -> [PodBrief] {
        let pods = ResourceType.pod.etcdPrefix
        return (childrenByOwner[uid] ?? []).compactMap { key in
            key.prefix == pods ? etcd.get(prefix: key.prefix, namespace: key.namespace, name: key.name)?.brief : nil
        }
    }

    /// How many of the pods owned by `uid` are active, and how many of those are ready.
    public func podCounts(ofOwner uid: String) -> PodCounts { podCountsByOwner[uid] ?? PodCounts() }

    /// Takes note of a write; for pods, `brief` is what was stored and `previousBrief` what it replaced.
    func stored(_ type: ResourceType, _ object: JSON, old: JSON?, referencesChanged: Bool, brief: PodBrief?,
                previousBrief: PodBrief?) {
        let key = Key(prefix: type.etcdPrefix, namespace: brief?.namespace ?? object.namespace,
                      name: brief?.name ?? object.name)
        if let brief { storedPod(key, brief, old: old, previous: previousBrief) }
        guard referencesChanged else { return }
        // Owners are few: lists compare faster than sets are built. A pod's brief has them.
        let oldOwners = old.map { previousBrief?.owners ?? Self.ownerUIDs($0) } ?? []
        let newOwners = brief?.owners ?? Self.ownerUIDs(object)
        for uid in oldOwners where !newOwners.contains(uid) { removeChild(key, of: uid) }
        for uid in newOwners where !oldOwners.contains(uid) { childrenByOwner[uid, default: []].insert(key) }
    }

    /// The uids `object`'s ownerReferences name, each once.
    static func ownerUIDs(_ object: JSON) -> [String] {
        var uids: [String] = []
        for reference in object["metadata"]["ownerReferences"].array ?? [] {
            let uid = reference["uid"].string ?? ""
            if !uids.contains(uid) { uids.append(uid) }
        }
        return uids
    }

    private func storedPod(_ key: Key, _ brief: PodBrief, old: JSON?, previous: PodBrief?) {
        // Most writes leave a pod's active and ready state as it was: nothing to count then.
        if previous?.owners != brief.owners || previous?.isActive != brief.isActive || previous?.ready != brief.ready {
            if let previous { count(previous, by: -1) }
            count(brief, by: 1)
        }
        let oldPhase = old.flatMap { previous?.phaseValue ?? $0["status"]["phase"].string }
        if oldPhase != brief.phaseValue || old == nil {
            if let oldPhase, old != nil { podPhases[oldPhase, default: 1] -= 1 }
            if let newPhase = brief.phaseValue { podPhases[newPhase, default: 0] += 1 }
        }
        let oldNode = old.flatMap { previous == nil ? $0["spec"]["nodeName"].string : previous?.nodeName }
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
            // Changed in place (one lookup); dropped only when it comes back to nothing.
            var emptied = false
            podCountsByOwner[uid, default: PodCounts()].add(delta, ready: brief.ready, emptied: &emptied)
            if emptied { podCountsByOwner[uid] = nil }
        }
    }

    func removed(_ type: ResourceType, _ object: JSON, brief: PodBrief?) {
        let key = Key(prefix: type.etcdPrefix, namespace: object.namespace, name: object.name)
        if let brief { count(brief, by: -1) }
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

    mutating func add(_ delta: Int, ready isReady: Bool, emptied: inout Bool) {
        active += delta
        if isReady { ready += delta }
        emptied = active == 0 && ready == 0
    }
}

/// The facts about a pod that controllers and watchers read: taken once per write of the pod,
/// kept beside it in etcd and handed to watchers with the change. Immutable and shared: a
/// watch event, an etcd entry and the index all hold the same one.
public final class PodBrief: Sendable {
    /// Who the pod is and who owns it: the same for every write while its owner references
    /// stay as they are, so the briefs of one pod share one.
    final class Identity: Sendable {
        let name: String
        let namespace: String
        let uid: String
        let key: String
        let owners: [String]
        let controller: OwnerReference?

        init(_ pod: JSON) {
            let metadata = pod["metadata"]
            name = metadata["name"].string ?? ""
            namespace = metadata["namespace"].string ?? ""
            uid = metadata["uid"].string ?? ""
            key = namespace + "/" + name
            // One pass over the (few) references: each uid once, the first controller.
            var owners: [String] = []
            var controller: OwnerReference?
            for reference in metadata["ownerReferences"].array ?? [] {
                let uid = reference["uid"].string ?? ""
                if !owners.contains(uid) { owners.append(uid) }
                if controller == nil, reference["controller"] == .bool(true) {
                    controller = OwnerReference(apiVersion: reference["apiVersion"].string ?? "",
                                                kind: reference["kind"].string ?? "", name: reference["name"].string ?? "",
                                                uid: uid, controller: true)
                }
            }
            self.owners = owners
            self.controller = controller
        }
    }

    let identity: Identity
    public var name: String { identity.name }
    public var namespace: String { identity.namespace }
    public var uid: String { identity.uid }
    /// `namespace/name`, as components key their pods.
    public var key: String { identity.key }
    /// The uids its ownerReferences name, each once, and the one marked controller.
    public var owners: [String] { identity.owners }
    public var controller: OwnerReference? { identity.controller }
    /// `status.phase`, nil when absent.
    public let phaseValue: String?
    /// `status.phase`, "" when absent.
    public var phase: String { phaseValue ?? "" }
    public let terminating: Bool
    public let ready: Bool
    /// When the Ready condition last became True.
    public let readySince: SimTime?
    public let nodeName: String?
    public let schedulerName: String?

    /// Reads `pod`; identity and owners come from `previous` (the brief of the same pod
    /// before this write) when there is one and the owner references did not change.
    init(_ pod: JSON, previous: PodBrief?, referencesChanged: Bool) {
        identity = previous.flatMap { referencesChanged ? nil : $0.identity } ?? Identity(pod)
        terminating = !pod["metadata"]["deletionTimestamp"].isNull
        let spec = pod["spec"]
        nodeName = spec["nodeName"].string
        schedulerName = spec["schedulerName"].string
        let status = pod["status"]
        phaseValue = status["phase"].string
        var ready = false
        var readySince: SimTime?
        for condition in status["conditions"].array ?? [] where condition["type"].string == "Ready" {
            if condition["status"].string == "True" {
                ready = true
                readySince = condition["lastTransitionTime"].string.flatMap { SimTime(rfc3339: $0) }
            }
        }
        self.ready = ready
        self.readySince = readySince
        isActive = !terminating && phaseValue != "Succeeded" && phaseValue != "Failed"
    }

    /// Counted by workload controllers: not finished and not being deleted.
    public let isActive: Bool

    public func isAvailable(minReadySeconds: Int, now: SimTime) -> Bool {
        guard ready else { return false }
        guard minReadySeconds > 0 else { return true }
        guard let readySince else { return false }
        return now - readySince >= .seconds(Int64(minReadySeconds))
    }
}
