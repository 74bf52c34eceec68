import GoPorts

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

    // MARK: - Parsing (ParseQuantity's scanner and suffixes, from GoPorts)

    private static func parse(_ s: [UInt8]) -> Quantity? {
        guard case .success(let parts) = QuantitySyntax.parse(String(decoding: s, as: UTF8.self)) else { return nil }
        var digits = parts.integer + parts.fraction
        var exponent = -parts.fraction.count
        if parts.base == 10 {
            exponent += parts.exponent
        } else {
            for _ in 0..<parts.exponent { digits = double(digits) }
        }
        var value = Quantity(negative: parts.negative, digits: digits, exponent: exponent)
        value.roundUpToNano()
        if parts.base == 2 { value.capAtMaxInt64() }
        return value
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
