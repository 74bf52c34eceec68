import JSONValue

/// Evaluates a compiled tree against a JSON value.
///
/// Recursion depth is bounded by the tree's height, which the parser caps, so no input document
/// or expression can overflow the stack here. Arrays are built once per projection (no repeated
/// copying), so evaluation stays linear in the size of the data it visits.
enum Interpreter {
    /// Dispatches on the node kind. Each case lives in its own function so that this frame, which
    /// appears once per tree level on the stack, stays small even in debug builds.
    static func evaluate(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        switch node.kind {
        case .identity, .current: return value
        case .field: return field(node, value)
        case .literal(let literal): return literal
        case .subexpression, .indexExpression: return try chain(node, value)
        case .index: return index(node, value)
        case .slice: return try slice(node, value)
        case .projection: return try listProjection(node, value)
        case .valueProjection: return try valueProjection(node, value)
        case .filterProjection: return try filterProjection(node, value)
        case .flatten: return try flatten(node, value)
        case .comparator: return try comparator(node, value)
        case .or, .and: return try logical(node, value)
        case .not: return try not(node, value)
        case .pipe: return try pipe(node, value)
        case .multiSelectList: return try multiSelectList(node, value)
        case .multiSelectHash: return try multiSelectHash(node, value)
        case .function: return try function(node, value)
        case .expressionReference: return .null  // Python yields an expression object, which has no JSON form
        }
    }

    private static func field(_ node: Node, _ value: JSON) -> JSON {
        guard case .field(let name) = node.kind, case .object(let object) = value else { return .null }
        return PythonSemantics.member(object, name) ?? .null
    }

    /// `a.b.c` and `a[0][1]`: each child applied to the previous result.
    private static func chain(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        let children: [Node]
        switch node.kind {
        case .subexpression(let nodes), .indexExpression(let nodes): children = nodes
        default: return .null
        }
        var result = value
        for child in children { result = try evaluate(child, result) }
        return result
    }

    private static func index(_ node: Node, _ value: JSON) -> JSON {
        guard case .index(let i) = node.kind, case .array(let items) = value else { return .null }
        let position = i < 0 ? items.count + i : i
        return items.indices.contains(position) ? items[position] : .null
    }

    private static func slice(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .slice(start, stop, step) = node.kind, case .array(let items) = value else { return .null }
        return .array(try slice(items, start: start, stop: stop, step: step))
    }

    private static func listProjection(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .projection(left, right) = node.kind,
            case .array(let items) = try evaluate(left, value)
        else { return .null }
        return .array(try project(items, right))
    }

    private static func valueProjection(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .valueProjection(left, right) = node.kind,
            case .object(let object) = try evaluate(left, value)
        else { return .null }
        return .array(try project(object.values, right))
    }

    private static func filterProjection(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .filterProjection(left, right, condition) = node.kind,
            case .array(let items) = try evaluate(left, value)
        else { return .null }
        var collected: [JSON] = []
        for item in items where PythonSemantics.isTruthy(try evaluate(condition, item)) {
            let result = try evaluate(right, item)
            if !result.isNull { collected.append(result) }
        }
        return .array(collected)
    }

    private static func flatten(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case .flatten(let child) = node.kind, case .array(let items) = try evaluate(child, value) else {
            return .null
        }
        var merged: [JSON] = []
        merged.reserveCapacity(items.count)
        for item in items {
            if case .array(let inner) = item { merged.append(contentsOf: inner) } else { merged.append(item) }
        }
        return .array(merged)
    }

    private static func comparator(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .comparator(op, left, right) = node.kind else { return .null }
        return try compare(op, try evaluate(left, value), try evaluate(right, value))
    }

    /// `||` keeps the left value if it is true, `&&` if it is false; otherwise the right value.
    private static func logical(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        let isOr: Bool
        let left: Node
        let right: Node
        switch node.kind {
        case let .or(l, r): (isOr, left, right) = (true, l, r)
        case let .and(l, r): (isOr, left, right) = (false, l, r)
        default: return .null
        }
        let matched = try evaluate(left, value)
        return PythonSemantics.isTruthy(matched) == isOr ? matched : try evaluate(right, value)
    }

    private static func not(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case .not(let child) = node.kind else { return .null }
        switch try evaluate(child, value) {
        case .int, .double: return .bool(false)  // numbers, even 0, are true in JMESPath
        case let other: return .bool(!PythonSemantics.isTruthy(other))
        }
    }

