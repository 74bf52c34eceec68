import JSONValue

/// The bodies of the built-in functions, after `Functions.call` has checked arity and types.
///
/// Results keep Python's int/float distinction (`length` and `floor` give ints, `avg` a float, `sum`
/// of ints an int) because aws-cli prints `1` and `1.0` differently. Where Python `jmespath` lets a
/// plain Python exception escape (`contains('abc', `1`)`, `merge({}, `1`)`), the same exception
/// class and message are reproduced.
enum BuiltinFunctions {
    // MARK: Bodies, one per function (kept separate so no single frame is large)

    static func abs(_ args: Arguments) -> JSON { abs(args[0]) }

    static func avg(_ args: Arguments) -> JSON {
        guard case .array(let items) = args[0], !items.isEmpty, let total = sum(items).double else { return .null }
        return .double(total / Double(items.count))
    }

    static func ceil(_ args: Arguments) throws(JMESPathError) -> JSON { try round(args[0], .up) }

    static func floor(_ args: Arguments) throws(JMESPathError) -> JSON { try round(args[0], .down) }

    static func contains(_ args: Arguments) throws(JMESPathError) -> JSON {
        try contains(args[0], args.argument(1) ?? .value(.null))
    }

    static func startsWith(_ args: Arguments) -> JSON {
        guard case .string(let subject) = args[0], case .string(let prefix) = args[1] else { return .null }
        return .bool(subject.utf8.starts(with: prefix.utf8))
    }

    static func endsWith(_ args: Arguments) -> JSON {
        guard case .string(let subject) = args[0], case .string(let suffix) = args[1] else { return .null }
        return .bool(subject.utf8.reversed().starts(with: suffix.utf8.reversed()))
    }

    static func join(_ args: Arguments) -> JSON {
        guard case .string(let separator) = args[0], case .array(let items) = args[1] else { return .null }
        return .string(items.compactMap(\.string).joined(separator: separator))
    }

    static func keys(_ args: Arguments) -> JSON {
        guard case .object(let object) = args[0] else { return .null }
        return .array(object.keys.map(JSON.string))
    }

    static func values(_ args: Arguments) -> JSON {
        guard case .object(let object) = args[0] else { return .null }
        return .array(object.values)
    }

    /// Strings count Unicode scalars, as Python counts characters.
    static func length(_ args: Arguments) -> JSON {
        switch args[0] {
        case .string(let s): return .int(s.unicodeScalars.count)
        case .array(let a): return .int(a.count)
        case .object(let o): return .int(o.count)
        default: return .null
        }
    }

    /// Unlike a projection, `map` keeps `null` results.
    static func map(_ args: Arguments) throws(JMESPathError) -> JSON {
        guard let expression = args.expression(0), case .array(let items) = args[1] else { return .null }
        var mapped: [JSON] = []
        mapped.reserveCapacity(items.count)
        for item in items { mapped.append(try Interpreter.evaluate(expression, item)) }
        return .array(mapped)
    }

    static func max(_ args: Arguments) -> JSON { extreme(args[0], greatest: true) }

    static func min(_ args: Arguments) -> JSON { extreme(args[0], greatest: false) }

    static func maxBy(_ args: Arguments) throws(JMESPathError) -> JSON {
        guard case .array(let items) = args[0], let expression = args.expression(1) else { return .null }
        return try extreme(items, by: expression, function: "max_by")
    }

    static func minBy(_ args: Arguments) throws(JMESPathError) -> JSON {
        guard case .array(let items) = args[0], let expression = args.expression(1) else { return .null }
        return try extreme(items, by: expression, function: "min_by")
    }

    static func merge(_ args: Arguments) throws(JMESPathError) -> JSON { try merge(args.values) }

    static func notNull(_ args: Arguments) -> JSON {
        for argument in args.list {
            switch argument {
            case .value(.null): continue
            case .value(let v): return v
            case .expression: return .null  // Python returns the expression object, which has no JSON form
            }
        }
        return .null
    }

