/// The emitter's output and cursor state, mirroring libyaml's `column`, `whitespace` and
/// `indention` flags.
///
/// go-yaml folds long scalars by comparing the current column with the best width (80), and
/// decides line breaks from whether the cursor is at an indentation point, so these flags must
/// evolve exactly as in libyaml for the output to match byte for byte. Columns count characters
/// (Unicode scalars), not bytes, as libyaml does.
struct EmitterOutput {
    static let bestIndent = 2
    static let bestWidth = 80

    var text = String.UnicodeScalarView()
    var column = 0
    /// The last thing written was whitespace (or nothing yet), so an indicator needs no space.
    var whitespace = true
    /// The cursor is still within the indentation of the current line.
    var indention = true
    /// Current indentation; -1 before the root node.
    var indent = -1
    var indents: [Int] = []

    /// libyaml's `increase_indent`.
    mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? Self.bestIndent : 0
        } else if !indentless {
            indent += Self.bestIndent
        }
    }

    mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    /// One character that is not a line break.
    mutating func put(_ c: Unicode.Scalar) {
        text.append(c)
        column += 1
    }

    mutating func put(_ s: String) {
        for c in s.unicodeScalars { put(c) }
    }

    mutating func putBreak() {
        text.append("\n")
        column = 0
    }

    /// libyaml's `write_break`: LF is written as the output line break; other break characters
    /// (CR, NEL, LS, PS) are copied as they are and reset the column.
    mutating func writeBreak(_ c: Unicode.Scalar) {
        if c == "\n" {
            putBreak()
        } else {
            text.append(c)
            column = 0
        }
    }

    /// libyaml's `write_indent`: start a new line unless already at the indentation point.
    mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            putBreak()
        }
        while column < target { put(" ") }
        whitespace = true
        indention = true
    }

    /// libyaml's `write_indicator`.
    mutating func writeIndicator(
        _ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
    ) {
        if needWhitespace && !whitespace { put(" ") }
        put(indicator)
        whitespace = isWhitespace
        indention = indention && isIndention
    }
}
