import JSONValue

/// A compiled JMESPath expression, as aws-cli's `--query` uses it.
///
/// Compile once (`init`), then `search` any number of documents. Behaviour follows Python `jmespath`
/// 1.1.0, the library aws-cli v2 runs, including its error messages and its int/float results.
///
///     let query = try JMESPathExpression("reservations[].instances[?state == 'running'].id")
///     let ids = try query.search(response)
public struct JMESPathExpression: Sendable, CustomStringConvertible {
    /// The source text.
    public let expression: String
    let root: Node

    /// Compiles `expression`; throws a `.lexer`, `.parse`, `.incompleteExpression` or
    /// `.emptyExpression` error (or `.python("RecursionError", ...)` for absurd nesting).
    public init(_ expression: String) throws(JMESPathError) {
        self.expression = expression
        self.root = try Parser.parse(expression)
    }

    /// Evaluates the expression against `value`. Function errors (unknown name, arity, types) are
    /// raised here, as in Python, and only if the call is actually reached.
    public func search(_ value: JSON) throws(JMESPathError) -> JSON {
        try Interpreter.evaluate(root, value)
    }

    /// Compiles and evaluates in one step.
    public static func search(_ expression: String, in value: JSON) throws(JMESPathError) -> JSON {
        try JMESPathExpression(expression).search(value)
    }

    public var description: String { expression }
}
