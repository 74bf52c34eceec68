import JSONValue

/// Renders `kubectl explain` from an OpenAPI v3 document the way kubectl v1.32's `plaintext`
/// template does: the GVK found through the resource's operation paths, then DESCRIPTION and
/// FIELDS (or one FIELD and its DESCRIPTION), types guessed from the schema (`<string>`,
/// `<[]Container>`, `<map[string]string>`), `-required-`, enums, and `--recursive` trees.
struct ExplainRenderer {
    let document: JSON

    struct Failure: Error {
        var message: String
    }

    func render(group: String, version: String, resource: String, fieldPath: [String], recursive: Bool) throws(Failure) -> String {
        let prefix = group.isEmpty ? "/api" : "/apis/\(group)"
        let searchPaths = ["\(prefix)/\(version)/\(resource)", "\(prefix)/\(version)/\(resource)/{name}",
                           "\(prefix)/\(version)/namespaces/{namespace}/\(resource)",
                           "\(prefix)/\(version)/namespaces/{namespace}/\(resource)/{name}"]
        var gvk: JSON?
        search: for path in searchPaths {
            let item = document["paths"][path]
            for method in ["get", "post", "put", "patch", "delete"] {
                let found = item[method]["x-kubernetes-group-version-kind"]
                if found.object != nil {
                    gvk = found
                    break search
                }
            }
        }
        guard let gvk else {
            throw Failure(message: "error: GVR (\(group)/\(version), Resource=\(resource)) not found in OpenAPI schema")
        }
        var out = ""
        if let group = gvk["group"].string, !group.isEmpty { out += "GROUP:      \(group)\n" }
        out += "KIND:       \(gvk["kind"].string ?? "")\n"
        out += "VERSION:    \(gvk["version"].string ?? "")\n"
        out += "\n"
        let schemas = document["components"]["schemas"].object?.sortedPairs ?? []
        guard let schema = schemas.first(where: { Self.declares($0.value, gvk) })?.value else {
            throw Failure(message: "error: GVK map[group:\(gvk["group"].string ?? "") kind:\(gvk["kind"].string ?? "") version:\(gvk["version"].string ?? "")] not found in OpenAPI schema")
        }
        let body = output(schema, history: [], fieldPath: fieldPath[...], recursive: recursive)
        guard !body.isEmpty else {
            throw Failure(message: "error: field \"\(fieldPath.last ?? "")\" does not exist")
        }
        return out + body + "\n"
    }

    static func declares(_ schema: JSON, _ gvk: JSON) -> Bool {
        (schema["x-kubernetes-group-version-kind"].array ?? []).contains { entry in
            ["group", "kind", "version"].allSatisfy { entry[$0] == gvk[$0] }
        }
    }

    // MARK: The template's parts

    /// `#/components/schemas/x` → that schema; nil for anything else.
    func resolve(_ ref: JSON) -> JSON? {
        guard let text = ref.string, text.hasPrefix("#"), text.count > 1 else { return nil }
        var current = document
        for component in text.dropFirst().split(separator: "/") where !component.isEmpty {
            let next = current[String(component)]
            guard next.object != nil else { return nil }
            current = next
        }
        return current
    }

    /// Non-empty, as Go templates judge truth.
    static func truthy(_ value: JSON) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    /// `additionalProperties` holding a schema (not `true`/`false`).
    static func mapValues(_ schema: JSON) -> JSON? {
        let additional = schema["additionalProperties"]
        guard additional.object != nil, truthy(additional) else { return nil }
        return additional
    }

    func output(_ schema: JSON, history: Set<String>, fieldPath: ArraySlice<String>, recursive: Bool) -> String {
        let ref = schema["$ref"].string ?? ""
        let next = history.union([ref])
        let resolved = resolve(.string(ref)) ?? schema
        guard let first = fieldPath.first else {
            let text = description(resolved)
            var out = "DESCRIPTION:\n" + Self.indent(4, WordWrap.wrap(text.isEmpty ? "<empty>" : text, limit: 76)) + "\n"
            let fields = fieldList(resolved, level: 1, history: [], recursive: recursive)
            if !fields.isEmpty { out += "FIELDS:\n" + fields }
            return out
        }
        if !ref.isEmpty, history.contains(ref) { return "" }
        let property = resolved["properties"][first]
        if Self.truthy(resolved["properties"]), Self.truthy(property) {
            var out = ""
            if fieldPath.count == 1 {
                out += "FIELD: \(first) <\(typeGuess(property))>\n"
                out += extractEnum(property, longView: true, limit: -1, indent: 0) + "\n" + "\n"
            }
            return out + output(property, history: [], fieldPath: fieldPath.dropFirst(), recursive: recursive)
        }
        if Self.truthy(resolved["items"]) {
            return output(resolved["items"], history: next, fieldPath: fieldPath, recursive: recursive)
        }
        if let values = Self.mapValues(resolved) {
            return output(values, history: next, fieldPath: fieldPath, recursive: recursive)
        }
        for alternative in resolved["allOf"].array ?? [] {
            let out = output(alternative, history: next, fieldPath: fieldPath, recursive: recursive)
            if !out.isEmpty { return out }
        }
        return ""
    }

