import JSONValue

/// A top-down operator precedence (Pratt) parser producing `Node`s.
///
/// It reproduces Python `jmespath`'s grammar decisions token for token, including its leniencies
/// (`foo(a b)` is a two-argument call, `length(@,)` is fine) and its error choices (which token is
/// reported, and whether running out of input is "incomplete" or a plain parse error), because
/// aws-cli prints those messages verbatim.
struct Parser {
    /// Deepest nesting accepted, both for the parser's own recursion and for the height of the tree
    /// (evaluation recurses once per level). Python gives up somewhere between 250 and 500 levels
    /// depending on the construct; real queries stay far below either.
    static let maxDepth = 250

    private let tokens: [Token]
    /// The token kinds alone: most decisions look only at a kind, and reading one byte instead of
    /// copying a whole token keeps the recursive frames small in debug builds.
    private let kinds: [TokenKind]
    private let expression: String
    private var index = 0
    private var depth = 0

    static func parse(_ expression: String) throws(JMESPathError) -> Node {
        var parser = Parser(tokens: try Lexer.tokenize(expression), expression: expression)
        let node = try parser.parseExpression(0)
        if parser.currentKind != .eof {
            throw parser.error(at: parser.current, "Unexpected token: \(parser.current.display)")
        }
        return node
    }

    private init(tokens: [Token], expression: String) {
        self.tokens = tokens
        self.kinds = tokens.map(\.kind)
        self.expression = expression
    }

    // MARK: Token access

    /// The token `offset` places from the current one; past either end, the end-of-input token.
    private func token(at offset: Int) -> Token { token(absolute: index + offset) }

    private func token(absolute i: Int) -> Token {
        if i >= 0 && i < tokens.count { return tokens[i] }
        return tokens.last ?? Token(kind: .eof, value: .text(""), start: expression.unicodeScalars.count)
    }

    private var current: Token { token(at: 0) }

    private var currentKind: TokenKind { kind(absolute: index) }

    private func kind(at offset: Int) -> TokenKind { kind(absolute: index + offset) }

    private func kind(absolute i: Int) -> TokenKind { i >= 0 && i < kinds.count ? kinds[i] : .eof }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private func error(at token: Token, _ message: String) -> JMESPathError {
        .parse(message: message, position: token.start, tokenValue: token.display,
               tokenType: token.kind.rawValue, expression: expression)
    }

    /// Consumes a token of the given kind; at the end of input this is "incomplete", elsewhere a parse error.
    private mutating func match(_ kind: TokenKind) throws(JMESPathError) {
        guard currentKind == kind else { throw mismatch(expected: kind.rawValue) }
        advance()
    }

    private func mismatch(expected: String) -> JMESPathError {
        if currentKind == .eof { return .incompleteExpression(expression: expression) }
        return error(at: current, "Expecting: \(expected), got: \(current.kind.rawValue)")
    }

    private func checkHeight(_ node: Node) throws(JMESPathError) {
        if node.height > Self.maxDepth { throw .recursion }
    }

    // MARK: Expressions

