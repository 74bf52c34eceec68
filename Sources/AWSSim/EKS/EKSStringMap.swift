import JSONValue

/// The string maps EKS's resources carry (tags, labels), in and out: keys sorted on the way
/// out, values that are not strings read as empty.
enum EKSStringMap {
    static func read(_ value: JSON?) -> [String: String] {
        (value?.object?.entries ?? []).reduce(into: [:]) { $0[$1.key] = $1.value.string ?? "" }
    }

    static func json(_ map: [String: String]) -> JSON {
        .object(JSONObject(map.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) }))
    }
}
