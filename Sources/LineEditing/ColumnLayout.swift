/// Arranges completion candidates in columns the way bash lists them:
/// every column as wide as the widest item plus two spaces, filled top to
/// bottom, then left to right.
enum ColumnLayout {
  /// Gap between columns, as in bash.
  static let gap = 2

  /// The rows to print, without trailing spaces.
  ///
  /// - Parameters:
  ///   - items: the candidates, in display order.
  ///   - width: terminal columns. Rows stay strictly narrower than this so a
  ///     full row never triggers the terminal's automatic wrap.
  static func rows(_ items: [String], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    let widths = items.map(DisplayWidth.of)
    let columnWidth = (widths.max() ?? 0) + gap
    // Rows are (columns - 1) * columnWidth + widest item wide (trailing gap
    // trimmed); keep that at most width - 1.
    let maxColumns = max(1, (width - 1 + gap) / columnWidth)
    let rowCount = (items.count + maxColumns - 1) / maxColumns
    var rows: [String] = []
    rows.reserveCapacity(rowCount)
    for row in 0..<rowCount {
      var line = ""
      var index = row
      while index < items.count {
        let next = index + rowCount
        line += items[index]
        if next < items.count {
          line += String(repeating: " ", count: columnWidth - widths[index])
        }
        index = next
      }
      rows.append(line)
    }
    return rows
  }
}
