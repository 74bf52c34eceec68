/// Go's `strconv.ParseInt`, `ParseUint` (base 0) and `ParseFloat` syntax, as the template
/// parser applies them to number literals: `0x`, `0o`, `0b` and leading-`0` octal prefixes,
/// `_` between digits, hex floats with a `p` exponent. Nil means Go's parse failed (syntax or
/// range), which is all the template parser looks at.
enum GoParseNumber {
    /// `strconv.ParseUint(s, 0, 64)`.
    static func parseUint(_ s: String) -> UInt64? {
        var chars = Array(s.utf8)
        guard !chars.isEmpty else { return nil }
        let (base, digitsStart) = prefix(chars)
        if chars.contains(UInt8(ascii: "_")) {
            guard underscoreOK(chars) else { return nil }
            chars.removeAll { $0 == UInt8(ascii: "_") }
            return parseUint(String(decoding: chars, as: UTF8.self))
        }
        let digits = chars[digitsStart...]
        guard !digits.isEmpty || (base == 8 && digitsStart == 1) else { return nil }
        var value: UInt64 = 0
        for c in digits {
            guard let d = digitValue(c), d < base else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: UInt64(base))
            let (plus, overflow2) = times.addingReportingOverflow(UInt64(d))
            if overflow1 || overflow2 { return nil }
            value = plus
        }
        return value
    }

    /// `strconv.ParseInt(s, 0, 64)`.
    static func parseInt(_ s: String) -> Int64? {
        var rest = Substring(s)
        var negative = false
        if let first = rest.first, first == "+" || first == "-" {
            negative = first == "-"
            rest = rest.dropFirst()
        }
        guard let magnitude = parseUint(String(rest)) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseFloat(s, 64)`, without the `inf`/`nan` spellings (a template lexes those
    /// as identifiers). Out-of-range values fail, as Go reports them with an error.
    static func parseFloat(_ s: String) -> Double? {
        var chars = Array(s.utf8)
        guard !chars.isEmpty else { return nil }
        if chars.contains(UInt8(ascii: "_")) {
            guard underscoreOK(chars) else { return nil }
            chars.removeAll { $0 == UInt8(ascii: "_") }
        }
        var i = 0
        if chars[0] == UInt8(ascii: "+") || chars[0] == UInt8(ascii: "-") { i = 1 }
        let hex = chars.count > i + 1 && chars[i] == UInt8(ascii: "0") && (chars[i + 1] | 0x20) == UInt8(ascii: "x")
        if hex { i += 2 }
        var sawDigits = false
        var sawDot = false
        while i < chars.count {
            let c = chars[i]
            if c == UInt8(ascii: ".") && !sawDot {
                sawDot = true
            } else if let d = digitValue(c), d < (hex ? 16 : 10) {
                sawDigits = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigits else { return nil }
        if i < chars.count {
            let marker = chars[i] | 0x20
            guard marker == (hex ? UInt8(ascii: "p") : UInt8(ascii: "e")) else { return nil }
            i += 1
            if i < chars.count && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) { i += 1 }
            let expStart = i
            while i < chars.count, chars[i] >= 48, chars[i] <= 57 { i += 1 }
            guard i > expStart, i == chars.count else { return nil }
        } else if hex {
            return nil  // a hexadecimal mantissa requires a 'p' exponent
        }
        guard let value = Double(String(decoding: chars, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// The base a literal's prefix selects and where its digits start.
    private static func prefix(_ chars: [UInt8]) -> (base: UInt8, digitsStart: Int) {
        guard chars.count >= 1, chars[0] == UInt8(ascii: "0") else { return (10, 0) }
        guard chars.count >= 2 else { return (10, 0) }
        switch chars[1] | 0x20 {
        case UInt8(ascii: "x"): return (16, 2)
        case UInt8(ascii: "o"): return (8, 2)
        case UInt8(ascii: "b"): return (2, 2)
        default: return (8, 1)
        }
    }

    private static func digitValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 97...122: return c - 87
        case 65...90: return c - 55
        default: return nil
        }
    }

    /// Go's `underscoreOK`: underscores only between digits, or between a base prefix and a digit.
    private static func underscoreOK(_ s: [UInt8]) -> Bool {
        var saw = UInt8(ascii: "^")
        var i = 0
        var chars = s[...]
        if let first = chars.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { chars = chars.dropFirst() }
        let body = Array(chars)
        var hex = false
        if body.count >= 2, body[0] == UInt8(ascii: "0"),
            [UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "x")].contains(body[1] | 0x20)
        {
            i = 2
            saw = UInt8(ascii: "0")
            hex = (body[1] | 0x20) == UInt8(ascii: "x")
        }
        while i < body.count {
            let c = body[i]
            let lower = c | 0x20
            if (c >= 48 && c <= 57) || (hex && lower >= 97 && lower <= 102) {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }
}
