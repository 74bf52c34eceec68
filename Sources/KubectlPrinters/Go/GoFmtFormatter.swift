/// The padding and number/string formatting of Go's `fmt` (its `fmt` struct, `format.go`):
/// flags, width and precision as parsed from a verb, applied to one value at a time.
struct GoFmtFormatter {
    struct Flags {
        var widPresent = false
        var precPresent = false
        var minus = false
        var plus = false
        var sharp = false
        var space = false
        var zero = false
        var plusV = false
        var sharpV = false
    }

    var buf: [UInt8] = []
    var flags = Flags()
    var wid = 0
    var prec = 0

    /// Shipyard's cap on one formatted string: widths of up to a million characters, many
    /// times over, must not exhaust memory. Go has no such cap; nothing sensible comes near it.
    static let maxLength = 16 << 20

    static let ldigits = Array("0123456789abcdefx".utf8)
    static let udigits = Array("0123456789ABCDEFX".utf8)

    mutating func clearFlags() { flags = Flags() }

    mutating func write(_ s: String) { buf += Array(s.utf8) }

    mutating func writePadding(_ n: Int) {
        let n = min(n, Self.maxLength - buf.count)
        guard n > 0 else { return }
        buf += [UInt8](repeating: flags.zero ? UInt8(ascii: "0") : UInt8(ascii: " "), count: n)
    }

    /// Writes `b` padded to the width (counted in runes), on the left unless `-`.
    mutating func pad(_ b: [UInt8]) {
        guard flags.widPresent && wid != 0 else {
            buf += b
            return
        }
        let width = wid - GoUTF8.runeCount(b)
        if !flags.minus {
            writePadding(width)
            buf += b
        } else {
            buf += b
            writePadding(width)
        }
    }

    mutating func padString(_ s: String) { pad(Array(s.utf8)) }

    mutating func fmtBoolean(_ v: Bool) { padString(v ? "true" : "false") }

    /// `%U`: `U+0041`, with `#` also the character when printable.
    mutating func fmtUnicode(_ u: UInt64) {
        var precision = 4
        if flags.precPresent && prec > 4 { precision = prec }
        var digits = Array(String(u, radix: 16, uppercase: true).utf8)
        if digits.count < precision { digits = [UInt8](repeating: 48, count: precision - digits.count) + digits }
        var out = Array("U+".utf8) + digits
        if flags.sharp && u <= 0x10FFFF && GoUnicode.isPrint(UInt32(u)) {
            out += Array(" '".utf8) + GoUTF8.encode(UInt32(u)) + [UInt8(ascii: "'")]
        }
        let oldZero = flags.zero
        flags.zero = false
        pad(out)
        flags.zero = oldZero
    }

    /// Integers in base 2, 8, 10 or 16 with sign, precision (minimum digits), `#` prefixes and
    /// zero padding.
    mutating func fmtInteger(_ value: UInt64, base: UInt64, signed: Bool, verb: UInt32, digits: [UInt8]) {
        let negative = signed && Int64(bitPattern: value) < 0
        var u = negative ? (~value &+ 1) : value
        var precision = 0
        if flags.precPresent {
            precision = prec
            if precision == 0 && u == 0 {
                let oldZero = flags.zero
                flags.zero = false
                writePadding(wid)
                flags.zero = oldZero
                return
            }
        } else if flags.zero && flags.widPresent {
            precision = wid
            if negative || flags.plus || flags.space { precision -= 1 }  // leave room for the sign
        }
        var out: [UInt8] = []
        repeat {
            out.append(digits[Int(u % base)])
            u /= base
        } while u > 0
        while out.count < precision { out.append(48) }
        if flags.sharp {
            switch base {
            case 2: out += [UInt8(ascii: "b"), 48]
            case 8: if out.last != 48 { out.append(48) }
            case 16: out += [digits[16], 48]
            default: break
            }
        }
        if verb == UInt32(UInt8(ascii: "O")) { out += [UInt8(ascii: "o"), 48] }
        if negative {
            out.append(UInt8(ascii: "-"))
        } else if flags.plus {
            out.append(UInt8(ascii: "+"))
        } else if flags.space {
            out.append(UInt8(ascii: " "))
        }
        let oldZero = flags.zero
        flags.zero = false
        pad(out.reversed())
        flags.zero = oldZero
    }

    /// The first `prec` runes of `s` when a precision is set.
    func truncate(_ s: [UInt8]) -> [UInt8] {
        guard flags.precPresent else { return s }
        return Array(GoUTF8.prefix(s, runes: max(prec, 0)))
    }

