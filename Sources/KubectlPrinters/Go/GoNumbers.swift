/// Go's text renderings of numbers, as kubectl's printers produce them through `fmt`.
///
/// JSONPath prints a scalar with `fmt.Fprint`, custom-columns with `fmt.Sprint`; both use Go's
/// `%v`, whose float format differs from the JSON one (`1e+06` where JSON says `1000000`).
enum GoNumbers {
    /// `fmt.Sprint(float64)`: `%g` with the shortest round-trip digits, switching to exponent
    /// form when the decimal exponent is below -4 or at least 6 (strconv's rule for shortest).
    static func formatV(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        let (negative, digits, point) = shortestDigits(d)
        let sign = negative ? "-" : ""
        let exponent = point - 1
        if d != 0 && (exponent < -4 || exponent >= 6) {
            var mantissa = String(digits[0])
            if digits.count > 1 { mantissa += "." + digits.dropFirst().map(String.init).joined() }
            let magnitude = abs(exponent)
            let expDigits = magnitude < 10 ? "0" + String(magnitude) : String(magnitude)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + expDigits
        }
        return sign + fixed(digits, point)
    }

    /// Digits `d1 d2 …` and the position of the decimal point such that the value is
    /// `0.d1d2… × 10^point`; Swift's `description` already yields the shortest round-trip digits,
    /// the same ones Go's `strconv` picks.
    static func shortestDigits(_ d: Double) -> (negative: Bool, digits: [UInt8], point: Int) {
        let negative = d.sign == .minus
        if d == 0 { return (negative, [0], 1) }
        var text = Array(abs(d).description.utf8)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
            text = Array(text[..<e])
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for c in text {
            if c == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            guard c >= 48, c <= 57 else { continue }
            digits.append(c - 48)
            if !seenPoint { point += 1 }
        }
        while digits.count > 1, digits.first == 0 {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { digits = [0] }
        return (negative, digits, point + exponent)
    }

    private static func fixed(_ digits: [UInt8], _ point: Int) -> String {
        if point <= 0 {
            return "0." + String(repeating: "0", count: -point) + digits.map(String.init).joined()
        }
        var integer = ""
        var fraction = ""
        for i in 0..<max(point, digits.count) {
            let digit = i < digits.count ? String(digits[i]) : "0"
            if i < point { integer += digit } else { fraction += digit }
        }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }
}
