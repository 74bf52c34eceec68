import JSONValue

/// Renders JSON values as Python's `str()`, `repr()` and `json.dumps()` would.
///
/// Python `jmespath` builds its error messages with `'%s' % value` (so `True`, `None`,
/// `{'a': 1}` appear in them) and implements `to_string()` with
/// `json.dumps(value, separators=(',', ':'))` (ASCII-only output). Shipyard must print the same
/// text, so these renderers follow CPython's rules rather than JSON's.
enum PythonText {
    /// Python's `str(value)`: strings are bare, everything else is `repr`.
    static func str(_ value: JSON) -> String {
        if case .string(let s) = value { return s }
        return repr(value)
    }

    /// Python's `repr(value)` for the Python object `json.loads` would have produced.
    static func repr(_ value: JSON) -> String {
        var out = ""
        writeRepr(value, into: &out)
        return out
    }

    /// `str(list_of_strings)`, as in `expected one of: ['array', 'string']`.
    static func reprList(_ items: [String]) -> String {
        "[" + items.map(reprString).joined(separator: ", ") + "]"
    }

    /// What Python prints for a JMESPath expression reference object. The real text carries a memory
    /// address that cannot be reproduced; this keeps its shape.
    static let expressionObject = "<jmespath.visitor._Expression object at 0x7f0000000000>"

    private static func writeRepr(_ value: JSON, into out: inout String) {
        switch value {
        case .null: out += "None"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += String(i)
        case .double(let d): out += reprFloat(d)
        case .string(let s): out += reprString(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                writeRepr(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, (key, member)) in object.pairs.enumerated() {
                if i > 0 { out += ", " }
                out += reprString(key)
                out += ": "
                writeRepr(member, into: &out)
            }
            out += "}"
        }
    }

    /// `repr(float)`: shortest round-trip digits, `inf`/`nan` spelled the Python way.
    static func reprFloat(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return NumberFormat.python(d)
    }

    /// `repr(str)`: single quotes unless the text has a `'` and no `"`; non-printable characters escaped.
    static func reprString(_ s: String) -> String {
        let quote: Unicode.Scalar = s.unicodeScalars.contains("'") && !s.unicodeScalars.contains("\"") ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case quote, "\\":
                out.append("\\")
                out.append(scalar)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append(contentsOf: ("\\x" + hex(scalar.value, width: 2)).unicodeScalars)
                } else if scalar.value < 0x7F || isPrintable(scalar) {
                    out.append(scalar)
                } else if scalar.value <= 0xFF {
                    out.append(contentsOf: ("\\x" + hex(scalar.value, width: 2)).unicodeScalars)
                } else if scalar.value <= 0xFFFF {
                    out.append(contentsOf: ("\\u" + hex(scalar.value, width: 4)).unicodeScalars)
                } else {
                    out.append(contentsOf: ("\\U" + hex(scalar.value, width: 8)).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// `str.isprintable()` for one non-ASCII character: everything but separators and "other" categories.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
            .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `json.dumps(value, separators=(',', ':'))` with Python's default `ensure_ascii=True`.
    static func jsonDumps(_ value: JSON) -> String {
        var out = ""
        writeJSON(value, into: &out)
        return out
    }

    private static func writeJSON(_ value: JSON, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += NumberFormat.python(d)  // NaN, Infinity, -Infinity as Python writes them
        case .string(let s): writeJSONString(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                writeJSON(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, (key, member)) in object.pairs.enumerated() {
                if i > 0 { out += "," }
                writeJSONString(key, into: &out)
                out += ":"
                writeJSON(member, into: &out)
            }
            out += "}"
        }
    }

    /// A JSON string with everything outside printable ASCII escaped, astral characters as surrogate pairs.
    static func writeJSONString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                let v = scalar.value
                if v >= 0x20 && v < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else if v <= 0xFFFF {
                    out += "\\u" + hex(v, width: 4)
                } else {
                    let offset = v - 0x10000
                    out += "\\u" + hex(0xD800 + (offset >> 10), width: 4)
                    out += "\\u" + hex(0xDC00 + (offset & 0x3FF), width: 4)
                }
            }
        }
        out += "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
