import GoPorts
import ToolIO

/// Evaluates checks against the world (through read-only commands) and the command log.
struct CheckEvaluator {
    let host: TutorHost
    /// Commands of the log that count for the current step (run since it began).
    let commands: ArraySlice<CommandRecord>

    func holds(_ check: Check) -> Bool {
        switch check.query {
        case .command(let line):
            let output = host.runCheck(line)
            return check.expectations.allSatisfy { Self.meets($0, output: output) }
        case .ran(let line, let node):
            guard let pattern = host.summarize(line) else { return false }
            return commands.contains { Self.matches($0, pattern: pattern, node: node) }
        }
    }

    static func matches(_ record: CommandRecord, pattern: CommandRecord, node: String?) -> Bool {
        guard record.status == 0, record.tool == pattern.tool, record.verb == pattern.verb else { return false }
        if let resource = pattern.resource, record.resource != resource { return false }
        if let namespace = pattern.namespace, record.namespace != namespace, record.namespace != "*" { return false }
        if let scope = pattern.scope, record.scope != scope { return false }
        if let node, record.node != node { return false }
        if let output = pattern.output, record.output != output { return false }
        return pattern.names.allSatisfy(record.names.contains)
    }

    static func meets(_ expectation: Check.Expectation, output: ToolOutput) -> Bool {
        let text = output.stdout.trimmingSpaces
        let lines = output.stdout.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        switch expectation {
        case .equals(let value): return output.status == 0 && text == value
        case .contains(let value): return output.status == 0 && text.contains(value)
        case .notContains(let value): return output.status == 0 && !text.contains(value)
        case .lines(let count): return output.status == 0 && lines.count == count
        case .atLeastLines(let count): return output.status == 0 && lines.count >= count
        case .atLeast(let bound): return Double(text).map { $0 >= bound } ?? false
        case .atMost(let bound): return Double(text).map { $0 <= bound } ?? false
        case .succeeds: return output.status == 0
        case .fails: return output.status != 0
        case .near(let word):
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" }).map(String.init)
            return !words.contains(word) && words.contains { EditDistance.between($0.unicodeScalars, word.unicodeScalars) <= 2 }
        }
    }
}
