import JSONValue

/// kubectl's generic describer (`genericDescriber`, `printUnstructuredContent`), used for
/// kinds without a dedicated describer: Event, Lease, and anything else. Every field is
/// printed, keys sorted, with "smart" labels (`apiVersion` → `API Version`).
enum GenericDescriber {
    static let skipped: Set<String> = [".metadata.managedFields", ".metadata.name", ".metadata.namespace",
                                       ".metadata.labels", ".metadata.annotations"]

    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        CommonPrinters.labels(w, "Labels", ctx.metadata["labels"])
        CommonPrinters.annotations(w, "Annotations", ctx.metadata["annotations"])
        content(w, level: 0, ctx.object, prefix: "")
        ctx.events(w)
    }

    static func content(_ w: DescribeWriter, level: Int, _ object: JSON, prefix: String) {
        for (field, value) in object.members.sorted(by: { goLess($0.key, $1.key) }) {
            let path = "\(prefix).\(field)"
            if skipped.contains(path) { continue }
            switch value {
            case .object:
                w.write(level, "\(smartLabel(field)):\n")
                content(w, level: level + 1, value, prefix: path)
            case .array(let items):
                w.write(level, "\(smartLabel(field)):\n")
                for item in items {
                    if case .object = item {
                        content(w, level: level + 1, item, prefix: path)
                    } else {
                        w.write(level + 1, "\(scalar(item))\n")
                    }
                }
            default:
                w.write(level, "\(smartLabel(field)):\t\(scalar(value))\n")
            }
        }
    }

    /// `%v` of an unstructured scalar.
    static func scalar(_ v: JSON) -> String {
        switch v {
        case .null: return "<nil>"
        case .array(let a): return "[" + a.map(scalar).joined(separator: " ") + "]"
        case .object: return "map[]"
        default: return v.str
        }
    }

    /// `smartLabelFor`: camel-case words title-cased, common acronyms upper-cased; fields with
    /// characters other than letters and `-` are left alone.
    static func smartLabel(_ field: String) -> String {
        if field.unicodeScalars.contains(where: { !($0.properties.isAlphabetic && isLetter($0)) && $0 != "-" }) {
            return field
        }
        let acronyms: Set<String> = ["API", "URL", "UID", "OSB", "GUID"]
        return camelSplit(field).filter { $0 != "_" }.map { part in
            acronyms.contains(part.uppercased()) ? part.uppercased() : title(part)
        }.joined(separator: " ")
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isLowercase || s.properties.isUppercase || s.properties.generalCategory == .otherLetter
            || s.properties.generalCategory == .titlecaseLetter || s.properties.generalCategory == .modifierLetter
    }

    private static func title(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// github.com/fatih/camelcase `Split`.
    static func camelSplit(_ src: String) -> [String] {
        var runs: [[Character]] = []
        var last = 0
        for ch in src {
            let cls: Int
            if ch.isLowercase { cls = 1 } else if ch.isUppercase { cls = 2 } else if ch.isNumber { cls = 3 } else { cls = 4 }
            if cls == last, !runs.isEmpty {
                runs[runs.count - 1].append(ch)
            } else {
                runs.append([ch])
            }
            last = cls
        }
        var i = 0
        while i < runs.count - 1 {
            if let f = runs[i].first, f.isUppercase, let g = runs[i + 1].first, g.isLowercase, let moved = runs[i].popLast() {
                runs[i + 1].insert(moved, at: 0)
            }
            i += 1
        }
        return runs.filter { !$0.isEmpty }.map { String($0) }
    }
}
