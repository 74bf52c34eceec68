import AWSArguments
import JMESPath
import JSONValue

/// botocore's `PageIterator`: calls a paginated operation page after page, following the
/// service's tokens; `--max-items` stops it (cutting the last page and leaving a resume token),
/// `--starting-token` resumes (skipping the items of the first page already shown), and
/// `--page-size` sets the service's page limit.
struct PageIterator {
    let paginator: ServiceModel.Paginator
    var maxItems: Int?
    var startingToken: String?
    /// The `--page-size` value, already of the limit member's type.
    var pageSize: PythonValue?

    /// Set when iteration stopped early: the `NextToken` to print.
    private(set) var resumeToken: String?
    /// The `non_aggregate_keys` of the first page.
    private(set) var nonAggregatePart = JSONObject()

    init(paginator: ServiceModel.Paginator, maxItems: Int?, startingToken: String?, pageSize: PythonValue?) {
        self.paginator = paginator
        self.maxItems = maxItems
        self.startingToken = startingToken
        self.pageSize = pageSize
    }

    /// Runs the pages through `body`, in order, as they arrive. `call` makes one request.
    mutating func iterate(input: PythonDict, call: (PythonDict) throws(AWSCLIError) -> JSON,
                          body: (_ page: JSON, _ index: Int, _ nonAggregate: JSONObject) throws(AWSCLIError) -> Void)
        throws(AWSCLIError)
    {
        var kwargs = input
        var nextToken: [(String, JSON?)] = paginator.inputTokens.map { ($0, nil) }
        var startingIndex: JSON = 0
        if let startingToken {
            let decoded = try PaginationToken.decode(startingToken, inputTokens: paginator.inputTokens)
            nextToken = decoded.tokens
            startingIndex = decoded.index
            Self.inject(nextToken, into: &kwargs)
        }
        if let pageSize, let limit = paginator.limitKey { kwargs[limit] = pageSize }
        guard let primary = paginator.resultKeys.first else {
            try body(try call(kwargs), 0, nonAggregatePart)
            return
        }
        var totalItems = 0
        var first = true
        var startingTruncation = 0
        var previousToken: [(String, JSON?)]?
        for pageIndex in 0..<100_000 {
            var page = try call(kwargs)
            if first {
                if startingToken != nil {
                    startingTruncation = try truncateStart(&page, primary: primary, index: startingIndex)
                }
                first = false
                recordNonAggregate(page)
            } else {
                startingTruncation = 0
            }
            let current = Self.search(primary, page)
            let count = Self.length(current)
            let excess = maxItems.map { totalItems + count - $0 } ?? 0
            if excess > 0 {
                let keep = count - excess
                if case .array(let items) = current {
                    Self.set(primary, in: &page, to: .array(Array(items.prefix(max(0, keep)))))
                }
                resumeToken = try encodeResume(nextToken + [("boto_truncate_amount", .int(keep + startingTruncation))])
                try body(page, pageIndex, nonAggregatePart)
                return
            }
            try body(page, pageIndex, nonAggregatePart)
            totalItems += count
            nextToken = nextTokens(page)
            if nextToken.allSatisfy({ $0.1 == nil }) { return }
            if let maxItems, totalItems == maxItems {
                resumeToken = try encodeResume(nextToken)
                return
            }
            if let previousToken, Self.same(previousToken, nextToken) {
                throw .general("Error during pagination: The same next token was received twice: "
                               + Self.pythonDict(nextToken))
            }
            Self.inject(nextToken, into: &kwargs)
            previousToken = nextToken
        }
    }

    /// `build_full_result`: the result keys of every page joined, the first page's
    /// non-aggregate keys, and `NextToken` when cut short.
    func merge(_ pages: [JSON]) -> JSON {
        var complete = JSON.object(JSONObject())
        for page in pages {
            for key in paginator.resultKeys {
                let value = Self.search(key, page)
                if value.isNull { continue }
                let existing = Self.search(key, complete)
                if existing.isNull {
                    Self.set(key, in: &complete, to: value)
                    continue
                }
                switch (existing, value) {
                case let (.array(a), .array(b)): Self.set(key, in: &complete, to: .array(a + b))
                case let (.string(a), .string(b)): Self.set(key, in: &complete, to: .string(a + b))
                case let (.int(a), .int(b)): Self.set(key, in: &complete, to: .int(a &+ b))
                case (.int, .double), (.double, .int), (.double, .double):
                    Self.set(key, in: &complete, to: .double((existing.double ?? 0) + (value.double ?? 0)))
                default: break
                }
            }
        }
        Self.mergeDicts(&complete, .object(nonAggregatePart))
        if let token = resumeToken { complete["NextToken"] = .string(token) }
        return complete
    }

