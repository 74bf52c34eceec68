/// Go's `strconv.FormatFloat(v, fmt, prec, 64)` for the formats `fmt` uses: `e`, `E`, `f`,
/// `g`, `G` (shortest digits when `prec` is -1, else correctly rounded), `b` and `x`/`X`.
enum GoFloatFormat {
    static func format(_ v: Double, _ fmt: UInt8, prec: Int) -> [UInt8] {
        if v.isNaN { return Array("NaN".utf8) }
        if v.isInfinite { return Array((v < 0 ? "-Inf" : "+Inf").utf8) }
        let negative = v.sign == .minus
        switch fmt {
        case UInt8(ascii: "b"): return formatB(v, negative: negative)
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return formatX(v, fmt, prec: prec, negative: negative)
        default: break
        }
        var prec = prec
        var digits: GoDecimal
        let shortest = prec < 0
        if shortest {
            if v == 0 {
                digits = GoDecimal(digits: [], point: 0)
            } else {
                let (_, ds, point) = GoNumbers.shortestDigits(v)
                digits = GoDecimal(digits: ds, point: point)
            }
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = max(digits.digits.count - 1, 0)
            case UInt8(ascii: "f"): prec = max(digits.digits.count - digits.point, 0)
            default: prec = digits.digits.count
            }
        } else {
            digits = GoDecimal(exactly: v)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): digits.round(prec + 1)
            case UInt8(ascii: "f"): digits.round(digits.point + prec)
            default:
                if prec == 0 { prec = 1 }
                digits.round(prec)
            }
        }
        return formatDigits(digits, shortest: shortest, negative: negative, prec: prec, fmt: fmt)
    }

    private static func formatDigits(_ d: GoDecimal, shortest: Bool, negative: Bool, prec: Int, fmt: UInt8) -> [UInt8] {
        switch fmt {
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            return formatE(d, negative: negative, prec: prec, fmt: fmt)
        case UInt8(ascii: "f"):
            return formatF(d, negative: negative, prec: prec)
        default:  // g, G
            var prec = prec
            let nd = d.digits.count
            var eprec = prec
            if eprec > nd && nd >= d.point { eprec = nd }
            if shortest { eprec = 6 }
            let exp = d.point - 1
            if exp < -4 || exp >= eprec {
                if prec > nd { prec = nd }
                return formatE(d, negative: negative, prec: prec - 1, fmt: fmt + UInt8(ascii: "e") - UInt8(ascii: "g"))
            }
            if prec > d.point { prec = nd }
            return formatF(d, negative: negative, prec: max(prec - d.point, 0))
        }
    }

    private static func formatE(_ d: GoDecimal, negative: Bool, prec: Int, fmt: UInt8) -> [UInt8] {
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        let nd = d.digits.count
        out.append(48 + (nd == 0 ? 0 : d.digits[0]))
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...prec { out.append(48 + (i < nd ? d.digits[i] : 0)) }
        }
        out.append(fmt)
        var exp = nd == 0 ? 0 : d.point - 1
        out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        exp = abs(exp)
        if exp < 10 { out.append(48) }
        out += Array(String(exp).utf8)
        return out
    }

    private static func formatF(_ d: GoDecimal, negative: Bool, prec: Int) -> [UInt8] {
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        let nd = d.digits.count
        if d.point > 0 {
            for i in 0..<d.point { out.append(48 + (i < nd ? d.digits[i] : 0)) }
        } else {
            out.append(48)
        }
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 0..<prec {
                let j = d.point + i
                out.append(48 + (j >= 0 && j < nd ? d.digits[j] : 0))
            }
        }
        return out
    }

    /// The raw bits: decimal mantissa, `p`, binary exponent (`-4503599627370496p-52`).
    private static func formatB(_ v: Double, negative: Bool) -> [UInt8] {
        let (mantissa, exponent) = parts(v)
        var out = negative ? "-" : ""
        out += String(mantissa) + "p" + (exponent - 52 >= 0 ? "+" : "") + String(exponent - 52)
        return Array(out.utf8)
    }

    /// Hexadecimal mantissa and binary exponent (`0x1.8p+01`), rounded to `prec` hex digits.
    private static func formatX(_ v: Double, _ fmt: UInt8, prec: Int, negative: Bool) -> [UInt8] {
        var (mantissa, exponent) = parts(v)
        if mantissa == 0 { exponent = 0 }
        mantissa <<= 60 - 52
        while mantissa != 0 && mantissa & (1 << 60) == 0 {
            mantissa <<= 1
            exponent -= 1
        }
        if prec >= 0 && prec < 15 {
            let shift = UInt64(prec * 4)
            let extra = (mantissa << shift) & ((1 << 60) - 1)
            mantissa >>= 60 - shift
            if extra | (mantissa & 1) > 1 << 59 { mantissa += 1 }
            mantissa <<= 60 - shift
            if mantissa & (1 << 61) != 0 {
                mantissa >>= 1
                exponent += 1
            }
        }
        let hex = Array((fmt == UInt8(ascii: "X") ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        out += [48, fmt, 48 + UInt8((mantissa >> 60) & 1)]
        mantissa <<= 4
        if prec < 0 && mantissa != 0 {
            out.append(UInt8(ascii: "."))
            while mantissa != 0 {
                out.append(hex[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        } else if prec > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<prec {
                out.append(hex[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        }
        out.append(fmt == UInt8(ascii: "X") ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = abs(exponent)
        if magnitude < 10 { out.append(48) }
        out += Array(String(magnitude).utf8)
        return out
    }

    /// Mantissa (with the implicit bit) and unbiased exponent, Go's `genericFtoa` way.
    private static func parts(_ v: Double) -> (mantissa: UInt64, exponent: Int) {
        let magnitude = abs(v)
        var mantissa = magnitude.significandBitPattern
        var exponent = Int(magnitude.exponentBitPattern)
        if exponent == 0 {
            exponent += 1
        } else {
            mantissa |= 1 << 52
        }
        return (mantissa, exponent - 1023)
    }
}
