import JSONValue

/// A port of Go's `text/tabwriter` with the settings `kubectl describe` uses:
/// `tabwriter.Writer.Init(buf, 0, 8, 2, ' ', 0)` (minwidth 0, tabwidth 8, padding 2, pad with
/// spaces, no flags), from kubernetes/kubectl `pkg/describe/describe.go` `tabbedString`.
///
/// Why a faithful port rather than "pad every column": Go aligns a column only over a *block*
/// of consecutive lines that all have a cell in that column, a line without any tab flushes
/// everything before it, and the text after a line's last tab is not part of any column. The
/// describe layouts (e.g. `IPs:` followed by `  IP:` lines, or `Events:\t<none>` joining the
/// block above it) depend on exactly these rules. Widths count Unicode scalars, as Go counts
/// runes.
struct TabWriter {
    private struct Cell {
        var text: String
        var width: Int
        var htab: Bool
    }

    private let minwidth = 0
    private let padding = 2

    private var lines: [[Cell]] = [[]]
    private var cellText = ""
    private var cellWidth = 0
    private var widths: [Int] = []
    private(set) var output = ""

    mutating func write(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\u{0B}", "\n", "\u{0C}":
                let cells = terminateCell(htab: scalar == "\t")
                if scalar == "\n" || scalar == "\u{0C}" {
                    lines.append([])
                    // A line of one cell cannot affect the layout of later lines: Go flushes here.
                    if scalar == "\u{0C}" || cells == 1 {
                        flush()
                    }
                }
            default:
                cellText.unicodeScalars.append(scalar)
                cellWidth += 1
            }
        }
    }

    /// Formats and emits everything buffered (Go's `Flush`).
    mutating func flush() {
        if !cellText.isEmpty {
            _ = terminateCell(htab: false)
        }
        format(line0: 0, line1: lines.count)
        lines = [[]]
        cellText = ""
        cellWidth = 0
        widths = []
    }

    private mutating func terminateCell(htab: Bool) -> Int {
        lines[lines.count - 1].append(Cell(text: cellText, width: cellWidth, htab: htab))
        cellText = ""
        cellWidth = 0
        return lines[lines.count - 1].count
    }

    private mutating func format(line0 start: Int, line1: Int) {
        var line0 = start
        let column = widths.count
        var this = line0
        while this < line1 {
            if column >= lines[this].count - 1 {
                this += 1
                continue
            }
            // A cell exists in this column: print the lines before the block, then size the block.
            writeLines(line0: line0, line1: this)
            line0 = this
            var width = minwidth
            while this < line1 {
                if column >= lines[this].count - 1 { break }
                let cell = lines[this][column]
                width = max(width, cell.width + padding)
                this += 1
            }
            widths.append(width)
            format(line0: line0, line1: this)
            widths.removeLast()
            line0 = this
        }
        writeLines(line0: line0, line1: line1)
    }

    private mutating func writeLines(line0: Int, line1: Int) {
        guard line0 < line1 else { return }
        for i in line0..<line1 {
            for (j, cell) in lines[i].enumerated() {
                output += cell.text
                if j < widths.count {
                    output += String(repeating: " ", count: max(0, widths[j] - cell.width))
                }
            }
            if i + 1 == lines.count {
                output += cellText  // the unterminated last line (no newline yet)
            } else {
                output += "\n"
            }
        }
    }
}
