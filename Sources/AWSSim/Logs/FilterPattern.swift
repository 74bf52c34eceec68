import JSONValue

/// CloudWatch Logs filter patterns for unstructured and JSON events:
/// `ERROR`, `"exact phrase"`, `ERROR Exception` (both), `?ERROR ?WARN` (either),
/// `ERROR -Retrying` (without), and `{ $.level = "error" && $.latency > 500 }`.
/// Terms are case-sensitive. Space-delimited patterns (`[ip, user, …]`) are not simulated.
struct FilterPattern {
    private enum Kind {
        case all
        case terms(required: [String], optional: [String], excluded: [String])
        case json(JSONCondition)
    }

    private let kind: Kind

    init(_ text: String) throws(AWSServiceError) {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty || trimmed == "\"\"" {
            kind = .all
        } else if trimmed.hasPrefix("{") {
            guard trimmed.hasSuffix("}") else { throw AWSServiceError.logsInvalidParameter("Invalid filter pattern") }
            var parser = JSONConditionParser(String(trimmed.dropFirst().dropLast()))
            kind = .json(try parser.parse())
        } else if trimmed.hasPrefix("[") {
            throw AWSServiceError.notSimulated("logs", "space-delimited filter patterns")
        } else {
            var required: [String] = [], optional: [String] = [], excluded: [String] = []
            for term in try Self.terms(trimmed) {
                if term.hasPrefix("?"), term.count > 1 {
                    optional.append(String(term.dropFirst()))
                } else if term.hasPrefix("-"), term.count > 1 {
                    excluded.append(String(term.dropFirst()))
                } else {
                    required.append(term)
                }
            }
            kind = .terms(required: required, optional: optional, excluded: excluded)
        }
    }

    /// Splits on spaces, keeping quoted phrases whole (quotes removed, prefix kept).
    private static func terms(_ text: String) throws(AWSServiceError) -> [String] {
        var terms: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if character == " " && !quoted {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if quoted { throw AWSServiceError.logsInvalidParameter("Invalid filter pattern") }
        if !current.isEmpty { terms.append(current) }
        return terms
    }

    func matches(_ message: String) -> Bool {
        switch kind {
        case .all:
            return true
        case let .terms(required, optional, excluded):
            if excluded.contains(where: { message.contains($0) }) { return false }
            if !required.allSatisfy({ message.contains($0) }) { return false }
            return optional.isEmpty || optional.contains { message.contains($0) }
        case .json(let condition):
            guard let json = JSONParser.parseOrNil(message), json.object != nil else { return false }
            return condition.holds(json)
        }
    }
}

/// `$.a.b = "x"`, `!=`, `<`, `<=`, `>`, `>=`, `EXISTS`-free comparisons joined by `&&` and
/// `||`, with parentheses.
indirect enum JSONCondition {
    case compare(path: [String], op: String, value: JSON)
    case and(JSONCondition, JSONCondition)
    case or(JSONCondition, JSONCondition)

    func holds(_ document: JSON) -> Bool {
        switch self {
        case let .and(a, b): return a.holds(document) && b.holds(document)
        case let .or(a, b): return a.holds(document) || b.holds(document)
        case let .compare(path, op, value):
            let actual = document.value(at: path)
            if actual.isNull { return op == "!=" }
            if let expected = value.double, let number = actual.double {
                switch op {
                case "=": return number == expected
                case "!=": return number != expected
                case "<": return number < expected
                case "<=": return number <= expected
                case ">": return number > expected
                case ">=": return number >= expected
                default: return false
                }
            }
            let text: String
            switch actual {
            case .string(let s): text = s
            case .bool(let b): text = b ? "true" : "false"
            default: return false
            }
            let expected = value.string ?? ""
            let equal = Wildcard.matches(expected, text, caseInsensitive: false)
            return op == "=" ? equal : op == "!=" ? !equal : false
        }
    }
}

struct JSONConditionParser {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    mutating func parse() throws(AWSServiceError) -> JSONCondition {
        let condition = try parseOr()
        skipSpaces()
        guard index == characters.count else { throw AWSServiceError.logsInvalidParameter("Invalid filter pattern") }
        return condition
    }

    private mutating func parseOr() throws(AWSServiceError) -> JSONCondition {
        var left = try parseAnd()
        while consume("||") { left = .or(left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws(AWSServiceError) -> JSONCondition {
        var left = try parsePrimary()
        while consume("&&") { left = .and(left, try parsePrimary()) }
        return left
    }

    private mutating func parsePrimary() throws(AWSServiceError) -> JSONCondition {
        let invalid = AWSServiceError.logsInvalidParameter("Invalid filter pattern")
        if consume("(") {
            let inner = try parseOr()
            guard consume(")") else { throw invalid }
            return inner
        }
        guard consume("$.") else { throw invalid }
        var path = ""
        while index < characters.count, characters[index].isLetter || characters[index].isNumber || "._-".contains(characters[index]) {
            path.append(characters[index])
            index += 1
        }
        guard !path.isEmpty else { throw invalid }
        skipSpaces()
        var op = ""
        for candidate in ["!=", "<=", ">=", "=", "<", ">"] where consume(candidate) {
            op = candidate
            break
        }
        guard !op.isEmpty else { throw invalid }
        skipSpaces()
        let value: JSON
        if index < characters.count, characters[index] == "\"" {
            index += 1
            var text = ""
            while index < characters.count, characters[index] != "\"" {
                text.append(characters[index])
                index += 1
            }
            guard index < characters.count else { throw invalid }
            index += 1
            value = .string(text)
        } else {
            var text = ""
            while index < characters.count, !" )&|".contains(characters[index]) {
                text.append(characters[index])
                index += 1
            }
            if let number = Double(text) { value = .double(number) } else if !text.isEmpty { value = .string(text) } else { throw invalid }
        }
        return .compare(path: path.split(separator: ".").map(String.init), op: op, value: value)
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index] == " " { index += 1 }
    }

    private mutating func consume(_ token: String) -> Bool {
        skipSpaces()
        let tokenCharacters = Array(token)
        guard index + tokenCharacters.count <= characters.count,
            Array(characters[index..<(index + tokenCharacters.count)]) == tokenCharacters
        else { return false }
        index += tokenCharacters.count
        return true
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
