/// Which plain scalars a YAML 1.2 reader would take for something other than a string.
///
/// aws-cli v2 dumps with ruamel.yaml's `YAML(typ='safe')`, whose resolver applies YAML 1.2
/// rules by default (`ruamel/yaml/resolver.py`, the `(1, 2)` entries of
/// `implicit_resolvers`). A string that matches one of them cannot be written plain, so the
/// emitter single-quotes it: `'true'`, `'123'`, `'1e3'`, `'2020-01-01'`, `'null'`, `''`, `'~'`.
/// YAML 1.1-only forms stay plain: `yes`, `no`, `on`, `off`, `y`, `12:30`.
///
/// The rules are hand-written matchers for these regular expressions, checked against the
/// oracle: bool `true|True|TRUE|false|False|FALSE`; null `~|null|Null|NULL|` (empty);
/// int `[-+]?0b[01_]+ | [-+]?0o?[0-7_]+ | [-+]?[0-9_]+ | [-+]?0x[0-9a-fA-F_]+`;
/// float `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)? | [-+]?[0-9][0-9_]*[eE][-+]?[0-9]+ |
/// [-+]?\.[0-9_]+([eE][-+][0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`;
/// timestamp `YYYY-MM-DD` or `YYYY-M-D(T|t|blanks)H:MM:SS(.frac)?(blanks?(Z|±H(:MM)?))?`;
/// merge `<<`; value `=`; and the single characters `!`, `&`, `*`.
enum YAMLImplicitTypes {
    /// True when the resolver would give `value` a tag other than `str`.
    ///
    /// ruamel picks the candidate rules by the first character (an empty string only meets
    /// the null rule), then matches with Python's `re`, whose `$` also matches before one
    /// final newline.
    static func resolvesToNonString(_ value: String) -> Bool {
        var chars = Array(value.unicodeScalars)
        guard let first = chars.first else { return true }  // '' is null
        if chars.last == "\n" { chars.removeLast() }
        switch first {
        case "t", "T", "f", "F": return isBool(chars)
        case "0"..."9": return isFloat(chars) || isInt(chars) || isTimestamp(chars)
        case "-", "+": return isFloat(chars) || isInt(chars)
        case ".": return isFloat(chars)
        case "~", "n", "N": return isNull(chars)
        case "<", "=", "!", "&", "*": return isSpecial(chars)
        default: return false
        }
    }

