/// Draws a list of table sections the way `MultiTable.render` in `awscli/table.py` does.
///
/// Every box is drawn at one common width: the widest section's, indentation and title
/// included. When that exceeds the terminal width, each single-row section with headers is
/// first turned into `header | value` rows, which is why wide `describe-*` output reads
/// vertically. A nested box is framed by one extra `|` per level on each side.
struct TableRenderer {
    var sections: [TableSection]
    var terminalWidth: Int

    func render() -> String {
        var sections = self.sections
        guard !sections.isEmpty else { return "" }
        var maxWidth = Self.maxWidth(of: sections)
        if maxWidth > terminalWidth {
            sections = sections.map { $0.verticalized() ?? $0 }
            maxWidth = Self.maxWidth(of: sections)
        }
        var out = String(repeating: "-", count: max(0, maxWidth)) + "\n"
        for section in sections {
            renderSection(section, maxWidth: maxWidth, into: &out)
        }
        return out
    }

    static func maxWidth(of sections: [TableSection]) -> Int {
        sections.map { $0.totalWidth(padding: 4, outerPadding: $0.indentLevel) }.max() ?? 0
    }

    private func renderSection(_ section: TableSection, maxWidth fullWidth: Int, into out: inout String) {
        let indent = String(repeating: "|", count: max(0, section.indentLevel))
        // Each line is written through the CLI's IndentedStream, which adds the indent bars.
        func line(_ text: String) { out += indent + text + indent + "\n" }

        let maxWidth = fullWidth - section.indentLevel * 2
        if section.hasVisibleTitle, let title = section.title {
            line(Self.center(title, width: maxWidth, left: "|", right: "|"))
            if section.headers.isEmpty && section.rows.isEmpty {
                line("+" + Self.repeated("-", maxWidth - 2) + "+")
            }
        }
        if !section.headers.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: maxWidth)
            var header = ""
            for (i, (width, name)) in zip(widths, section.headers).enumerated() {
                header += Self.center(name, width: width, left: i == 0 ? "|" : "", right: "|")
            }
            line(Self.separator(widths))
            line(header)
        }
        if !section.rows.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: maxWidth)
            if widths.isEmpty { return }
            line(Self.separator(widths))
            for row in section.rows {
                var text = ""
                for (i, (width, cell)) in zip(widths, row).enumerated() {
                    text += Self.alignLeft(cell, width: width, left: i == 0 ? "|" : "", right: "|")
                }
                line(text)
            }
            line(Self.separator(widths))
        }
    }

    /// `+-----+------+`: the first column carries both corners.
    static func separator(_ widths: [Int]) -> String {
        var parts = ""
        for (i, width) in widths.enumerated() {
            parts += i == 0 ? "+" + repeated("-", width - 2) + "+" : repeated("-", width - 1) + "+"
        }
        return parts
    }

    /// `center_text`: starts at `width/2 - textWidth/2 - 1` and pads the right side to fit,
    /// with Python's arithmetic (a negative start writes no spaces but still counts).
    static func center(_ text: String, width: Int, left: String, right: String) -> String {
        let textWidth = TextWidth.of(text)
        let start = floorDiv(width, 2) - floorDiv(textWidth, 2) - 1
        let soFar = TextWidth.of(left) + start + textWidth
        let rightSpaces = width - TextWidth.of(right) - soFar
        return left + repeated(" ", start) + text + repeated(" ", rightSpaces) + right
    }

    /// `align_left`: two spaces of padding when they fit, then the cell, then spaces to `width`.
    static func alignLeft(_ text: String, width: Int, left: String, right: String) -> String {
        let textWidth = TextWidth.of(text)
        let needed = textWidth + 2 + left.count + right.count
        let padding = width - needed >= 0 ? 2 : 0
        let soFar = left.count + padding + textWidth
        return left + repeated(" ", padding) + text + repeated(" ", width - soFar - right.count) + right
    }

    /// `s * n` in Python: empty for a negative count.
    static func repeated(_ s: String, _ count: Int) -> String {
        count > 0 ? String(repeating: s, count: count) : ""
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
