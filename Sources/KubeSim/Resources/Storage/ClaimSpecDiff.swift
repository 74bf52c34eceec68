import JSONValue

/// The diff the API server appends to "spec is immutable after creation…": go-cmp's report
/// of the old and new `core.PersistentVolumeClaimSpec`. go-cmp deliberately varies its
/// whitespace from run to run (spaces or non-breaking spaces) so that no one depends on it;
/// this renders its usual shape with plain spaces: unchanged fields as context, changed ones
/// as `-`/`+` pairs, and a count of the identical fields left out at the end.
enum ClaimSpecDiff {
    /// The spec's fields in Go's declaration order.
    static let fields: [(name: String, key: String)] = [
        ("AccessModes", "accessModes"), ("Selector", "selector"), ("Resources", "resources"),
        ("VolumeName", "volumeName"), ("StorageClassName", "storageClassName"), ("VolumeMode", "volumeMode"),
        ("DataSource", "dataSource"), ("DataSourceRef", "dataSourceRef"),
        ("VolumeAttributesClassName", "volumeAttributesClassName"),
    ]

    static func render(old: JSON, new: JSON) -> String {
        let changed = fields.indices.filter { old[fields[$0].key] != new[fields[$0].key] }
        guard let last = changed.last else { return "" }
        let shown = 0...min(fields.count - 1, last + 2)
        let width = shown.map { fields[$0].name.count }.max() ?? 0
        var lines = ["  core.PersistentVolumeClaimSpec{"]
        func line(_ mark: String, _ index: Int, _ spec: JSON) -> String {
            let name = fields[index].name + ":"
            let padding = String(repeating: " ", count: width + 1 - name.count)
            return "\(mark) \t\(name)\(padding) \(value(fields[index].key, spec)),"
        }
        for index in shown {
            if changed.contains(index) {
                lines.append(line("-", index, old))
                lines.append(line("+", index, new))
            } else {
                lines.append(line(" ", index, new))
            }
        }
        let rest = fields.count - shown.count
        if rest > 0 { lines.append("  \t... // \(rest) identical field\(rest == 1 ? "" : "s")") }
        lines.append("  }")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field's value as `%v` with go-cmp's elisions.
    static func value(_ key: String, _ spec: JSON) -> String {
        let field = spec[key]
        switch key {
        case "accessModes":
            guard let modes = field.array else { return "nil" }
            return "{" + modes.map { "\"\($0.string ?? "")\"" }.joined(separator: ", ") + "}"
        case "resources":
            guard let storage = field["requests"]["storage"].string else { return "{}" }
            let binary = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"].contains { storage.hasSuffix($0) }
            return "{Requests: {s\"storage\": {i: {...}, s: \"\(storage)\", Format: \"\(binary ? "BinarySI" : "DecimalSI")\"}}}"
        case "volumeName":
            return "\"\(field.string ?? "")\""
        case "storageClassName", "volumeMode", "volumeAttributesClassName":
            return field.string.map { "&\"\($0)\"" } ?? "nil"
        default:
            return field.isNull ? "nil" : "&{...}"
        }
    }
}
