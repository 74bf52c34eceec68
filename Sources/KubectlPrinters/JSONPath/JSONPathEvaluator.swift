import JSONValue

/// Runs a parsed template over a value, step for step as client-go's `JSONPath.FindResults`.
///
/// `range`/`end` are not a tree: client-go counts open ranges while walking the flat list of
/// top-level actions and, after a range, skips ahead to the last `{end}` it met. Templates with
/// a missing or extra `{end}` therefore behave in ways only this counting reproduces (a range
/// without an end runs the rest of the template once per element and then once more).
///
/// Each step returns its values together with an optional failure, because Go returns both:
/// an existence filter `[?(@.a[9])]` keeps elements whose sub-path failed with values.
struct JSONPathEvaluator {
    /// Nested `{range}` blocks recurse; kubectl has no limit, this keeps the stack safe.
    static let maxRangeNesting = 256

    typealias Step = (values: [JSONPathValue], failure: JSONPathFailure?)

    let nodes: [JSONPathNode]
    let allowMissingKeys: Bool
    private var beginRange = 0
    private var inRange = 0
    private var endRange = 0
    /// Index in `nodes` of the last `{end}` that closed a range.
    private var lastEndNode: Int?

    init(nodes: [JSONPathNode], allowMissingKeys: Bool) {
        self.nodes = nodes
        self.allowMissingKeys = allowMissingKeys
    }

    /// One list of values per top-level text or action, in template order, ranges expanded.
    mutating func findResults(_ data: JSONPathValue) -> Result<[[JSONPathValue]], JSONPathFailure> {
        findResults(data, from: 0, nesting: 0)
    }

    private mutating func findResults(
        _ data: JSONPathValue, from first: Int, nesting: Int
    ) -> Result<[[JSONPathValue]], JSONPathFailure> {
        guard nesting <= Self.maxRangeNesting else { return .failure(JSONPathFailure("range nested too deeply")) }
        let current = [data]
        var fullResult: [[JSONPathValue]] = []
        var i = first
        while i < nodes.count {
            let step = walk(current, nodes[i])
            if let failure = step.failure { return .failure(failure) }

            if endRange > 0 && endRange <= inRange {
                endRange -= 1
                lastEndNode = i
                break
            }
            if beginRange > 0 {
                beginRange -= 1
                inRange += 1
                if !step.values.isEmpty {
                    for value in step.values {
                        switch findResults(value.reboxed, from: i + 1, nesting: nesting + 1) {
                        case .success(let inner): fullResult += inner
                        case .failure(let failure): return .failure(failure)
                        }
                    }
                } else if case .failure(let failure) = findResults(.invalid, from: i + 1, nesting: nesting + 1) {
                    // Run the body once with nothing, only to find where it ends.
                    return .failure(failure)
                }
                inRange -= 1
                if let end = lastEndNode, end > i { i = end }
                i += 1
                continue
            }
            fullResult.append(step.values)
            i += 1
        }
        return .success(fullResult)
    }

    // MARK: - Nodes

    private mutating func walk(_ input: [JSONPathValue], _ node: JSONPathNode) -> Step {
        switch node {
        case .list(let list): return evalList(input, list)
        case .text(let text): return ([.json(.string(text))], nil)
        case .field(let name): return evalField(input, name)
        case .array(let params): return evalArray(input, params)
        case .filter(let left, let right, let op): return evalFilter(input, left, right, op)
        case .int(let n): return (Array(repeating: .json(.int(n)), count: input.count), nil)
        case .float(let d): return (Array(repeating: .json(.double(d)), count: input.count), nil)
        case .bool(let b): return (Array(repeating: .json(.bool(b)), count: input.count), nil)
        case .wildcard: return (input.flatMap { $0.isNil ? [] : $0.children }, nil)
        case .recursive: return (evalRecursive(input, depth: 0), nil)
        case .union(let members): return evalUnion(input, members)
        case .identifier(let name): return evalIdentifier(input, name)
        }
    }

    private mutating func evalList(_ input: [JSONPathValue], _ list: [JSONPathNode]) -> Step {
        var current = input
        for node in list {
            let step = walk(current, node)
            current = step.values
            if step.failure != nil { return step }
        }
        return (current, nil)
    }

    private mutating func evalIdentifier(_ input: [JSONPathValue], _ name: String) -> Step {
        switch name {
        case "range":
            beginRange += 1
            return (input, nil)
        case "end":
            guard inRange > 0 else { return ([], JSONPathFailure("not in range, nothing to end")) }
            endRange += 1
            return ([], nil)
        default:
            return (input, JSONPathFailure("unrecognized identifier \(name)"))
        }
    }

