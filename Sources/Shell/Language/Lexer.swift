import ContainerImages
/// Splits a command line into words, operators and redirections, with POSIX shell quoting:
/// single and double quotes, backslash escapes, `\` line continuations, `#` comments,
/// `$VAR`, `${VAR}`, `$?`, `$(…)`, backquotes, and here-documents whose bodies follow the line.
struct Lexer {
    enum Token: Equatable {
        case word(Word)
        case op(String)
        case newline
        case redirect(Redirection)
    }

    enum Failure: Error, Equatable {
        /// More input could complete it (open quote, trailing `\`, here-document body).
        case incomplete
        case syntax(String)
    }

    private let chars: [Character]
    private var index = 0
    private var tokens: [Token] = []
    /// Here-documents whose bodies start after the next newline: token index, delimiter, strip tabs.
    private var pendingHeredocs: [(token: Int, delimiter: String, stripTabs: Bool, expands: Bool)] = []

    init(_ text: String) { chars = Array(text) }

    static func tokenize(_ text: String) throws(Failure) -> [Token] {
        var lexer = Lexer(text)
        return try lexer.run()
    }

    private var current: Character? { index < chars.count ? chars[index] : nil }
    private func peek(_ offset: Int = 1) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func run() throws(Failure) -> [Token] {
        while let c = current {
            switch c {
            case " ", "\t":
                index += 1
            case "\\" where peek() == "\n":
                index += 2
            case "\n":
                index += 1
                tokens.append(.newline)
                try readHeredocBodies()
            case "#":
                while let c = current, c != "\n" { index += 1 }
            case ";":
                index += 1
                tokens.append(.op(";"))
            case "&":
                if peek() == "&" {
                    index += 2
                    tokens.append(.op("&&"))
                } else if peek() == ">" {
                    index += 2
                    if current == ">" { index += 1 }
                    let target = try readTargetWord()
                    tokens.append(.redirect(Redirection(fd: 1, kind: .both, target: target)))
                } else {
                    index += 1
                    tokens.append(.op("&"))
                }
            case "|":
                if peek() == "|" {
                    index += 2
                    tokens.append(.op("||"))
                } else {
                    index += 1
                    tokens.append(.op("|"))
                }
            case "(", ")":
                throw .syntax("syntax error near unexpected token `\(c)'")
            case "<", ">":
                try readRedirection(fd: nil)
            default:
                // A number directly before < or > names the descriptor (`2>`, `2>&1`).
                if c.isNumber {
                    var end = index
                    while end < chars.count, chars[end].isNumber { end += 1 }
                    if end < chars.count, chars[end] == ">" || chars[end] == "<" {
                        let fd = Int(String(chars[index..<end])) ?? 1
                        index = end
                        try readRedirection(fd: fd)
                        continue
                    }
                }
                tokens.append(.word(try readWord()))
            }
        }
        if !pendingHeredocs.isEmpty { throw .incomplete }
        return tokens
    }

    private mutating func readRedirection(fd: Int?) throws(Failure) {
        guard let c = current else { return }
        if c == "<" {
            if peek() == "<" {
                index += 2
                var stripTabs = false
                if current == "-" {
                    stripTabs = true
                    index += 1
                }
                skipBlanks()
                guard current != nil, current != "\n" else {
                    throw .syntax("syntax error near unexpected token `newline'")
                }
                let word = try readWord()
                let quoted = word.parts.contains {
                    if case .literal = $0 { return false }
                    return true
                }
                let delimiter = Self.delimiterText(word)
                tokens.append(.redirect(Redirection(fd: fd ?? 0, kind: .heredoc(body: "", expands: !quoted), target: nil)))
                pendingHeredocs.append((tokens.count - 1, delimiter, stripTabs, !quoted))
                return
            }
            index += 1
            let target = try readTargetWord()
            tokens.append(.redirect(Redirection(fd: fd ?? 0, kind: .input, target: target)))
            return
        }
        // c == ">"
        index += 1
        if current == ">" {
            index += 1
            let target = try readTargetWord()
            tokens.append(.redirect(Redirection(fd: fd ?? 1, kind: .append, target: target)))
            return
        }
        if current == "&" {
            index += 1
            var digits = ""
            while let d = current, d.isNumber {
                digits.append(d)
                index += 1
            }
            guard let target = Int(digits) else { throw .syntax("syntax error near unexpected token `&'") }
            tokens.append(.redirect(Redirection(fd: fd ?? 1, kind: .duplicate(target), target: nil)))
            return
        }
        let target = try readTargetWord()
        tokens.append(.redirect(Redirection(fd: fd ?? 1, kind: .output, target: target)))
    }

    private mutating func skipBlanks() {
        while let c = current, c == " " || c == "\t" { index += 1 }
    }

    private mutating func readTargetWord() throws(Failure) -> Word {
        skipBlanks()
        guard let c = current, !";|&<>\n".contains(c) else {
            let token = current.map { $0 == "\n" ? "newline" : String($0) } ?? "newline"
            throw .syntax("syntax error near unexpected token `\(token)'")
        }
        return try readWord()
    }

    static func delimiterText(_ word: Word) -> String {
        var text = ""
        for part in word.parts {
            switch part {
            case .literal(let s), .singleQuoted(let s): text += s
            case .doubleQuoted(let inner): text += delimiterText(Word(parts: inner))
            case .variable(let name): text += "$" + name
            case .commandSubstitution(let inner): text += "$(" + inner + ")"
            case .arithmetic(let expression): text += "$((" + expression + "))"
            }
        }
        return text
    }

