import JSONValue

/// The kinds of token. Raw values are Python `jmespath`'s token type names, because parse errors
/// print them (`Expecting: rbracket, got: comma`, `token "," (COMMA)`).
enum TokenKind: String, Sendable {
    case dot, star, rbracket, comma, colon, current, lparen, rparen, lbrace, rbrace
    case lbracket, flatten, filter
    case unquotedIdentifier = "unquoted_identifier"
    case quotedIdentifier = "quoted_identifier"
    case literal, number
    case pipe, or, and, expref, not
    case eq, ne, lt, lte, gt, gte
    case eof

    /// Pratt binding power. Everything below `projectionStop` ends a projection's right-hand side.
    var bindingPower: Int {
        switch self {
        case .eof, .unquotedIdentifier, .quotedIdentifier, .literal, .rbracket, .rparen, .comma,
            .rbrace, .number, .current, .expref, .colon:
            return 0
        case .pipe: return 1
        case .or: return 2
        case .and: return 3
        case .eq, .ne, .lt, .lte, .gt, .gte: return 5
        case .flatten: return 9
        case .star: return 20
        case .filter: return 21
        case .dot: return 40
        case .not: return 45
        case .lbrace: return 50
        case .lbracket: return 55
        case .lparen: return 60
        }
    }

    static let projectionStop = 10
}

/// One lexed token. `start` counts Unicode scalars, as Python counts characters.
struct Token: Sendable {
    enum Value: Sendable {
        /// Punctuation, operators and identifiers: the text itself (decoded for quoted identifiers).
        case text(String)
        /// An integer; `display` is Python's `str(int(text))` even when the number overflows `Int`.
        case number(Int, display: String)
        /// A backtick JSON literal or a raw string literal.
        case literal(JSON)
    }

    var kind: TokenKind
    var value: Value
    var start: Int

    /// Python's `str(token['value'])`, as parse errors print it.
    var display: String {
        switch value {
        case .text(let s): return s
        case .number(_, let display): return display
        case .literal(let json): return PythonText.str(json)
        }
    }

    var text: String {
        if case .text(let s) = value { return s }
        return display
    }
}