    private func evalField(_ input: [JSONPathValue], _ name: String) -> Step {
        if input.isEmpty { return ([], nil) }
        var results: [JSONPathValue] = []
        for value in input {
            if case .json(.object(let object)) = value, let member = object[name] {
                results.append(.json(member))
            }
        }
        if results.isEmpty && !allowMissingKeys {
            return ([], JSONPathFailure("\(name) is not found"))
        }
        return (results, nil)
    }

    private func evalArray(_ input: [JSONPathValue], _ params: SliceParams) -> Step {
        var result: [JSONPathValue] = []
        for value in input where !value.isNil {
            if case .invalid = value {
                // Go asks the zero reflect.Value for its type and panics.
                return (input, JSONPathFailure("reflect: call of reflect.Value.Type on zero Value", isPanic: true))
            }
            guard case .json(.array(let items)) = value else {
                return (input, JSONPathFailure("\(value.goTypeName) is not array or slice"))
            }
            let length = items.count
            var p = params
            if !p.start.known { p.start.value = 0 }
            if p.start.value < 0 { p.start.value = p.start.value &+ length }
            if !p.end.known { p.end.value = length }
            if p.end.value < 0 || (p.end.value == 0 && p.end.derived) { p.end.value = p.end.value &+ length }
            // Asking for no elements is allowed, and ends the whole step (a client-go quirk).
            if p.end.value == p.start.value { return (result, nil) }
            if p.start.value >= length || p.start.value < 0 {
                return (input, JSONPathFailure("array index out of bounds: index \(p.start.value), length \(length)"))
            }
            if p.end.value > length || p.end.value < 0 {
                return (input, JSONPathFailure("array index out of bounds: index \(p.end.value &- 1), length \(length)"))
            }
            if p.start.value > p.end.value {
                return (input, JSONPathFailure("starting index \(p.start.value) is greater than ending index \(p.end.value)"))
            }
            var step = 1
            if p.step.known {
                if p.step.value <= 0 { return (input, JSONPathFailure("step must be > 0")) }
                step = p.step.value
            }
            for index in stride(from: p.start.value, to: p.end.value, by: step) {
                result.append(.json(items[index]))
            }
        }
        return (result, nil)
    }

    private mutating func evalUnion(_ input: [JSONPathValue], _ members: [[JSONPathNode]]) -> Step {
        var result: [JSONPathValue] = []
        for member in members {
            let step = evalList(input, member)
            if let failure = step.failure { return (input, failure) }
            result += step.values
        }
        return (result, nil)
    }

    /// Every non-empty map, array and string at or below the inputs, parents first.
    private func evalRecursive(_ input: [JSONPathValue], depth: Int) -> [JSONPathValue] {
        guard depth < GoFormat.maxDepth else { return [] }
        var result: [JSONPathValue] = []
        for value in input where !value.isNil {
            let children = value.children
            if !children.isEmpty {
                result.append(value)
                result += evalRecursive(children, depth: depth + 1)
            }
        }
        return result
    }

    private mutating func evalFilter(
        _ input: [JSONPathValue], _ left: [JSONPathNode], _ right: [JSONPathNode], _ op: String
    ) -> Step {
        var results: [JSONPathValue] = []
        for value in input {
            guard case .json(.array(let items)) = value else {
                return (input, JSONPathFailure("\(value.goDescription) is not array or slice and cannot be filtered"))
            }
            for item in items {
                let element = [JSONPathValue.json(item)]
                let lefts = evalList(element, left)
                if op == "exists" {
                    if !lefts.values.isEmpty { results.append(.json(item)) }
                    continue
                }
                if let failure = lefts.failure { return (input, failure) }
                if lefts.values.isEmpty { continue }
                if lefts.values.count > 1 { return (input, JSONPathFailure("can only compare one element at a time")) }

                let rights = evalList(element, right)
                if let failure = rights.failure { return (input, failure) }
                if rights.values.isEmpty { continue }
                if rights.values.count > 1 { return (input, JSONPathFailure("can only compare one element at a time")) }

                switch JSONPathComparison.compare(op, lefts.values[0], rights.values[0]) {
                case .failure(let failure): return (results, failure)
                case .success(true): results.append(.json(item))
                case .success(false): break
                }
            }
        }
        return (results, nil)
    }
}
