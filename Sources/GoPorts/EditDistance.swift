/// Levenshtein distance: what cobra's `ld` computes, over bytes, to suggest a command for a
/// misspelt one (`kubectl gett` → `get`), and how the tutor spots a misspelt name (`wep` for
/// `web`), over Unicode scalars.
public enum EditDistance {
    /// The fewest single-element insertions, deletions and substitutions that turn `a` into `b`.
    public static func between<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
    where A.Element == B.Element, A.Element: Equatable {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
