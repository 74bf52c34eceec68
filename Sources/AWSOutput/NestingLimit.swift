import JSONValue

/// Refuses documents nested deeper than any aws-cli could print, before a recursive
/// formatter can exhaust the stack.
///
/// Python stops deep recursion with `RecursionError` (its default limit is 1000 frames, and
/// the formatters spend one to three frames per level, so the CLI fails somewhere between
/// about 300 and 1000 levels depending on the format and its own call depth; that threshold
/// is not reproduced). Shipyard's parser already rejects JSON nested more than 512 levels,
/// so only a programmatically built value can reach this limit; it then gets the same kind
/// of error instead of a crash.
enum NestingLimit {
    static let maximumDepth = 1000

    /// True when some value sits more than `maximumDepth` containers deep. Iterative, so it
    /// is safe on any input.
    static func isExceeded(by value: JSON) -> Bool {
        var pending: [(value: JSON, depth: Int)] = [(value, 0)]
        while let (current, depth) = pending.popLast() {
            if depth > maximumDepth { return true }
            switch current {
            case .array(let items):
                for item in items { pending.append((item, depth + 1)) }
            case .object(let object):
                for member in object.values { pending.append((member, depth + 1)) }
            default:
                break
            }
        }
        return false
    }

    /// The check as a formatter result: nil when the value is fine.
    static func error(for value: JSON, message: String = "maximum recursion depth exceeded") -> FormattedOutput? {
        guard isExceeded(by: value) else { return nil }
        return FormattedOutput(stdout: "", error: FormatterError(pythonType: "RecursionError", message: message))
    }
}
