/// Everything that can go wrong compiling or evaluating a JMESPath expression.
///
/// aws-cli prints `Bad value for --query EXPR: <str(error)>` for compile errors and the bare
/// `str(error)` for evaluation errors, so each case keeps exactly the data Python's `jmespath`
/// 1.1.0 exception keeps, and `description` renders it with Python's wording, byte for byte.
/// The case names follow the Python exception classes (see `pythonExceptionName`).
/// `indirect` keeps the error one pointer wide: typed throws reserve room for it at every call
/// site, and the recursive parser and interpreter must keep their stack frames small.
public indirect enum JMESPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `LexerError`: a character sequence that is not a token; `position` counts Unicode scalars.
    case lexer(message: String, position: Int, expression: String)
    /// `ParseError`: an unexpected token. `tokenValue` is Python's `str()` of the token's value and
    /// `tokenType` its lower-case type name (`unquoted_identifier`, `rbracket`, ...).
    case parse(message: String, position: Int, tokenValue: String, tokenType: String, expression: String)
    /// `IncompleteExpressionError`: the expression ended where more was required.
    case incompleteExpression(expression: String)
    /// `EmptyExpressionError`: the expression was the empty string.
    case emptyExpression
    /// `ArityError` (or `VariadictArityError` when `variadic`): wrong number of arguments.
    case arity(function: String, expected: Int, actual: Int, variadic: Bool)
    /// `JMESPathTypeError`: an argument of the wrong type. `value` is Python's `str()` of it,
    /// `actualType` the type name Python reports and `expectedTypes` the signature's type list.
    case invalidType(function: String, value: String, actualType: String, expectedTypes: [String])
    /// `UnknownFunctionError`.
    case unknownFunction(name: String)
    /// A plain Python exception that escapes `jmespath` (`ValueError` for a zero slice step,
    /// `TypeError` for `1 < 'a'`, `RecursionError` for absurd nesting, ...). aws-cli shows these too,
    /// so they keep Python's class name and message.
    case python(exception: String, message: String)

    /// The compliance suite's error kinds (`error` field of its cases).
    public enum Category: String, Sendable {
        case syntax
        case invalidType = "invalid-type"
        case invalidValue = "invalid-value"
        case invalidArity = "invalid-arity"
        case unknownFunction = "unknown-function"
        /// Nesting beyond what the engine (and Python) can recurse through.
        case recursionLimit = "recursion-limit"
    }

    public var category: Category {
        switch self {
        case .lexer, .parse, .incompleteExpression, .emptyExpression: return .syntax
        case .arity: return .invalidArity
        case .invalidType: return .invalidType
        case .unknownFunction: return .unknownFunction
        case .python(let exception, _):
            switch exception {
            case "TypeError": return .invalidType
            case "RecursionError": return .recursionLimit
            default: return .invalidValue
            }
        }
    }

    /// The Python class aws-cli would have seen, e.g. `ParseError` or `VariadictArityError`.
    public var pythonExceptionName: String {
        switch self {
        case .lexer: return "LexerError"
        case .parse: return "ParseError"
        case .incompleteExpression: return "IncompleteExpressionError"
        case .emptyExpression: return "EmptyExpressionError"
        case .arity(_, _, _, let variadic): return variadic ? "VariadictArityError" : "ArityError"
        case .invalidType: return "JMESPathTypeError"
        case .unknownFunction: return "UnknownFunctionError"
        case .python(let exception, _): return exception
        }
    }

    /// Python's `str(error)`.
    public var description: String {
        switch self {
        case let .lexer(message, position, expression):
            return "Bad jmespath expression: \(message):\n\(expression)\n"
                + String(repeating: " ", count: position) + "^"
        case let .parse(message, position, tokenValue, tokenType, expression):
            // Python shifts the caret by one for the opening double quote.
            return "\(message): Parse error at column \(position), token \"\(tokenValue)\" "
                + "(\(tokenType.uppercased())), for expression:\n\"\(expression)\"\n"
                + String(repeating: " ", count: position + 1) + "^"
        case let .incompleteExpression(expression):
            let length = expression.unicodeScalars.count
            return "Invalid jmespath expression: Incomplete expression:\n\"\(expression)\"\n"
                + String(repeating: " ", count: length + 1) + "^"
        case .emptyExpression:
            return "Invalid JMESPath expression: cannot be empty."
        case let .arity(function, expected, actual, variadic):
            let noun = expected == 1 ? "argument" : "arguments"
            return "Expected \(variadic ? "at least " : "")\(expected) \(noun) for function \(function)(), "
                + "received \(actual)"
        case let .invalidType(function, value, actualType, expectedTypes):
            return "In function \(function)(), invalid type for value: \(value), "
                + "expected one of: \(PythonText.reprList(expectedTypes)), received: \"\(actualType)\""
        case .unknownFunction(let name):
            return "Unknown function: \(name)()"
        case .python(_, let message):
            return message
        }
    }
}

extension JMESPathError {
    /// Python's `RecursionError`, raised where nesting would exhaust the stack.
    static let recursion = JMESPathError.python(
        exception: "RecursionError", message: "maximum recursion depth exceeded")
}
