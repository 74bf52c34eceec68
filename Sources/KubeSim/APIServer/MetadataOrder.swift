import JSONValue

/// Keeps `metadata` members in `ObjectMeta`'s field order, so stored objects read like the
/// real API server's JSON (etcdctl shows them; kubectl sorts keys itself when printing).
enum MetadataOrder {
    static let fields = ["name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
                         "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
                         "annotations", "ownerReferences", "finalizers", "managedFields"]

    static func normalize(_ metadata: JSONObject) -> JSONObject {
        if isNormal(metadata) { return metadata }
        var ordered = JSONObject()
        ordered.reserveCapacity(metadata.count)
        for field in fields { if let value = metadata[field] { ordered[field] = value } }
        for member in metadata.entries where ordered[member.key] == nil { ordered[member.key] = member.value }
        return ordered
    }

    /// Whether the known fields already come first and in order, unknown ones after them:
    /// what `normalize` would make (true of every object the API server has stored).
    private static func isNormal(_ metadata: JSONObject) -> Bool {
        var next = 0
        var sawUnknown = false
        for member in metadata.entries {
            guard let position = fields[next...].firstIndex(of: member.key) else {
                if fields[..<next].contains(member.key) { return false }
                sawUnknown = true
                continue
            }
            if sawUnknown { return false }
            next = position + 1
        }
        return true
    }
}