    static func reverse(_ args: Arguments) -> JSON {
        switch args[0] {
        case .string(let s): return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed())))
        case .array(let a): return .array(a.reversed())
        default: return .null
        }
    }

    static func sort(_ args: Arguments) -> JSON {
        guard case .array(let items) = args[0] else { return .null }
        return .array(stableSorted(items, keys: items))
    }

    static func sortBy(_ args: Arguments) throws(JMESPathError) -> JSON {
        guard case .array(let items) = args[0], let expression = args.expression(1) else { return .null }
        return try sortBy(items, expression)
    }

    static func sum(_ args: Arguments) -> JSON {
        guard case .array(let items) = args[0] else { return .null }
        return sum(items)
    }

    static func toArray(_ args: Arguments) -> JSON {
        if case .array = args[0] { return args[0] }
        return .array([args[0]])
    }

    static func toNumber(_ args: Arguments) throws(JMESPathError) -> JSON {
        try toNumber(args.argument(0) ?? .value(.null))
    }

    /// Strings unchanged, anything else as compact ASCII JSON (`json.dumps(v, separators=(',', ':'))`).
    static func toString(_ args: Arguments) -> JSON {
        switch args.argument(0) {
        case .value(.string(let s))?: return .string(s)
        case .value(let v)?: return .string(PythonText.jsonDumps(v))
        case .expression?:
            var quoted = ""
            PythonText.writeJSONString(PythonText.expressionObject, into: &quoted)
            return .string(quoted)
        case nil: return .null
        }
    }

    static func type(_ args: Arguments) -> JSON {
        if args.expression(0) != nil { return .null }  // Python's type() falls through to None
        return .string(PythonSemantics.typeName(args[0]))
    }

    // MARK: Numbers

    private static func abs(_ value: JSON) -> JSON {
        switch value {
        case .int(let i): return i == .min ? .double(-Double(i)) : .int(Swift.abs(i))
        case .double(let d): return .double(Swift.abs(d))
        default: return .null
        }
    }

    /// `math.ceil`/`math.floor`: an int result, and Python's errors for NaN and infinities.
    private static func round(_ value: JSON, _ rule: FloatingPointRoundingRule) throws(JMESPathError) -> JSON {
        switch value {
        case .int: return value
        case .double(let d):
            if d.isNaN { throw .python(exception: "ValueError", message: "cannot convert float NaN to integer") }
            if d.isInfinite {
                throw .python(exception: "OverflowError", message: "cannot convert float infinity to integer")
            }
            let rounded = d.rounded(rule)
            // Beyond Int Python has an exact big int; the double holds the same value.
            return Int(exactly: rounded).map(JSON.int) ?? .double(rounded)
        default: return .null
        }
    }

    /// Python's `sum()`: ints add exactly until a float appears, then floats add left to right.
    private static func sum(_ items: [JSON]) -> JSON {
        var total: JSON = .int(0)
        for item in items {
            switch (total, item) {
            case let (.int(a), .int(b)):
                let (result, overflow) = a.addingReportingOverflow(b)
                total = overflow ? .double(Double(a) + Double(b)) : .int(result)
            default:
                total = .double((total.double ?? 0) + (item.double ?? 0))
            }
        }
        return total
    }

    private static func toNumber(_ argument: Argument) throws(JMESPathError) -> JSON {
        switch argument {
        case .value(let number) where number.double != nil: return number
        case .value(.string(let s)): return PythonNumbers.number(from: s) ?? .null
        case .value: return .null
        case .expression:
            throw .python(
                exception: "TypeError",
                message: "int() argument must be a string, a bytes-like object or a real number, not '_Expression'")
        }
    }

    // MARK: Ordering

    /// Python's `a < b` for two numbers or two strings (the type checks guarantee one of those).
    private static func precedes(_ a: JSON, _ b: JSON) -> Bool {
        if case .string(let x) = a, case .string(let y) = b { return PythonSemantics.precedes(x, y) }
        return PythonNumbers.compare(a, b) == -1
    }

    /// Python's `max()`/`min()` of a homogeneous array: the first of equal extremes wins.
    private static func extreme(_ value: JSON, greatest: Bool) -> JSON {
        guard case .array(let items) = value, var best = items.first else { return .null }
        for item in items.dropFirst() where greatest ? precedes(best, item) : precedes(item, best) {
            best = item
        }
        return best
    }

    /// `items` ordered by `keys` (parallel arrays), keeping equal keys in their original order.
    private static func stableSorted(_ items: [JSON], keys: [JSON]) -> [JSON] {
        let order = keys.indices.sorted { i, j in
            if precedes(keys[i], keys[j]) { return true }
            if precedes(keys[j], keys[i]) { return false }
            return i < j
        }
        return order.map { items[$0] }
    }

    /// `sort_by`: the first key fixes the type (number or string) every other key must have.
    private static func sortBy(_ items: [JSON], _ expression: Node) throws(JMESPathError) -> JSON {
        guard let first = items.first else { return .array(items) }
        let required = PythonSemantics.typeName(try Interpreter.evaluate(expression, first))
        guard required == "number" || required == "string" else {
            throw .invalidType(function: "sort_by", value: PythonText.str(first), actualType: required,
                               expectedTypes: ["string", "number"])
        }
        var keys: [JSON] = []
        keys.reserveCapacity(items.count)
        for item in items {
            keys.append(try key(of: item, expression, allowed: [required], function: "sort_by"))
        }
        return .array(stableSorted(items, keys: keys))
    }

    /// `min_by`/`max_by`: keys are computed and compared in order, like Python's `min(key=...)`, so
    /// the first bad key or the first number/string mix decides the error.
    private static func extreme(_ items: [JSON], by expression: Node, function: String) throws(JMESPathError) -> JSON {
        guard let first = items.first else { return .null }
        let allowed = ["number", "string"]
        var best = first
        var bestKey = try key(of: first, expression, allowed: allowed, function: function)
        let isMax = function == "max_by"
        for item in items.dropFirst() {
            let candidate = try key(of: item, expression, allowed: allowed, function: function)
            if PythonSemantics.typeName(candidate) != PythonSemantics.typeName(bestKey) {
                throw Interpreter.unorderable(isMax ? ">" : "<", candidate, bestKey)
            }
            if isMax ? precedes(bestKey, candidate) : precedes(candidate, bestKey) {
                best = item
                bestKey = candidate
            }
        }
        return best
    }

    private static func key(
        of item: JSON, _ expression: Node, allowed: [String], function: String
    ) throws(JMESPathError) -> JSON {
        let key = try Interpreter.evaluate(expression, item)
        let type = PythonSemantics.typeName(key)
        guard allowed.contains(type) else {
            throw .invalidType(function: function, value: PythonText.str(key), actualType: type, expectedTypes: allowed)
        }
        return key
    }

    // MARK: Collections

    /// `search in subject`: Python equality for arrays, substring for strings (a `TypeError` if the
    /// needle is not a string).
    private static func contains(_ subject: JSON, _ search: Argument) throws(JMESPathError) -> JSON {
        switch (subject, search) {
        case (.array(let items), .value(let needle)):
            return .bool(items.contains { PythonSemantics.pythonEquals($0, needle) })
        case (.array, .expression):
            return .bool(false)
        case (.string(let haystack), .value(.string(let needle))):
            return .bool(containsSubstring(Array(haystack.utf8), Array(needle.utf8)))
        case (.string, _):
            let type: String
            if case .value(let v) = search { type = PythonSemantics.pythonTypeName(v) } else { type = "_Expression" }
            throw .python(exception: "TypeError", message: "'in <string>' requires string as left operand, not \(type)")
        default:
            return .null
        }
    }

    /// Substring search on UTF-8 bytes, which matches code point substring search.
    private static func containsSubstring(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let head = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == head && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// `dict.update` for each argument in turn. Only the first argument is type checked by Python, so
    /// later ones follow `update()`'s own rules, errors included.
    private static func merge(_ values: [JSON]) throws(JMESPathError) -> JSON {
        var merged = JSONObject()
        for value in values {
            switch value {
            case .object(let object):
                for (key, member) in object.pairs { merged[key] = member }
            case .string(let s):
                if !s.isEmpty {
                    throw .python(exception: "ValueError",
                                  message: "dictionary update sequence element #0 has length 1; 2 is required")
                }
            case .array(let pairs):
                for (index, pair) in pairs.enumerated() { try updatePair(&merged, pair, index) }
            default:
                throw .python(exception: "TypeError",
                              message: "'\(PythonSemantics.pythonTypeName(value))' object is not iterable")
            }
        }
        return .object(merged)
    }

    /// One element of a sequence given to `dict.update`: it must iterate to exactly a key and a value.
    private static func updatePair(_ merged: inout JSONObject, _ pair: JSON, _ index: Int) throws(JMESPathError) {
        let elements: [JSON]
        switch pair {
        case .array(let items): elements = items
        case .string(let s): elements = s.unicodeScalars.map { .string(String($0)) }
        case .object(let o): elements = o.keys.map(JSON.string)
        default:
            throw .python(exception: "TypeError",
                          message: "cannot convert dictionary update sequence element #\(index) to a sequence")
        }
        guard elements.count == 2 else {
            throw .python(exception: "ValueError",
                          message: "dictionary update sequence element #\(index) has length "
                              + "\(elements.count); 2 is required")
        }
        let key: String
        switch elements[0] {
        case .string(let s): key = s
        case .array, .object:
            throw .python(exception: "TypeError",
                          message: "unhashable type: '\(PythonSemantics.pythonTypeName(elements[0]))'")
        case let other: key = PythonText.jsonDumps(other)  // what json.dumps makes of a non-string key
        }
        merged[key] = elements[1]
    }
}
