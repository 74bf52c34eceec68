/// A decoded YAML scalar as go-yaml v2 hands it to sigs.k8s.io/yaml (a Go `interface{}`).
enum GoScalar {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case string(String)
}

/// go-yaml v2's scalar decoding into `interface{}`: quoted scalars are strings, plain ones are
/// resolved by YAML 1.1 rules, explicit standard tags must agree with the text (`!!int abc`
/// fails, `!!float 3` becomes 3.0), unknown tags keep the text, `!!binary` is base64.
enum ScalarDecoding {
    private static let prefix = "tag:yaml.org,2002:"

    static func decode(_ node: NodeTree.Node) throws(YAMLError) -> GoScalar {
        guard let tag = node.tag, !tag.isEmpty else {
            if !node.plainImplicit { return .string(node.value) }
            return value(of: ScalarResolver.resolve(node.value), text: node.value)
        }
        switch tag {
        case prefix + "str":
            return .string(node.value)
        case prefix + "binary":
            guard let bytes = Base64.decode(node.value) else {
                throw YAMLError(message: "yaml: !!binary value contains invalid base64 data")
            }
            return .string(GoStrings.fromBytes(bytes))
        case prefix + "bool", prefix + "int", prefix + "float", prefix + "null", prefix + "timestamp":
            let resolved = ScalarResolver.resolve(node.value, checkTimestamp: tag == prefix + "timestamp")
            let resolvedTag = tagName(of: resolved)
            if resolvedTag == tag { return value(of: resolved, text: node.value) }
            if tag == prefix + "float" {
                if case .int(let i) = resolved { return .float(Double(i)) }
                if case .uint(let u) = resolved { return .float(Double(u)) }
            }
            throw YAMLError(message: "yaml: cannot decode \(short(resolvedTag)) `\(node.value)` as a \(short(tag))")
        default:
            // Tags go-yaml cannot resolve (custom ones, `!`) leave the text as a string.
            return .string(node.value)
        }
    }

    private static func value(of resolved: ResolvedScalar, text: String) -> GoScalar {
        switch resolved {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .float(let d): return .float(d)
        // Timestamps stay strings when decoding into interface{} (go-yaml's compatibility rule).
        case .timestamp, .string: return .string(text)
        }
    }

    private static func tagName(of resolved: ResolvedScalar) -> String {
        switch resolved {
        case .null: return prefix + "null"
        case .bool: return prefix + "bool"
        case .int, .uint: return prefix + "int"
        case .float: return prefix + "float"
        case .timestamp: return prefix + "timestamp"
        case .string: return prefix + "str"
        }
    }

    static func short(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}

/// Go's `base64.StdEncoding.DecodeString`: padded standard alphabet, CR and LF ignored.
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        var padding = 0
        for c in text.utf8 {
            if c == 0x0A || c == 0x0D { continue }
            if c == UInt8(ascii: "=") {
                padding += 1
                values.append(0)
                continue
            }
            if padding > 0 { return nil }
            guard let v = sextet(c) else { return nil }
            values.append(v)
        }
        guard values.count % 4 == 0, padding <= 2 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i < values.count {
            let n = (UInt32(values[i]) << 18) | (UInt32(values[i + 1]) << 12) | (UInt32(values[i + 2]) << 6)
                | UInt32(values[i + 3])
            out.append(UInt8((n >> 16) & 0xFF))
            out.append(UInt8((n >> 8) & 0xFF))
            out.append(UInt8(n & 0xFF))
            i += 4
        }
        out.removeLast(padding)
        return out
    }

    private static func sextet(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return c - 65
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return c - 71
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c + 4
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}

/// Go strings are bytes; Go's JSON encoder writes each byte of invalid UTF-8 as U+FFFD.
enum GoStrings {
    static func fromBytes(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            let width = b0 < 0x80 ? 1 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0
            if width > 0, i + width <= bytes.count,
                let s = String(validating: bytes[i..<i + width], as: UTF8.self), s.unicodeScalars.count == 1
            {
                out.append(contentsOf: s.unicodeScalars)
                i += width
            } else {
                out.append("\u{FFFD}")
                i += 1
            }
        }
        return String(out)
    }
}
