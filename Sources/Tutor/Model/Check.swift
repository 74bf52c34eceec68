/// One condition of a step: a query over the world (or the command log) and what its result
/// must be. Each has its own text (the condition, shown by `check` with ✓ or ✗) and failure
/// message (shown under a ✗).
public struct Check: Sendable {
    public enum Query: Sendable, Equatable {
        /// A read-only command line (`kubectl get …`, `aws ecs describe-… --query …`, pipes to
        /// grep/wc allowed) run silently against the world; its output and status are compared.
        case command(String)
        /// The learner ran a command like this one (same tool, verb, resource, namespace or
        /// region, node; the pattern's names among the command's), successfully.
        case ran(String, node: String?)
    }

    public enum Expectation: Sendable, Equatable {
        case equals(String)
        case contains(String)
        case notContains(String)
        /// At least this many non-empty output lines.
        case atLeastLines(Int)
        case lines(Int)
        case atLeast(Double)
        case atMost(Double)
        /// Exit status 0 (the object exists).
        case succeeds
        /// Non-zero exit status (the object is gone).
        case fails
        /// Some word of the output is within two edits of this one, but not equal: a misspelling.
        case near(String)
    }

    public var query: Query
    public var expectations: [Expectation]
    public var text: String
    public var fail: String
}
