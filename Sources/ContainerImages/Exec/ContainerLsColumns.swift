/// How `ls` lays names out on a terminal (`kubectl exec -it … -- sh`, then `ls`): in columns
/// down the screen, as GNU coreutils and busybox each fit them. Into a pipe or a file, `ls`
/// prints one name a line instead.
enum ContainerLsColumns {
    /// The width of the terminal `kubectl exec -t` reports.
    static let terminalWidth = 80

    /// GNU ls: as many columns as fit, each as wide as its longest name and two spaces,
    /// reached with tabs where a tab stop (every 8) gets there (coreutils 9.1's `indent`).
    static func gnu(_ names: [String], width: Int = terminalWidth) -> String {
        guard !names.isEmpty else { return "" }
        let minimumColumn = 3
        let candidates = min(max(1, width / minimumColumn), names.count)
        // The most columns whose widths, with their gaps, stay within the line.
        var columns = 1
        var widths: [Int] = []
        for count in stride(from: candidates, through: 1, by: -1) {
            let rows = (names.count + count - 1) / count
            var columnWidths = Array(repeating: minimumColumn, count: count)
            var lineLength = count * minimumColumn
            var fits = true
            for (index, name) in names.enumerated() {
                let column = index / rows
                guard column < count else { fits = false; break }
                let length = name.count + (column == count - 1 ? 0 : 2)
                if columnWidths[column] < length {
                    lineLength += length - columnWidths[column]
                    columnWidths[column] = length
                    if lineLength >= width { fits = false; break }
                }
            }
            if fits {
                columns = count
                widths = columnWidths
                break
            }
        }
        let rows = (names.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            // Each name starts where its column does; the gap after it runs to the next column.
            var start = 0
            for (column, index) in stride(from: row, to: names.count, by: rows).enumerated() {
                if column > 0 {
                    let previous = names[index - rows].count
                    text += indent(from: start + previous, to: start + widths[column - 1])
                    start += widths[column - 1]
                }
                text += names[index]
            }
            text += "\n"
        }
        return text
    }

    /// Spaces, or a tab where one reaches a tab stop on the way.
    private static func indent(from start: Int, to end: Int) -> String {
        var from = start
        var text = ""
        while from < end {
            if end / 8 > (from + 1) / 8 {
                text += "\t"
                from += 8 - from % 8
            } else {
                text += " "
                from += 1
            }
        }
        return text
    }

    /// busybox ls: every column as wide as the longest name and two spaces, as many as fit
    /// in one less than the terminal's width.
    static func busybox(_ names: [String], width: Int = terminalWidth) -> String {
        guard !names.isEmpty else { return "" }
        let columnWidth = (names.map(\.count).max() ?? 0) + 2
        var columns = (width - 1) / columnWidth
        var rows = names.count
        if columns > 1 {
            rows = (names.count + columns - 1) / columns
        } else {
            columns = 1
        }
        var text = ""
        for row in 0..<rows {
            var column = 0
            var nextStop = 0
            for index in stride(from: row, to: names.count, by: rows).prefix(columns) {
                if column > 0 {
                    text += String(repeating: " ", count: nextStop - column)
                    column = nextStop
                }
                nextStop = column + columnWidth
                text += names[index]
                column += names[index].count
            }
            text += "\n"
        }
        return text
    }
}
