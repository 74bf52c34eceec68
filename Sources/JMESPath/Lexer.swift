import JSONValue

/// Splits an expression into tokens.
///
/// Positions are counted in Unicode scalars because Python counts characters, and error carets must
/// line up with what aws-cli prints. The whole expression is tokenized before parsing starts (as
/// Python does), so a lexer error anywhere wins over a parse error earlier in the text.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let expression: String
    private var position = 0

    private init(_ expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    static func tokenize(_ expression: String) throws(JMESPathError) -> [Token] {
        if expression.isEmpty { throw .emptyExpression }
        var lexer = Lexer(expression)
        return try lexer.run()
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
    private var next: Unicode.Scalar? { position + 1 < scalars.count ? scalars[position + 1] : nil }

    private func error(_ message: String, at start: Int) -> JMESPathError {
        .lexer(message: message, position: start, expression: expression)
    }

    private mutating func run() throws(JMESPathError) -> [Token] {
        var tokens: [Token] = []
        while let c = current {
            let start = position
            func simple(_ kind: TokenKind, _ text: String) -> Token {
                Token(kind: kind, value: .text(text), start: start)
            }
            switch c {
            case " ", "\t", "\n", "\r":
                position += 1
            case ".": tokens.append(simple(.dot, ".")); position += 1
            case "*": tokens.append(simple(.star, "*")); position += 1
            case "]": tokens.append(simple(.rbracket, "]")); position += 1
            case ",": tokens.append(simple(.comma, ",")); position += 1
            case ":": tokens.append(simple(.colon, ":")); position += 1
            case "@": tokens.append(simple(.current, "@")); position += 1
            case "(": tokens.append(simple(.lparen, "(")); position += 1
            case ")": tokens.append(simple(.rparen, ")")); position += 1
            case "{": tokens.append(simple(.lbrace, "{")); position += 1
            case "}": tokens.append(simple(.rbrace, "}")); position += 1
            case "[":
                switch next {
                case "]": tokens.append(simple(.flatten, "[]")); position += 2
                case "?": tokens.append(simple(.filter, "[?")); position += 2
                default: tokens.append(simple(.lbracket, "[")); position += 1
                }
            case "|": tokens.append(twoCharacter("|", .or, else: .pipe))
            case "&": tokens.append(twoCharacter("&", .and, else: .expref))
            case "<": tokens.append(twoCharacter("=", .lte, else: .lt))
            case ">": tokens.append(twoCharacter("=", .gte, else: .gt))
            case "!": tokens.append(twoCharacter("=", .ne, else: .not))
            case "=":
                guard next == "=" else { throw error("Unknown token '='", at: start) }
                tokens.append(simple(.eq, "=="))
                position += 2
            case "'":
                let raw = unescape(try consumeDelimited(by: "'"), "'")
                tokens.append(Token(kind: .literal, value: .literal(.string(raw)), start: start))
            case "`":
                let value = try literalValue(unescape(try consumeDelimited(by: "`"), "`"), start: start)
                tokens.append(Token(kind: .literal, value: .literal(value), start: start))
            case "\"":
                let name = try quotedIdentifier(try consumeDelimited(by: "\""), start: start)
                tokens.append(Token(kind: .quotedIdentifier, value: .text(name), start: start))
            case "-", "0"..."9":
                tokens.append(try number())
            default:
                if Self.isIdentifierStart(c) {
                    while let d = current, Self.isIdentifierStart(d) || ("0"..."9").contains(d) { position += 1 }
                    tokens.append(simple(.unquotedIdentifier, text(start..<position)))
                } else {
                    throw error("Unknown token \(Character(c))", at: start)
                }
            }
        }
        tokens.append(Token(kind: .eof, value: .text(""), start: scalars.count))
        return tokens
    }

    private static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_"
    }

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// `||`, `&&`, `<=`, `>=`, `!=` or their one-character forms.
    private mutating func twoCharacter(_ second: Unicode.Scalar, _ kind: TokenKind, else single: TokenKind) -> Token {
        let start = position
        let first = scalars[start]
        if next == second {
            position += 2
            return Token(kind: kind, value: .text(String(Character(first)) + String(Character(second))), start: start)
        }
        position += 1
        return Token(kind: single, value: .text(String(Character(first))), start: start)
    }

    /// An integer, optionally negative. A lone `-` is not a token.
    private mutating func number() throws(JMESPathError) -> Token {
        let start = position
        if current == "-" { position += 1 }
        while let d = current, ("0"..."9").contains(d) { position += 1 }
        let lexeme = text(start..<position)
        if lexeme == "-" { throw error("Unknown token '-'", at: start) }
        let negative = lexeme.hasPrefix("-")
        let digits = lexeme.drop(while: { $0 == "-" || $0 == "0" })
        let display = digits.isEmpty ? "0" : (negative ? "-" : "") + digits
        // Out-of-range numbers index nothing and clamp slices exactly as Python's big ints would.
        let value = Int(display) ?? (negative ? Int.min : Int.max)
        return Token(kind: .number, value: .number(value, display: display), start: start)
    }

    /// The text between `delimiter`s starting at the current position, with each backslash kept
    /// together with the character it escapes (so an escaped delimiter does not end the text).
    private mutating func consumeDelimited(by delimiter: Unicode.Scalar) throws(JMESPathError) -> [Unicode.Scalar] {
        let start = position
        var body: [Unicode.Scalar] = []
        position += 1
        while true {
            guard let c = current else { throw error("Unclosed \(Character(delimiter)) delimiter", at: start) }
            if c == delimiter { break }
            if c == "\\" {
                body.append(c)
                position += 1
                guard let escaped = current else {
                    throw error("Unclosed \(Character(delimiter)) delimiter", at: start)
                }
                body.append(escaped)
            } else {
                body.append(c)
            }
            position += 1
        }
        position += 1
        return body
    }

    /// Replaces `\<delimiter>` with the delimiter; other backslashes stay.
    private func unescape(_ body: [Unicode.Scalar], _ delimiter: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        while i < body.count {
            if body[i] == "\\", i + 1 < body.count, body[i + 1] == delimiter {
                out.append(delimiter)
                i += 2
            } else {
                out.append(body[i])
                i += 1
            }
        }
        return String(out)
    }

    /// A backtick literal: JSON if it parses, else (the deprecated JEP-12 form that Python still
    /// accepts) the left-trimmed text as a JSON string body.
    private func literalValue(_ lexeme: String, start: Int) throws(JMESPathError) -> JSON {
        if let value = try? JSONParser.parse(lexeme) { return value }
        switch lexeme.trimmingJSONWhitespace() {
        case "NaN": return .double(.nan)  // Python's json accepts these three words
        case "Infinity": return .double(.infinity)
        case "-Infinity": return .double(-.infinity)
        default: break
        }
        let trimmed = String(String.UnicodeScalarView(lexeme.unicodeScalars.drop(while: PythonNumbers.isSpace)))
        if case .string(let s)? = try? JSONParser.parse("\"" + trimmed + "\"") { return .string(s) }
        throw error("Bad token \(lexeme)", at: start)
    }

    /// A double-quoted identifier is a JSON string; the error keeps Python's message up to its colon.
    private func quotedIdentifier(_ body: [Unicode.Scalar], start: Int) throws(JMESPathError) -> String {
        let lexeme = "\"" + String(String.UnicodeScalarView(body)) + "\""
        let parsed: JSON
        do {
            parsed = try JSONParser.parse(lexeme)
        } catch {
            let message = error.message.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first
            throw self.error(message.map(String.init) ?? error.message, at: start)
        }
        guard case .string(let s) = parsed else { throw self.error("Expecting value", at: start) }
        return s
    }
}

extension String {
    /// Trims the whitespace JSON allows around a value.
    fileprivate func trimmingJSONWhitespace() -> Substring {
        let isJSONSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let head = drop(while: isJSONSpace)
        var end = head.endIndex
        while end > head.startIndex, isJSONSpace(head[head.index(before: end)]) { end = head.index(before: end) }
        return head[..<end]
    }
}
