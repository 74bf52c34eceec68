/// The one way kubectl's JSON-to-YAML round trip changes a string's text.
///
/// Go's JSON encoder escapes every line break except NEL (U+0085), so NEL reaches go-yaml raw
/// inside a double-quoted JSON string, where YAML treats it as a line break and folds it: the
/// spaces around it vanish, one NEL becomes a space, and each further NEL in the run becomes a
/// newline. (Tabs never appear raw in Go's JSON, so only spaces count as blanks here.)
enum NELFolding {
    static func fold(_ s: String) -> String {
        guard s.unicodeScalars.contains("\u{85}") else { return s }
        let input = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < input.count {
            let c = input[i]
            guard c == " " || c == "\u{85}" else {
                out.append(c)
                i += 1
                continue
            }
            // A run of blanks and breaks, joined as libyaml's flow scalar scanner joins it.
            var whitespace = String.UnicodeScalarView()
            var sawBreak = false
            var extraBreaks = 0
            while i < input.count, input[i] == " " || input[i] == "\u{85}" {
                if input[i] == " " {
                    if !sawBreak { whitespace.append(" ") }
                } else if !sawBreak {
                    sawBreak = true
                    whitespace = String.UnicodeScalarView()
                } else {
                    extraBreaks += 1
                }
                i += 1
            }
            if sawBreak {
                if extraBreaks == 0 {
                    out.append(" ")
                } else {
                    out.append(contentsOf: String(repeating: "\n", count: extraBreaks).unicodeScalars)
                }
            } else {
                out.append(contentsOf: whitespace)
            }
        }
        return String(out)
    }
}
