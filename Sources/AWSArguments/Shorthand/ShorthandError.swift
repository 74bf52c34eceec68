/// A shorthand value aws-cli v2 could not parse, with its error text.
///
/// v2 2.27.0 renders the input under the message with a caret under the failing character:
///
///     Expected: ',', received: 'EOF' for input:
///      a=b,c=[d
///             ^
///
/// (note the space before the input, which v1 lacks). When the input spans lines, only the line
/// holding the error gets the caret line after it.
public enum ShorthandError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ShorthandParseSyntaxError`: `expected` was wanted at `index` (in code points) but
    /// `actual` (a character, `EOF` or `<none>`) was found.
    case syntax(input: String, expected: String, actual: String, index: Int)
    /// `DuplicateKeyInObjectError`: a top-level key given twice (`a=1,a=2`).
    case duplicateKey(key: String, input: String, index: Int)
    /// A `key@=file://...` value whose file could not be read (`ResourceLoadingError`, which
    /// aws-cli does not treat as a shorthand error).
    case paramFile(message: String)
    /// The parse went deeper than Python's recursion limit allows (`RecursionError`).
    case recursion

    public var message: String {
        switch self {
        case let .syntax(input, expected, actual, index):
            return "Expected: '\(expected)', received: '\(actual)' for input:\n \(Self.location(input, index))"
        case let .duplicateKey(key, input, index):
            return "Second instance of key \"\(key)\" encountered for input:\n\(Self.location(input, index))\n"
                + "This is often because there is a preceding \",\" instead of a space."
        case let .paramFile(message):
            return message
        case .recursion:
            return "maximum recursion depth exceeded"
        }
    }

    public var description: String { message }

    /// `ShorthandParseError._error_location`: the line up to and including the error, a caret
    /// under the error column, then the rest of the input.
    static func location(_ input: String, _ index: Int) -> String {
        let s = Array(input.unicodeScalars)
        let at = max(0, min(index, s.count))
        var spaces = at
        if let lastNewline = s[..<at].lastIndex(of: "\n") { spaces = at - lastNewline - 1 }
        var consumed = s
        var remaining: ArraySlice<Unicode.Scalar> = []
        if let nextNewline = s[at...].firstIndex(of: "\n") {
            consumed = Array(s[..<nextNewline])
            remaining = s[nextNewline...]
        }
        var out = String.UnicodeScalarView(consumed)
        out.append("\n")
        out.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
        out.append("^")
        out.append(contentsOf: remaining)
        return String(out)
    }
}
