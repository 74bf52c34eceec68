import JSONValue

/// kubernetes/apimachinery `resource.Quantity`, as far as describe needs it: parsing, the
/// canonical `String()` (what `describe` prints for every CPU, memory and storage value),
/// addition, comparison, `Value()` and `MilliValue()`.
///
/// Why not print the JSON string as is: kubectl parses quantities and prints them back in
/// canonical form (`1.5` → `1500m`, `1024Mi` → `1Gi`), and sums of requests keep the format of
/// their first term. The value is `mantissa × 10^scale` in 64-bit integers, which covers real
/// resource amounts; on overflow the arithmetic saturates rather than trapping.
struct Quantity: Equatable {
    enum Format { case decimalSI, binarySI, decimalExponent }

    var mantissa: Int = 0
    var scale: Int = 0
    var format: Format = .decimalSI
    /// The input string when it was already canonical (Go caches it and prints it verbatim).
    var cached: String?

    static let zero = Quantity()

    var isZero: Bool { mantissa == 0 }

    /// Reads a quantity from JSON (string, or a number written without quotes).
    init?(json: JSON) {
        switch json {
        case .string(let s): self.init(parsing: s.trimmingSpaces)
        case .int(let i): self.init(parsing: String(i))
        case .double(let d): self.init(parsing: d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d))
        default: return nil
        }
    }

    init() {}

    /// `resource.NewQuantity(value, format)`.
    init(integer: Int, format: Format) {
        mantissa = integer
        scale = 0
        self.format = format
    }

    init(parsing str: String) {
        if str.isEmpty { return }
        if str == "0" {
            cached = "0"
            return
        }
        let b = Array(str.utf8)
        var pos = 0
        var positive = true
        if pos < b.count, b[pos] == 45 || b[pos] == 43 {
            positive = b[pos] != 45
            pos += 1
        }
        while pos < b.count, b[pos] == 48 { pos += 1 }
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        let numStart = pos
        while pos < b.count, isDigit(b[pos]) { pos += 1 }
        var num = String(decoding: b[numStart..<pos], as: UTF8.self)
        if num.isEmpty { num = "0" }
        var denom = ""
        if pos < b.count, b[pos] == 46 {
            pos += 1
            let ds = pos
            while pos < b.count, isDigit(b[pos]) { pos += 1 }
            denom = String(decoding: b[ds..<pos], as: UTF8.self)
        }
        let suffix = String(decoding: b[pos...], as: UTF8.self)
        guard let (base, exponent, fmt) = Self.interpret(suffix) else { return }
        format = fmt
        let digits = num + denom
        if base == 10 {
            let sc = exponent - denom.count
            if digits.count <= 18, sc >= -9, let m = Int(digits) {
                mantissa = positive ? m : -m
                scale = sc
                if sc % 3 == 0, !digits.hasSuffix("000"), digits.first != "0" {
                    cached = str
                }
                normalizeNano()
                return
            }
            setSlow(digits: digits, decimals: denom.count, base10Exponent: exponent, binaryExponent: 0, positive: positive)
        } else {
            let precision = 15 - num.count - Int(Float(exponent) * 3 / 10) - 1
            if denom.isEmpty, precision >= 0, let n = Int(num) {
                let (m, overflow) = n.multipliedReportingOverflow(by: 1 << exponent)
                if !overflow {
                    mantissa = positive ? m : -m
                    scale = 0
                    if exponent % 10 == 0, n & 7 != 0 { cached = str }
                    return
                }
            }
            setSlow(digits: digits, decimals: denom.count, base10Exponent: 0, binaryExponent: exponent, positive: positive)
        }
    }

    /// The general path: exact value rounded up to nano units, as the inf.Dec branch does.
    private mutating func setSlow(digits: String, decimals: Int, base10Exponent: Int, binaryExponent: Int, positive: Bool) {
        var m = 0
        var sc = base10Exponent - decimals
        var truncatedNonZero = false
        for ch in digits.utf8 {
            let (a, o1) = m.multipliedReportingOverflow(by: 10)
            let (c, o2) = a.addingReportingOverflow(Int(ch - 48))
            if o1 || o2 {
                // Too many digits: drop the rest (scale up) and remember to round up.
                sc += 1
                if ch != 48 { truncatedNonZero = true }
                continue
            }
            m = c
        }
        if binaryExponent > 0 {
            for _ in 0..<binaryExponent {
                let (v, o) = m.multipliedReportingOverflow(by: 2)
                m = o ? Int.max : v
            }
        }
        if truncatedNonZero { m = m == Int.max ? m : m + 1 }
        mantissa = positive ? m : -m
        scale = sc
        normalizeNano()
        // A binary amount strictly between 0 and 1 is kept as DecimalSI (Go does the same).
        if format == .binarySI, mantissa > 0, compare(to: Quantity(mantissa: 1, scale: 0)) < 0 {
            format = .decimalSI
        }
    }

    private init(mantissa: Int, scale: Int, format: Format = .decimalSI) {
        self.mantissa = mantissa
        self.scale = scale
        self.format = format
    }

    /// Values below one nano-unit round up (away from zero) to the nano scale.
    private mutating func normalizeNano() {
        if scale < -9 {
            let (v, _) = Self.scaleDown(mantissa, by: -9 - scale)
            mantissa = v
            scale = -9
        }
    }

    private static func interpret(_ s: String) -> (Int, Int, Format)? {
        switch s {
        case "": return (10, 0, .decimalSI)
        case "n": return (10, -9, .decimalSI)
        case "u": return (10, -6, .decimalSI)
        case "m": return (10, -3, .decimalSI)
        case "k": return (10, 3, .decimalSI)
        case "M": return (10, 6, .decimalSI)
        case "G": return (10, 9, .decimalSI)
        case "T": return (10, 12, .decimalSI)
        case "P": return (10, 15, .decimalSI)
        case "E": return (10, 18, .decimalSI)
        case "Ki": return (2, 10, .binarySI)
        case "Mi": return (2, 20, .binarySI)
        case "Gi": return (2, 30, .binarySI)
        case "Ti": return (2, 40, .binarySI)
        case "Pi": return (2, 50, .binarySI)
        case "Ei": return (2, 60, .binarySI)
        default:
            // Exponents are bounded here (Go keeps huge ones in an arbitrary-precision decimal);
            // no real resource amount comes near the bound.
            guard s.count > 1, s.first == "e" || s.first == "E", let e = Int(s.dropFirst()), abs(e) <= 100 else { return nil }
            return (10, e, .decimalExponent)
        }
    }

    // MARK: arithmetic

    /// `value / 10^n`, rounded away from zero; `exact` is false when a remainder was dropped.
    private static func scaleDown(_ value: Int, by n: Int) -> (Int, Bool) {
        if n <= 0 { return (value, true) }
        var v = value
        var fraction = false
        for _ in 0..<n {
            if !fraction, v % 10 != 0 { fraction = true }
            v /= 10
            if v == 0 {
                if fraction { return (value > 0 ? 1 : -1, false) }
                return (0, true)
            }
        }
        if fraction { v += value > 0 ? 1 : -1 }
        return (v, !fraction)
    }

    private static func scaleUp(_ value: Int, by n: Int) -> Int? {
        if value == 0 { return 0 }
        var v = value
        for _ in 0..<max(0, n) {
            let (r, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = r
        }
        return v
    }

    /// Both mantissas at the smaller scale, or nil on overflow.
    private static func aligned(_ a: Quantity, _ b: Quantity) -> (Int, Int, Int)? {
        let s = min(a.scale, b.scale)
        guard let x = scaleUp(a.mantissa, by: a.scale - s), let y = scaleUp(b.mantissa, by: b.scale - s) else { return nil }
        return (x, y, s)
    }

    func compare(to other: Quantity) -> Int {
        if let (x, y, _) = Self.aligned(self, other) {
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        let a = approximate, b = other.approximate
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    var approximate: Double {
        var d = Double(mantissa)
        if scale > 0 { for _ in 0..<min(scale, 400) { d *= 10 } } else if scale < 0 { for _ in 0..<min(-scale, 400) { d /= 10 } }
        return d
    }

    /// `q.Add(y)`: a zero receiver takes the format of `y`.
    mutating func add(_ y: Quantity) {
        cached = nil
        if isZero { format = y.format }
        if let (a, b, s) = Self.aligned(self, y) {
            let (sum, o) = a.addingReportingOverflow(b)
            mantissa = o ? (a > 0 ? Int.max : -Int.max) : sum
            scale = s
        }
    }

    /// `ScaledValue(scale)`: ceil(q / 10^scale), away from zero.
    func scaledValue(_ target: Int) -> Int {
        if scale < target {
            return Self.scaleDown(mantissa, by: target - scale).0
        }
        return Self.scaleUp(mantissa, by: scale - target) ?? (mantissa >= 0 ? Int.max : -Int.max)
    }

    var value: Int { scaledValue(0) }
    var milliValue: Int { scaledValue(-3) }

    // MARK: canonical string

    var string: String {
        if let cached { return cached }
        if isZero { return "0" }
        var fmt = format
        var rounded = 0
        if fmt == .binarySI {
            if compare(to: Quantity(mantissa: -1024, scale: 0)) > 0 && compare(to: Quantity(mantissa: 1024, scale: 0)) < 0 {
                fmt = .decimalSI
            } else if scale >= 0, let v = Self.scaleUp(mantissa, by: scale) {
                rounded = v
            } else {
                let (v, exact) = Self.scaleDown(mantissa, by: -scale)
                if exact { rounded = v } else { fmt = .decimalSI }
            }
        }
        if fmt == .binarySI {
            var amount = rounded
            var times = 0
            while amount.magnitude >= 1024, amount % 1024 == 0 {
                amount /= 1024
                times += 1
            }
            let suffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
            return String(amount) + (times < suffixes.count ? suffixes[times] : "")
        }
        var amount = mantissa
        var exponent = scale
        while amount.magnitude >= 10, amount % 10 == 0 {
            amount /= 10
            exponent += 1
        }
        let r = ((exponent % 3) + 3) % 3
        if r != 0 {
            let mult = r == 1 ? 10 : 100
            let (v, o) = amount.multipliedReportingOverflow(by: mult)
            if !o {
                amount = v
                exponent -= r
            }
        }
        if fmt == .decimalExponent {
            return String(amount) + (exponent == 0 ? "" : "e\(exponent)")
        }
        let si: [Int: String] = [-9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E"]
        return String(amount) + (si[exponent] ?? "")
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
