import JSONValue

/// Keeps `metadata` members in `ObjectMeta`'s field order, so stored objects read like the
/// real API server's JSON (etcdctl shows them; kubectl sorts keys itself when printing).
enum MetadataOrder {
    static let fields = ["name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
                         "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
                         "annotations", "ownerReferences", "finalizers", "managedFields"]

    /// Known fields first, in `fields`' order; the others after them, in the order they came.
    static func normalize(_ metadata: JSONObject) -> JSONObject {
        let members = metadata.entries
        let ranks = members.map { rank($0.key) }
        // True of every object the API server has stored: nothing to move.
        if zip(ranks, ranks.dropFirst()).allSatisfy({ $0 <= $1 }) { return metadata }
        let order = members.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        return JSONObject(distinctMembers: order.map { members[$0] })
    }

    /// Where `key` goes among `fields` (after them when it is not one). Every pod written
    /// passes through here, so the candidates are narrowed by length before any is compared.
    static func rank(_ key: String) -> Int {
        let length = key.utf8.count
        for (index, field) in fields.enumerated() where field.utf8.count == length && field == key { return index }
        return fields.count
    }
}
