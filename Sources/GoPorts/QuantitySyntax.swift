/// apimachinery's `resource.ParseQuantity` as far as reading the string goes: its scanner
/// (sign, digits, an optional fraction, then a suffix of `eEinumkKMGTP` letters with an
/// optional signed exponent), its suffix table, and the errors it returns.
public enum QuantitySyntax {
    public static let formatWrong =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    public static let suffixWrong = "unable to parse quantity's suffix"

    /// A quantity's text, taken apart: `-1.5Gi` is negative, integer `1`, fraction `5`,
    /// base 2, exponent 30.
    public struct Parts: Sendable {
        public var negative: Bool
        /// Decimal digit values (0–9), as written.
        public var integer: [UInt8]
        public var fraction: [UInt8]
        /// 10 or 2: the value is (integer.fraction) × base^exponent.
        public var base: Int
        public var exponent: Int
        public var suffix: String
    }

    /// nil when ParseQuantity takes the string; otherwise its error message.
    public static func error(_ text: String) -> String? {
        if isPlain(text) { return nil }
        if case .failure(let message) = parse(text) { return message }
        return nil
    }

    /// Whether `text` is digits and then nothing or one of the table's suffixes (`8`, `100m`,
    /// `32Gi`): what nearly every quantity looks like, and always valid. Checked in place,
    /// without taking the text apart.
    public static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var digits = 0
            while digits < bytes.count, isDigit(bytes[digits]) { digits += 1 }
            guard digits > 0 else { return false }
            switch bytes.count - digits {
            case 0: return true
            case 1: return "numkMGTPE".utf8.contains(bytes[digits])
            case 2: return bytes[digits + 1] == UInt8(ascii: "i") && "KMGTPE".utf8.contains(bytes[digits])
            default: return false
            }
        } ?? false
    }

    public enum Parsed: Sendable {
        case success(Parts)
        case failure(String)
    }

    public static func parse(_ text: String) -> Parsed {
        let s = Array(text.utf8)
        if s.isEmpty { return .failure(formatWrong) }
        var pos = 0
        var negative = false
        if s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
            negative = s[0] == UInt8(ascii: "-")
            pos = 1
        }
        let integerStart = pos
        while pos < s.count, isDigit(s[pos]) { pos += 1 }
        let integer = s[integerStart..<pos].map { $0 - 48 }
        var fraction: [UInt8] = []
        if pos < s.count, s[pos] == UInt8(ascii: ".") {
            pos += 1
            let fractionStart = pos
            while pos < s.count, isDigit(s[pos]) { pos += 1 }
            fraction = s[fractionStart..<pos].map { $0 - 48 }
        }
        let suffixStart = pos
        let letters = Array("eEinumkKMGTP".utf8)
        while pos < s.count, letters.contains(s[pos]) { pos += 1 }
        if pos < s.count, s[pos] == UInt8(ascii: "-") || s[pos] == UInt8(ascii: "+") { pos += 1 }
        while pos < s.count, isDigit(s[pos]) { pos += 1 }
        guard pos == s.count else { return .failure(formatWrong) }
        let suffix = String(decoding: s[suffixStart...], as: UTF8.self)
        guard let (base, exponent) = interpret(suffix) else { return .failure(suffixWrong) }
        return .success(Parts(negative: negative, integer: integer, fraction: fraction, base: base, exponent: exponent,
                              suffix: suffix))
    }

    /// The base and exponent a suffix stands for (`Mi` → 2^20, `k` → 10^3, `e-2` → 10^-2).
    public static func interpret(_ suffix: String) -> (base: Int, exponent: Int)? {
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
            // A decimal exponent: parsed as int64, then truncated to int32 as Go does.
            guard suffix.utf8.count > 1, suffix.first == "e" || suffix.first == "E",
                let parsed = Int64(suffix.dropFirst())
            else { return nil }
            return (10, Int(Int32(truncatingIfNeeded: parsed)))
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
