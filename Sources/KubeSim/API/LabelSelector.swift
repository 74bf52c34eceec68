import JSONValue

/// A parsed label selector: the string form kubectl's `-l` takes, or a `LabelSelector` object.
public struct LabelSelector: Equatable, Sendable {
    public enum Operator: Equatable, Sendable {
        case equals, notEquals, `in`, notIn, exists, doesNotExist, greaterThan, lessThan
    }

    public struct Requirement: Equatable, Sendable {
        public var key: String
        public var op: Operator
        public var values: [String]

        public func matches(_ labels: [String: String]) -> Bool {
            let value = labels[key]
            switch op {
            case .equals, .in: return value.map { values.contains($0) } ?? false
            case .notEquals, .notIn: return value.map { !values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            case .greaterThan:
                guard let v = value.flatMap(Int.init), let bound = values.first.flatMap(Int.init) else { return false }
                return v > bound
            case .lessThan:
                guard let v = value.flatMap(Int.init), let bound = values.first.flatMap(Int.init) else { return false }
                return v < bound
            }
        }
    }

    public var requirements: [Requirement]

    public init(requirements: [Requirement]) { self.requirements = requirements }

    /// Matches everything.
    public static let everything = LabelSelector(requirements: [])

    public var isEverything: Bool { requirements.isEmpty }

    public func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { $0.matches(labels) }
    }

    /// Matches an object's `metadata.labels` without building a dictionary.
    public func matches(object: JSON) -> Bool {
        if requirements.isEmpty { return true }
        let labels = object["metadata"]["labels"]
        return requirements.allSatisfy { requirement in
            let value = labels[requirement.key].string
            switch requirement.op {
            case .equals, .in: return value.map { requirement.values.contains($0) } ?? false
            case .notEquals, .notIn: return value.map { !requirement.values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            default: return requirement.matches(stringMap(labels))
            }
        }
    }

    /// From `matchLabels` only: `{app: web}`.
    public init(matchLabels: [String: String]) {
        requirements = matchLabels.keys.sorted().map {
            Requirement(key: $0, op: .equals, values: [matchLabels[$0] ?? ""])
        }
    }

    /// From a `metav1.LabelSelector` object (`matchLabels` and `matchExpressions`).
    public init(json: JSON) {
        var requirements = LabelSelector(matchLabels: stringMap(json["matchLabels"])).requirements
        for expression in json["matchExpressions"].array ?? [] {
            let key = expression["key"].string ?? ""
            let values = (expression["values"].array ?? []).compactMap(\.string)
            let op: Operator
            switch expression["operator"].string ?? "" {
            case "In": op = .in
            case "NotIn": op = .notIn
            case "Exists": op = .exists
            case "DoesNotExist": op = .doesNotExist
            default: continue
            }
            requirements.append(Requirement(key: key, op: op, values: values))
        }
        self.requirements = requirements
    }

    /// Parses the string syntax: `app=web,tier!=db,env in (a,b),!legacy,team`.
    public static func parse(_ text: String) throws(SelectorParseError) -> LabelSelector {
        var parser = SelectorLexer(text)
        var requirements: [Requirement] = []
        while !parser.atEnd {
            requirements.append(try parser.requirement())
            parser.skipSpaces()
            if parser.atEnd { break }
            guard parser.consume(",") else {
                throw SelectorParseError(message: "found '\(parser.peekToken())', expected: ',' or 'end of string'")
            }
        }
        return LabelSelector(requirements: requirements)
    }
}

public struct SelectorParseError: Error, Equatable, Sendable {
    public var message: String
}

private struct SelectorLexer {
    let chars: [Character]
    var index = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool {
        var i = index
        while i < chars.count, chars[i] == " " { i += 1 }
        return i >= chars.count
    }

    mutating func skipSpaces() { while index < chars.count, chars[index] == " " { index += 1 } }

    mutating func consume(_ s: String) -> Bool {
        skipSpaces()
        let target = Array(s)
        guard index + target.count <= chars.count, Array(chars[index..<index + target.count]) == target else {
            return false
        }
        index += target.count
        return true
    }

    func peekToken() -> String {
        var i = index
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count else { return "" }
        return String(chars[i])
    }

    static let specials: Set<Character> = ["=", "!", "(", ")", ",", " ", "<", ">"]

    mutating func identifier() -> String {
        skipSpaces()
        let start = index
        while index < chars.count, !Self.specials.contains(chars[index]) { index += 1 }
        return String(chars[start..<index])
    }

    mutating func requirement() throws(SelectorParseError) -> LabelSelector.Requirement {
        skipSpaces()
        if consume("!") {
            let key = identifier()
            guard !key.isEmpty else { throw SelectorParseError(message: "found '\(peekToken())', expected: identifier") }
            return .init(key: key, op: .doesNotExist, values: [])
        }
        let key = identifier()
        guard !key.isEmpty else {
            throw SelectorParseError(message: "found '\(peekToken())', expected: identifier")
        }
        skipSpaces()
        if index >= chars.count || chars[index] == "," { return .init(key: key, op: .exists, values: []) }
        if consume("!=") { return .init(key: key, op: .notEquals, values: [identifier()]) }
        if consume("==") || consume("=") { return .init(key: key, op: .equals, values: [identifier()]) }
        if consume(">") { return .init(key: key, op: .greaterThan, values: [identifier()]) }
        if consume("<") { return .init(key: key, op: .lessThan, values: [identifier()]) }
        let word = identifier()
        let op: LabelSelector.Operator
        switch word {
        case "in": op = .in
        case "notin": op = .notIn
        default:
            throw SelectorParseError(message: "found '\(word)', expected: in, notin, =, ==, !=, gt, lt")
        }
        guard consume("(") else { throw SelectorParseError(message: "found '\(peekToken())', expected: '('") }
        var values: [String] = []
        while true {
            values.append(identifier())
            if consume(",") { continue }
            if consume(")") { break }
            throw SelectorParseError(message: "found '\(peekToken())', expected: ',', or ')'")
        }
        return .init(key: key, op: op, values: values)
    }
}
