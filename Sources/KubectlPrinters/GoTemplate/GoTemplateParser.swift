/// Go's template parser (`text/template/parse/parse.go`, Go 1.23), error messages included:
/// `template: output:LINE: MESSAGE`, where LINE is that of the last token read from the lexer.
///
/// `{{define}}` and `{{block}}` add named trees to the set; each tree keeps its own lookahead,
/// as each `parse.Tree` does in Go, because that decides which line an error reports.
struct GoTemplateParser {
    /// Go has no limit; parentheses and control structures nested deeper than this are not
    /// something a learner types, and the limit keeps recursion off the stack's edge.
    static let maxNesting = 50

    struct Failure: Error {
        var message: String
    }

    /// The functions a template may call: Go's builtins and the two kubectl adds.
    static let functions: Set<String> = [
        "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println",
        "urlquery", "eq", "ge", "gt", "le", "lt", "ne", "exists", "base64decode",
    ]

    /// One tree's parsing state (Go's `parse.Tree` fields other than the shared lexer).
    private struct TreeState {
        var name: String
        var token: [GoTemplateToken]
        var peekCount = 0
        var vars: [String] = ["$"]
        var actionLine = 0
        var rangeDepth = 0
    }

    private let parseName: String
    private let tokens: [GoTemplateToken]
    private var cursor = 0
    private var tree: TreeState
    private var nesting = 0
    private(set) var trees: [String: ListNode] = [:]

    private init(name: String, text: [UInt8]) {
        parseName = name
        tokens = GoTemplateLexer.tokens(text)
        let none = GoTemplateToken(kind: .eof, pos: 0, val: [], line: 0)
        tree = TreeState(name: name, token: [none, none, none])
    }

    /// Parses `text` into its named trees; the template itself is `trees[name]`.
    static func parse(name: String, text: [UInt8]) throws(Failure) -> [String: ListNode] {
        var parser = GoTemplateParser(name: name, text: text)
        let root = try parser.parseTopLevel()
        try parser.add(name: name, root: root)
        return parser.trees
    }

    // MARK: - Lookahead

    private mutating func lexNext() -> GoTemplateToken {
        guard cursor < tokens.count else {
            return tokens.last ?? GoTemplateToken(kind: .eof, pos: 0, val: Array("EOF".utf8), line: 1)
        }
        cursor += 1
        return tokens[cursor - 1]
    }

    private mutating func next() -> GoTemplateToken {
        if tree.peekCount > 0 {
            tree.peekCount -= 1
        } else {
            tree.token[0] = lexNext()
        }
        return tree.token[tree.peekCount]
    }

    private mutating func backup() { tree.peekCount = min(tree.peekCount + 1, 3) }

    private mutating func backup2(_ t1: GoTemplateToken) {
        tree.token[1] = t1
        tree.peekCount = 2
    }

    private mutating func backup3(_ t2: GoTemplateToken, _ t1: GoTemplateToken) {
        tree.token[1] = t1
        tree.token[2] = t2
        tree.peekCount = 3
    }

    private mutating func peek() -> GoTemplateToken {
        if tree.peekCount > 0 { return tree.token[tree.peekCount - 1] }
        tree.peekCount = 1
        tree.token[0] = lexNext()
        return tree.token[0]
    }

    private mutating func nextNonSpace() -> GoTemplateToken {
        var token: GoTemplateToken
        repeat { token = next() } while token.kind == .space
        return token
    }

    private mutating func peekNonSpace() -> GoTemplateToken {
        let token = nextNonSpace()
        backup()
        return token
    }

    // MARK: - Errors

    private func errorf(_ message: String) -> Failure {
        Failure(message: "template: \(parseName):\(tree.token[0].line): \(message)")
    }