    func fieldList(_ schema: JSON, level: Int, history: Set<String>, recursive: Bool) -> String {
        let ref = schema["$ref"].string ?? ""
        if !ref.isEmpty, history.contains(ref) { return "" }
        let next = history.union([ref])
        let resolved = resolve(.string(ref)) ?? schema
        var out = ""
        for (name, property) in resolved["properties"].object?.sortedPairs ?? [] {
            out += fieldDetail(name, in: resolved, short: recursive, level: level)
            if recursive { out += fieldList(property, level: level + 1, history: next, recursive: recursive) }
        }
        for alternative in resolved["allOf"].array ?? [] {
            out += fieldList(alternative, level: level, history: next, recursive: recursive)
        }
        if Self.truthy(resolved["items"]) {
            out += fieldList(resolved["items"], level: level, history: next, recursive: recursive)
        }
        if let values = Self.mapValues(resolved) {
            out += fieldList(values, level: level, history: next, recursive: recursive)
        }
        return out
    }

    func fieldDetail(_ name: String, in schema: JSON, short: Bool, level: Int) -> String {
        let indent = level * 2
        let field = schema["properties"][name]
        var out = Self.indent(indent, name) + "\t<\(typeGuess(field))>"
        if (schema["required"].array ?? []).contains(.string(name)) { out += " -required-" }
        out += extractEnum(field, longView: false, limit: 4, indent: indent)
        out += "\n"
        if !short {
            let text = field["description"].string.flatMap { $0.isEmpty ? nil : $0 } ?? "<no description>"
            out += Self.indent(indent + 2, WordWrap.wrap(text, limit: 78 - indent)) + "\n" + "\n"
        }
        return out
    }

    /// The schema's description and those of the schemas it wraps, one per line.
    func description(_ schema: JSON) -> String {
        let resolved = resolve(schema["$ref"]) ?? schema
        guard Self.truthy(resolved) else { return "" }
        var out = ""
        if let text = resolved["description"].string, !text.isEmpty { out += text + "\n" }
        for alternative in resolved["allOf"].array ?? [] { out += description(alternative) }
        if Self.truthy(resolved["items"]) { out += description(resolved["items"]) }
        if let values = Self.mapValues(resolved) { out += description(values) }
        return out
    }

    func typeGuess(_ schema: JSON) -> String {
        if Self.truthy(schema["items"]) { return "[]" + typeGuess(schema["items"]) }
        if let values = Self.mapValues(schema) { return "map[string]" + typeGuess(values) }
        if let allOf = schema["allOf"].array, allOf.count == 1, !Self.truthy(schema["properties"]) {
            return typeGuess(allOf[0])
        }
        if let ref = schema["$ref"].string, !ref.isEmpty {
            let target = resolve(.string(ref))
            let type = target?["type"].string ?? ""
            if target == nil || type.isEmpty || type == "object" {
                let name = ref.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ref
                let last = name.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? name
                return last.isEmpty ? "Object" : last
            }
            return type
        }
        let type = schema["type"].string ?? ""
        if type == "object" { return "Object" }
        return type.isEmpty ? "Object" : type
    }

    func extractEnum(_ schema: JSON, longView: Bool, limit: Int, indent: Int) -> String {
        guard let values = schema["enum"].array, !values.isEmpty else { return "" }
        var out = longView ? "ENUM:" : "\n" + String(repeating: " ", count: indent) + "enum: "
        for (index, value) in values.enumerated() {
            if limit > -1, index >= limit {
                out += ", ...."
                break
            }
            if index > 0, !longView {
                out += ", "
            } else if longView {
                out += "\n    "
            }
            switch value {
            case .string(let text): out += text.isEmpty ? "\"\"" : text
            case .int(let number): out += String(number)
            case .bool(let flag): out += String(flag)
            default: out += "\(value)"
            }
        }
        return out
    }

    static func indent(_ amount: Int, _ text: String) -> String {
        let pad = String(repeating: " ", count: amount)
        return pad + text.replacing("\n", with: "\n" + pad)
    }
}
