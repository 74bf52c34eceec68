/// Parses a command line (possibly several lines, with here-documents) into a `Script`, or
/// says it is incomplete so the editor can ask for more (`> `), or reports a syntax error
/// in bash's words.
public enum ShellParser {
    public enum Result: Equatable {
        case complete(Script)
        case incomplete
        case syntaxError(String)
    }

    static let keywords: Set<String> = ["if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done",
                                        "case", "esac", "function", "select", "{", "}"]

    /// A shell variable's name: a letter or `_`, then letters, digits and `_` (ASCII).
    static func isName(_ text: String) -> Bool {
        guard let head = text.first, head.isASCII, head.isLetter || head == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// `NAME:-WORD` (and `-`, `:=`, `=`, `:+`, `+`, `:?`, `?`): the name, the operator, the word.
    static func parameterOperator(_ text: String) -> (String, String, String)? {
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !name.isEmpty, ShellParser.isName(String(name)) else { return nil }
        var rest = text.dropFirst(name.count)
        var op = rest.hasPrefix(":") ? ":" : ""
        rest = rest.dropFirst(op.count)
        guard let symbol = rest.first, "-=+?".contains(symbol) else { return nil }
        op.append(symbol)
        return (String(name), op, String(rest.dropFirst()))
    }

    public static func parse(_ text: String) -> Result {
        let tokens: [Lexer.Token]
        do {
            tokens = try Lexer.tokenize(text)
        } catch {
            switch error {
            case .incomplete: return .incomplete
            case .syntax(let message): return .syntaxError(message)
            }
        }
        var parser = TokenParser(tokens: tokens)
        return parser.parseScript()
    }
}

private struct TokenParser {
    let tokens: [Lexer.Token]
    var index = 0
    /// How many loops and ifs enclose the command being parsed: bounded, so a pasted monster
    /// cannot exhaust the stack.
    var depth = 0
    static let depthLimit = 64
    /// Words that continue or end a compound command, out of place where a command starts.
    static let closingKeywords: Set<String> = ["do", "done", "then", "elif", "else", "fi"]

    var current: Lexer.Token? { index < tokens.count ? tokens[index] : nil }

    mutating func skipNewlines() {
        while current == .newline { index += 1 }
    }

    mutating func parseScript() -> ShellParser.Result {
        switch parseList(until: []) {
        case .success(let (script, _)): return .complete(script)
        case .failure(let failure): return failure.result
        }
    }

    /// Items separated by `;`, `&` and newlines, up to the end of the input or, within a
    /// compound command, up to one of the keywords `terminators` in a command's place
    /// (consumed, and returned).
    mutating func parseList(until terminators: Set<String>) -> Swift.Result<(Script, String?), Failure> {
        var items: [AndOrList] = []
        var lastWasItem = false
        while true {
            while current == .newline || current == .op(";") {
                if current == .op(";") && !lastWasItem {
                    return .failure(unexpected(current))
                }
                index += 1
                lastWasItem = false
            }
            guard let token = current else {
                if !terminators.isEmpty { return .failure(.incomplete) }
                break
            }
            if let keyword = Self.keyword(token), terminators.contains(keyword) {
                // bash wants at least one command before `do`, `then`, `done`, `fi`…
                guard !items.isEmpty else { return .failure(unexpected(token)) }
                index += 1
                return .success((Script(items: items), keyword))
            }
            switch parseAndOr() {
            case .success(var list):
                lastWasItem = true
                if current == .op("&") {
                    // `&` ends the list as `;` would, and sends it to the background.
                    list.background = true
                    index += 1
                    lastWasItem = false
                }
                items.append(list)
            case .failure(let failure):
                return .failure(failure)
            }
        }
        return .success((Script(items: items), nil))
    }

    /// Whether `token` is the reserved word `keyword`: an unquoted word of exactly that text.
    static func isKeyword(_ token: Lexer.Token?, _ keyword: String) -> Bool {
        guard case .word(let word) = token else { return false }
        return word.parts == [.literal(keyword)]
    }

    /// The reserved word `token` is, if it is one (unquoted).
    static func keyword(_ token: Lexer.Token?) -> String? {
        guard case .word(let word) = token, word.parts.count == 1, case .literal(let text) = word.parts[0],
            ShellParser.keywords.contains(text)
        else { return nil }
        return text
    }

    enum Failure: Error {
        case incomplete
        case syntax(String)

        var result: ShellParser.Result {
            switch self {
            case .incomplete: return .incomplete
            case .syntax(let message): return .syntaxError(message)
            }
        }
    }

    func unexpected(_ token: Lexer.Token?) -> Failure {
        switch token {
        case .op(let op): return .syntax("syntax error near unexpected token `\(op)'")
        case .newline, nil: return .syntax("syntax error near unexpected token `newline'")
        case .word(let word): return .syntax("syntax error near unexpected token `\(word.literalText ?? "word")'")
        case .redirect: return .syntax("syntax error near unexpected token `>'")
        }
    }

    mutating func parseAndOr() -> Swift.Result<AndOrList, Failure> {
        let first: Pipeline
        switch parsePipeline() {
        case .success(let p): first = p
        case .failure(let f): return .failure(f)
        }
        var rest: [(AndOrList.Connector, Pipeline)] = []
        while let token = current, token == .op("&&") || token == .op("||") {
            index += 1
            skipNewlines()
            guard current != nil else { return .failure(.incomplete) }
            switch parsePipeline() {
            case .success(let p): rest.append((token == .op("&&") ? .and : .or, p))
            case .failure(let f): return .failure(f)
            }
        }
        return .success(AndOrList(first: first, rest: rest))
    }

