/// The exact decimal expansion of a float64, and Go's rounding of it (`strconv/decimal.go`'s
/// behaviour), for `%e`, `%f` and `%g` with a precision: Go rounds the exact binary value,
/// halfway cases to even, so `%.2f` of 1.005 is `1.00` and `%.0f` of 2.5 is `2`.
struct GoDecimal {
    /// Digits, most significant first, without trailing zeros; empty for zero.
    var digits: [UInt8] = []
    /// Position of the decimal point: the value is 0.d1d2… × 10^point.
    var point = 0

    /// The exact value of `value`'s magnitude (every finite double has a finite expansion).
    init(exactly value: Double) {
        guard value.isFinite, value != 0 else { return }
        let magnitude = abs(value)
        var mantissa = magnitude.significandBitPattern
        var exponent = Int(magnitude.exponentBitPattern)
        if exponent == 0 {
            exponent = 1  // subnormal
        } else {
            mantissa |= 1 << 52
        }
        exponent -= 1075  // value = mantissa × 2^exponent
        // Base 10^9 limbs, least significant first.
        var limbs: [UInt64] = [mantissa % 1_000_000_000, mantissa / 1_000_000_000 % 1_000_000_000,
                               mantissa / 1_000_000_000_000_000_000]
        var shift = 0
        if exponent >= 0 {
            var remaining = exponent
            while remaining > 0 {
                let step = min(remaining, 29)
                Self.multiply(&limbs, by: UInt64(1) << UInt64(step))
                remaining -= step
            }
        } else {
            // mantissa / 2^k = mantissa × 5^k / 10^k
            var remaining = -exponent
            shift = remaining
            while remaining > 0 {
                let step = min(remaining, 13)
                var factor: UInt64 = 1
                for _ in 0..<step { factor *= 5 }
                Self.multiply(&limbs, by: factor)
                remaining -= step
            }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var text: [UInt8] = []
        for (i, limb) in limbs.reversed().enumerated() {
            let part = Array(String(limb).utf8).map { $0 - 48 }
            if i > 0 { text += [UInt8](repeating: 0, count: 9 - part.count) }
            text += part
        }
        while let first = text.first, first == 0 { text.removeFirst() }
        point = text.count - shift
        while let last = text.last, last == 0 { text.removeLast() }
        digits = text
    }

    init(digits: [UInt8], point: Int) {
        self.digits = digits
        self.point = point
    }

    private static func multiply(_ limbs: inout [UInt64], by factor: UInt64) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = limbs[i] * factor + carry
            limbs[i] = product % 1_000_000_000
            carry = product / 1_000_000_000
        }
        while carry > 0 {
            limbs.append(carry % 1_000_000_000)
            carry /= 1_000_000_000
        }
    }

    /// Keeps `count` digits, rounding half to even; nothing happens when `count` is negative
    /// or not below the number of digits (Go's `decimal.Round`).
    mutating func round(_ count: Int) {
        guard count >= 0, count < digits.count else { return }
        if shouldRoundUp(count) {
            var i = count - 1
            while i >= 0 && digits[i] == 9 { i -= 1 }
            if i < 0 {
                digits = [1]
                point += 1
            } else {
                digits[i] += 1
                digits.removeSubrange((i + 1)...)
            }
        } else {
            digits.removeSubrange(count...)
            while let last = digits.last, last == 0 { digits.removeLast() }
        }
    }

    private func shouldRoundUp(_ count: Int) -> Bool {
        if digits[count] == 5 && count + 1 == digits.count {
            // Exactly halfway: round to even.
            return count > 0 && digits[count - 1] % 2 == 1
        }
        return digits[count] >= 5
    }
}
