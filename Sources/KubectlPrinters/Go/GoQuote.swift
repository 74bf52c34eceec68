/// Go's `strconv` quoting and unquoting over raw bytes, as Go templates use them: string
/// literals in a template are unquoted with `strconv.Unquote`, character constants with
/// `UnquoteChar`, and `%q` and parse errors quote with `Quote`.
enum GoQuote {
    struct SyntaxError: Error {}

    private static let lowerhex = Array("0123456789abcdef".utf8)

    /// `strconv.Quote`: printable runes stay, the rest become Go escapes, bad bytes `\xNN`.
    static func quote(_ s: [UInt8], asciiOnly: Bool = false) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        var i = 0
        while i < s.count {
            let (rune, width) = GoUTF8.decode(s, at: i)
            if width == 1 && rune == GoUTF8.runeError && s[i] >= 0x80 {
                out += Array("\\x".utf8) + [lowerhex[Int(s[i] >> 4)], lowerhex[Int(s[i] & 0xF)]]
            } else {
                appendEscaped(rune, quote: UInt8(ascii: "\""), asciiOnly: asciiOnly, into: &out)
            }
            i += max(width, 1)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    static func quote(_ s: String) -> String { quote(Array(s.utf8)) }

    /// `strconv.QuoteRune` (`QuoteRuneToASCII` when `asciiOnly`).
    static func quoteRune(_ rune: UInt32, asciiOnly: Bool = false) -> [UInt8] {
        let r = (rune > 0x10FFFF || (0xD800...0xDFFF).contains(rune)) ? GoUTF8.runeError : rune
        var out: [UInt8] = [UInt8(ascii: "'")]
        appendEscaped(r, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly, into: &out)
        out.append(UInt8(ascii: "'"))
        return out
    }

    private static func appendEscaped(_ r: UInt32, quote: UInt8, asciiOnly: Bool, into out: inout [UInt8]) {
        if r == UInt32(quote) || r == 0x5C {
            out.append(0x5C)
            out += GoUTF8.encode(r)
            return
        }
        if asciiOnly {
            if r < 0x80 && GoUnicode.isPrint(r) {
                out.append(UInt8(r))
                return
            }
        } else if GoUnicode.isPrint(r) {
            out += GoUTF8.encode(r)
            return
        }
        switch r {
        case 0x07: out += Array("\\a".utf8)
        case 0x08: out += Array("\\b".utf8)
        case 0x0C: out += Array("\\f".utf8)
        case 0x0A: out += Array("\\n".utf8)
        case 0x0D: out += Array("\\r".utf8)
        case 0x09: out += Array("\\t".utf8)
        case 0x0B: out += Array("\\v".utf8)
        default:
            if r < 0x20 || r == 0x7F {
                out += Array("\\x".utf8) + [lowerhex[Int(r >> 4)], lowerhex[Int(r & 0xF)]]
            } else if r < 0x10000 {
                out += Array(("\\u" + GoFormat.hex(r, width: 4)).utf8)
            } else {
                out += Array(("\\U" + GoFormat.hex(r, width: 8)).utf8)
            }
        }
    }

    /// `strconv.CanBackquote`: whether `%#q` may use a raw string.
    static func canBackquote(_ s: [UInt8]) -> Bool {
        var i = 0
        while i < s.count {
            let (rune, width) = GoUTF8.decode(s, at: i)
            i += max(width, 1)
            if width > 1 {
                if rune == 0xFEFF { return false }
                continue
            }
            if rune == GoUTF8.runeError { return false }
            if (rune < 0x20 && rune != 0x09) || rune == 0x60 || rune == 0x7F { return false }
        }
        return true
    }

    /// `strconv.Unquote` of a template string literal (double-quoted or raw).
    static func unquote(_ s: [UInt8]) throws(SyntaxError) -> [UInt8] {
        guard s.count >= 2, let quote = s.first, s.last == quote else { throw SyntaxError() }
        let body = Array(s[1..<(s.count - 1)])
        if quote == UInt8(ascii: "`") {
            if body.contains(UInt8(ascii: "`")) { throw SyntaxError() }
            return body.filter { $0 != 0x0D }  // raw strings drop carriage returns
        }
        guard quote == UInt8(ascii: "\"") else { throw SyntaxError() }
        if !body.contains(0x5C) && !body.contains(0x0A) && GoUTF8.isValid(body) {
            if body.contains(quote) { throw SyntaxError() }
            return body
        }
        var out: [UInt8] = []
        var rest = body[...]
        while !rest.isEmpty {
            if rest.first == 0x0A { throw SyntaxError() }
            let (value, multibyte, tail) = try unquoteChar(rest, quote: quote)
            if !multibyte || value < 0x80 {
                out.append(UInt8(truncatingIfNeeded: value))  // \xNN and octal escapes are single bytes
            } else {
                out += GoUTF8.encode(value)
            }
            rest = tail
        }
        return out
    }

    /// `strconv.UnquoteChar`: the first character of `s` (escape sequences decoded), whether it
    /// needs UTF-8 encoding, and the rest.
    static func unquoteChar(_ s: ArraySlice<UInt8>, quote: UInt8) throws(SyntaxError)
        -> (value: UInt32, multibyte: Bool, tail: ArraySlice<UInt8>)
    {
        guard let c = s.first else { throw SyntaxError() }
        if c == quote && (quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"")) { throw SyntaxError() }
        if c >= 0x80 {
            let bytes = Array(s.prefix(4))
            let (rune, width) = GoUTF8.decode(bytes, at: 0)
            return (rune, true, s.dropFirst(max(width, 1)))
        }
        if c != 0x5C { return (UInt32(c), false, s.dropFirst()) }
        guard s.count > 1 else { throw SyntaxError() }
        let escape = s[s.startIndex + 1]
        var rest = s.dropFirst(2)
        switch escape {
        case UInt8(ascii: "a"): return (0x07, false, rest)
        case UInt8(ascii: "b"): return (0x08, false, rest)
        case UInt8(ascii: "f"): return (0x0C, false, rest)
        case UInt8(ascii: "n"): return (0x0A, false, rest)
        case UInt8(ascii: "r"): return (0x0D, false, rest)
        case UInt8(ascii: "t"): return (0x09, false, rest)
        case UInt8(ascii: "v"): return (0x0B, false, rest)
        case UInt8(ascii: "\\"): return (0x5C, false, rest)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            guard escape == quote else { throw SyntaxError() }
            return (UInt32(escape), false, rest)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = escape == UInt8(ascii: "x") ? 2 : (escape == UInt8(ascii: "u") ? 4 : 8)
            guard rest.count >= n else { throw SyntaxError() }
            var value: UInt32 = 0
            for byte in rest.prefix(n) {
                guard let digit = hexValue(byte) else { throw SyntaxError() }
                value = value << 4 | digit
            }
            rest = rest.dropFirst(n)
            if escape == UInt8(ascii: "x") { return (value, false, rest) }
            guard value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { throw SyntaxError() }
            return (value, true, rest)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = UInt32(escape - 48)
            guard rest.count >= 2 else { throw SyntaxError() }
            for byte in rest.prefix(2) {
                guard byte >= 48, byte <= 55 else { throw SyntaxError() }
                value = value << 3 | UInt32(byte - 48)
            }
            guard value <= 255 else { throw SyntaxError() }
            return (value, false, rest.dropFirst(2))
        default:
            throw SyntaxError()
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 48...57: return UInt32(byte - 48)
        case 97...102: return UInt32(byte - 87)
        case 65...70: return UInt32(byte - 55)
        default: return nil
        }
    }
}
