import JSONValue

/// An EventBridge event pattern: the fields an event must have, each with the values it may
/// take. A field's list of values matches when any of them does (and, for an array in the
/// event, when any element does); nested objects match nested fields; `$or` takes any of its
/// patterns. Values are literals (strings, numbers, booleans, null) or one-key matchers:
/// `prefix`, `suffix`, `equals-ignore-case`, `wildcard`, `anything-but`, `numeric`, `exists`
/// and `cidr`.
struct EventPattern {
    let json: JSON

    struct Invalid: Error {
        var reason: String
    }

    static let matchTypes: Set<String> = ["prefix", "suffix", "equals-ignore-case", "wildcard", "anything-but",
                                          "numeric", "exists", "cidr"]

    /// Parses and checks a pattern as PutRule and TestEventPattern do.
    init(_ text: String) throws(Invalid) {
        guard let json = try? JSONParser.parse(text) else { throw Invalid(reason: "Filter is not an object") }
        guard json.object != nil else { throw Invalid(reason: "Filter is not an object") }
        try Self.check(json, text: text)
        self.json = json
    }

    private static func check(_ pattern: JSON, text: String) throws(Invalid) {
        for (key, value) in pattern.object?.pairs ?? [] {
            switch value {
            case .object:
                try check(value, text: text)
            case .array(let items):
                if key == "$or" {
                    for item in items {
                        guard item.object != nil else { throw Invalid(reason: "Or condition must be an array of objects") }
                        try check(item, text: text)
                    }
                    continue
                }
                for item in items {
                    guard let matcher = item.object else { continue }
                    guard let type = matcher.keys.first, matcher.count == 1 else {
                        throw Invalid(reason: "Only one key allowed in match expression")
                    }
                    guard matchTypes.contains(type) else { throw Invalid(reason: "Unrecognized match type \(type)") }
                }
            default:
                throw Invalid(reason: "\"\(key)\" must be an object or an array" + location(of: key, in: text))
            }
        }
    }

    /// Where the parser stopped, as EventBridge's own (Jackson) words it: just inside the
    /// offending value.
    static func location(of key: String, in text: String) -> String {
        let characters = Array(text)
        let quoted = Array("\"\(key)\"")
        var index = 0
        while index + quoted.count <= characters.count {
            if Array(characters[index..<index + quoted.count]) == quoted {
                var next = index + quoted.count
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                if next < characters.count, characters[next] == ":" {
                    next += 1
                    while next < characters.count, characters[next].isWhitespace { next += 1 }
                    if next < characters.count, characters[next] != "[", characters[next] != "{" {
                        return "\n at [Source: (String)\"\(text)\"; line: 1, column: \(next + 2)]"
                    }
                }
            }
            index += 1
        }
        return ""
    }

    // MARK: Matching

    func matches(_ event: JSON) -> Bool { Self.matches(json, event) }

    private static func matches(_ pattern: JSON, _ value: JSON) -> Bool {
        for (key, condition) in pattern.object?.pairs ?? [] {
            if key == "$or" {
                guard (condition.array ?? []).contains(where: { matches($0, value) }) else { return false }
                continue
            }
            let field = value.object?[key]
            switch condition {
            case .object:
                guard let field else { return false }
                let candidates = field.array ?? [field]
                guard candidates.contains(where: { matches(condition, $0) }) else { return false }
            case .array(let allowed):
                guard allowed.contains(where: { admits($0, field) }) else { return false }
            default:
                return false
            }
        }
        return true
    }

    /// Whether one allowed value admits the event's field (nil when the event lacks it).
    private static func admits(_ allowed: JSON, _ field: JSON?) -> Bool {
        if let matcher = allowed.object, let (type, argument) = matcher.pairs.first {
            if type == "exists" { return (argument.bool ?? true) == (field != nil) }
            guard let field else { return false }
            if type == "anything-but" {
                let values = field.array ?? [field]
                return !values.contains { anythingButExcludes(argument, $0) }
            }
            return (field.array ?? [field]).contains { matchesOne(type, argument, $0) }
        }
        guard let field else { return false }
        return (field.array ?? [field]).contains { equal(allowed, $0) }
    }

    private static func equal(_ allowed: JSON, _ value: JSON) -> Bool {
        switch (allowed, value) {
        case (.string(let a), .string(let b)): return a == b
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        default:
            if let a = allowed.double, let b = value.double, allowed.string == nil, value.string == nil { return a == b }
            return false
        }
    }

    private static func matchesOne(_ type: String, _ argument: JSON, _ value: JSON) -> Bool {
        switch type {
        case "prefix":
            if let inner = argument.object?["equals-ignore-case"]?.string, let text = value.string {
                return text.lowercased().hasPrefix(inner.lowercased())
            }
            return value.string.map { $0.hasPrefix(argument.string ?? "\u{0}") } ?? false
        case "suffix":
            if let inner = argument.object?["equals-ignore-case"]?.string, let text = value.string {
                return text.lowercased().hasSuffix(inner.lowercased())
            }
            return value.string.map { $0.hasSuffix(argument.string ?? "\u{0}") } ?? false
        case "equals-ignore-case":
            guard let text = value.string, let wanted = argument.string else { return false }
            return text.lowercased() == wanted.lowercased()
        case "wildcard":
            guard let text = value.string, let pattern = argument.string else { return false }
            return Wildcard.matches(pattern, text, caseInsensitive: false)
        case "cidr":
            guard let text = value.string, let cidr = argument.string else { return false }
            return IPv4.contains(cidr: cidr, address: text)
        case "numeric":
            guard let number = value.double, value.string == nil else { return false }
            let terms = argument.array ?? []
            var index = 0
            while index + 1 < terms.count {
                guard let op = terms[index].string, let bound = terms[index + 1].double else { return false }
                let holds: Bool
                switch op {
                case "<": holds = number < bound
                case "<=": holds = number <= bound
                case ">": holds = number > bound
                case ">=": holds = number >= bound
                case "=": holds = number == bound
                default: holds = false
                }
                guard holds else { return false }
                index += 2
            }
            return true
        default:
            return false
        }
    }

    /// Whether an `anything-but` argument (a value, a list, or a prefix/suffix matcher)
    /// excludes the value.
    private static func anythingButExcludes(_ argument: JSON, _ value: JSON) -> Bool {
        if let matcher = argument.object, let (type, inner) = matcher.pairs.first {
            return matchesOne(type, inner, value)
        }
        return (argument.array ?? [argument]).contains { equal($0, value) }
    }
}
