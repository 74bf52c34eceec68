import AWSArguments

/// `--generate-cli-skeleton yaml-input`: the input skeleton as ruamel.yaml's round-trip dumper
/// writes it, with an end-of-line comment on members that are required or have valid values.
///
/// aws-cli's comment is `[REQUIRED]`, the first sentence of the member's documentation, and
/// `Valid values are: …`, joined by spaces. Shipyard's models carry no documentation, so the
/// middle part is empty (which leaves the double space aws-cli itself prints for a member
/// without documentation).
///
/// Where the comment goes is ruamel's: the first comment of a mapping is written two spaces after
/// the value, later ones one space — "later" meaning the key just before it has a comment, or an
/// earlier key that sorts before it does (ruamel's `_yaml_get_column` stops its search at the
/// first key not less than the new one).
enum YAMLInputSkeleton {
    static func render(_ shape: ServiceModel.Shape?, model: ServiceModel) -> String {
        guard let shape, shape.type == "structure" else { return "{}\n" }
        let value = Skeleton.generate(shape, model: model, useMemberNames: false)
        var lines: [String] = []
        emitMap(value, shape: shape, model: model, indent: "", firstPrefix: nil, into: &lines)
        return lines.isEmpty ? "{}\n" : lines.joined(separator: "\n") + "\n"
    }

    /// Writes a mapping's keys. `firstPrefix` replaces the indent of the first line (a list
    /// item's `- `).
    private static func emitMap(_ value: Skeleton.Value, shape: ServiceModel.Shape?, model: ServiceModel, indent: String,
                                firstPrefix: String?, into lines: inout [String]) {
        guard case .map(let pairs) = value else { return }
        var commented: [String] = []
        for (position, (key, member)) in pairs.enumerated() {
            let prefix = position == 0 ? (firstPrefix ?? indent) : indent
            let memberShape = shape.flatMap { $0.memberShape(key) }.flatMap { model.shape($0) }
            var comment: String?
            if let shape { comment = Self.comment(for: key, in: shape, memberShape: memberShape) }
            var spacing = ""
            if comment != nil {
                var hasColumn = position > 0 && commented.contains(pairs[position - 1].0)
                if !hasColumn {
                    for earlier in pairs.prefix(position).map({ $0.0 }) {
                        if earlier >= key { break }
                        if commented.contains(earlier) { hasColumn = true }
                    }
                }
                spacing = hasColumn ? " " : "  "
                commented.append(key)
            }
            let suffix = comment.map { spacing + $0 } ?? ""
            switch member {
            case .map(let inner) where !inner.isEmpty:
                lines.append(prefix + key + ":" + suffix)
                // Maps (`KeyName`) are plain dicts in aws-cli's skeleton: no comments inside.
                let innerShape = memberShape?.type == "structure" ? memberShape : nil
                emitMap(member, shape: innerShape, model: model, indent: indent + "  ", firstPrefix: nil, into: &lines)
            case .list(let items) where !items.isEmpty:
                lines.append(prefix + key + ":" + suffix)
                let itemShape = memberShape.flatMap { model.shape($0.member) }
                emitList(items, shape: itemShape, model: model, indent: indent, into: &lines)
            default:
                lines.append(prefix + key + ": " + scalar(member) + suffix)
            }
        }
    }

    private static func emitList(_ items: [Skeleton.Value], shape: ServiceModel.Shape?, model: ServiceModel, indent: String,
                                 into lines: inout [String]) {
        for item in items {
            switch item {
            case .map(let inner) where !inner.isEmpty:
                emitMap(item, shape: shape?.type == "structure" ? shape : nil, model: model, indent: indent + "  ",
                        firstPrefix: indent + "- ", into: &lines)
            case .list(let inner) where !inner.isEmpty:
                lines.append(indent + "-")
                emitList(inner, shape: shape.flatMap { model.shape($0.member) }, model: model, indent: indent + "  ",
                         into: &lines)
            default:
                lines.append(indent + "- " + scalar(item))
            }
        }
    }

    private static func comment(for key: String, in shape: ServiceModel.Shape, memberShape: ServiceModel.Shape?) -> String? {
        var components: [String] = []
        if shape.required.contains(key) { components.append("[REQUIRED]") }
        components.append("")  // the documentation's first sentence
        if let values = memberShape?.enumValues, !values.isEmpty {
            components.append("Valid values are: " + values.joined(separator: ", ") + ".")
        }
        let text = components.joined(separator: " ")
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        return "# " + text
    }

    private static func scalar(_ value: Skeleton.Value) -> String {
        switch value {
        case .json(.string(let text)): return quoted(text)
        case .json(.int(let i)): return String(i)
        case .json(.double): return "0.0"
        case .json(.bool(let b)): return b ? "true" : "false"
        case .json(.null): return "!!binary ''"
        case .timestamp: return "1970-01-01 00:00:00"
        case .map: return "{}"
        case .list: return "[]"
        default: return "''"
        }
    }

    /// ruamel's plain style when the text reads back as the same string, else single quotes.
    private static func quoted(_ text: String) -> String {
        let lower = text.lowercased()
        let specials: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        let looksNumeric = Double(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o")
        let indicator = text.first.map { "-?:,[]{}#&*!|>'\"%@`".contains($0) || $0 == " " } ?? true
        let unsafe = text.contains(": ") || text.contains(" #") || text.hasSuffix(" ") || text.hasSuffix(":")
        if specials.contains(lower) || looksNumeric || indicator || unsafe {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return text
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
