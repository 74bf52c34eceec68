/// Python's notions of whitespace, which aws-cli's parsing inherits.
///
/// Three different sets matter: `string.whitespace` (what the shorthand parser skips between
/// tokens), `str.isspace()` / regex `\s` (what `strip()` removes and what may continue a bare
/// shorthand value), and C's `isspace` on ASCII (what `int()`/`float()` skip).
enum PythonText {
    /// `string.whitespace`: `' \t\n\r\x0b\x0c'`.
    static func isASCIIWhitespace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        default: return false
        }
    }

    /// `str.isspace()`, identical to `re`'s `\s` on str patterns (checked over all code points
    /// against Python 3.13).
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `str.strip()` with no argument.
    static func strip(_ s: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        var view = s
        while let first = view.first, isSpace(first) { view.removeFirst() }
        while let last = view.last, isSpace(last) { view.removeLast() }
        return view
    }

    static func strip(_ s: String) -> String { String(String.UnicodeScalarView(strip(Substring(s).unicodeScalars))) }

    static func lstrip(_ s: String) -> String {
        var view = Substring(s).unicodeScalars
        while let first = view.first, isSpace(first) { view.removeFirst() }
        return String(String.UnicodeScalarView(view))
    }

    static func rstrip(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var end = scalars.count
        while end > 0, isSpace(scalars[end - 1]) { end -= 1 }
        return Array(scalars[0..<end])
    }

    /// `str.lower()` for the comparisons aws-cli makes (`value.lower() == 'false'`).
    static func lower(_ s: String) -> String { s.lowercased() }
}
