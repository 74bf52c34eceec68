import JSONValue

/// Keeps `metadata` members in `ObjectMeta`'s field order, so stored objects read like the
/// real API server's JSON (etcdctl shows them; kubectl sorts keys itself when printing).
enum MetadataOrder {
    static let fields = ["name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
                         "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
                         "annotations", "ownerReferences", "finalizers", "managedFields"]

    static func normalize(_ metadata: JSONObject) -> JSONObject {
        var ordered = JSONObject()
        for field in fields { if let value = metadata[field] { ordered[field] = value } }
        for (key, value) in zip(metadata.keys, metadata.values) where ordered[key] == nil { ordered[key] = value }
        return ordered
    }
}
