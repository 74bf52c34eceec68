/// What libyaml's emitter learns about a scalar before choosing how to write it
/// (`yaml_emitter_analyze_scalar` in the emitter that ruamel.yaml.clib bundles; aws-cli v2
/// dumps through that C emitter).
///
/// The flags decide between plain, 'single-quoted' and "double-quoted" styles: indicators
/// such as a leading `-␠`, `: ` or ` #` rule out plain; leading or trailing spaces and line
/// breaks rule out plain; a space next to a line break rules out single quotes; and anything
/// not printable rules out everything but double quotes. Non-ASCII text is allowed as is
/// (ruamel sets `allow_unicode`), except what libyaml deems unprintable: C0/C1 controls,
/// DEL, U+FEFF, U+FFFE/U+FFFF and everything beyond the BMP (so emoji are escaped).
struct YAMLScalarAnalysis {
    var scalars: [Unicode.Scalar]
    /// Length in UTF-8 bytes, which libyaml compares with 128 for simple keys.
    var byteLength: Int
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    init(_ value: String) {
        scalars = Array(value.unicodeScalars)
        byteLength = value.utf8.count
        if scalars.isEmpty {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        analyze()
    }

    private mutating func analyze() {
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

        let s = scalars
        let prefix3 = s.prefix(3).map { $0 }
        if prefix3 == ["-", "-", "-"] || prefix3 == [".", ".", "."] {
            blockIndicators = true
            flowIndicators = true
        }
        var precededByWhitespace = true
        var followedByWhitespace = Self.isBlankOrEnd(s, 1)

        for i in s.indices {
            let c = s[i]
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

            if !Self.isPrintable(c) { specialCharacters = true }
            if Self.isBreak(c) { lineBreaks = true }

            if c == " " {
                if i == 0 { leadingSpace = true }
                if i == s.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if Self.isBreak(c) {
                if i == 0 { leadingBreak = true }
                if i == s.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }

            precededByWhitespace = Self.isBlankOrEnd(s, i)
            if i + 1 < s.count { followedByWhitespace = Self.isBlankOrEnd(s, i + 2) }
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

    /// libyaml's `IS_PRINTABLE`, translated from UTF-8 lead bytes to code points.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return c.value != 0xFEFF
        default: return false
        }
    }

    /// `IS_BREAK`: CR, LF, NEL, LS, PS.
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0D, 0x0A, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `IS_BLANKZ` at index `i`: space, tab, a break, NUL, or past the end (libyaml reads the
    /// terminating NUL there).
    static func isBlankOrEnd(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count else { return true }
        let c = s[i]
        return c == " " || c == "\t" || c == "\0" || isBreak(c)
    }
}
