/// Renders `JSON` as text the way a particular real tool does.
///
/// kubectl is written in Go and prints with `encoding/json` (HTML-safe escapes, Go's float
/// format); aws-cli is Python and prints with `json.dumps(..., ensure_ascii=False)`. The
/// layout of indented output is the same in both; escapes and numbers are not.
public struct JSONWriter: Sendable {
    public enum Dialect: Sendable {
        /// Go's `encoding/json`, as kubectl and the Kubernetes API server write it.
        case go
        /// Python's `json` module with `ensure_ascii=False`, as aws-cli writes it.
        case python
        /// AWS services' own documents (CloudTrail's event records): Go's separators, only the
        /// escapes JSON requires, Python's numbers.
        case aws
    }

    public var dialect: Dialect
    /// Spaces per nesting level; `nil` writes compact text on one line.
    public var indent: Int?

    public init(dialect: Dialect, indent: Int? = nil) {
        self.dialect = dialect
        self.indent = indent
    }

    /// kubectl `-o json` and the API server's indented form.
    public static let kubectl = JSONWriter(dialect: .go, indent: 4)
    /// Go's `json.Marshal`: compact, as in the last-applied-configuration annotation.
    public static let goCompact = JSONWriter(dialect: .go)
    /// aws-cli's `--output json`.
    public static let awsCLI = JSONWriter(dialect: .python, indent: 4)
    /// An AWS service's own document, compact: a CloudTrail event record, an EventBridge event.
    public static let cloudTrail = JSONWriter(dialect: .aws)

    public func write(_ value: JSON) -> String {
        var out = ""
        write(value, level: 0, into: &out)
        return out
    }

    private func write(_ value: JSON, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += dialect == .go ? NumberFormat.go(d) : NumberFormat.python(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += separator }
                newline(level + 1, into: &out)
                write(item, level: level + 1, into: &out)
            }
            newline(level, into: &out)
            out += "]"
        case .object(let object):
            if object.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, (key, member)) in object.pairs.enumerated() {
                if i > 0 { out += separator }
                newline(level + 1, into: &out)
                writeString(key, into: &out)
                out += keySeparator
                write(member, level: level + 1, into: &out)
            }
            newline(level, into: &out)
            out += "}"
        }
    }

    private var separator: String {
        // Python's compact default is ", "; with an indent it is ","; Go never adds a space.
        (dialect == .python && indent == nil) ? ", " : ","
    }

    private var keySeparator: String {
        (dialect == .python || indent != nil) ? ": " : ":"
    }

    private func newline(_ level: Int, into out: inout String) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    private func writeString(_ s: String, into out: inout String) {
        out += "\""
        if needsEscapes(s) {
            for scalar in s.unicodeScalars { writeEscaped(scalar, into: &out) }
        } else {
            out += s
        }
        out += "\""
    }

    /// Whether any byte of `s` may need an escape: most strings need none and are copied whole.
    /// 0xE2 begins U+2028 and U+2029, which Go escapes.
    private func needsEscapes(_ s: String) -> Bool {
        let go = dialect == .go
        for byte in s.utf8 {
            switch byte {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"): return true
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0xE2: if go { return true }
            default: continue
            }
        }
        return false
    }

    private func writeEscaped(_ scalar: Unicode.Scalar, into out: inout String) {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        default:
            // Go's encoder also escapes what would end a script in HTML.
            let htmlUnsafe = ["<", ">", "&", "\u{2028}", "\u{2029}"].contains(scalar)
            if scalar.value < 0x20 || (dialect == .go && htmlUnsafe) {
                out += "\\u" + hex4(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// Shortest round-trip formatting of doubles in Go's and Python's styles.
public enum NumberFormat {
    /// Python's `repr(float)`: fixed notation for exponents -4 < e <= 16, with a trailing `.0`.
    public static func python(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        let (negative, digits, point) = decompose(d)
        let sign = negative ? "-" : ""
        if point > -4 && point <= 16 {
            return sign + fixed(digits, point, minimumFraction: 1)
        }
        return sign + scientific(digits, point, minimumExponentDigits: 2)
    }

    /// Go's `encoding/json` float format: fixed for 1e-6 <= |d| < 1e21, else exponent form.
    public static func go(_ d: Double) -> String {
        if !d.isFinite { return "null" }
        let (negative, digits, point) = decompose(d)
        let sign = negative ? "-" : ""
        let magnitude = abs(d)
        if magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21) {
            return sign + fixed(digits, point, minimumFraction: 0)
        }
        return sign + scientific(digits, point, minimumExponentDigits: 1)
    }

    /// Splits a double into its shortest round-trip decimal digits and the position of the
    /// decimal point: the value is `0.DIGITS × 10^point`.
    static func decompose(_ d: Double) -> (negative: Bool, digits: [UInt8], point: Int) {
        if d == 0 { return (d.sign == .minus, [0], 1) }
        var text = Array(abs(d).description.utf8)  // Swift prints the shortest round-trip digits
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
            text = Array(text[..<e])
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for c in text {
            if c == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            digits.append(c - 48)
            if !seenPoint { point += 1 }
        }
        while digits.first == 0, digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == 0, digits.count > 1 { digits.removeLast() }
        return (d < 0, digits, point + exponent)
    }

    static func fixed(_ digits: [UInt8], _ point: Int, minimumFraction: Int) -> String {
        var integer = ""
        var fraction = ""
        if point <= 0 {
            integer = "0"
            fraction = String(repeating: "0", count: -point) + digits.map(String.init).joined()
        } else {
            for i in 0..<max(point, digits.count) {
                let digit = i < digits.count ? String(digits[i]) : "0"
                if i < point { integer += digit } else { fraction += digit }
            }
        }
        if fraction.allSatisfy({ $0 == "0" }) { fraction = "" }
        if fraction.count < minimumFraction {
            fraction += String(repeating: "0", count: minimumFraction - fraction.count)
        }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    static func scientific(_ digits: [UInt8], _ point: Int, minimumExponentDigits: Int) -> String {
        var mantissa = String(digits[0])
        if digits.count > 1 { mantissa += "." + digits.dropFirst().map(String.init).joined() }
        let exponent = point - 1
        var exponentDigits = String(abs(exponent))
        if exponentDigits.count < minimumExponentDigits {
            exponentDigits = String(repeating: "0", count: minimumExponentDigits - exponentDigits.count)
                + exponentDigits
        }
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits
    }
}