    /// The page as the text formatter sees it: the first with the non-aggregate keys, each with
    /// its result keys only.
    static func textPage(_ page: JSON, index: Int, resultKeys: [String], nonAggregate: JSONObject) -> JSON {
        var current = JSON.object(index == 0 ? nonAggregate : JSONObject())
        for key in resultKeys { set(key, in: &current, to: search(key, page)) }
        return current
    }

    // MARK: - Steps

    private mutating func recordNonAggregate(_ page: JSON) {
        var part = JSON.object(JSONObject())
        for key in paginator.nonAggregateKeys { Self.set(key, in: &part, to: Self.search(key, page)) }
        nonAggregatePart = part.object ?? JSONObject()
    }

    /// `_handle_first_request`: drop the items a previous, truncated run already showed.
    private func truncateStart(_ page: inout JSON, primary: String, index: JSON) throws(AWSCLIError) -> Int {
        guard let start = index.int, index.double == Double(index.int ?? 0) else {
            throw .general("slice indices must be integers or None or have an __index__ method")
        }
        switch Self.search(primary, page) {
        case .array(let items): Self.set(primary, in: &page, to: .array(Self.slice(items, from: start)))
        case .string(let text): Self.set(primary, in: &page, to: .string(String(Self.slice(Array(text), from: start))))
        default: Self.set(primary, in: &page, to: .null)
        }
        for key in paginator.resultKeys.dropFirst() {
            let empty: JSON
            switch Self.search(key, page) {
            case .array: empty = .array([])
            case .string: empty = ""
            case .int, .double: empty = 0
            default: empty = .null
            }
            Self.set(key, in: &page, to: empty)
        }
        return start
    }

    /// Python's `items[start:]`, negative indexes counting from the end.
    private static func slice<T>(_ items: [T], from start: Int) -> [T] {
        let begin = start < 0 ? max(0, items.count + start) : min(start, items.count)
        return Array(items[begin...])
    }

    private func nextTokens(_ page: JSON) -> [(String, JSON?)] {
        if let more = paginator.moreResults, !Self.truthy(Self.search(more, page)) { return [] }
        return zip(paginator.outputTokens, paginator.inputTokens).map { output, input in
            let value = Self.search(output, page)
            return (input, Self.truthy(value) ? value : nil)
        }
    }

    /// The `resume_token` setter: the keys must be exactly the input tokens (and the
    /// truncation amount).
    private func encodeResume(_ token: [(String, JSON?)]) throws(AWSCLIError) -> String {
        let expected = (paginator.inputTokens + (token.contains { $0.0 == "boto_truncate_amount" } ? ["boto_truncate_amount"] : []))
        guard expected.sorted() == token.map(\.0).sorted() else {
            throw .general("Bad starting token: " + Self.pythonDict(token))
        }
        return PaginationToken.encode(token.map { ($0.0, $0.1 ?? .null) })
    }

    private static func inject(_ token: [(String, JSON?)], into kwargs: inout PythonDict) {
        for (name, value) in token {
            if let value, value != .string("None") {
                kwargs[name] = PythonValue(value)
            } else if kwargs.contains(name) {
                kwargs[name] = nil
            }
        }
    }

    // MARK: - Helpers

    static func search(_ expression: String, _ value: JSON) -> JSON {
        guard let compiled = try? JMESPathExpression(expression), let result = try? compiled.search(value) else {
            return .null
        }
        return result
    }

    /// `set_value_from_jmespath`: dotted keys only, creating objects on the way.
    static func set(_ expression: String, in target: inout JSON, to value: JSON) {
        let parts = expression.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func assign(_ node: inout JSON, _ index: Int) {
            guard index < parts.count else { return }
            if index == parts.count - 1 {
                node[parts[index]] = value
                return
            }
            var child = node[parts[index]]
            if node.object?[parts[index]] == nil { child = .object(JSONObject()) }
            assign(&child, index + 1)
            node[parts[index]] = child
        }
        assign(&target, 0)
    }

    /// botocore's `merge_dicts` (objects merged recursively, anything else replaced).
    static func mergeDicts(_ target: inout JSON, _ source: JSON) {
        for (key, value) in source.object?.pairs ?? [] {
            if case .object = value, case .object = target[key] {
                var child = target[key]
                mergeDicts(&child, value)
                target[key] = child
            } else {
                target[key] = value
            }
        }
    }

    static func length(_ value: JSON) -> Int {
        switch value {
        case .array(let items): return items.count
        case .string(let text): return text.unicodeScalars.count
        case .object(let object): return object.count
        default: return 0
        }
    }

    /// Python truthiness of a JSON value.
    static func truthy(_ value: JSON) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    private static func same(_ a: [(String, JSON?)], _ b: [(String, JSON?)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// Python's `repr` of a token dict, as botocore's messages print it.
    static func pythonDict(_ token: [(String, JSON?)]) -> String {
        "{" + token.map { key, value in
            PythonRepr.string(key) + ": " + PythonRepr.repr(value.map { PythonValue($0) } ?? .none)
        }.joined(separator: ", ") + "}"
    }
}