    mutating func parsePipeline() -> Swift.Result<Pipeline, Failure> {
        var negated = false
        if case .word(let word) = current, word.literalText == "!", word.parts == [.literal("!")] {
            negated = true
            index += 1
        }
        var commands: [Command] = []
        while true {
            switch parseCommand() {
            case .success(let command): commands.append(command)
            case .failure(let f): return .failure(f)
            }
            guard current == .op("|") else { break }
            index += 1
            skipNewlines()
            guard current != nil else { return .failure(.incomplete) }
        }
        return .success(Pipeline(commands: commands, negated: negated))
    }

    mutating func parseCommand() -> Swift.Result<Command, Failure> {
        if let keyword = Self.keyword(current), ["for", "while", "until", "if"].contains(keyword) {
            guard depth < Self.depthLimit else {
                return .failure(.syntax("loops and ifs nested more than \(Self.depthLimit) deep are more than Shipyard runs"))
            }
            index += 1
            depth += 1
            defer { depth -= 1 }
            switch keyword {
            case "for": return parseFor().map(Command.forLoop)
            case "if": return parseIf().map(Command.ifClause)
            default: return parseWhile(until: keyword == "until").map(Command.whileLoop)
            }
        }
        var assignments: [Assignment] = []
        var words: [Word] = []
        var redirections: [Redirection] = []
        loop: while let token = current {
            switch token {
            case .word(let word):
                if words.isEmpty, let assignment = Self.assignment(word) {
                    assignments.append(assignment)
                } else {
                    if words.isEmpty, let text = word.literalText, ShellParser.keywords.contains(text),
                        word.parts == [.literal(text)]
                    {
                        // Keywords out of place are bash's syntax errors; the rest is syntax
                        // bash has and Shipyard does not.
                        if Self.closingKeywords.contains(text) { return .failure(unexpected(token)) }
                        return .failure(.syntax("`\(text)' is shell syntax Shipyard does not run; type the commands one at a time"))
                    }
                    words.append(word)
                }
                index += 1
            case .redirect(let redirection):
                redirections.append(redirection)
                index += 1
            default:
                break loop
            }
        }
        if assignments.isEmpty && words.isEmpty && redirections.isEmpty {
            return .failure(unexpected(current))
        }
        return .success(.simple(SimpleCommand(assignments: assignments, words: words, redirections: redirections)))
    }

    /// After `for`: `NAME [in WORDS] ; do LIST done` (newlines where `;` is, or between).
    mutating func parseFor() -> Swift.Result<ForLoop, Failure> {
        guard let token = current else { return .failure(.incomplete) }
        guard case .word(let nameWord) = token else { return .failure(unexpected(token)) }
        // A name that is not one (`1x`, `"i"`) is refused when the loop runs, as bash does.
        let variable = nameWord.sourceText
        index += 1
        skipNewlines()
        var words: [Word]?
        if Self.isKeyword(current, "in") {
            index += 1
            var list: [Word] = []
            while case .word(let word) = current {
                list.append(word)
                index += 1
            }
            words = list
            guard current == .op(";") || current == .newline || current == nil else { return .failure(unexpected(current)) }
        }
        if current == .op(";") { index += 1 }
        skipNewlines()
        guard current != nil else { return .failure(.incomplete) }
        guard Self.isKeyword(current, "do") else { return .failure(unexpected(current)) }
        index += 1
        return parseList(until: ["done"]).map { ForLoop(variable: variable, words: words, body: $0.0) }
    }

    /// After `while` or `until`: `LIST do LIST done`.
    mutating func parseWhile(until: Bool) -> Swift.Result<WhileLoop, Failure> {
        let condition: Script
        switch parseList(until: ["do"]) {
        case .success(let (script, _)): condition = script
        case .failure(let failure): return .failure(failure)
        }
        return parseList(until: ["done"]).map { WhileLoop(until: until, condition: condition, body: $0.0) }
    }

    /// After `if`: `LIST then LIST [elif LIST then LIST]… [else LIST] fi`.
    mutating func parseIf() -> Swift.Result<IfClause, Failure> {
        var clause = IfClause(branches: [], elseBody: nil)
        while true {
            let condition: Script
            switch parseList(until: ["then"]) {
            case .success(let (script, _)): condition = script
            case .failure(let failure): return .failure(failure)
            }
            switch parseList(until: ["elif", "else", "fi"]) {
            case .success(let (body, ending)):
                clause.branches.append(IfClause.Branch(condition: condition, body: body))
                switch ending {
                case "elif": continue
                case "else":
                    switch parseList(until: ["fi"]) {
                    case .success(let (body, _)): clause.elseBody = body
                    case .failure(let failure): return .failure(failure)
                    }
                    return .success(clause)
                default: return .success(clause)
                }
            case .failure(let failure): return .failure(failure)
            }
        }
    }

    /// `NAME=value` at the start of a command, with an unquoted valid name.
    static func assignment(_ word: Word) -> Assignment? {
        guard case .literal(let first) = word.parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        let name = String(first[..<equals])
        guard ShellParser.isName(name) else { return nil }
        var parts = Array(word.parts.dropFirst())
        let remainder = String(first[first.index(after: equals)...])
        if !remainder.isEmpty { parts.insert(.literal(remainder), at: 0) }
        return Assignment(name: name, value: Word(parts: parts))
    }
}
