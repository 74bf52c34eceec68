/// ECS's cluster query language, used by `memberOf` placement constraints and by
/// ListContainerInstances' `filter`: `attribute:ecs.instance-type =~ t3.*`,
/// `attribute:ecs.availability-zone in [us-east-1a, us-east-1b]`, `not(task:group == web)`,
/// `runningTasksCount == 0 and agentConnected == true`.
struct ClusterQuery {
    indirect enum Node {
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
        case compare(subject: String, op: String, values: [String])
    }

    /// What an expression is evaluated against.
    struct Subject {
        var attribute: (String) -> String?
        var ec2InstanceID: String
        var agentConnected: Bool
        var runningTasksCount: Int
        var taskGroups: Set<String>
        var registeredAt: String
    }

    let root: Node

    static let maxLength = 2000

    init(_ text: String) throws(AWSServiceError) {
        guard text.count <= Self.maxLength else {
            throw .ecsInvalidParameter("The expression must be \(Self.maxLength) characters or fewer.")
        }
        var parser = Parser(tokens: Self.tokenize(text), text: text)
        let node = try parser.expression()
        guard parser.atEnd else { throw parser.invalid() }
        root = node
    }

    func matches(_ subject: Subject) -> Bool { evaluate(root, subject) }

    private func evaluate(_ node: Node, _ subject: Subject) -> Bool {
        switch node {
        case .and(let a, let b): return evaluate(a, subject) && evaluate(b, subject)
        case .or(let a, let b): return evaluate(a, subject) || evaluate(b, subject)
        case .not(let a): return !evaluate(a, subject)
        case .compare(let name, let op, let values):
            if name == "task:group" {
                switch op {
                case "==", "equals", "in": return values.contains { subject.taskGroups.contains($0) }
                case "!=", "not_equals", "not_in": return !values.contains { subject.taskGroups.contains($0) }
                case "exists": return !subject.taskGroups.isEmpty
                case "!exists", "not_exists": return subject.taskGroups.isEmpty
                case "=~", "matches": return subject.taskGroups.contains { g in values.contains { Self.regexMatch(g, $0) } }
                case "!~", "not_matches": return !subject.taskGroups.contains { g in values.contains { Self.regexMatch(g, $0) } }
                default: return false
                }
            }
            let actual: String?
            switch name {
            case "ec2InstanceId": actual = subject.ec2InstanceID
            case "agentConnected": actual = subject.agentConnected ? "true" : "false"
            case "runningTasksCount": actual = String(subject.runningTasksCount)
            case "registeredAt": actual = subject.registeredAt
            default: actual = name.hasPrefix("attribute:") ? subject.attribute(String(name.dropFirst(10))) : nil
            }
            switch op {
            case "exists": return actual != nil
            case "!exists", "not_exists": return actual == nil
            default: break
            }
            guard let actual else { return op == "!=" || op == "not_equals" || op == "not_in" || op == "!~" || op == "not_matches" }
            let first = values.first ?? ""
            switch op {
            case "==", "equals": return actual == first
            case "!=", "not_equals": return actual != first
            case "in": return values.contains(actual)
            case "not_in": return !values.contains(actual)
            case "=~", "matches": return Self.regexMatch(actual, first)
            case "!~", "not_matches": return !Self.regexMatch(actual, first)
            case ">", "greater_than": return Self.compare(actual, first) > 0
            case ">=", "greater_than_equal": return Self.compare(actual, first) >= 0
            case "<", "less_than": return Self.compare(actual, first) < 0
            case "<=", "less_than_equal": return Self.compare(actual, first) <= 0
            default: return false
            }
        }
    }

