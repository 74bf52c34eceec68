/// Whether apimachinery's `resource.ParseQuantity` takes a string, and the error it returns
/// when it does not: its scanner (sign, digits, an optional fraction, then a suffix of
/// `eEinumkKMGTP` letters with an optional signed exponent) and its suffix table.
public enum QuantitySyntax {
    public static let formatWrong =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    public static let suffixWrong = "unable to parse quantity's suffix"

    /// nil when the string parses; otherwise ParseQuantity's error message.
    public static func error(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return formatWrong }
        guard let suffix = scan(bytes) else { return formatWrong }
        return isKnown(suffix) ? nil : suffixWrong
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// The suffix after the number, or nil when characters are left over.
    private static func scan(_ s: [UInt8]) -> ArraySlice<UInt8>? {
        var pos = 0
        if s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") { pos = 1 }
        while pos < s.count, isDigit(s[pos]) { pos += 1 }
        if pos < s.count, s[pos] == UInt8(ascii: ".") {
            pos += 1
            while pos < s.count, isDigit(s[pos]) { pos += 1 }
        }
        let suffixStart = pos
        let letters = Array("eEinumkKMGTP".utf8)
        while pos < s.count, letters.contains(s[pos]) { pos += 1 }
        if pos < s.count, s[pos] == UInt8(ascii: "-") || s[pos] == UInt8(ascii: "+") { pos += 1 }
        while pos < s.count, isDigit(s[pos]) { pos += 1 }
        return pos == s.count ? s[suffixStart...] : nil
    }

    private static let suffixes: Set<String> = [
        "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
    ]

    private static func isKnown(_ suffix: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: suffix, as: UTF8.self)
        if suffixes.contains(text) { return true }
        // `e3`, `E-2`: a decimal exponent that fits in 64 bits.
        guard suffix.count > 1, let first = suffix.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E")
        else { return false }
        return Int64(text.dropFirst()) != nil
    }
}
