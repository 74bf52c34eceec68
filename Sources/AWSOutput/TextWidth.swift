/// Display width as aws-cli's table printer measures it (`awscli/table.py`, `get_text_length`).
///
/// Python counts code points, and `unicodedata.east_asian_width` in W, F or A makes one count
/// as two. Combining marks and zero-width characters still count as one, which is not what a
/// terminal shows but is what the CLI pads by; matching it keeps the borders byte-identical.
enum TextWidth {
    static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += isWide(scalar.value) ? 2 : 1
        }
        return width
    }

    static func isWide(_ codePoint: UInt32) -> Bool {
        if codePoint < 0xA1 { return false }  // ASCII and Latin-1 controls: the common case
        let bounds = EastAsianWideRanges.bounds
        var low = 0
        var high = bounds.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            let first = bounds[2 * middle]
            let last = bounds[2 * middle + 1]
            if codePoint < first {
                high = middle - 1
            } else if codePoint > last {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
