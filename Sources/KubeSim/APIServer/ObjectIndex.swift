import JSONValue

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
    private(set) var childrenByOwner: [String: Set<Key>] = [:]

    /// Pods bound to `node`, in namespace/name order.
    public func pods(onNode node: String) -> [Key] {
        (podsByNode[node] ?? []).sorted()
    }

    public func podCount(onNode node: String) -> Int { podsByNode[node]?.count ?? 0 }

    /// Objects whose ownerReferences name `uid`, in namespace/name order.
    public func children(ofOwner uid: String) -> [Key] {
        (childrenByOwner[uid] ?? []).sorted()
    }

    func stored(_ type: ResourceType, _ object: JSON, old: JSON?) {
        let key = Key(prefix: type.etcdPrefix, namespace: object.namespace, name: object.name)
        if type == .pod {
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
