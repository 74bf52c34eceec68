/// What libyaml's emitter (as ported in go-yaml v2) learns about a scalar before choosing how to
/// write it: which styles can represent it faithfully.
///
/// The character classes follow go-yaml v2 exactly, including its narrow idea of "printable"
/// (no tab, no CR, no NEL, nothing above U+FFFF), which is why kubectl writes emoji as
/// `"\U0001F600"` and tabs as `"\t"`.
struct ScalarAnalysis {
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    init(_ scalars: [Unicode.Scalar]) {
        if scalars.isEmpty {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false
        var leadingBreak = false
        var trailingSpace = false
        var trailingBreak = false
        var breakSpace = false
        var spaceBreak = false
        var previousSpace = false
        var previousBreak = false

        if scalars.count >= 3 {
            let head = (scalars[0], scalars[1], scalars[2])
            if head == ("-", "-", "-") || head == (".", ".", ".") {
                blockIndicators = true
                flowIndicators = true
            }
        }

        var precededByWhitespace = true
        for (i, c) in scalars.enumerated() {
            let followedByWhitespace = i + 1 >= scalars.count || YAMLChar.isBlank(scalars[i + 1])
            if i == 0 {
                switch c {
                case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
                    flowIndicators = true
                    blockIndicators = true
                case "?", ":":
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case "-":
                    if followedByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            } else {
                switch c {
                case ",", "?", "[", "]", "{", "}":
                    flowIndicators = true
                case ":":
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case "#":
                    if precededByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            }

            if !YAMLChar.isPrintable(c) { specialCharacters = true }
            if c == " " {
                if i == 0 { leadingSpace = true }
                if i == scalars.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if YAMLChar.isBreak(c) {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i == scalars.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = YAMLChar.isBlankOrBreakOrNul(c)
        }

        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}

/// go-yaml v2's character classes (`yamlprivateh.go`), on Unicode scalars.
enum YAMLChar {
    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\r" || c == "\n" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }

    static func isBlankOrBreakOrNul(_ c: Unicode.Scalar) -> Bool {
        isBlank(c) || isBreak(c) || c == "\0"
    }

    /// Printable as go-yaml v2 decides it from UTF-8 lead bytes: LF, ASCII 0x20-0x7E,
    /// U+00A0-U+D7FF and U+E000-U+FFFD except the BOM. Four-byte characters are *not* printable.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return c.value != 0xFEFF
        default: return false
        }
    }
}