    /// Reads one word in unquoted context.
    private mutating func readWord() throws(Failure) -> Word {
        var parts: [WordPart] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
        }
        while let c = current {
            if " \t\n;&|<>()".contains(c) { break }
            switch c {
            case "\\":
                guard let next = peek() else { throw .incomplete }
                index += 2
                if next != "\n" { literal.append(next) }
            case "'":
                flush()
                index += 1
                var text = ""
                while true {
                    guard let q = current else { throw .incomplete }
                    index += 1
                    if q == "'" { break }
                    text.append(q)
                }
                parts.append(.singleQuoted(text))
            case "\"":
                flush()
                index += 1
                parts.append(.doubleQuoted(try readDoubleQuoted()))
            case "$":
                if let part = try readDollar() {
                    flush()
                    parts.append(part)
                } else {
                    literal.append("$")
                }
            case "`":
                flush()
                parts.append(.commandSubstitution(try readBackquoted()))
            default:
                literal.append(c)
                index += 1
            }
        }
        flush()
        return Word(parts: parts)
    }

    private mutating func readDoubleQuoted() throws(Failure) -> [WordPart] {
        var parts: [WordPart] = []
        var literal = ""
        while true {
            guard let c = current else { throw .incomplete }
            switch c {
            case "\"":
                index += 1
                if !literal.isEmpty { parts.append(.literal(literal)) }
                return parts
            case "\\":
                guard let next = peek() else { throw .incomplete }
                if "$`\"\\".contains(next) {
                    literal.append(next)
                    index += 2
                } else if next == "\n" {
                    index += 2
                } else {
                    literal.append(c)
                    index += 1
                }
            case "$":
                if let part = try readDollar() {
                    if !literal.isEmpty {
                        parts.append(.literal(literal))
                        literal = ""
                    }
                    parts.append(part)
                } else {
                    literal.append("$")
                }
            case "`":
                if !literal.isEmpty {
                    parts.append(.literal(literal))
                    literal = ""
                }
                parts.append(.commandSubstitution(try readBackquoted()))
            default:
                literal.append(c)
                index += 1
            }
        }
    }

    /// At a `$`: returns the expansion, or nil (consuming the `$`) when it is a literal dollar.
    private mutating func readDollar() throws(Failure) -> WordPart? {
        index += 1
        guard let c = current else { return nil }
        if c == "(" {
            index += 1
            let inner = try readUntilClosingParen()
            // `$((…))` is arithmetic when its inner parentheses close just before the end;
            // `$((a) | b)` is a command whose first part is a subshell.
            if let expression = ShellArithmetic.expression(inParentheses: inner) { return .arithmetic(expression) }
            return .commandSubstitution(inner)
        }
        if c == "{" {
            index += 1
            var name = ""
            while true {
                guard let n = current else { throw .incomplete }
                index += 1
                if n == "}" { break }
                name.append(n)
            }
            // `${#name}`: the value's length.
            let isName = { (text: Substring) -> Bool in
                guard let first = text.first else { return false }
                if first.isNumber { return text.allSatisfy(\.isNumber) }  // a positional parameter
                return (first.isLetter || first == "_") && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            }
            guard isName(name[...]) || name == "?" || name == "#" || (name.hasPrefix("#") && isName(name.dropFirst()))
                || ShellParser.parameterOperator(name) != nil
            else {
                throw .syntax("${\(name)}: bad substitution")
            }
            return .variable(name)
        }
        if c == "?" || c == "$" || c == "#" || c == "!" {
            index += 1
            return .variable(String(c))
        }
        if c.isLetter || c == "_" {
            var name = ""
            while let n = current, n.isASCII && (n.isLetter || n.isNumber || n == "_") {
                name.append(n)
                index += 1
            }
            return .variable(name)
        }
        if c.isNumber {
            index += 1
            return .variable(String(c))
        }
        return nil
    }

    /// The text inside `$(…)`, honouring nested parentheses and quotes.
    private mutating func readUntilClosingParen() throws(Failure) -> String {
        var depth = 1
        var text = ""
        var quote: Character?
        while true {
            guard let c = current else { throw .incomplete }
            index += 1
            if let q = quote {
                if c == "\\" && q == "\"", let next = current {
                    text.append(c)
                    text.append(next)
                    index += 1
                    continue
                }
                if c == q { quote = nil }
                text.append(c)
                continue
            }
            switch c {
            case "'", "\"": quote = c
            case "\\":
                if let next = current {
                    text.append(c)
                    text.append(next)
                    index += 1
                    continue
                }
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return text }
            default: break
            }
            text.append(c)
        }
    }

    private mutating func readBackquoted() throws(Failure) -> String {
        index += 1
        var text = ""
        while true {
            guard let c = current else { throw .incomplete }
            index += 1
            if c == "`" { return text }
            if c == "\\", let next = current, "$`\\".contains(next) {
                text.append(next)
                index += 1
                continue
            }
            text.append(c)
        }
    }

    /// After a newline: the bodies of pending here-documents, each up to its delimiter line.
    private mutating func readHeredocBodies() throws(Failure) {
        let pending = pendingHeredocs
        pendingHeredocs.removeAll()
        for heredoc in pending {
            var body = ""
            var found = false
            while index < chars.count {
                var line = ""
                while let c = current, c != "\n" {
                    line.append(c)
                    index += 1
                }
                let hadNewline = current == "\n"
                if hadNewline { index += 1 }
                let compared = heredoc.stripTabs ? String(line.drop(while: { $0 == "\t" })) : line
                if compared == heredoc.delimiter {
                    found = true
                    break
                }
                body += compared + "\n"
                if !hadNewline { break }
            }
            guard found else { throw .incomplete }
            if case .redirect(var redirection) = tokens[heredoc.token] {
                redirection.kind = .heredoc(body: body, expands: heredoc.expands)
                tokens[heredoc.token] = .redirect(redirection)
            }
        }
    }
}