    private mutating func parseExpression(_ bindingPower: Int) throws(JMESPathError) -> Node {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw .recursion }
        let start = index
        advance()
        var left = try nud(start)
        try checkHeight(left)
        while bindingPower < currentKind.bindingPower {
            try led(&left)
            try checkHeight(left)
        }
        return left
    }

    /// What a token means at the start of an expression. Each case lives in its own function so that
    /// the frames on the recursive path stay small (this runs once per nesting level).
    private mutating func nud(_ position: Int) throws(JMESPathError) -> Node {
        switch kind(absolute: position) {
        case .literal: return literalNud(position)
        case .unquotedIdentifier: return identifierNud(position)
        case .quotedIdentifier: return try quotedIdentifierNud(position)
        case .star: return try starNud()
        case .filter: return try parseFilter(left: .identity)
        case .lbrace: return try parseMultiSelectHash()
        case .lparen: return try parenthesizedNud()
        case .flatten: return try flattenNud()
        case .not: return try notNud()
        case .lbracket: return try bracketNud()
        case .current: return Node(.current)
        case .expref: return try exprefNud()
        case .eof: throw .incompleteExpression(expression: expression)
        default: throw invalidToken(at: position)
        }
    }

    private func invalidToken(at position: Int) -> JMESPathError {
        error(at: token(absolute: position), "invalid token")
    }

    private func literalNud(_ position: Int) -> Node {
        let token = token(absolute: position)
        if case .literal(let value) = token.value { return Node(.literal(value)) }
        return Node(.literal(.string(token.display)))
    }

    private func identifierNud(_ position: Int) -> Node {
        Node(.field(token(absolute: position).text))
    }

    private func quotedIdentifierNud(_ position: Int) throws(JMESPathError) -> Node {
        let token = token(absolute: position)
        if currentKind == .lparen {
            // Python reports column 0 here, whatever the real position.
            throw JMESPathError.parse(
                message: "Quoted identifier not allowed for function names.", position: 0,
                tokenValue: current.display, tokenType: current.kind.rawValue, expression: expression)
        }
        return Node(.field(token.text))
    }

    /// `*` at the start: a value projection of the current node.
    private mutating func starNud() throws(JMESPathError) -> Node {
        let right = currentKind == .rbracket ? Node.identity : try parseProjectionRHS(TokenKind.star.bindingPower)
        return Node(.valueProjection(left: .identity, right: right))
    }

    private mutating func parenthesizedNud() throws(JMESPathError) -> Node {
        let inner = try parseExpression(0)
        try match(.rparen)
        return inner
    }

    private mutating func flattenNud() throws(JMESPathError) -> Node {
        let right = try parseProjectionRHS(TokenKind.flatten.bindingPower)
        return Node(.projection(left: Node(.flatten(.identity)), right: right))
    }

    private mutating func notNud() throws(JMESPathError) -> Node {
        Node(.not(try parseExpression(TokenKind.not.bindingPower)))
    }

    private mutating func exprefNud() throws(JMESPathError) -> Node {
        Node(.expressionReference(try parseExpression(TokenKind.expref.bindingPower)))
    }

    /// `[` at the start: an index or slice of the current node, `[*]`, or a multi-select list.
    private mutating func bracketNud() throws(JMESPathError) -> Node {
        if currentKind == .number || currentKind == .colon {
            return try projectIfSlice(left: .identity, right: try parseIndexExpression())
        }
        if currentKind == .star && kind(at: 1) == .rbracket {
            advance()
            advance()
            let right = try parseProjectionRHS(TokenKind.star.bindingPower)
            return Node(.projection(left: .identity, right: right))
        }
        return try parseMultiSelectList()
    }

    /// What the current token means after a complete expression `left`; replaces `left` in place so
    /// that chains like `a.b.c` extend one array instead of copying it at every step.
    private mutating func led(_ left: inout Node) throws(JMESPathError) {
        let kind = currentKind
        switch kind {
        case .dot: try dotLed(&left)
        case .pipe, .or, .and, .eq, .ne, .lt, .lte, .gt, .gte: try binaryLed(&left, kind)
        case .lparen:
            advance()
            left = try parseFunctionCall(callee: left)
        case .filter:
            advance()
            left = try parseFilter(left: left)
        case .flatten: try flattenLed(&left)
        case .lbracket: try bracketLed(&left)
        default: throw error(at: current, "invalid token")
        }
    }

    /// `left.name`, `left.*`, `left.[...]`, `left.{...}`.
    private mutating func dotLed(_ left: inout Node) throws(JMESPathError) {
        advance()
        if currentKind == .star {
            advance()
            let right = try parseProjectionRHS(TokenKind.dot.bindingPower)
            left = Node(.valueProjection(left: left, right: right))
        } else {
            let right = try parseDotRHS(TokenKind.dot.bindingPower)
            Self.append(right, toChain: &left, isSubexpression: true)
        }
    }

    /// Operators whose right side is an expression parsed at the operator's own binding power.
    private mutating func binaryLed(_ left: inout Node, _ kind: TokenKind) throws(JMESPathError) {
        advance()
        let right = try parseExpression(kind.bindingPower)
        switch kind {
        case .pipe: left = Node(.pipe(left, right))
        case .or: left = Node(.or(left, right))
        case .and: left = Node(.and(left, right))
        default: left = Node(.comparator(Self.comparator(kind), left, right))
        }
    }

    private mutating func flattenLed(_ left: inout Node) throws(JMESPathError) {
        advance()
        let right = try parseProjectionRHS(TokenKind.flatten.bindingPower)
        left = Node(.projection(left: Node(.flatten(left)), right: right))
    }

    /// `left[n]`, `left[a:b:c]` or `left[*]`.
    private mutating func bracketLed(_ left: inout Node) throws(JMESPathError) {
        advance()
        if currentKind == .number || currentKind == .colon {
            let right = try parseIndexExpression()
            if case .indexExpression = left.kind {
                // Python adds to the existing chain and does not project even for a slice.
                Self.append(right, toChain: &left, isSubexpression: false)
            } else {
                left = try projectIfSlice(left: left, right: right)
            }
        } else {
            try match(.star)
            try match(.rbracket)
            let right = try parseProjectionRHS(TokenKind.star.bindingPower)
            left = Node(.projection(left: left, right: right))
        }
    }

    private static func comparator(_ kind: TokenKind) -> Node.Comparator {
        switch kind {
        case .ne: return .ne
        case .lt: return .lt
        case .lte: return .lte
        case .gt: return .gt
        case .gte: return .gte
        default: return .eq
        }
    }

    /// Extends `a.b` to `a.b.c` (or `a[0]` to `a[0][1]`) without copying the child list.
    private static func append(_ right: Node, toChain left: inout Node, isSubexpression: Bool) {
        let height = max(left.height, right.height + 1)
        var chain: [Node]? = nil
        switch left.kind {
        case .subexpression(let children) where isSubexpression: chain = children
        case .indexExpression(let children) where !isSubexpression: chain = children
        default: break
        }
        guard var children = chain else {
            left = Node(isSubexpression ? .subexpression([left, right]) : .indexExpression([left, right]))
            return
        }
        chain = nil
        left = .identity  // release the old node so `children` is the array's only owner
        children.append(right)
        left = Node(isSubexpression ? .subexpression(children) : .indexExpression(children), height: height)
    }

    // MARK: Pieces

    /// `[n]` or `[start:stop:step]`, after the `[`.
    private mutating func parseIndexExpression() throws(JMESPathError) -> Node {
        if currentKind == .colon || kind(at: 1) == .colon {
            return try parseSlice()
        }
        let value: Int
        if case .number(let n, _) = current.value { value = n } else { value = 0 }
        advance()
        try match(.rbracket)
        return Node(.index(value))
    }

    private mutating func parseSlice() throws(JMESPathError) -> Node {
        var parts: [Int?] = [nil, nil, nil]
        var part = 0
        while currentKind != .rbracket && part < 3 {
            switch currentKind {
            case .colon:
                part += 1
                if part == 3 { throw error(at: current, "syntax error") }
                advance()
            case .number:
                if case .number(let n, _) = current.value { parts[part] = n }
                advance()
            default:
                throw error(at: current, "syntax error")
            }
        }
        try match(.rbracket)
        return Node(.slice(start: parts[0], stop: parts[1], step: parts[2]))
    }

    /// An index stays an index; a slice starts a projection over its result.
    private mutating func projectIfSlice(left: Node, right: Node) throws(JMESPathError) -> Node {
        let indexed = Node(.indexExpression([left, right]))
        guard case .slice = right.kind else { return indexed }
        let rest = try parseProjectionRHS(TokenKind.star.bindingPower)
        return Node(.projection(left: indexed, right: rest))
    }

    /// What a projection applies to each element: nothing (identity) if the next token ends it.
    private mutating func parseProjectionRHS(_ bindingPower: Int) throws(JMESPathError) -> Node {
        switch currentKind {
        case let kind where kind.bindingPower < TokenKind.projectionStop:
            return .identity
        case .lbracket, .filter:
            return try parseExpression(bindingPower)
        case .dot:
            advance()
            return try parseDotRHS(bindingPower)
        default:
            throw error(at: current, "syntax error")
        }
    }

    /// What may follow a `.`: an identifier, `*`, a multi-select list or hash (or a function call,
    /// which the identifier's own expression picks up).
    private mutating func parseDotRHS(_ bindingPower: Int) throws(JMESPathError) -> Node {
        switch currentKind {
        case .quotedIdentifier, .unquotedIdentifier, .star:
            return try parseExpression(bindingPower)
        case .lbracket:
            advance()
            return try parseMultiSelectList()
        case .lbrace:
            advance()
            return try parseMultiSelectHash()
        default:
            let expected = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']"
            throw error(at: current, "Expecting: \(expected), got: \(current.kind.rawValue)")
        }
    }

    private mutating func parseFilter(left: Node) throws(JMESPathError) -> Node {
        let condition = try parseExpression(0)
        try match(.rbracket)
        let right = currentKind == .flatten ? Node.identity : try parseProjectionRHS(TokenKind.filter.bindingPower)
        return Node(.filterProjection(left: left, right: right, condition: condition))
    }

    /// `name(args...)`, after the `(`. Only a bare identifier can be called.
    private mutating func parseFunctionCall(callee: Node) throws(JMESPathError) -> Node {
        guard case .field(let name) = callee.kind else {
            let nameToken = token(at: -2)
            throw error(at: nameToken, "Invalid function name '\(nameToken.display)'")
        }
        var arguments: [Node] = []
        while currentKind != .rparen {
            let argument = try parseExpression(0)
            if currentKind == .comma { try match(.comma) }
            arguments.append(argument)
        }
        try match(.rparen)
        return Node(.function(name: name, arguments: arguments))
    }

    private mutating func parseMultiSelectList() throws(JMESPathError) -> Node {
        var items: [Node] = []
        while true {
            items.append(try parseExpression(0))
            if currentKind == .rbracket { break }
            try match(.comma)
        }
        try match(.rbracket)
        return Node(.multiSelectList(items))
    }

    private mutating func parseMultiSelectHash() throws(JMESPathError) -> Node {
        var pairs: [Node.KeyedNode] = []
        while true {
            let keyToken = current
            guard keyToken.kind == .quotedIdentifier || keyToken.kind == .unquotedIdentifier else {
                throw mismatch(expected: "['quoted_identifier', 'unquoted_identifier']")
            }
            advance()
            try match(.colon)
            let value = try parseExpression(0)
            pairs.append(Node.KeyedNode(key: keyToken.text, node: value))
            if currentKind == .comma {
                try match(.comma)
            } else if currentKind == .rbrace {
                try match(.rbrace)
                break
            }
        }
        return Node(.multiSelectHash(pairs))
    }
}
