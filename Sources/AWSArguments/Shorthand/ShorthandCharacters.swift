/// The character classes of aws-cli's shorthand value regexes, as predicates.
///
/// aws-cli matches bare values with `re` patterns whose classes are code-point ranges up to
/// U+FFFF, so characters beyond the Basic Multilingual Plane (emoji) end a bare value, and the
/// three classes differ in exactly which ASCII punctuation they admit:
///
/// * a value starts with anything but whitespace, controls, `"` `'` `,` `=` `[` `{`;
/// * a first value continues with anything but controls, `"` `'` `,` `]` `}` (so `=` and
///   spaces are allowed, and a value inside `[...]` or `{...}` stops at the closing bracket);
/// * a later value of a comma list continues with anything but controls, `"` `'` `,` `=`
///   (so `a=b,c=d` backtracks: `c` is a key, not a list item).
///
/// `\,` is an escaped comma that may appear anywhere in a bare value. Whitespace inside the
/// continuation classes is `\s` (Python's `str.isspace`). The tests check these predicates
/// against Python's compiled regexes over every code point.
enum ShorthandCharacters {
    static func startsValue(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x3C, 0x3E...0x5A, 0x5C...0x7A, 0x7C...0xFFFF: return true
        default: return false
        }
    }

    static func continuesFirstValue(_ c: Unicode.Scalar) -> Bool {
        if PythonText.isSpace(c) { return true }
        switch c.value {
        case 0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x5C, 0x5E...0x7C, 0x7E...0xFFFF: return true
        default: return false
        }
    }

    static func continuesSecondValue(_ c: Unicode.Scalar) -> Bool {
        if PythonText.isSpace(c) { return true }
        switch c.value {
        case 0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x3C, 0x3E...0xFFFF: return true
        default: return false
        }
    }

    /// Characters allowed in a key: `[a-zA-Z0-9\-_.#/:]`.
    static func isKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "#", "/", ":": return true
        default: return false
        }
    }
}
