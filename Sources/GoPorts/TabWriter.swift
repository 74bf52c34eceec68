import SimCore

/// Go's `text/tabwriter` (as forked in `liggitt/tabwriter`, with `RememberWidths`), padding
/// with spaces. kubectl's tables use `TabWriter()` — `GetNewTabWriter`'s minimum width 6,
/// padding 3, widths remembered across flushes so watch rows line up; `describe` and
/// `rollout history` use `TabWriter.describe` — minimum width 0, padding 2, nothing remembered.
///
/// Cells end at a tab; a column is as wide as its widest cell plus the padding, at least the
/// minimum width, over a block of consecutive lines that all have that column; the last cell
/// of a line is not part of any column and is never padded. Widths count Unicode scalars
/// (Go counts runes), not terminal columns. A value containing a newline or tab reshapes the
/// table exactly as in kubectl, which is why this is a port rather than a simple pad-to-width.
public struct TabWriter {
    private struct Cell {
        var size = 0  // bytes
        var width = 0  // runes
        var htab = false  // ended by a tab
    }

    private let minWidth: Int
    private let padding: Int
    private let rememberWidths: Bool

    public init(minWidth: Int = 6, padding: Int = 3, rememberWidths: Bool = true) {
        self.minWidth = minWidth
        self.padding = padding
        self.rememberWidths = rememberWidths
    }

    /// `describe`'s writer: `tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)`.
    public static var describe: TabWriter { TabWriter(minWidth: 0, padding: 2, rememberWidths: false) }

    private(set) var output: [UInt8] = []
    private var buffer: [UInt8] = []
    private var widthPosition = 0
    private var cell = Cell()
    private var lines: [[Cell]] = [[]]
    private var widths: [Int] = []
    /// The RememberWidths extension: the widest each column has been, across flushes.
    private var maxWidths: [Int] = []

    public var text: String { String(decoding: output, as: UTF8.self) }

    /// Lays out rows of cells (each row a line, cells separated by tabs), flushes, and returns
    /// just what these rows printed; remembered widths carry over to the next call.
    public mutating func format(_ rows: [[String]]) -> String {
        if let text = formatUniform(rows) { return text }
        let start = output.count
        for row in rows {
            if row.allSatisfy(Self.isPlain) { writeRow(row) } else { write(row.joined(separator: "\t") + "\n") }
        }
        flush()
        let text = String(decoding: output[start...], as: UTF8.self)
        output.removeAll(keepingCapacity: true)
        return text
    }

    /// The usual table, laid out directly: every row with the same number of cells (two or
    /// more), none holding a tab or newline, and nothing written before. Then all lines make one
    /// block, each column but the last is as wide as its widest cell plus the padding (or the
    /// remembered width), and the result is what the cell-by-cell writer gives. A big table
    /// (`get pods` of 150,000) is measured and written half on each thread.
    private mutating func formatUniform(_ rows: [[String]]) -> String? {
        guard let columns = rows.first?.count, columns >= 2, buffer.isEmpty, cell.size == 0, lines.count == 1,
            lines[0].isEmpty, rows.allSatisfy({ $0.count == columns && $0.allSatisfy(Self.isPlain) })
        else { return nil }
        let minWidth = minWidth, padding = padding
        var widths = inHalves(of: rows.count, from: Self.rowsForTwoThreads) { range in
            var widths = [Int](repeating: minWidth, count: columns - 1)
            for row in rows[range] {
                for column in widths.indices { widths[column] = max(widths[column], Self.runes(row[column]) + padding) }
            }
            return widths
        }.reduce(into: [Int](repeating: minWidth, count: columns - 1)) { all, half in
            for column in all.indices { all[column] = max(all[column], half[column]) }
        }
        if rememberWidths {
            for column in widths.indices {
                if column == maxWidths.count {
                    maxWidths.append(widths[column])
                } else if maxWidths[column] > widths[column] {
                    widths[column] = maxWidths[column]
                } else {
                    maxWidths[column] = widths[column]
                }
            }
        }
        let final = widths
        let texts = inHalves(of: rows.count, from: Self.rowsForTwoThreads) { range in
            var bytes: [UInt8] = []
            for row in rows[range] {
                for column in final.indices {
                    bytes += row[column].utf8
                    bytes.append(contentsOf: repeatElement(0x20, count: max(0, final[column] - Self.runes(row[column]))))
                }
                bytes += row[columns - 1].utf8
                bytes.append(0x0A)
            }
            return bytes
        }
        // As the cell-by-cell way leaves it: nothing kept once the rows are returned.
        output.removeAll(keepingCapacity: true)
        return texts.map { String(decoding: $0, as: UTF8.self) }.joined()
    }

