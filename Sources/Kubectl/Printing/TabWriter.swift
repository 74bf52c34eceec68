/// Aligns cells into columns as Go's `text/tabwriter` does with kubectl's settings: each
/// column as wide as its widest cell plus 3 spaces of padding (at least 6), the last cell of
/// a line unpadded, widths counted in characters.
struct TabWriter {
    var minWidth = 6
    var padding = 3

    /// The writer kubectl's describe and rollout history use: padding 2, no minimum.
    static func narrow() -> TabWriter { TabWriter(minWidth: 0, padding: 2) }

    /// Column widths remembered from the first block (kubectl's RememberWidths), so watch
    /// rows printed later line up under the header.
    private(set) var widths: [Int] = []

    mutating func format(_ rows: [[String]]) -> String {
        for row in rows {
            for (index, cell) in row.dropLast().enumerated() {
                let width = max(cell.unicodeScalars.count + padding, minWidth)
                if index < widths.count {
                    widths[index] = max(widths[index], width)
                } else {
                    widths.append(width)
                }
            }
        }
        var out = ""
        for row in rows {
            for (index, cell) in row.enumerated() {
                out += cell
                if index < row.count - 1 {
                    let width = index < widths.count ? widths[index] : minWidth
                    out += String(repeating: " ", count: max(0, width - cell.unicodeScalars.count))
                }
            }
            out += "\n"
        }
        return out
    }
}
