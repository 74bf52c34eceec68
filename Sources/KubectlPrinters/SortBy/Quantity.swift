/// Just enough of Kubernetes' `resource.Quantity` for `--sort-by`: when two compared fields
/// are both strings that parse as quantities, kubectl orders them by value, so `100m` < `1` <
/// `1Ki` < `2G`. Strings that fail to parse (names, timestamps) compare by bytes instead.
///
/// Values are exact: a digit string times a power of ten, with the binary suffixes multiplied
/// out. Like `ParseQuantity`, precision below 1n rounds away from zero to the next nano, and
/// binary-suffixed values are capped at 2^63-1.
struct Quantity: Comparable {
    var negative: Bool
    /// Decimal digits without leading zeros; empty means zero.
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    var exponent: Int

    init?(parsing text: String) {
        guard let parsed = Self.parse(Array(text.utf8)) else { return nil }
        self = parsed
    }

    private init(negative: Bool, digits: [UInt8], exponent: Int) {
        var trimmed = ArraySlice(digits)
        while trimmed.first == 0 { trimmed = trimmed.dropFirst() }
        var exp = exponent
        while trimmed.last == 0 {
            trimmed = trimmed.dropLast()
            exp += 1
        }
        self.digits = Array(trimmed)
        self.negative = negative && !trimmed.isEmpty
        self.exponent = trimmed.isEmpty ? 0 : exp
    }

    var isZero: Bool { digits.isEmpty }

    static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        if lhs.negative != rhs.negative { return lhs.negative }
        let magnitudeLess = compareMagnitude(lhs, rhs) < 0
        let magnitudeGreater = compareMagnitude(lhs, rhs) > 0
        return lhs.negative ? magnitudeGreater : magnitudeLess
    }

    /// -1, 0 or 1 comparing absolute values.
    private static func compareMagnitude(_ a: Quantity, _ b: Quantity) -> Int {
        if a.isZero || b.isZero { return a.isZero ? (b.isZero ? 0 : -1) : 1 }
        let aTop = a.digits.count + a.exponent
        let bTop = b.digits.count + b.exponent
        if aTop != bTop { return aTop < bTop ? -1 : 1 }
        for i in 0..<max(a.digits.count, b.digits.count) {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    // MARK: - Parsing (ParseQuantity's scanner and suffixes)

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    private static func parse(_ s: [UInt8]) -> Quantity? {
        if s.isEmpty { return nil }
        if s == [UInt8(ascii: "0")] { return Quantity(negative: false, digits: [], exponent: 0) }
        var positive = true
        var pos = 0
        if s[0] == UInt8(ascii: "-") {
            positive = false
            pos = 1
        } else if s[0] == UInt8(ascii: "+") {
            pos = 1
        }
        while pos < s.count, s[pos] == UInt8(ascii: "0") { pos += 1 }
        if pos >= s.count { return Quantity(negative: false, digits: [], exponent: 0) }

        let numStart = pos
        while pos < s.count, isDigit(s[pos]) { pos += 1 }
        let num = Array(s[numStart..<pos])
        var denom: [UInt8] = []
        if pos < s.count, s[pos] == UInt8(ascii: ".") {
            pos += 1
            let denomStart = pos
            while pos < s.count, isDigit(s[pos]) { pos += 1 }
            denom = Array(s[denomStart..<pos])
        }

        // The suffix: letters from "eEinumkKMGTP", then an optional sign and digits.
        let suffixStart = pos
        let suffixLetters = Array("eEinumkKMGTP".utf8)
        while pos < s.count, suffixLetters.contains(s[pos]) { pos += 1 }
        if pos < s.count, s[pos] == UInt8(ascii: "-") || s[pos] == UInt8(ascii: "+") { pos += 1 }
        while pos < s.count, isDigit(s[pos]) { pos += 1 }
        if pos < s.count { return nil }
        let suffix = String(decoding: s[suffixStart...], as: UTF8.self)

        guard let (base, power) = interpret(suffix) else { return nil }
        var digits = (num + denom).map { $0 - 48 }
        var exponent = -denom.count
        if base == 10 {
            exponent += power
        } else {
            for _ in 0..<power { digits = double(digits) }
        }
        var value = Quantity(negative: !positive, digits: digits, exponent: exponent)
        value.roundUpToNano()
        if base == 2 { value.capAtMaxInt64() }
        return value
    }

    /// The base and exponent a suffix stands for, or nil for an unknown suffix.
    private static func interpret(_ suffix: String) -> (base: Int, power: Int)? {
        switch suffix {
        case "": return (10, 0)
        case "n": return (10, -9)
        case "u": return (10, -6)
        case "m": return (10, -3)
        case "k": return (10, 3)
        case "M": return (10, 6)
        case "G": return (10, 9)
        case "T": return (10, 12)
        case "P": return (10, 15)
        case "E": return (10, 18)
        case "Ki": return (2, 10)
        case "Mi": return (2, 20)
        case "Gi": return (2, 30)
        case "Ti": return (2, 40)
        case "Pi": return (2, 50)
        case "Ei": return (2, 60)
        default:
            // e.g. "e3", "E-2": a decimal exponent, parsed as int64 then truncated to int32.
            guard suffix.utf8.count > 1, suffix.first == "e" || suffix.first == "E",
                let parsed = Int64(suffix.dropFirst())
            else { return nil }
            return (10, Int(Int32(truncatingIfNeeded: parsed)))
        }
    }

    private static func double(_ digits: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: digits.count + 1)
        var carry: UInt8 = 0
        for i in stride(from: digits.count - 1, through: -1, by: -1) {
            let d = i >= 0 ? digits[i] : 0
            let v = d * 2 + carry
            result[i + 1] = v % 10
            carry = v / 10
        }
        return result
    }

    /// Values finer than 1n round away from zero to a whole number of nanos.
    private mutating func roundUpToNano() {
        guard !isZero, exponent < -9 else { return }
        let keep = digits.count + exponent + 9  // digits at or above 10^-9
        var kept = keep > 0 ? Array(digits[0..<keep]) : []
        // Anything dropped is non-zero (trailing zeros were trimmed), so add one nano.
        var i = kept.count - 1
        var carry = true
        while carry && i >= 0 {
            if kept[i] == 9 {
                kept[i] = 0
                i -= 1
            } else {
                kept[i] += 1
                carry = false
            }
        }
        if carry { kept.insert(1, at: 0) }
        self = Quantity(negative: negative, digits: kept, exponent: -9)
    }

    private mutating func capAtMaxInt64() {
        let max = Quantity(negative: false, digits: Array("9223372036854775807".utf8).map { $0 - 48 }, exponent: 0)
        if Self.compareMagnitude(self, max) > 0 {
            self = Quantity(negative: negative, digits: max.digits, exponent: 0)
        }
    }
}
