import JSONValue

/// A compiled Kubernetes JSONPath template (client-go `util/jsonpath`), the engine behind
/// `kubectl get -o jsonpath=…`, `-o jsonpath-as-json=…`, custom-columns and `--sort-by`.
///
/// ```swift
/// let path = try KubeJSONPath.compile("{range .items[*]}{.metadata.name}{\"\\n\"}{end}")
/// let text = try path.execute(list)            // what kubectl writes to stdout
/// ```
///
/// Which value to pass: `kubectl get` hands the engine a `List` when it prints several objects
/// (`get pods`, `get pods a b`, `get -f dir/`, even a one-element selection) and the object
/// itself only for a single named object (`get pod web`). `KubectlGetPrinter` builds that value;
/// callers using this type directly should wrap with `KubectlList.wrap(_:)`.
///
/// Missing keys print nothing (kubectl's default `--allow-missing-template-keys=true`), but
/// out-of-range indexes, filtering a non-array and type clashes in filters are still errors.
public struct KubeJSONPath: Sendable {
    public let template: String
    let nodes: [JSONPathNode]

    public static func compile(_ template: String) throws(JSONPathError) -> KubeJSONPath {
        do {
            return KubeJSONPath(template: template, nodes: try JSONPathParser.parse(template))
        } catch {
            throw JSONPathError(stage: .parse, message: error.message)
        }
    }

    /// The template's output for `value`, as `-o jsonpath` prints it: each action's results
    /// joined by spaces, maps and arrays as compact Go JSON, scalars as Go prints them, no
    /// trailing newline unless the template has one.
    ///
    /// Numbers are first taken as kubectl holds them (`KubectlUnstructured.normalize`), so a
    /// stored `1000000.0` prints `1000000` as it does against a real API server.
    public func execute(_ value: JSON, allowMissingKeys: Bool = true) throws(JSONPathError) -> String {
        var out = ""
        let value = KubectlUnstructured.normalize(value)
        for results in try findResults(value, allowMissingKeys: allowMissingKeys) {
            for (i, result) in results.enumerated() {
                out += Self.text(of: result)
                if i != results.count - 1 { out += " " }
            }
        }
        return out
    }

    /// `-o jsonpath-as-json`: every action's results as an indented JSON array plus a newline,
    /// one array per action (per element inside a range), `[]` when nothing matched.
    public func executeAsJSON(_ value: JSON, allowMissingKeys: Bool = true) throws(JSONPathError) -> String {
        var out = ""
        let value = KubectlUnstructured.normalize(value)
        for results in try findResults(value, allowMissingKeys: allowMissingKeys) {
            var items: [JSON] = []
            for result in results {
                // Go panics marshalling the zero reflect.Value that ranging over null yields.
                guard let json = result.json else {
                    throw JSONPathError(stage: .panic, message: "reflect: call of reflect.Value.Interface on zero Value")
                }
                items.append(json)
            }
            out += GoJSON.marshalIndent(.array(items)) + "\n"
        }
        return out
    }

    /// The matched values as JSON, one list per top-level action, for callers that need the
    /// data rather than kubectl's text (`<no value>` results from ranging over nulls are dropped).
    public func values(_ value: JSON, allowMissingKeys: Bool = true) throws(JSONPathError) -> [[JSON]] {
        try findResults(KubectlUnstructured.normalize(value), allowMissingKeys: allowMissingKeys)
            .map { $0.compactMap(\.json) }
    }

    func findResults(_ value: JSON, allowMissingKeys: Bool) throws(JSONPathError) -> [[JSONPathValue]] {
        var evaluator = JSONPathEvaluator(nodes: nodes, allowMissingKeys: allowMissingKeys)
        switch evaluator.findResults(.json(value)) {
        case .success(let results): return results
        case .failure(let failure):
            throw JSONPathError(stage: failure.isPanic ? .panic : .execute, message: failure.message)
        }
    }

    /// One result as `PrintResults` writes it without JSON output.
    static func text(of value: JSONPathValue) -> String {
        switch value {
        case .invalid: return "<no value>"
        case .byte(let b): return String(b)
        case .json(let json):
            switch json {
            case .null: return "null"
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return String(i)
            case .double(let d): return GoNumbers.formatV(d)
            case .string(let s): return s
            case .array, .object: return GoJSON.marshal(json)
            }
        }
    }
}
