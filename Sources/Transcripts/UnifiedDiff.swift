/// A unified diff of two texts, line by line, with three lines of context — what `shipyard
/// test` and the transcript tests show when output differs.
public enum UnifiedDiff {
    public static func diff(_ expected: String, _ actual: String, expectedName: String, actualName: String) -> String {
        let a = splitLines(expected)
        let b = splitLines(actual)
        let operations = edits(a, b)
        guard operations.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(expectedName)\n+++ \(actualName)\n"
        let context = 3
        var index = 0
        while index < operations.count {
            guard let changeStart = operations[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var start = max(index, changeStart - context)
            if start < index { start = index }
            var end = changeStart
            // Extend the hunk while changes are within 2 × context of each other.
            var cursor = changeStart
            while cursor < operations.count {
                if operations[cursor].kind != .same {
                    end = cursor
                    cursor += 1
                    continue
                }
                let nextChange = operations[cursor...].firstIndex(where: { $0.kind != .same })
                if let nextChange, nextChange - end <= 2 * context {
                    cursor = nextChange
                } else {
                    break
                }
            }
            let stop = min(operations.count, end + context + 1)
            let hunk = operations[start..<stop]
            let oldStart = (hunk.first?.oldIndex ?? 0) + 1
            let newStart = (hunk.first?.newIndex ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for operation in hunk {
                switch operation.kind {
                case .same: out += " " + a[operation.oldIndex] + "\n"
                case .delete: out += "-" + a[operation.oldIndex] + "\n"
                case .insert: out += "+" + b[operation.newIndex] + "\n"
                }
            }
            index = stop
        }
        return out
    }

    struct Operation {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    static func splitLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// Longest-common-subsequence edit script (texts here are a few hundred lines).
    static func edits(_ a: [String], _ b: [String]) -> [Operation] {
        let n = a.count
        let m = b.count
        guard n * m <= 25_000_000 else {
            return a.indices.map { Operation(kind: .delete, oldIndex: $0, newIndex: 0) }
                + b.indices.map { Operation(kind: .insert, oldIndex: n, newIndex: $0) }
        }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var operations: [Operation] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                operations.append(Operation(kind: .same, oldIndex: i, newIndex: j))
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Deletions before insertions, as diff(1) shows a changed line.
                operations.append(Operation(kind: .delete, oldIndex: i, newIndex: j))
                i += 1
            } else {
                operations.append(Operation(kind: .insert, oldIndex: i, newIndex: j))
                j += 1
            }
        }
        return operations
    }
}