    mutating func fmtS(_ s: [UInt8]) { pad(truncate(s)) }

    /// `%x` / `%X` of a string: hex of each byte, `#` adds 0x, space separates bytes.
    mutating func fmtSx(_ s: [UInt8], digits: [UInt8]) {
        var length = s.count
        if flags.precPresent && prec < length { length = max(prec, 0) }
        var width = 2 * length
        if width > 0 {
            if flags.space {
                if flags.sharp { width *= 2 }
                width += length - 1
            } else if flags.sharp {
                width += 2
            }
        } else {
            if flags.widPresent { writePadding(wid) }
            return
        }
        if flags.widPresent && wid > width && !flags.minus { writePadding(wid - width) }
        if flags.sharp { buf += [48, digits[16]] }
        for i in 0..<length {
            if flags.space && i > 0 {
                buf.append(UInt8(ascii: " "))
                if flags.sharp { buf += [48, digits[16]] }
            }
            buf += [digits[Int(s[i] >> 4)], digits[Int(s[i] & 0xF)]]
        }
        if flags.widPresent && wid > width && flags.minus { writePadding(wid - width) }
    }

    /// `%q` of a string: Go-quoted, or back-quoted with `#` when possible; `+` quotes to ASCII.
    mutating func fmtQ(_ s: [UInt8]) {
        let s = truncate(s)
        if flags.sharp && GoQuote.canBackquote(s) {
            pad([UInt8(ascii: "`")] + s + [UInt8(ascii: "`")])
            return
        }
        pad(Array(GoQuote.quote(s, asciiOnly: flags.plus).utf8))
    }

    /// `%c`: the character with that code point (U+FFFD when invalid).
    mutating func fmtC(_ c: UInt64) {
        pad(GoUTF8.encode(c > 0x10FFFF ? GoUTF8.runeError : UInt32(c)))
    }

    /// `%q` of an integer: a quoted character constant.
    mutating func fmtQc(_ c: UInt64) {
        pad(GoQuote.quoteRune(c > 0x10FFFF ? GoUTF8.runeError : UInt32(c), asciiOnly: flags.plus))
    }

    /// A float in `verb` (e, E, f, g, G, b, x, X) with the precision, `#`, sign and zero flags.
    mutating func fmtFloat(_ v: Double, verb: UInt8, prec defaultPrec: Int) {
        let precision = flags.precPresent ? prec : defaultPrec
        var num = GoFloatFormat.format(v, verb, prec: precision)
        if num.first == UInt8(ascii: "-") || num.first == UInt8(ascii: "+") {
            // keep the sign
        } else {
            num.insert(UInt8(ascii: "+"), at: 0)
        }
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus { num[0] = UInt8(ascii: " ") }
        if num.count > 1 && (num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N")) {
            let oldZero = flags.zero
            flags.zero = false
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus { num.removeFirst() }
            pad(num)
            flags.zero = oldZero
            return
        }
        if flags.sharp && verb != UInt8(ascii: "b") {
            num = sharpened(num, verb: verb, precision: precision)
        }
        if flags.plus || num[0] != UInt8(ascii: "+") {
            if flags.zero && flags.widPresent && wid > num.count {
                buf.append(num[0])
                writePadding(wid - num.count)
                buf += num[1...]
                return
            }
            pad(num)
            return
        }
        pad(Array(num[1...]))
    }

    /// `#` on floats: always a decimal point, and for %g the trailing zeros up to the precision.
    private func sharpened(_ input: [UInt8], verb: UInt8, precision: Int) -> [UInt8] {
        var num = input
        var digits = 0
        switch verb {
        case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
            digits = precision == -1 ? 6 : precision
        default: break
        }
        var tail: [UInt8] = []
        var hasDecimalPoint = false
        var sawNonzeroDigit = false
        var i = 1
        while i < num.count {
            let c = num[i]
            if c == UInt8(ascii: ".") {
                hasDecimalPoint = true
            } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P")
                || ((c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X"))
            {
                tail = Array(num[i...])
                num.removeSubrange(i...)
                break
            } else {
                if c != 48 { sawNonzeroDigit = true }
                if sawNonzeroDigit { digits -= 1 }
            }
            i += 1
        }
        if !hasDecimalPoint {
            if num.count == 2 && num[1] == 48 { digits -= 1 }  // a leading 0 counts as a digit
            num.append(UInt8(ascii: "."))
        }
        while digits > 0 {
            num.append(48)
            digits -= 1
        }
        return num + tail
    }
}