    private static func pipe(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .pipe(left, right) = node.kind else { return .null }
        return try evaluate(right, try evaluate(left, value))
    }

    private static func multiSelectList(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case .multiSelectList(let items) = node.kind, !value.isNull else { return .null }
        var collected: [JSON] = []
        collected.reserveCapacity(items.count)
        for item in items { collected.append(try evaluate(item, value)) }
        return .array(collected)
    }

    private static func multiSelectHash(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case .multiSelectHash(let pairs) = node.kind, !value.isNull else { return .null }
        var object = JSONObject()
        for pair in pairs { object[pair.key] = try evaluate(pair.node, value) }
        return .object(object)
    }

    /// Arguments are evaluated first (an `&expr` argument is passed unevaluated), then the call is checked.
    private static func function(_ node: Node, _ value: JSON) throws(JMESPathError) -> JSON {
        guard case let .function(name, arguments) = node.kind else { return .null }
        var resolved: [Argument] = []
        resolved.reserveCapacity(arguments.count)
        for argument in arguments {
            if case .expressionReference(let expression) = argument.kind {
                resolved.append(.expression(expression))
            } else {
                resolved.append(.value(try evaluate(argument, value)))
            }
        }
        return try Functions.call(name, resolved)
    }

    /// `right` applied to each element; `null` results are dropped, as projections require.
    private static func project(_ items: [JSON], _ right: Node) throws(JMESPathError) -> [JSON] {
        var collected: [JSON] = []
        collected.reserveCapacity(items.count)
        for item in items {
            let result = try evaluate(right, item)
            if !result.isNull { collected.append(result) }
        }
        return collected
    }

    /// Python's `list[start:stop:step]`, including its clamping of out-of-range bounds.
    static func slice(_ items: [JSON], start: Int?, stop: Int?, step: Int?) throws(JMESPathError) -> [JSON] {
        let step = step ?? 1
        if step == 0 { throw .python(exception: "ValueError", message: "slice step cannot be zero") }
        let count = items.count
        func clamp(_ bound: Int?, defaultValue: Int, low: Int, high: Int) -> Int {
            guard var bound else { return defaultValue }
            if bound < 0 { bound += count }
            return min(max(bound, low), high)
        }
        var result: [JSON] = []
        if step > 0 {
            var i = clamp(start, defaultValue: 0, low: 0, high: count)
            let end = clamp(stop, defaultValue: count, low: 0, high: count)
            while i < end {
                result.append(items[i])
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
        } else {
            var i = clamp(start, defaultValue: count - 1, low: -1, high: count - 1)
            let end = clamp(stop, defaultValue: -1, low: -1, high: count - 1)
            while i > end {
                result.append(items[i])
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
        }
        return result
    }

    /// `==`/`!=` by Python equality; orderings only between two numbers or two strings (else null),
    /// and a number against a string is Python's `TypeError`.
    private static func compare(_ op: Node.Comparator, _ left: JSON, _ right: JSON) throws(JMESPathError) -> JSON {
        switch op {
        case .eq: return .bool(PythonSemantics.jmespathEquals(left, right))
        case .ne: return .bool(!PythonSemantics.jmespathEquals(left, right))
        default: break
        }
        let order: Int?
        switch (left, right) {
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            order = PythonNumbers.compare(left, right)
        case let (.string(a), .string(b)):
            order = PythonSemantics.precedes(a, b) ? -1 : (PythonSemantics.sameScalars(a, b) ? 0 : 1)
        case (.int, .string), (.double, .string), (.string, .int), (.string, .double):
            throw unorderable(op.symbol, left, right)
        default:
            return .null
        }
        guard let order else { return .bool(false) }  // NaN: every ordering is false
        switch op {
        case .lt: return .bool(order < 0)
        case .lte: return .bool(order <= 0)
        case .gt: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }

    /// Python's `TypeError: '<' not supported between instances of 'int' and 'str'`.
    static func unorderable(_ symbol: String, _ left: JSON, _ right: JSON) -> JMESPathError {
        .python(
            exception: "TypeError",
            message: "'\(symbol)' not supported between instances of "
                + "'\(PythonSemantics.pythonTypeName(left))' and '\(PythonSemantics.pythonTypeName(right))'")
    }
}
