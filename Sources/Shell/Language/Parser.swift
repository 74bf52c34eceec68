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

    var current: Lexer.Token? { index < tokens.count ? tokens[index] : nil }

    mutating func skipNewlines() {
        while current == .newline { index += 1 }
    }

    mutating func parseScript() -> ShellParser.Result {
        var items: [AndOrList] = []
        while true {
            while current == .newline || current == .op(";") {
                if current == .op(";") && !lastWasItem {
                    return .syntaxError("syntax error near unexpected token `;'")
                }
                index += 1
                lastWasItem = false
            }
            guard current != nil else { break }
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
                return failure.result
            }
        }
        return .complete(Script(items: items))
    }

    var lastWasItem = false

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
        var commands: [SimpleCommand] = []
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

    mutating func parseCommand() -> Swift.Result<SimpleCommand, Failure> {
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
        return .success(SimpleCommand(assignments: assignments, words: words, redirections: redirections))
    }

    /// `NAME=value` at the start of a command, with an unquoted valid name.
    static func assignment(_ word: Word) -> Assignment? {
        guard case .literal(let first) = word.parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        let name = String(first[..<equals])
        guard let head = name.first, head.isLetter || head == "_",
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { return nil }
        var parts = Array(word.parts.dropFirst())
        let remainder = String(first[first.index(after: equals)...])
        if !remainder.isEmpty { parts.insert(.literal(remainder), at: 0) }
        return Assignment(name: name, value: Word(parts: parts))
    }
}
