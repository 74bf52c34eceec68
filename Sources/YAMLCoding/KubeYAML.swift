@_exported import JSONValue

/// YAML as kubectl v1.32 reads and writes it.
///
/// Writing follows `kubectl -o yaml` (sigs.k8s.io/yaml over go-yaml v2); reading follows
/// `kubectl create -f` (kubectl's document splitter, then go-yaml v2's YAML 1.1 decoding and
/// sigs.k8s.io/yaml's conversion to JSON).
public enum KubeYAML {
    /// The text `kubectl -o yaml` prints for `value`, ending with a newline.
    ///
    /// Never fails. Where kubectl itself would fail (strings holding C1 control characters or
    /// U+FFFE/U+FFFF, which go-yaml refuses to read back; NaN or infinite numbers, which Go's JSON
    /// encoder refuses), this still renders them; use `checkedEmit` to get kubectl's error.
    public static func emit(_ value: JSON) -> String {
        BlockEmitter.emit(value)
    }

    /// Like `emit`, but fails where kubectl fails to print the value, with kubectl's message.
    public static func checkedEmit(_ value: JSON) throws(YAMLError) -> String {
        try EmitPreflight.check(value)
        return BlockEmitter.emit(value)
    }

    /// Parses a stream of YAML documents as `kubectl create -f` does: split on `---` lines,
    /// skipping empty documents and documents that are just `null`; each document converted to
    /// JSON with go-yaml v2's YAML 1.1 rules. Object keys keep the order they had in the text.
    ///
    /// Like kubectl, a stream whose first non-space character is `{` is read as a stream of JSON
    /// values instead (kubectl then reports JSON errors, not YAML ones).
    public static func parseDocuments(_ text: String) throws(YAMLError) -> [JSON] {
        if JSONStream.looksLikeJSON(text) { return try JSONStream.parse(text) }
        var results: [JSON] = []
        for piece in DocumentSplitter.split(text) {
            switch piece {
            case .error(let error):
                throw error
            case .document(let document):
                guard let value = try YAMLDecoder.decode(document) else { continue }
                results.append(value)
            }
        }
        return results
    }

    /// Parses a single YAML document (as for lesson files or `--cli-input-yaml`) with go-yaml's
    /// `Unmarshal` rules: no `---` splitting, documents after the first are ignored, an empty
    /// document is `null`. JSON text is YAML too and parses the same way.
    public static func parse(_ text: String) throws(YAMLError) -> JSON {
        try YAMLDecoder.decode(text) ?? .null
    }
}
