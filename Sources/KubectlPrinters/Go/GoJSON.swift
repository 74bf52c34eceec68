import JSONValue

/// Go's `json.Marshal` / `json.MarshalIndent(v, "", "    ")` of unstructured content.
///
/// kubectl holds objects as Go maps, and Go's encoder writes map keys sorted by bytes, so a
/// JSONPath result like `{.metadata}` comes out sorted regardless of the server's key order.
/// `JSONWriter` already does Go's escaping and number format; this only sorts first.
enum GoJSON {
    static func marshal(_ value: JSON) -> String {
        JSONWriter.goCompact.write(sortedKeys(value, depth: 0))
    }

    static func marshalIndent(_ value: JSON) -> String {
        JSONWriter.kubectl.write(sortedKeys(value, depth: 0))
    }

    private static func sortedKeys(_ value: JSON, depth: Int) -> JSON {
        guard depth < GoFormat.maxDepth else { return .null }
        switch value {
        case .array(let items):
            return .array(items.map { sortedKeys($0, depth: depth + 1) })
        case .object(let object):
            return .object(JSONObject(object.sortedPairs.map { ($0.key, sortedKeys($0.value, depth: depth + 1)) }))
        default:
            return value
        }
    }
}