    private static func text(_ chars: [Unicode.Scalar]) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: chars)
        return s
    }

    static func isBool(_ c: [Unicode.Scalar]) -> Bool {
        ["true", "True", "TRUE", "false", "False", "FALSE"].contains(text(c))
    }

    static func isNull(_ c: [Unicode.Scalar]) -> Bool {
        ["~", "null", "Null", "NULL", ""].contains(text(c))
    }

    static func isSpecial(_ c: [Unicode.Scalar]) -> Bool {
        ["<<", "=", "!", "&", "*"].contains(text(c))
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private static func isSign(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "+" }

    /// Index after an optional sign.
    private static func afterSign(_ c: [Unicode.Scalar]) -> Int {
        if let first = c.first, isSign(first) { return 1 }
        return 0
    }

    /// True when every character from `start` on is in `allowed` and there is at least one.
    private static func all(_ c: [Unicode.Scalar], from start: Int, _ allowed: (Unicode.Scalar) -> Bool) -> Bool {
        start < c.count && c[start...].allSatisfy(allowed)
    }

    static func isInt(_ c: [Unicode.Scalar]) -> Bool {
        let s = afterSign(c)
        let rest = Array(c[s...])
        if rest.count >= 2, rest[0] == "0", rest[1] == "b",
            all(rest, from: 2, { $0 == "0" || $0 == "1" || $0 == "_" })
        {
            return true
        }
        if rest.count >= 2, rest[0] == "0", rest[1] == "x",
            all(rest, from: 2, { isDigit($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) || $0 == "_" })
        {
            return true
        }
        if rest.count >= 2, rest[0] == "0", rest[1] == "o",
            all(rest, from: 2, { ("0"..."7").contains($0) || $0 == "_" })
        {
            return true
        }
        // `0[0-7_]+` is covered by the plain decimal form below.
        return all(rest, from: 0, { isDigit($0) || $0 == "_" })
    }

    static func isFloat(_ c: [Unicode.Scalar]) -> Bool {
        let s = afterSign(c)
        let rest = Array(c[s...])
        guard let first = rest.first else { return false }
        if first == "." {
            let tail = text(Array(rest.dropFirst()))
            if ["inf", "Inf", "INF"].contains(tail) { return true }
            if s == 0 && ["nan", "NaN", "NAN"].contains(tail) { return true }
            // \.[0-9_]+ ([eE][-+][0-9]+)?
            var i = 1
            while i < rest.count, isDigit(rest[i]) || rest[i] == "_" { i += 1 }
            if i == 1 { return false }
            if i == rest.count { return true }
            return exponent(rest, from: i, signRequired: true)
        }
        guard isDigit(first) else { return false }
        var i = 1
        while i < rest.count, isDigit(rest[i]) || rest[i] == "_" { i += 1 }
        if i < rest.count, rest[i] == "." {
            i += 1
            while i < rest.count, isDigit(rest[i]) || rest[i] == "_" { i += 1 }
            if i == rest.count { return true }
            return exponent(rest, from: i, signRequired: false)
        }
        guard i < rest.count else { return false }  // digits only: an int, not a float
        return exponent(rest, from: i, signRequired: false)
    }

    /// `[eE][-+]?[0-9]+` (sign mandatory when `signRequired`) running to the end.
    private static func exponent(_ c: [Unicode.Scalar], from start: Int, signRequired: Bool) -> Bool {
        guard start < c.count, c[start] == "e" || c[start] == "E" else { return false }
        var i = start + 1
        if i < c.count, isSign(c[i]) {
            i += 1
        } else if signRequired {
            return false
        }
        return all(c, from: i, isDigit)
    }

    static func isTimestamp(_ c: [Unicode.Scalar]) -> Bool {
        var i = 0
        func digits(_ minimum: Int, _ maximum: Int) -> Bool {
            var n = 0
            while n < maximum, i < c.count, isDigit(c[i]) {
                i += 1
                n += 1
            }
            return n >= minimum
        }
        func literal(_ ch: Unicode.Scalar) -> Bool {
            guard i < c.count, c[i] == ch else { return false }
            i += 1
            return true
        }
        // Date only: exactly YYYY-MM-DD.
        if c.count == 10 {
            i = 0
            if digits(4, 4), literal("-"), digits(2, 2), literal("-"), digits(2, 2), i == c.count { return true }
        }
        i = 0
        guard digits(4, 4), literal("-"), digits(1, 2), literal("-"), digits(1, 2) else { return false }
        // Separator: T, t, or one or more blanks.
        if i < c.count, c[i] == "T" || c[i] == "t" {
            i += 1
        } else {
            let start = i
            while i < c.count, c[i] == " " || c[i] == "\t" { i += 1 }
            if i == start { return false }
        }
        guard digits(1, 2), literal(":"), digits(2, 2), literal(":"), digits(2, 2) else { return false }
        if i < c.count, c[i] == "." {
            i += 1
            while i < c.count, isDigit(c[i]) { i += 1 }
        }
        if i == c.count { return true }
        while i < c.count, c[i] == " " || c[i] == "\t" { i += 1 }
        if literal("Z") { return i == c.count }
        guard i < c.count, isSign(c[i]) else { return false }
        i += 1
        guard digits(1, 2) else { return false }
        if i == c.count { return true }
        guard literal(":"), digits(2, 2) else { return false }
        return i == c.count
    }
}
