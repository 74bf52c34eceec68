import JSONValue

/// What `-o` asked for.
enum OutputFormat: Equatable {
    case table(wide: Bool)
    case name
    case json
    case yaml

    static func parse(_ text: String, command: String) throws(KubectlError) -> OutputFormat {
        switch text {
        case "": return .table(wide: false)
        case "wide": return .table(wide: true)
        case "name": return .name
        case "json": return .json
        case "yaml": return .yaml
        default:
            throw .message(
                "unable to match a printer suitable for the output format \"\(text)\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml")
        }
    }
}

/// Whole objects as kubectl prints them: keys sorted (they pass through a Go map), lists
/// wrapped in a `List`.
enum ObjectPrinter {
    static func list(_ items: [JSON]) -> JSON {
        ["apiVersion": "v1", "items": .array(items), "kind": "List", "metadata": ["resourceVersion": ""]]
    }

    static func sorted(_ value: JSON) -> JSON {
        switch value {
        case .object(let object): return .object(JSONObject(object.sortedPairs.map { ($0.key, sorted($0.value)) }))
        case .array(let items): return .array(items.map(sorted))
        default: return value
        }
    }

    static func render(_ document: JSON, format: OutputFormat) -> String {
        switch format {
        case .json: return JSONWriter.kubectl.write(sorted(document)) + "\n"
        case .yaml: return KubectlYAML.render(document)
        default: return ""
        }
    }
}
