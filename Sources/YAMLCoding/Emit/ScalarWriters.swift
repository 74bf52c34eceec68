/// The scalar writers of libyaml's emitter, including its line folding.
///
/// Folding is what makes long values wrap in `kubectl -o yaml`: at a space, once the column is
/// past 80, the writer breaks the line and continues at the scalar's indentation. Each style
/// has its own small conditions for where a break may go; they are kept as libyaml has them.
extension EmitterOutput {
    mutating func writePlain(_ value: [Unicode.Scalar], allowBreaks: Bool) {
        if !whitespace { put(" ") }
        var spaces = false
        var breaks = false
        var i = 0
        while i < value.count {
            let c = value[i]
            if c == " " {
                let nextIsSpace = i + 1 < value.count && value[i + 1] == " "
                if allowBreaks && !spaces && column > Self.bestWidth && !nextIsSpace {
                    writeIndent()
                } else {
                    put(c)
                }
                spaces = true
            } else if YAMLChar.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                put(c)
                indention = false
                spaces = false
                breaks = false
            }
            i += 1
        }
        whitespace = false
        indention = false
    }

    mutating func writeSingleQuoted(_ value: [Unicode.Scalar], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var i = 0
        while i < value.count {
            let c = value[i]
            if c == " " {
                let nextIsSpace = i + 1 < value.count && value[i + 1] == " "
                if allowBreaks && !spaces && column > Self.bestWidth && i > 0 && i < value.count - 1
                    && !nextIsSpace
                {
                    writeIndent()
                } else {
                    put(c)
                }
                spaces = true
            } else if YAMLChar.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if c == "'" { put("'") }
                put(c)
                indention = false
                spaces = false
                breaks = false
            }
            i += 1
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    mutating func writeDoubleQuoted(_ value: [Unicode.Scalar], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        // libyaml checks for a byte order mark at the start of the *whole value* at every
        // position, so a value starting with U+FEFF has every character escaped.
        let startsWithBOM = value.first == "\u{FEFF}"
        var spaces = false
        var i = 0
        while i < value.count {
            let c = value[i]
            if !YAMLChar.isPrintable(c) || startsWithBOM || YAMLChar.isBreak(c) || c == "\"" || c == "\\" {
                put("\\")
                put(Self.escape(c))
                spaces = false
            } else if c == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && i > 0 && i < value.count - 1 {
                    writeIndent()
                    if i + 1 < value.count && value[i + 1] == " " { put("\\") }
                } else {
                    put(c)
                }
                spaces = true
            } else {
                put(c)
                spaces = false
            }
            i += 1
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// The escape after the backslash: named escapes, else `x`/`u`/`U` with uppercase hex.
    private static func escape(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x00: return "0"
        case 0x07: return "a"
        case 0x08: return "b"
        case 0x09: return "t"
        case 0x0A: return "n"
        case 0x0B: return "v"
        case 0x0C: return "f"
        case 0x0D: return "r"
        case 0x1B: return "e"
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x85: return "N"
        case 0xA0: return "_"
        case 0x2028: return "L"
        case 0x2029: return "P"
        default:
            let (letter, width): (String, Int) =
                c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
            let hex = String(c.value, radix: 16, uppercase: true)
            return letter + String(repeating: "0", count: max(0, width - hex.count)) + hex
        }
    }

    mutating func writeLiteral(_ value: [Unicode.Scalar]) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(value)
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        for c in value {
            if YAMLChar.isBreak(c) {
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                put(c)
                indention = false
                breaks = false
            }
        }
    }

    /// The indentation indicator (when the text starts with a space or break) and the chomping
    /// indicator: `-` without a final break, `+` when more than one break ends the text.
    private mutating func writeBlockScalarHints(_ value: [Unicode.Scalar]) {
        if let first = value.first, first == " " || YAMLChar.isBreak(first) {
            writeIndicator(String(Self.bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: String?
        if let last = value.last {
            if !YAMLChar.isBreak(last) {
                chomp = "-"
            } else if value.count == 1 || YAMLChar.isBreak(value[value.count - 2]) {
                chomp = "+"
            }
        } else {
            chomp = "-"
        }
        if let chomp {
            writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
    }
}
