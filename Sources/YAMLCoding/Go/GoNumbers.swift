/// Go's `strconv` number parsing and formatting, as far as go-yaml and sigs.k8s.io/yaml use it.
///
/// The exact accept/reject rules matter: `08` is not an octal int in Go, so go-yaml falls back
/// to reading it as the float 8; `1e400` overflows, so it stays a string. And `-o yaml` prints
/// floats with `FormatFloat(f, 'g', -1, 64)`, which switches to exponent form from 1e+06.
enum GoNumbers {
    /// `strconv.ParseInt(s, 0, 64)`: optional sign, then `0x`/`0o`/`0b`/leading-`0` prefixes.
    static func parseInt(_ s: String) -> Int64? {
        var body = Substring(s)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        guard let magnitude = parseUint(String(body)) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        if magnitude > UInt64(Int64.max) { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseInt(s, radix, 64)` for an explicit radix (no prefixes).
    static func parseInt(_ s: String, radix: Int) -> Int64? {
        guard !s.isEmpty else { return nil }
        var body = Substring(s)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty, let magnitude = parseDigits(Array(body.utf8), radix: UInt64(radix)) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        if magnitude > UInt64(Int64.max) { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(s, 0, 64)`: no sign allowed.
    static func parseUint(_ s: String) -> UInt64? {
        var bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var radix: UInt64 = 10
        if bytes[0] == UInt8(ascii: "0") {
            let second = bytes.count >= 3 ? bytes[1] | 0x20 : 0
            switch second {
            case UInt8(ascii: "b"):
                radix = 2
                bytes.removeFirst(2)
            case UInt8(ascii: "o"):
                radix = 8
                bytes.removeFirst(2)
            case UInt8(ascii: "x"):
                radix = 16
                bytes.removeFirst(2)
            default:
                radix = 8
                bytes.removeFirst(1)
            }
        }
        return parseDigits(bytes, radix: radix)
    }

    /// `strconv.ParseUint(s, radix, 64)` for an explicit radix.
    static func parseUint(_ s: String, radix: Int) -> UInt64? {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        return parseDigits(bytes, radix: UInt64(radix))
    }

    /// Digits only; an empty run after a prefix is zero, as in Go ("0" is octal 0).
    private static func parseDigits(_ bytes: [UInt8], radix: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for b in bytes {
            let digit: UInt64
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = UInt64(b - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = UInt64(b - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                _ = digits()
            }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }

    /// `strconv.ParseFloat(s, 64)` restricted to the decimal forms go-yaml hands it (it is only
    /// called on text starting with `.` or matching `isYAMLStyleFloat`). Overflow is an error
    /// in Go, underflow is not.
    static func parseFloat(_ s: String) -> Double? {
        guard isYAMLStyleFloat(s) else { return nil }
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// `strconv.FormatFloat(d, 'g', -1, 64)`.
    static func formatG(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        return formatG(shortestDescription: d.magnitude.description, negative: d.sign == .minus)
    }

    /// `strconv.FormatFloat(d, 'g', -1, 32)`: the shortest digits of the float32 nearest to d.
    static func formatG32(_ d: Double) -> String {
        let f = Float(d)
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
        return formatG(shortestDescription: f.magnitude.description, negative: f.sign == .minus)
    }

    /// Lays out shortest round-trip digits (Swift prints the same digits Go's shortest mode
    /// picks) in Go's `%g` shape: exponent form when the exponent is < -4 or >= 6.
    private static func formatG(shortestDescription text: String, negative: Bool) -> String {
        let (digits, point) = decimalDigits(text)
        let sign = negative ? "-" : ""
        let exponent = point - 1
        if digits == [0] { return sign + "0" }
        if exponent < -4 || exponent >= 6 {
            var mantissa = String(digits[0])
            if digits.count > 1 { mantissa += "." + digits.dropFirst().map(String.init).joined() }
            let magnitude = abs(exponent)
            let expDigits = magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + expDigits
        }
        if point <= 0 {
            return sign + "0." + String(repeating: "0", count: -point) + digits.map(String.init).joined()
        }
        var integer = ""
        var fraction = ""
        for i in 0..<max(point, digits.count) {
            let digit = i < digits.count ? String(digits[i]) : "0"
            if i < point { integer += digit } else { fraction += digit }
        }
        return sign + (fraction.isEmpty ? integer : integer + "." + fraction)
    }

    /// Splits Swift's `description` of a non-negative finite number into significant digits and
    /// the decimal point position: the value is `0.DIGITS × 10^point`.
    static func decimalDigits(_ text: String) -> (digits: [Int], point: Int) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            mantissa = text[..<e]
        }
        var digits: [Int] = []
        var point = 0
        var seenPoint = false
        for c in mantissa {
            if c == "." {
                seenPoint = true
                continue
            }
            guard let v = c.wholeNumberValue else { continue }
            digits.append(v)
            if !seenPoint { point += 1 }
        }
        while digits.count > 1, digits.first == 0 {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { digits = [0] }
        return (digits, point + exponent)
    }
}
