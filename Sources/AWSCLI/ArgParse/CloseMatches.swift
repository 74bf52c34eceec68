/// Python's `difflib.get_close_matches`, which aws-cli uses for "maybe you meant": candidates
/// whose Ratcliff/Obershelp similarity to the word is at least `cutoff`, best first.
enum CloseMatches {
    static func find(_ word: String, in candidates: [String], limit: Int = 3, cutoff: Double = 0.8) -> [String] {
        let a = Array(word)
        var scored: [(Double, String)] = []
        for candidate in candidates {
            let b = Array(candidate)
            // Cheap upper bounds first, as difflib does.
            let total = Double(a.count + b.count)
            guard total > 0, 2.0 * Double(min(a.count, b.count)) / total >= cutoff else { continue }
            // difflib's quick_ratio: the characters the two have in common, ignoring order.
            guard 2.0 * Double(commonCharacters(a, b)) / total >= cutoff else { continue }
            let score = 2.0 * Double(matches(a[...], b[...])) / total
            if score >= cutoff { scored.append((score, candidate)) }
        }
        // difflib takes the n largest by (score, string).
        scored.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
        return scored.prefix(limit).map(\.1)
    }

    static func commonCharacters(_ a: [Character], _ b: [Character]) -> Int {
        var available: [Character: Int] = [:]
        for c in b { available[c, default: 0] += 1 }
        var common = 0
        for c in a where (available[c] ?? 0) > 0 {
            available[c, default: 0] -= 1
            common += 1
        }
        return common
    }

    /// Characters in matching blocks: the longest common run, then recursively either side.
    static func matches(_ a: ArraySlice<Character>, _ b: ArraySlice<Character>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var bestLength = 0
        var bestA = a.startIndex
        var bestB = b.startIndex
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in a.indices {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (offset, j) in b.indices.enumerated() where a[i] == b[j] {
                current[offset + 1] = previous[offset] + 1
                if current[offset + 1] > bestLength {
                    bestLength = current[offset + 1]
                    bestA = i - bestLength + 1
                    bestB = j - bestLength + 1
                }
            }
            previous = current
        }
        guard bestLength > 0 else { return 0 }
        return bestLength + matches(a[a.startIndex..<bestA], b[b.startIndex..<bestB])
            + matches(a[(bestA + bestLength)...], b[(bestB + bestLength)...])
    }
}