    /// From this many rows, a table is laid out on two threads.
    public static let rowsForTwoThreads = 8192

    /// Unicode scalars in a cell, as Go counts runes.
    private static func runes(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether a cell holds none of the bytes that end a cell or a line.
    private static func isPlain(_ cell: String) -> Bool {
        !cell.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0B || $0 == 0x0C }
    }

    /// `write(row.joined(separator: "\t") + "\n")` for cells without tabs or newlines, cell
    /// by cell instead of through one joined string scanned byte by byte.
    private mutating func writeRow(_ row: [String]) {
        for (index, text) in row.enumerated() {
            for byte in text.utf8 where byte & 0xC0 != 0x80 { cell.width += 1 }
            buffer.append(contentsOf: text.utf8)
            cell.size += text.utf8.count
            widthPosition = buffer.count
            if index < row.count - 1 { _ = terminateCell(htab: true) }
        }
        // The line ends as a newline ends it in `write`.
        let cellCount = terminateCell(htab: false)
        lines.append([])
        if cellCount == 1 { flush() }
    }

    public mutating func write(_ text: String) {
        let bytes = Array(text.utf8)
        var start = 0
        for (i, byte) in bytes.enumerated() {
            switch byte {
            case 0x09, 0x0B, 0x0A, 0x0C:  // \t \v \n \f end a cell
                append(bytes[start..<i])
                updateWidth()
                start = i + 1
                let cellCount = terminateCell(htab: byte == 0x09)
                if byte == 0x0A || byte == 0x0C {
                    lines.append([])
                    // A line of one cell cannot affect later columns, so Go flushes there.
                    if byte == 0x0C || cellCount == 1 { flush() }
                }
            default:
                break
            }
        }
        append(bytes[start...])
    }

    public mutating func flush() {
        if cell.size > 0 { _ = terminateCell(htab: false) }
        format()
        buffer = []
        widthPosition = 0
        cell = Cell()
        lines = [[]]
        widths = []
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        buffer += bytes
        cell.size += bytes.count
    }

    private mutating func updateWidth() {
        cell.width += buffer[widthPosition...].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        widthPosition = buffer.count
    }

    private mutating func terminateCell(htab: Bool) -> Int {
        cell.htab = htab
        let index = lines.count - 1
        lines[index].append(cell)
        cell = Cell()
        return lines[index].count
    }

    /// Go's recursive `format`, one level per column, run on an explicit stack so a table with
    /// thousands of columns cannot overflow the call stack.
    private mutating func format() {
        struct Frame {
            var line0: Int
            let line1: Int
            var this: Int
        }
        var position = 0
        var stack = [Frame(line0: 0, line1: lines.count, this: 0)]
        while var frame = stack.last {
            let column = stack.count - 1
            while frame.this < frame.line1, column >= lines[frame.this].count - 1 { frame.this += 1 }
            if frame.this >= frame.line1 {
                position = writeLines(position, frame.line0, frame.line1)
                stack.removeLast()
                guard !stack.isEmpty else { break }
                widths.removeLast()
                let parent = stack.count - 1
                stack[parent].line0 = stack[parent].this
                stack[parent].this += 1
                continue
            }
            // A block of consecutive lines that have a cell in this column.
            position = writeLines(position, frame.line0, frame.this)
            frame.line0 = frame.this
            var width = minWidth
            while frame.this < frame.line1, column < lines[frame.this].count - 1 {
                width = max(width, lines[frame.this][column].width + padding)
                frame.this += 1
            }
            if rememberWidths {
                if maxWidths.count < widths.count { maxWidths += widths[maxWidths.count...] }
                if maxWidths.count == widths.count {
                    maxWidths.append(width)
                } else if maxWidths[widths.count] > width {
                    width = maxWidths[widths.count]
                } else {
                    maxWidths[widths.count] = width
                }
            }
            widths.append(width)
            stack[stack.count - 1] = frame
            stack.append(Frame(line0: frame.line0, line1: frame.this, this: frame.line0))
        }
    }

    private mutating func writeLines(_ start: Int, _ line0: Int, _ line1: Int) -> Int {
        var position = start
        for i in line0..<max(line0, line1) {
            for (j, c) in lines[i].enumerated() {
                if c.size > 0 {
                    output += buffer[position..<position + c.size]
                    position += c.size
                }
                if j < widths.count {
                    output.append(contentsOf: repeatElement(0x20, count: max(0, widths[j] - c.width)))
                }
            }
            if i + 1 == lines.count {
                output += buffer[position..<position + cell.size]
                position += cell.size
            } else {
                output.append(0x0A)
            }
        }
        return position
    }
}

