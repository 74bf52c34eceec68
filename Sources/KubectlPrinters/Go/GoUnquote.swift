/// The unquoting of JSONPath string literals (`{"\n"}`, `'Running'`): client-go's
/// `UnquoteExtend`, which is Go's `strconv.Unquote` escape rules applied to either quote kind.
///
/// This is where `{"\t"}` becomes a tab. Template text outside quotes is never unescaped, so a
/// `\n` typed there prints as backslash-n.
enum GoUnquote {
    /// Returns the unquoted bytes, or nil for Go's `invalid syntax`. Bytes, not a String:
    /// `\xff` yields a raw byte, as in Go.
    static func unquoteExtend(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        guard s.count >= 2, let quote = s.first, s.last == quote else { return nil }
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        var rest = s.dropFirst().dropLast()
        if !rest.contains(UInt8(ascii: "\\")) && !rest.contains(quote) { return Array(rest) }
        var out: [UInt8] = []
        while !rest.isEmpty {
            guard let (bytes, tail) = unquoteChar(rest, quote: quote) else { return nil }
            out += bytes
            rest = tail
        }
        return out
    }

    /// One character of `strconv.UnquoteChar`, already encoded as the bytes it contributes.
    private static func unquoteChar(_ s: ArraySlice<UInt8>, quote: UInt8) -> ([UInt8], ArraySlice<UInt8>)? {
        guard let c = s.first else { return nil }
        if c == quote { return nil }
        if c >= 0x80 {
            let length = UTF8Length.ofLeadByte(c)
            let end = min(s.startIndex + length, s.endIndex)
            return (Array(s[s.startIndex..<end]), s[end...])
        }
        if c != UInt8(ascii: "\\") { return ([c], s.dropFirst()) }
        guard s.count >= 2 else { return nil }
        let escape = s[s.startIndex + 1]
        var rest = s.dropFirst(2)
        switch escape {
        case UInt8(ascii: "a"): return ([0x07], rest)
        case UInt8(ascii: "b"): return ([0x08], rest)
        case UInt8(ascii: "f"): return ([0x0C], rest)
        case UInt8(ascii: "n"): return ([0x0A], rest)
        case UInt8(ascii: "r"): return ([0x0D], rest)
        case UInt8(ascii: "t"): return ([0x09], rest)
        case UInt8(ascii: "v"): return ([0x0B], rest)
        case UInt8(ascii: "\\"): return ([0x5C], rest)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return escape == quote ? ([escape], rest) : nil
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = escape == UInt8(ascii: "x") ? 2 : (escape == UInt8(ascii: "u") ? 4 : 8)
            guard rest.count >= count else { return nil }
            var value: UInt32 = 0
            for byte in rest.prefix(count) {
                guard let digit = hexValue(byte) else { return nil }
                value = value << 4 | digit
            }
            rest = rest.dropFirst(count)
            if escape == UInt8(ascii: "x") { return ([UInt8(truncatingIfNeeded: value)], rest) }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return (Array(String(Character(scalar)).utf8), rest)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard rest.count >= 2 else { return nil }
            var value = UInt32(escape - 48)
            for byte in rest.prefix(2) {
                guard byte >= 48, byte <= 55 else { return nil }
                value = value << 3 | UInt32(byte - 48)
            }
            guard value <= 255 else { return nil }
            return ([UInt8(value)], rest.dropFirst(2))
        default:
            return nil
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

/// UTF-8 sequence lengths, for walking templates byte by byte the way Go's parser does.
enum UTF8Length {
    static func ofLeadByte(_ byte: UInt8) -> Int {
        switch byte {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0..<0xF8: return 4
        default: return 1
        }
    }
}
