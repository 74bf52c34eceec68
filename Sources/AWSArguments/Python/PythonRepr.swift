import JSONValue

/// Python's `repr()`, `str()` and `type()` for the values aws-cli handles.
///
/// botocore's validation errors read `value: {param}, type: {type(param)}`, so a bad nested value
/// prints as Python would print it; aws-cli v2 2.27.0 runs on Python 3.13, whose `OrderedDict`
/// repr is `OrderedDict({'a': 1})` (3.11 and older printed `OrderedDict([('a', 1)])`).
public enum PythonRepr {
    /// `str(value)`: strings as they are, everything else as `repr`.
    public static func str(_ value: PythonValue) -> String {
        if case .str(let s) = value { return s }
        return repr(value)
    }

    public static func repr(_ value: PythonValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// `str(type(value))`.
    public static func typeName(_ value: PythonValue) -> String {
        switch value {
        case .none: return "<class 'NoneType'>"
        case .bool: return "<class 'bool'>"
        case .int, .bigInt: return "<class 'int'>"
        case .float: return "<class 'float'>"
        case .str: return "<class 'str'>"
        case .bytes: return "<class 'bytes'>"
        case .list: return "<class 'list'>"
        case .dict(let d): return d.isOrdered ? "<class 'collections.OrderedDict'>" : "<class 'dict'>"
        }
    }

    /// Iterative, so a value nested thousands of levels deep cannot exhaust the stack.
    private static func write(_ value: PythonValue, into out: inout String) {
        enum Work {
            case value(PythonValue)
            case text(String)
        }
        var stack: [Work] = [.value(value)]
        while let work = stack.popLast() {
            switch work {
            case .text(let text):
                out += text
            case .value(let value):
                switch value {
                case .none: out += "None"
                case .bool(let b): out += b ? "True" : "False"
                case .int(let i): out += String(i)
                case .bigInt(let text): out += text
                case .float(let d): out += float(d)
                case .str(let s): out += string(s)
                case .bytes(let b): out += bytes(b)
                case .list(let items):
                    out += "["
                    stack.append(.text("]"))
                    for (i, item) in items.enumerated().reversed() {
                        stack.append(.value(item))
                        if i > 0 { stack.append(.text(", ")) }
                    }
                case .dict(let d):
                    if d.isOrdered && d.isEmpty {
                        out += "OrderedDict()"
                        continue
                    }
                    out += d.isOrdered ? "OrderedDict({" : "{"
                    stack.append(.text(d.isOrdered ? "})" : "}"))
                    for (i, pair) in d.pairs.enumerated().reversed() {
                        stack.append(.value(pair.value))
                        stack.append(.text((i > 0 ? ", " : "") + string(pair.key) + ": "))
                    }
                }
            }
        }
    }

    /// `repr(float)`: shortest round-trip digits, `inf`/`nan` spelled as Python does.
    public static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return NumberFormat.python(d)
    }

    /// `repr(str)`: single quotes unless the text has a single quote and no double quote;
    /// non-printable characters escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    public static func string(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let quote: Unicode.Scalar = (scalars.contains("'") && !scalars.contains("\"")) ? "\"" : "'"
        var out = String(quote)
        for c in scalars {
            switch c {
            case quote, "\\":
                out += "\\"
                out.unicodeScalars.append(c)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\x" + hex(c.value, width: 2)
                } else if c.value < 0x7F || isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else if c.value <= 0xFF {
                    out += "\\x" + hex(c.value, width: 2)
                } else if c.value <= 0xFFFF {
                    out += "\\u" + hex(c.value, width: 4)
                } else {
                    out += "\\U" + hex(c.value, width: 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `repr(bytes)`: `b'...'`, printable ASCII as is, everything else `\xhh`.
    public static func bytes(_ b: [UInt8]) -> String {
        let quote: UInt8 = (b.contains(0x27) && !b.contains(0x22)) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        for c in b {
            switch c {
            case quote, 0x5C:
                out += "\\" + String(UnicodeScalar(c))
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out += String(UnicodeScalar(c))
            default: out += "\\x" + hex(UInt32(c), width: 2)
            }
        }
        out += String(UnicodeScalar(quote))
        return out
    }

    /// Python's `str.isprintable()` for one character: everything except the Unicode "Other"
    /// (Cc, Cf, Cs, Co, Cn) and "Separator" (Zl, Zp, Zs) categories, space excepted.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
