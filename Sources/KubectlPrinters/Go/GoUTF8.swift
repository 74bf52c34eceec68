/// Go's `unicode/utf8` decoding over raw bytes: Go strings are bytes, and Go decodes them
/// leniently, yielding U+FFFD with width 1 for every byte that does not start a valid sequence.
enum GoUTF8 {
    static let runeError: UInt32 = 0xFFFD

    /// The rune starting at `offset` and its width (`utf8.DecodeRune`).
    static func decode(_ bytes: [UInt8], at offset: Int) -> (rune: UInt32, width: Int) {
        guard offset < bytes.count else { return (runeError, 0) }
        let b0 = bytes[offset]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let (length, minimum): (Int, UInt32)
        switch b0 {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return (runeError, 1)
        }
        guard offset + length <= bytes.count else { return (runeError, 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for i in 1..<length {
            let b = bytes[offset + i]
            guard b & 0xC0 == 0x80 else { return (runeError, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return (runeError, 1) }
        return (value, length)
    }

    /// The rune ending just before `end` and its width (`utf8.DecodeLastRune`).
    static func decodeLast(_ bytes: [UInt8], before end: Int) -> (rune: UInt32, width: Int) {
        guard end > 0 else { return (runeError, 0) }
        if bytes[end - 1] < 0x80 { return (UInt32(bytes[end - 1]), 1) }
        var start = end - 1
        let limit = max(0, end - 4)
        while start > limit, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let (rune, width) = decode(bytes, at: start)
        if start + width != end { return (runeError, 1) }
        return (rune, width)
    }

    /// The runes of `bytes`, decoded as Go's `for range` does.
    static func runes(_ bytes: [UInt8]) -> [UInt32] {
        var out: [UInt32] = []
        var i = 0
        while i < bytes.count {
            let (rune, width) = decode(bytes, at: i)
            out.append(rune)
            i += max(width, 1)
        }
        return out
    }

    static func runeCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i < bytes.count {
            i += max(decode(bytes, at: i).width, 1)
            count += 1
        }
        return count
    }

    /// The first `runes` runes of `bytes` (all of it when shorter).
    static func prefix(_ bytes: [UInt8], runes: Int) -> ArraySlice<UInt8> {
        var i = 0
        var n = 0
        while i < bytes.count && n < runes {
            i += max(decode(bytes, at: i).width, 1)
            n += 1
        }
        return bytes[0..<i]
    }

    /// `utf8.AppendRune`: invalid runes (surrogates, beyond U+10FFFF, negative) become U+FFFD.
    static func encode(_ rune: UInt32) -> [UInt8] {
        let r = (rune > 0x10FFFF || (0xD800...0xDFFF).contains(rune)) ? runeError : rune
        switch r {
        case 0..<0x80: return [UInt8(r)]
        case 0x80..<0x800: return [UInt8(0xC0 | r >> 6), UInt8(0x80 | r & 0x3F)]
        case 0x800..<0x10000:
            return [UInt8(0xE0 | r >> 12), UInt8(0x80 | (r >> 6) & 0x3F), UInt8(0x80 | r & 0x3F)]
        default:
            return [UInt8(0xF0 | r >> 18), UInt8(0x80 | (r >> 12) & 0x3F), UInt8(0x80 | (r >> 6) & 0x3F),
                    UInt8(0x80 | r & 0x3F)]
        }
    }

    static func isValid(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let (rune, width) = decode(bytes, at: i)
            if rune == runeError && width == 1 { return false }
            i += width
        }
        return true
    }
}

/// The `unicode` package predicates Go's template lexer and `strconv` use.
enum GoUnicode {
    static func scalar(_ rune: Int32) -> Unicode.Scalar? {
        rune < 0 ? nil : Unicode.Scalar(UInt32(rune))
    }

    /// `unicode.IsLetter`.
    static func isLetter(_ rune: Int32) -> Bool {
        guard let s = scalar(rune) else { return false }
        if rune < 0x80 { return (rune >= 0x41 && rune <= 0x5A) || (rune >= 0x61 && rune <= 0x7A) }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `unicode.IsDigit`: decimal digits in any script.
    static func isDigit(_ rune: Int32) -> Bool {
        guard let s = scalar(rune) else { return false }
        if rune < 0x80 { return rune >= 0x30 && rune <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    /// What the template lexer accepts in identifiers.
    static func isAlphaNumeric(_ rune: Int32) -> Bool {
        rune == 0x5F || isLetter(rune) || isDigit(rune)
    }

    /// `strconv.IsPrint`.
    static func isPrint(_ rune: UInt32) -> Bool {
        guard let s = Unicode.Scalar(rune) else { return false }
        return GoFormat.isPrint(s)
    }

    /// `fmt.Sprintf("%#U", r)`: `U+0023 '#'`, or `U+00A0` when the rune is not printable.
    static func formatRune(_ rune: Int32) -> String {
        let value = UInt32(bitPattern: rune)
        let code = "U+" + GoFormat.hex(value, width: 4).uppercased()
        guard isPrint(value) else { return code }
        return code + " '" + String(decoding: GoUTF8.encode(value), as: UTF8.self) + "'"
    }
}
