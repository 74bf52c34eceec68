import JSONValue

/// Python's number rules where they show through JMESPath: exact int/float comparison, and the
/// `int(text)` / `float(text)` conversions behind `to_number()`.
///
/// Python compares `int` and `float` exactly (2**53 + 1 > 2.0**53) and keeps them apart in results,
/// and aws-cli prints `1` and `1.0` differently, so a plain `Double` would change output.
enum PythonNumbers {
    /// Three-way exact comparison of two numbers; nil if either is not a number or NaN is involved.
    static func compare(_ a: JSON, _ b: JSON) -> Int? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.double(x), .double(y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case let (.int(x), .double(y)): return compare(x, y)
        case let (.double(x), .int(y)): return compare(y, x).map { -$0 }
        default: return nil
        }
    }

    /// Sign of `i - d`, computed without rounding `i` to a double.
    static func compare(_ i: Int, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d >= 9_223_372_036_854_775_808.0 { return -1 }  // 2^63: above every Int
        if d < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = d.rounded(.towardZero)
        guard let truncated = Int(exactly: whole) else { return nil }
        if i != truncated { return i < truncated ? -1 : 1 }
        let fraction = d - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// Python's `str.isspace()` for one character: Unicode White_Space plus the ASCII separators
    /// U+001C...U+001F that Python also counts.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// `int(text)` then, failing that, `float(text)`, as `to_number()` does; nil when both fail.
    /// Python accepts surrounding whitespace, a sign, `_` between digits, any Unicode decimal digits,
    /// and for floats `inf`, `infinity` and `nan` in any case.
    static func number(from text: String) -> JSON? {
        var normalized = ""
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                normalized.append(" ")
            } else if scalar.value > 0x7F, scalar.properties.numericType == .decimal,
                let digit = scalar.properties.numericValue, let ascii = Unicode.Scalar(48 + UInt32(digit))
            {
                normalized.unicodeScalars.append(ascii)
            } else {
                normalized.unicodeScalars.append(scalar)
            }
        }
        let trimmed = Array(normalized.utf8.drop(while: { $0 == 32 }).reversed().drop(while: { $0 == 32 }).reversed())
        guard !trimmed.isEmpty else { return nil }
        var body = trimmed[...]
        var sign = ""
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            if first == UInt8(ascii: "-") { sign = "-" }
            body = body.dropFirst()
        }
        if let digits = digitRun(body), digits.count == body.count {
            let clean = sign + String(decoding: digits.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            if let value = Int(clean) { return .int(value) }
            return Double(clean).map(JSON.double)  // beyond Int: Python keeps a big int; this is the nearest double
        }
        return float(body, sign: sign)
    }

    /// The rest of `float(text)` after the sign: special words or a decimal with optional exponent.
    private static func float(_ body: ArraySlice<UInt8>, sign: String) -> JSON? {
        let word = String(decoding: body, as: UTF8.self).lowercased()
        switch word {
        case "inf", "infinity": return .double(sign == "-" ? -.infinity : .infinity)
        case "nan": return .double(.nan)
        default: break
        }
        var rest = body
        var mantissa = ""
        if let whole = digitRun(rest) {
            mantissa += String(decoding: whole.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            rest = rest.dropFirst(whole.count)
        }
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            mantissa += "."
            if let fraction = digitRun(rest) {
                mantissa += String(decoding: fraction.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
                rest = rest.dropFirst(fraction.count)
            }
        }
        guard mantissa.contains(where: \.isNumber) else { return nil }
        var exponent = ""
        if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            exponent = "e"
            if let s = rest.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
                exponent += String(UnicodeScalar(s))
                rest = rest.dropFirst()
            }
            guard let digits = digitRun(rest) else { return nil }
            exponent += String(decoding: digits.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            rest = rest.dropFirst(digits.count)
        }
        guard rest.isEmpty else { return nil }
        if mantissa.hasPrefix(".") { mantissa = "0" + mantissa }
        if mantissa.hasSuffix(".") { mantissa += "0" }
        return Double(sign + mantissa + exponent).map(JSON.double)
    }

    /// The longest prefix of the form `digit (_? digit)*`, or nil if it does not start with a digit.
    private static func digitRun(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        guard let first = bytes.first, isDigit(first) else { return nil }
        var end = bytes.startIndex + 1
        while end < bytes.endIndex {
            if isDigit(bytes[end]) {
                end += 1
            } else if bytes[end] == UInt8(ascii: "_"), end + 1 < bytes.endIndex, isDigit(bytes[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return bytes[bytes.startIndex..<end]
    }
}
