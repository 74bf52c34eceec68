import JSONValue
import GoPorts

/// Go's `fmt` renderings of unstructured content (`map[string]interface{}`, `[]interface{}`,
/// `string`, `int64`, `float64`, `bool`, `nil`), which kubectl shows in several places:
/// custom-columns cells (`%v`: `map[app:web]`, `[a b]`, `<nil>`), JSONPath error messages
/// (`%v` of the offending value) and the object dump after a failed template (`%#v`).
///
/// Go prints map keys sorted, whatever order the server sent them in.
enum GoFormat {
    /// Deeper content is cut short rather than risking the stack; kubectl objects never nest
    /// anywhere near this deep, and `JSONParser` already refuses more than 512 levels.
    static let maxDepth = 512

    /// `fmt.Sprint(v)`.
    static func sprint(_ value: JSON) -> String {
        var out = ""
        sprint(value, depth: 0, into: &out)
        return out
    }

    private static func sprint(_ value: JSON, depth: Int, into out: inout String) {
        guard depth < maxDepth else { return }
        switch value {
        case .null: out += "<nil>"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += GoNumbers.formatV(d)
        case .string(let s): out += s
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += " " }
                sprint(item, depth: depth + 1, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "map["
            for (i, pair) in object.sortedPairs.enumerated() {
                if i > 0 { out += " " }
                out += pair.key
                out += ":"
                sprint(pair.value, depth: depth + 1, into: &out)
            }
            out += "]"
        }
    }

    /// `fmt.Sprintf("%#v", v)` for a value held in an `interface{}`.
    static func goSyntax(_ value: JSON) -> String {
        var out = ""
        goSyntax(value, depth: 0, nested: false, into: &out)
        return out
    }

    private static func goSyntax(_ value: JSON, depth: Int, nested: Bool, into out: inout String) {
        guard depth < maxDepth else { return }
        switch value {
        case .null: out += nested ? "interface {}(nil)" : "<nil>"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += GoNumbers.formatV(d)
        case .string(let s): out += quote(s)
        case .array(let items):
            out += "[]interface {}{"
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                goSyntax(item, depth: depth + 1, nested: true, into: &out)
            }
            out += "}"
        case .object(let object):
            out += "map[string]interface {}{"
            for (i, pair) in object.sortedPairs.enumerated() {
                if i > 0 { out += ", " }
                out += quote(pair.key)
                out += ":"
                goSyntax(pair.value, depth: depth + 1, nested: true, into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String) -> String { GoStrconv.quote(s) }

    /// `fmt.Sprintf("%#U", r)`: `U+0023 '#'`, or just `U+0009` when the rune is not printable.
    static func formatRune(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + hex(scalar.value, width: 4).uppercased()
        return isPrint(scalar) ? code + " '" + String(Character(scalar)) + "'" : code
    }

    static func isPrint(_ scalar: Unicode.Scalar) -> Bool { GoStrconv.isPrint(scalar) }

    static func hex(_ value: UInt32, width: Int) -> String { GoStrconv.hex(value, width: width) }
}
