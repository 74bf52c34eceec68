/// Word wrapping as kubectl's explain does it (github.com/mitchellh/go-wordwrap v1.0.1's
/// algorithm): breaks only at white space, keeps existing newlines, lets a word longer than the
/// limit run past it, and drops the spaces where it breaks.
enum WordWrap {
    static func wrap(_ text: String, limit: Int) -> String {
        var out = ""
        var current = 0
        var word = ""
        var space = ""
        var wordLength = 0
        var spaceLength = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if wordLength == 0 {
                    if current + spaceLength > limit {
                        current = 0
                    } else {
                        current += spaceLength
                        out += space
                    }
                } else {
                    current += spaceLength + wordLength
                    out += space + word
                    word = ""
                    wordLength = 0
                }
                space = ""
                spaceLength = 0
                out += "\n"
                current = 0
            } else if scalar.properties.isWhitespace, scalar != "\u{A0}" {
                if spaceLength == 0 || wordLength > 0 {
                    current += spaceLength + wordLength
                    out += space + word
                    space = ""
                    spaceLength = 0
                    word = ""
                    wordLength = 0
                }
                space.unicodeScalars.append(scalar)
                spaceLength += 1
            } else {
                word.unicodeScalars.append(scalar)
                wordLength += 1
                if current + wordLength + spaceLength > limit, wordLength < limit {
                    out += "\n"
                    current = 0
                    space = ""
                    spaceLength = 0
                }
            }
        }
        if wordLength == 0 {
            if current + spaceLength <= limit { out += space }
        } else {
            out += space + word
        }
        return out
    }
}
