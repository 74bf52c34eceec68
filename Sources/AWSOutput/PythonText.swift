import JSONValue

/// How Python spells JSON values, because aws-cli's text and table printers call `str()` on
/// whatever the response holds.
///
/// `str()` of a string is the string itself; of everything else it is `repr()`: `True`,
/// `None`, `1.5`, `['a', 'b']`, `{'k': 1}`. Containers do reach `str()` in real output, e.g. a
/// key that is a scalar in one list element and a list in another.
enum PythonText {
    /// Python's `str(value)` for a value decoded by `json.loads`.
    static func str(_ value: JSON) -> String {
        if case .string(let s) = value { return s }
        return repr(value)
    }

    /// Python's `repr(value)`.
    static func repr(_ value: JSON) -> String {
        switch value {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return float(d)
        case .string(let s): return stringRepr(s)
        case .array(let items):
            return "[" + items.map(repr).joined(separator: ", ") + "]"
        case .object(let object):
            let members = object.pairs.map { stringRepr($0.key) + ": " + repr($0.value) }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    /// `repr(float)`: shortest round-trip digits, as `NumberFormat.python`, but with Python's
    /// own names for the non-finite values (JSON's `NaN`/`Infinity` are a `json` module choice).
    static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return NumberFormat.python(d)
    }

    /// The Python class name of a decoded value, as exception messages spell it.
    static func typeName(_ value: JSON) -> String {
        switch value {
        case .null: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float"
        case .string: return "str"
        case .array: return "list"
        case .object: return "dict"
        }
    }

    /// Python truthiness: `None`, `False`, zero and empty strings/containers are false.
    static func isTruthy(_ value: JSON) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let object): return !object.isEmpty
        }
    }

    /// aws-cli's notion of a scalar: anything that is not a list or a dict.
    static func isScalar(_ value: JSON) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    /// Python's `sorted()` on strings compares code points, which is UTF-8 byte order.
    static func sortedStrings(_ strings: [String]) -> [String] {
        strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `repr(str)`: single quotes unless the text has `'` and no `"`; backslash escapes for
    /// the quote, `\\`, `\t`, `\n`, `\r` and for characters Python deems unprintable.
    static func stringRepr(_ s: String) -> String {
        let quote: Unicode.Scalar = (s.contains("'") && !s.contains("\"")) ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case quote, "\\": out += "\\" + String(scalar)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    out += "\\U" + hex(scalar.value, digits: 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `str.isprintable()` for one character: everything except the categories Cc, Cf, Cs, Co,
    /// Cn, Zl, Zp and Zs, with the ASCII space allowed. Swift's Unicode tables stand in for
    /// Python's `unicodedata`; they may differ for code points assigned in between versions.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
            .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex(_ value: UInt32, digits: Int, uppercase: Bool = false) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
