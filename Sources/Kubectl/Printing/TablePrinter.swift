import GoPorts
import JSONValue
import KubeSim
import SimCore

/// Prints a server-side Table as `kubectl get` does: upper-cased headers, wide columns only
/// with `-o wide`, an optional NAMESPACE column first, LABELS and `-L` columns last, and
/// kind-prefixed names when several types are shown.
struct TablePrinter {
    var wide = false
    var withNamespace = false
    var noHeaders = false
    var showLabels = false
    var labelColumns: [String] = []
    /// `pod/` or `deployment.apps/` before each name when several types are printed.
    var namePrefix: String?
    /// With `--output-watch-events`: the change each row shows, in an EVENT column first.
    var eventColumn: WatchEvent.EventType?
    var writer = TabWriter()

    mutating func print(_ table: JSON) -> String {
        let definitions = table["columnDefinitions"].array ?? []
        let visible = definitions.enumerated().filter { wide || ($0.element["priority"].int ?? 0) == 0 }
        var header: [String] = []
        if eventColumn != nil { header.append("EVENT") }
        if withNamespace { header.append("NAMESPACE") }
        header += visible.map { ($0.element["name"].string ?? "").uppercased() }
        header += labelColumns.map { $0.uppercased() }
        if showLabels { header.append("LABELS") }

        let layout = RowLayout(
            event: eventColumn.map(Self.eventText), withNamespace: withNamespace,
            cells: visible.map { ($0.offset, $0.element["format"].string == "name" ? namePrefix : nil) },
            labelColumns: labelColumns, showLabels: showLabels)
        // A big table's lines are made half on each thread, as its layout is (TabWriter).
        let objects = table["rows"].array ?? []
        let lines = inHalves(of: objects.count, from: TabWriter.rowsForTwoThreads) { range in
            objects[range].map(layout.line)
        }
        var rows: [[String]] = noHeaders ? [] : [header]
        rows.reserveCapacity(rows.count + objects.count)
        for half in lines { rows += half }
        return writer.format(rows)
    }

    /// How each row of the table becomes a line of cells.
    private struct RowLayout: Sendable {
        var event: String?
        var withNamespace: Bool
        /// The visible columns' cell indexes, with the prefix for the name column.
        var cells: [(index: Int, namePrefix: String?)]
        var labelColumns: [String]
        var showLabels: Bool

        func line(_ row: JSON) -> [String] {
            let cells = row["cells"].array ?? []
            let metadata = row["object"]["metadata"]
            var line: [String] = []
            line.reserveCapacity(self.cells.count + labelColumns.count + 3)
            if let event { line.append(event) }
            if withNamespace { line.append(metadata["namespace"].string ?? "") }
            for (index, namePrefix) in self.cells {
                let text = index < cells.count ? TablePrinter.cellText(cells[index]) : ""
                line.append(namePrefix.map { $0 + text } ?? text)
            }
            let labels = metadata["labels"]
            for key in labelColumns { line.append(labels[key].string ?? "") }
            if showLabels {
                let pairs = (labels.object?.sortedPairs ?? []).map { "\($0.key)=\($0.value.string ?? "")" }
                line.append(pairs.isEmpty ? "<none>" : pairs.joined(separator: ","))
            }
            return line
        }
    }

    /// The event type as kubectl's printer writes it, padded to one width.
    static func eventText(_ type: WatchEvent.EventType) -> String {
        switch type {
        case .added: return "ADDED   "
        case .modified: return "MODIFIED"
        case .deleted: return "DELETED "
        }
    }

    static func cellText(_ cell: JSON) -> String {
        switch cell {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return NumberFormat.go(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "<none>"
        default: return JSONWriter.goCompact.write(cell)
        }
    }
}
