/// argparse matches arguments to actions with regular expressions over a pattern string that
/// has one letter per command-line word: `O` for an option, `A` for an argument, `-` for `--`.
/// Each action's `nargs` gives a small expression (`(-*A-*)`, `(A?)`, `(-*[A-]*)` …); several are
/// joined to match positionals together. This is that matcher: the same greedy, backtracking
/// semantics as Python's `re.match` on those expressions, without a regex engine.
enum ArgPattern {
    /// One repeated element of an expression: a character class with bounds.
    struct Atom {
        var characters: Set<Character>
        var minimum: Int
        var maximum: Int
    }

    typealias Group = [Atom]

    private static let dashes = Atom(characters: ["-"], minimum: 0, maximum: .max)

    /// `_get_nargs_pattern`: an optional's expression has its `-` parts removed.
    static func group(for action: ArgAction) -> Group {
        let a = Atom(characters: ["A"], minimum: 1, maximum: 1)
        if action.isPositional {
            switch action.nargs {
            case .one: return [dashes, a, dashes]
            case .optional: return [dashes, Atom(characters: ["A"], minimum: 0, maximum: 1), dashes]
            case .zeroOrMore: return [dashes, Atom(characters: ["A", "-"], minimum: 0, maximum: .max)]
            case .oneOrMore: return [dashes, a, Atom(characters: ["A", "-"], minimum: 0, maximum: .max)]
            case .zero: return [dashes, dashes]
            }
        }
        switch action.nargs {
        case .one: return [a]
        case .optional: return [Atom(characters: ["A"], minimum: 0, maximum: 1)]
        case .zeroOrMore: return [Atom(characters: ["A"], minimum: 0, maximum: .max)]
        case .oneOrMore: return [Atom(characters: ["A"], minimum: 1, maximum: .max)]
        case .zero: return []
        }
    }

    /// `re.match` of the groups, one after the other, at the start of `pattern`: the number of
    /// pattern letters each group took, or nil when there is no match.
    static func match(_ groups: [Group], _ pattern: [Character]) -> [Int]? {
        var lengths = [Int](repeating: 0, count: groups.count)
        let atoms = groups.enumerated().flatMap { index, group in group.map { (index, $0) } }
        func attempt(_ atomIndex: Int, _ position: Int) -> Bool {
            guard atomIndex < atoms.count else { return true }
            let (group, atom) = atoms[atomIndex]
            var available = 0
            while available < atom.maximum, position + available < pattern.count,
                atom.characters.contains(pattern[position + available]) {
                available += 1
            }
            guard available >= atom.minimum else { return false }
            // Greedy: the longest run first, then shorter ones.
            for count in stride(from: available, through: atom.minimum, by: -1) {
                let saved = lengths[group]
                lengths[group] += count
                if attempt(atomIndex + 1, position + count) { return true }
                lengths[group] = saved
            }
            return false
        }
        return attempt(0, 0) ? lengths : nil
    }
}
