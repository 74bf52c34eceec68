/// One box of a table: an optional title, optional column headers and rows of cells.
///
/// Mirrors `Section` in `awscli/table.py`, including its bookkeeping quirks, because the
/// layout depends on them: column widths are tracked from the first header or row on, the
/// column count is fixed by whichever comes first, and a title may be Python's `None` (nested
/// `--query` lists), which hides it but still counts as the four letters of `"None"` when the
/// box's width is computed.
struct TableSection {
    /// `nil` is Python's `None`: no title line, but `get_text_length(None)` is 4.
    var title: String? = ""
    var headers: [String] = []
    var rows: [[String]] = []
    var indentLevel = 0
    private var columnCount: Int?
    private var maxWidths: [Int] = []

    init(title: String?, indentLevel: Int) {
        self.title = title
        self.indentLevel = indentLevel
    }

    /// Whether Python would find the title truthy (`if section.title:`).
    var hasVisibleTitle: Bool { !(title ?? "").isEmpty }

    /// The width the title claims: `get_text_length(str(title))`.
    var titleWidth: Int { TextWidth.of(title ?? "None") }

    mutating func addHeader(_ headers: [String]) throws(FormatterError) {
        try updateMaxWidths(headers)
        if columnCount == nil { columnCount = headers.count }
        self.headers = headers
    }

    mutating func addRow(_ row: [String]) throws(FormatterError) {
        if columnCount == nil { columnCount = row.count }
        if let columnCount, row.count != columnCount {
            throw .value("Row should have \(columnCount) elements, instead it has \(row.count)")
        }
        rows.append(row)
        try updateMaxWidths(row)
    }

    private mutating func updateMaxWidths(_ cells: [String]) throws(FormatterError) {
        if maxWidths.isEmpty {
            maxWidths = cells.map(TextWidth.of)
            return
        }
        for (i, cell) in cells.enumerated() {
            guard i < maxWidths.count else { throw .index("list index out of range") }
            maxWidths[i] = max(TextWidth.of(cell), maxWidths[i])
        }
    }

    /// Column widths (content + `padding`), stretched proportionally so that they add up to
    /// `maxWidth` when it is given: each is rounded half-to-even, as Python's `round`, then the
    /// sum is corrected one column at a time (from the left when too wide, from the right when
    /// too narrow).
    func columnWidths(padding: Int, maxWidth: Int? = nil) -> [Int] {
        let unscaled = maxWidths.map { $0 + padding }
        guard let maxWidth, !unscaled.isEmpty else { return unscaled }
        let total = unscaled.reduce(0, +)
        guard total != 0 else { return unscaled }  // Python would divide by zero; padding is always 4
        let scale = Double(maxWidth) / Double(total)
        var scaled = unscaled.map { Int((scale * Double($0)).rounded(.toNearestOrEven)) }
        var offBy = scaled.reduce(0, +) - maxWidth
        while offBy != 0 {
            let order = offBy < 0 ? Array(scaled.indices.reversed()) : Array(scaled.indices)
            for i in order {
                if offBy > 0 {
                    scaled[i] -= 1
                    offBy -= 1
                } else {
                    scaled[i] += 1
                    offBy += 1
                }
                if offBy == 0 { break }
            }
        }
        return scaled
    }

    /// The width this box needs: columns + 4 each, 2 for the borders, 2 per indent level, or
    /// what the title needs if that is more (`Section.total_width`).
    func totalWidth(padding: Int, outerPadding: Int) -> Int {
        var total = 0
        for width in columnWidths(padding: 0) { total += width + padding }
        total += 2 + 2 * outerPadding
        return max(titleWidth + 2 + 2 * outerPadding, total)
    }

    /// The box turned on its side, `header | value` per row, for tables too wide for the
    /// terminal; only boxes with headers and exactly one row qualify (`convert_to_vertical_table`).
    func verticalized() -> TableSection? {
        guard rows.count == 1, !headers.isEmpty, let row = rows.first else { return nil }
        var section = TableSection(title: title, indentLevel: indentLevel)
        for (header, cell) in zip(headers, row) {
            // Two cells per row, always: this cannot fail.
            try? section.addRow([header, cell])
        }
        return section
    }
}