    private func unexpected(_ token: GoTemplateToken, _ context: String) -> Failure {
        if token.kind == .error {
            var extra = ""
            if tree.actionLine != 0 && tree.actionLine != token.line {
                extra = " in action started at \(parseName):\(tree.actionLine)"
                if token.text.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return errorf(token.description + extra)
        }
        return errorf("unexpected \(token.description) in \(context)")
    }

    private mutating func expect(_ kind: GoTemplateToken.Kind, _ context: String) throws(Failure) -> GoTemplateToken {
        let token = nextNonSpace()
        if token.kind != kind { throw unexpected(token, context) }
        return token
    }

    private mutating func enter() throws(Failure) {
        nesting += 1
        if nesting > Self.maxNesting { throw errorf("template nested too deeply for Shipyard (over \(Self.maxNesting) levels)") }
    }

    // MARK: - Trees

    /// Go's `Tree.add`: a name may be defined twice only if one definition is empty.
    /// `line` is that of the tree being added, when it is not the current one.
    private mutating func add(name: String, root: ListNode, line: Int? = nil) throws(Failure) {
        if let existing = trees[name], !Self.isEmptyTree(existing) {
            if !Self.isEmptyTree(root) {
                let message = "template: multiple definition of template \(GoQuote.quote(name))"
                if let line { throw Failure(message: "template: \(parseName):\(line): \(message)") }
                throw errorf(message)
            }
            return
        }
        trees[name] = root
    }

    static func isEmptyTree(_ node: GoTemplateNode) -> Bool {
        switch node {
        case let list as ListNode: return list.nodes.allSatisfy(isEmptyTree)
        case let text as TextNode:
            return String(decoding: text.text, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
        default: return false
        }
    }

    /// Parses a `{{define}}` or `{{block}}` body as its own tree, then returns to this one.
    private mutating func withSubtree<T>(named name: String, _ body: (inout GoTemplateParser) throws(Failure) -> T)
        throws(Failure) -> T
    {
        let saved = tree
        tree = TreeState(name: name, token: saved.token)
        defer { tree = saved }
        return try body(&self)
    }

    private mutating func parseTopLevel() throws(Failure) -> ListNode {
        let root = ListNode(pos: peek().pos)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    try withSubtree(named: "definition") { (parser: inout GoTemplateParser) throws(Failure) in
                        try parser.parseDefinition()
                    }
                    continue
                }
                backup2(delim)
            }
            let node = try textOrAction()
            if node is EndNode || node is ElseNode { throw errorf("unexpected \(node)") }
            root.nodes.append(node)
        }
        return root
    }

    private mutating func parseDefinition() throws(Failure) {
        let context = "define clause"
        let token = nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        let name = try unquote(token)
        tree.name = name
        _ = try expect(.rightDelim, context)
        let (list, end) = try itemList()
        if !(end is EndNode) { throw errorf("unexpected \(end) in \(context)") }
        try add(name: name, root: list)
    }

    private mutating func itemList() throws(Failure) -> (ListNode, GoTemplateNode) {
        let list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().kind != .eof {
            let node = try textOrAction()
            if node is EndNode || node is ElseNode { return (list, node) }
            list.nodes.append(node)
        }
        throw errorf("unexpected EOF")
    }

    private mutating func textOrAction() throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            return TextNode(pos: token.pos, text: token.val)
        case .leftDelim:
            tree.actionLine = token.line
            defer { tree.actionLine = 0 }
            return try action()
        default:
            throw unexpected(token, "input")
        }
    }

    private mutating func action() throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return try blockControl()
        case .breakKeyword, .continueKeyword:
            let name = token.kind == .breakKeyword ? "{{break}}" : "{{continue}}"
            let close = nextNonSpace()
            if close.kind != .rightDelim { throw unexpected(close, name) }
            if tree.rangeDepth == 0 { throw errorf("\(name) outside {{range}}") }
            return token.kind == .breakKeyword ? BreakNode(pos: token.pos) : ContinueNode(pos: token.pos)
        case .elseKeyword:
            let peeked = peekNonSpace()
            if peeked.kind == .ifKeyword || peeked.kind == .with { return ElseNode(pos: peeked.pos) }
            return ElseNode(pos: try expect(.rightDelim, "else").pos)
        case .end:
            return EndNode(pos: try expect(.rightDelim, "end").pos)
        case .ifKeyword: return try control(.ifBranch)
        case .range: return try control(.range)
        case .template: return try templateControl()
        case .with: return try control(.with)
        default:
            backup()
            let start = peek()
            return ActionNode(pos: start.pos, pipe: try pipeline("command", end: .rightDelim))
        }
    }

    /// `{{if}}`, `{{range}}`, `{{with}}`, with `{{else if}}` and `{{else with}}` read as an
    /// `{{else}}` holding a nested if or with.
    private mutating func control(_ kind: BranchNode.Kind) throws(Failure) -> BranchNode {
        try enter()
        defer { nesting -= 1 }
        let context = kind.rawValue
        let varCount = tree.vars.count
        defer { tree.vars.removeLast(tree.vars.count - varCount) }
        let pipe = try pipeline(context, end: .rightDelim)
        if kind == .range { tree.rangeDepth += 1 }
        let (list, next) = try itemList()
        if kind == .range { tree.rangeDepth -= 1 }
        var elseList: ListNode?
        if next is ElseNode {
            if kind == .ifBranch && peek().kind == .ifKeyword {
                _ = self.next()
                let nested = ListNode(pos: next.pos)
                nested.nodes.append(try control(.ifBranch))
                elseList = nested
            } else if kind == .with && peek().kind == .with {
                _ = self.next()
                let nested = ListNode(pos: next.pos)
                nested.nodes.append(try control(.with))
                elseList = nested
            } else {
                let (list, end) = try itemList()
                if !(end is EndNode) { throw errorf("expected end; found \(end)") }
                elseList = list
            }
        }
        return BranchNode(kind: kind, pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    }

    private mutating func blockControl() throws(Failure) -> GoTemplateNode {
        let context = "block clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let (list, end, line) = try withSubtree(named: name) {
            (parser: inout GoTemplateParser) throws(Failure) -> (ListNode, GoTemplateNode, Int) in
            let (list, end) = try parser.itemList()
            return (list, end, parser.tree.token[0].line)
        }
        if !(end is EndNode) { throw errorf("unexpected \(end) in \(context)") }
        try add(name: name, root: list, line: line)
        return TemplateNode(pos: token.pos, name: name, pipe: pipe)
    }

    private mutating func templateControl() throws(Failure) -> GoTemplateNode {
        let context = "template clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        var pipe: PipeNode?
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return TemplateNode(pos: token.pos, name: name, pipe: pipe)
    }

    private func templateName(_ token: GoTemplateToken, _ context: String) throws(Failure) -> String {
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        return try unquote(token)
    }

    private func unquote(_ token: GoTemplateToken) throws(Failure) -> String {
        do {
            return String(decoding: try GoQuote.unquote(token.val), as: UTF8.self)
        } catch {
            throw errorf("invalid syntax")
        }
    }

    // MARK: - Pipelines

    private mutating func pipeline(_ context: String, end: GoTemplateToken.Kind) throws(Failure) -> PipeNode {
        try enter()
        defer { nesting -= 1 }
        let pipe = PipeNode(pos: peekNonSpace().pos)
        declarations: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break }
            _ = next()
            let tokenAfterVariable = peek()
            let following = peekNonSpace()
            if following.kind == .assign || following.kind == .declare {
                pipe.isAssign = following.kind == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: v.text))
                tree.vars.append(v.text)
            } else if following.kind == .char && following.text == "," {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: v.text))
                tree.vars.append(v.text)
                if context == "range" && pipe.decl.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen: continue declarations
                    default: throw errorf("range can only initialize variables")
                    }
                }
                throw errorf("too many declarations in \(context)")
            } else if tokenAfterVariable.kind == .space {
                backup3(v, tokenAfterVariable)
            } else {
                backup2(v)
            }
            break
        }
        while true {
            let token = nextNonSpace()
            switch token.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword, .rawString,
                .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws(Failure) {
        if pipe.cmds.isEmpty { throw errorf("missing value for \(context)") }
        for (i, cmd) in pipe.cmds.enumerated().dropFirst() {
            switch cmd.args.first {
            case is BoolNode, is DotNode, is NilNode, is NumberNode, is StringNode:
                throw errorf("non executable command in pipeline stage \(i + 1)")
            default: break
            }
        }
    }

    private mutating func command() throws(Failure) -> CommandNode {
        let cmd = CommandNode(pos: peekNonSpace().pos)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { cmd.args.append(operand) }
            let token = next()
            switch token.kind {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(token, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw errorf("empty command") }
        return cmd
    }

    private mutating func operand() throws(Failure) -> GoTemplateNode? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }
        let chain = ChainNode(pos: peek().pos, node: node)
        while peek().kind == .field { chain.fields.append(String(next().text.dropFirst())) }
        switch node {
        case is FieldNode: return FieldNode(pos: chain.pos, ident: chain.description)
        case is VariableNode: return VariableNode(pos: chain.pos, ident: chain.description)
        case is BoolNode, is StringNode, is NumberNode, is NilNode, is DotNode:
            throw errorf("unexpected . after term \(GoQuote.quote(node.description))")
        default: return chain
        }
    }

    private mutating func term() throws(Failure) -> GoTemplateNode? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            if !Self.functions.contains(token.text) { throw errorf("function \(GoQuote.quote(token.val)) not defined") }
            return IdentifierNode(pos: token.pos, ident: token.text)
        case .dot: return DotNode(pos: token.pos)
        case .nilKeyword: return NilNode(pos: token.pos)
        case .variable:
            let variable = VariableNode(pos: token.pos, ident: token.text)
            let name = variable.ident.first ?? ""
            if !tree.vars.contains(name) { throw errorf("undefined variable \(GoQuote.quote(name))") }
            return variable
        case .field: return FieldNode(pos: token.pos, ident: token.text)
        case .bool: return BoolNode(pos: token.pos, value: token.text == "true")
        case .charConstant, .complex, .number:
            do {
                return NumberNode(pos: token.pos, number: try GoTemplateNumber(token: token))
            } catch {
                throw errorf(error.message)
            }
        case .leftParen:
            return try pipeline("parenthesized pipeline", end: .rightParen)
        case .string, .rawString:
            do {
                return StringNode(pos: token.pos, quoted: token.val, text: try GoQuote.unquote(token.val))
            } catch {
                throw errorf("invalid syntax")
            }
        default:
            backup()
            return nil
        }
    }
}