    /// Numbers compare as numbers, anything else as text.
    static func compare(_ a: String, _ b: String) -> Int {
        if let x = Double(a), let y = Double(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    // MARK: Tokens and grammar

    static let operators = ["==", "!=", ">=", "<=", "=~", "!~", ">", "<"]
    static let wordOperators: Set<String> = [
        "equals", "not_equals", "in", "not_in", "matches", "not_matches", "greater_than", "greater_than_equal",
        "less_than", "less_than_equal", "exists", "not_exists", "!exists",
    ]

    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var chars = Array(text)[...]
        var quote: Character?
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        while let c = chars.first {
            chars = chars.dropFirst()
            if let q = quote {
                if c == q { quote = nil; tokens.append("\u{1}" + current); current = "" } else { current.append(c) }
                continue
            }
            if c == "'" || c == "\"" { flush(); quote = c; continue }
            if c == " " || c == "\t" || c == "\n" { flush(); continue }
            // Brackets inside a word belong to it (a regular expression's class, `t3\.[a-z]+`).
            if c == "[", !current.isEmpty { current.append(c); continue }
            if c == "]", current.contains("["), current.filter({ $0 == "[" }).count > current.filter({ $0 == "]" }).count {
                current.append(c); continue
            }
            if "()[],".contains(c) { flush(); tokens.append(String(c)); continue }
            if c == "&", chars.first == "&" { flush(); chars = chars.dropFirst(); tokens.append("and"); continue }
            if c == "|", chars.first == "|" { flush(); chars = chars.dropFirst(); tokens.append("or"); continue }
            if "=!<>".contains(c) {
                let pair = String(c) + (chars.first.map(String.init) ?? "")
                if operators.contains(pair) {
                    flush(); tokens.append(pair); chars = chars.dropFirst(); continue
                }
                if c == "!", current.isEmpty, chars.first.map({ $0.isLetter }) == true {
                    current.append(c); continue
                }
                if c == "!" { flush(); tokens.append("!"); continue }
                if c == ">" || c == "<" { flush(); tokens.append(String(c)); continue }
            }
            current.append(c)
        }
        if quote != nil { tokens.append("\u{2}") }
        flush()
        return tokens
    }

    struct Parser {
        var tokens: [String]
        let text: String
        var index = 0

        var atEnd: Bool { index >= tokens.count }
        var peek: String? { index < tokens.count ? tokens[index] : nil }

        func invalid() -> AWSServiceError {
            .ecsInvalidParameter("The expression '\(text)' is not a valid cluster query language expression.")
        }

        mutating func next() throws(AWSServiceError) -> String {
            guard let token = peek else { throw invalid() }
            index += 1
            return token
        }

        mutating func expression() throws(AWSServiceError) -> Node {
            var node = try term()
            while let token = peek?.lowercased(), token == "or" {
                index += 1
                node = .or(node, try term())
            }
            return node
        }

        mutating func term() throws(AWSServiceError) -> Node {
            var node = try factor()
            while let token = peek?.lowercased(), token == "and" {
                index += 1
                node = .and(node, try factor())
            }
            return node
        }

        mutating func factor() throws(AWSServiceError) -> Node {
            guard let token = peek else { throw invalid() }
            if token.lowercased() == "not" || token == "!" {
                index += 1
                return .not(try factor())
            }
            if token == "(" {
                index += 1
                let inner = try expression()
                guard try next() == ")" else { throw invalid() }
                return inner
            }
            let subject = try value()
            let op = try next()
            guard ClusterQuery.operators.contains(op) || ClusterQuery.wordOperators.contains(op) else { throw invalid() }
            if op == "exists" || op == "!exists" || op == "not_exists" { return .compare(subject: subject, op: op, values: []) }
            if op == "in" || op == "not_in" {
                let open = try next()
                guard open == "[" || open == "(" else { throw invalid() }
                var values: [String] = []
                while true {
                    values.append(try value())
                    let separator = try next()
                    if separator == "]" || separator == ")" { break }
                    guard separator == "," else { throw invalid() }
                }
                return .compare(subject: subject, op: op, values: values)
            }
            return .compare(subject: subject, op: op, values: [try value()])
        }

        mutating func value() throws(AWSServiceError) -> String {
            let token = try next()
            if token.hasPrefix("\u{1}") { return String(token.dropFirst()) }
            guard token != "\u{2}", !"()[],".contains(token), !ClusterQuery.operators.contains(token) else { throw invalid() }
            return token
        }
    }

    // MARK: Regular expressions

    /// Whole-string matching of the regular expressions placement expressions use: literals,
    /// `.`, `*`, `+`, `?`, `[…]` classes and `\` escapes (Java's `matches`, simplified).
    static func regexMatch(_ text: String, _ pattern: String) -> Bool {
        let items = compile(Array(pattern))
        var steps = 100_000
        return match(items[...], Array(text)[...], steps: &steps)
    }

    enum Atom { case any, char(Character), set(Set<Character>, negated: Bool) }
    struct Item { var atom: Atom; var min: Int; var max: Int }

    static func compile(_ p: [Character]) -> [Item] {
        var items: [Item] = []
        var i = 0
        while i < p.count {
            var atom: Atom
            switch p[i] {
            case ".": atom = .any; i += 1
            case "\\" where i + 1 < p.count:
                atom = p[i + 1] == "d" ? .set(Set("0123456789"), negated: false) : .char(p[i + 1]); i += 2
            case "[":
                var j = i + 1
                var negated = false
                if j < p.count, p[j] == "^" { negated = true; j += 1 }
                var set = Set<Character>()
                while j < p.count, p[j] != "]" {
                    if j + 2 < p.count, p[j + 1] == "-", p[j + 2] != "]",
                        let lo = p[j].unicodeScalars.first?.value, let hi = p[j + 2].unicodeScalars.first?.value, lo <= hi
                    {
                        for v in lo...min(hi, lo + 1000) { if let s = Unicode.Scalar(v) { set.insert(Character(s)) } }
                        j += 3
                    } else {
                        set.insert(p[j]); j += 1
                    }
                }
                atom = .set(set, negated: negated); i = min(j + 1, p.count)
            case "^", "$": i += 1; continue
            default: atom = .char(p[i]); i += 1
            }
            var item = Item(atom: atom, min: 1, max: 1)
            if i < p.count {
                switch p[i] {
                case "*": item.min = 0; item.max = Int.max; i += 1
                case "+": item.max = Int.max; i += 1
                case "?": item.min = 0; i += 1
                default: break
                }
            }
            items.append(item)
        }
        return items
    }

    static func matchesAtom(_ atom: Atom, _ c: Character) -> Bool {
        switch atom {
        case .any: return true
        case .char(let x): return x == c
        case .set(let set, let negated): return set.contains(c) != negated
        }
    }

    /// Backtracking matcher; `steps` bounds the work so no pattern can hang the shell.
    static func match(_ items: ArraySlice<Item>, _ text: ArraySlice<Character>, steps: inout Int) -> Bool {
        steps -= 1
        guard steps > 0 else { return false }
        guard let item = items.first else { return text.isEmpty }
        var count = 0
        var rest = text
        while count < item.min {
            guard let c = rest.first, matchesAtom(item.atom, c) else { return false }
            rest = rest.dropFirst(); count += 1
        }
        var positions = [rest]
        while count < item.max, let c = rest.first, matchesAtom(item.atom, c) {
            rest = rest.dropFirst(); count += 1
            positions.append(rest)
        }
        for position in positions.reversed() where match(items.dropFirst(), position, steps: &steps) {
            return true
        }
        return false
    }
}
