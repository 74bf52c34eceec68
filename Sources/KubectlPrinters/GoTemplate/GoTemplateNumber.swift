/// A number literal in a template, read every way Go's parser can read it (`parse.NumberNode`):
/// `'a'` is an int, a uint and a float at once; `1e3` a float that is also an exact int. Which
/// reading a value takes depends on where the literal is used (`GoTemplateExecutor`).
struct GoTemplateNumber: Sendable {
    var text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    var complex: (re: Double, im: Double) = (0, 0)

    struct Failure: Error {
        var message: String
    }

    /// `newNumber`; `token` is `.charConstant`, `.complex` or `.number`.
    init(token: GoTemplateToken) throws(Failure) {
        text = token.text
        switch token.kind {
        case .charConstant:
            let bytes = token.val
            guard let quote = bytes.first else { throw Failure(message: "invalid syntax") }
            let (rune, _, tail): (UInt32, Bool, ArraySlice<UInt8>)
            do {
                (rune, _, tail) = try GoQuote.unquoteChar(bytes.dropFirst(), quote: quote)
            } catch {
                throw Failure(message: "invalid syntax")
            }
            guard tail.elementsEqual([UInt8(ascii: "'")]) else {
                throw Failure(message: "malformed character constant: " + text)
            }
            int64 = Int64(rune)
            uint64 = UInt64(rune)
            float64 = Double(rune)
            isInt = true
            isUint = true
            isFloat = true
            return
        case .complex:
            complex = try Self.parseComplex(text)
            isComplex = true
            simplifyComplex()
            return
        default:
            break
        }
        if text.hasSuffix("i"), let f = GoParseNumber.parseFloat(String(text.dropLast())) {
            complex = (0, f)
            isComplex = true
            simplifyComplex()
            return
        }
        let u = GoParseNumber.parseUint(text)
        if let u {
            isUint = true
            uint64 = u
        }
        if let i = GoParseNumber.parseInt(text) {
            isInt = true
            int64 = i
            if i == 0 {
                isUint = true  // in case of -0
                uint64 = u ?? 0
            }
        }
        if isInt {
            isFloat = true
            float64 = Double(int64)
        } else if isUint {
            isFloat = true
            float64 = Double(uint64)
        } else if let f = GoParseNumber.parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw Failure(message: "integer overflow: " + GoQuote.quote(text))
            }
            isFloat = true
            float64 = f
            if let exact = Self.exactInt64(f) {
                isInt = true
                int64 = exact
            }
            if let exact = Self.exactUInt64(f) {
                isUint = true
                uint64 = exact
            }
        }
        if !isInt && !isUint && !isFloat {
            throw Failure(message: "illegal number syntax: " + GoQuote.quote(text))
        }
    }

    /// `fmt.Sscan` into a complex128 of a lexed `re±imi` literal.
    private static func parseComplex(_ text: String) throws(Failure) -> (Double, Double) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2 else {
            throw Failure(message: "strconv.ParseFloat: parsing " + GoQuote.quote(text) + ": invalid syntax")
        }
        var split = bytes.count - 1
        while split > 0 {
            let c = bytes[split]
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                let before = bytes[split - 1] | 0x20
                if before != UInt8(ascii: "e") && before != UInt8(ascii: "p") { break }
            }
            split -= 1
        }
        let realText = String(decoding: bytes[0..<split], as: UTF8.self)
        let imagText = String(decoding: bytes[split..<(bytes.count - 1)], as: UTF8.self)
        guard let re = GoParseNumber.parseFloat(realText) else {
            throw Failure(message: "strconv.ParseFloat: parsing " + GoQuote.quote(realText) + ": invalid syntax")
        }
        guard let im = GoParseNumber.parseFloat(imagText) else {
            throw Failure(message: "strconv.ParseFloat: parsing " + GoQuote.quote(imagText) + ": invalid syntax")
        }
        return (re, im)
    }

    private mutating func simplifyComplex() {
        isFloat = complex.im == 0
        guard isFloat else { return }
        float64 = complex.re
        if let exact = Self.exactInt64(float64) {
            isInt = true
            int64 = exact
        }
        if let exact = Self.exactUInt64(float64) {
            isUint = true
            uint64 = exact
        }
    }

    /// `float64(int64(f)) == f`, without Go's undefined out-of-range conversion.
    private static func exactInt64(_ f: Double) -> Int64? {
        guard f.isFinite, f >= -9_223_372_036_854_775_808.0, f < 9_223_372_036_854_775_808.0 else { return nil }
        let i = Int64(f)
        return Double(i) == f ? i : nil
    }

    private static func exactUInt64(_ f: Double) -> UInt64? {
        guard f.isFinite, f >= 0, f < 18_446_744_073_709_551_616.0 else { return nil }
        let u = UInt64(f)
        return Double(u) == f ? u : nil
    }
}
