/// The hunks of GNU `diff -u` between two texts: a shortest edit script (Myers' algorithm),
/// three lines of context, and changes whose contexts would touch printed as one hunk. It is
/// what `kubectl diff` shows, since kubectl runs `diff -u -N` on the files it writes.
enum UnifiedDiff {
    static let context = 3

    private enum Edit: Equatable {
        case same, delete, insert
    }

    /// The `@@ … @@` hunks turning `old` into `new` (both whole lines ending in newlines);
    /// empty when they are the same.
    static func hunks(_ old: String, _ new: String) -> String {
        let a = lines(old), b = lines(new)
        let script = edits(a, b)
        guard script.contains(where: { $0 != .same }) else { return "" }
        // Positions in `script` of each edit, with the old and new line numbers before it.
        var aLine = [Int](), bLine = [Int]()
        var i = 0, j = 0
        for edit in script {
            aLine.append(i)
            bLine.append(j)
            if edit != .insert { i += 1 }
            if edit != .delete { j += 1 }
        }
        var output = ""
        var index = 0
        while index < script.count {
            guard script[index] != .same else {
                index += 1
                continue
            }
            // A hunk: from this change, through every change at most 2 × context lines on.
            let start = max(0, index - context)
            var end = index
            var cursor = index
            while cursor < script.count {
                if script[cursor] != .same {
                    end = cursor
                    cursor += 1
                    continue
                }
                var run = cursor
                while run < script.count, script[run] == .same { run += 1 }
                if run < script.count, run - cursor <= 2 * context {
                    cursor = run
                } else {
                    break
                }
            }
            let stop = min(script.count, end + 1 + context)
            var oldCount = 0, newCount = 0
            for edit in script[start..<stop] {
                if edit != .insert { oldCount += 1 }
                if edit != .delete { newCount += 1 }
            }
            output += "@@ -\(range(aLine[start], oldCount)) +\(range(bLine[start], newCount)) @@\n"
            // Each change block prints its deletions, then its insertions.
            var position = start
            while position < stop {
                if script[position] == .same {
                    output += " " + a[aLine[position]]
                    position += 1
                    continue
                }
                var blockEnd = position
                while blockEnd < stop, script[blockEnd] != .same { blockEnd += 1 }
                for k in position..<blockEnd where script[k] == .delete { output += "-" + a[aLine[k]] }
                for k in position..<blockEnd where script[k] == .insert { output += "+" + b[bLine[k]] }
                position = blockEnd
            }
            index = stop
        }
        return output
    }

    /// `start,count` as diff writes it: the count left out when it is one, and a range of no
    /// lines named by the line before it.
    private static func range(_ before: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(before),0"
        case 1: return "\(before + 1)"
        default: return "\(before + 1),\(count)"
        }
    }

    /// The text's lines, each with its newline.
    private static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" {
                result.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { result.append(text[start...] + "\n") }
        return result
    }

    /// A shortest edit script from `a` to `b`, deletions before insertions where both fit.
    private static func edits(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count, m = b.count
        let offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = frontier[offset + k + 1]
                } else {
                    x = frontier[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back from the end through the frontiers kept at each step.
        var script: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previous: Int
            if d == 0 {
                previous = k
            } else if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previous = k + 1
            } else {
                previous = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previous]
            let previousY = previousX - previous
            while x > previousX, y > previousY {
                script.append(.same)
                x -= 1
                y -= 1
            }
            if d > 0 { script.append(x == previousX ? .insert : .delete) }
            x = previousX
            y = previousY
        }
        return script.reversed()
    }
}
