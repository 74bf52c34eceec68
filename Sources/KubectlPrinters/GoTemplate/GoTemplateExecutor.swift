/// Runs a parsed template over a value as Go's `text/template` does (`exec.go`, Go 1.23):
/// pipelines, fields of maps, variables, `if`/`with`/`range` (maps in key order), `break` and
/// `continue`, `{{template}}`, and its errors, worded and located as Go words and locates them
/// (`template: output:1:7: executing "output" at <.kind.x>: …`).
///
/// Go keeps "the node being evaluated" in its state and reports errors there; `node` mirrors
/// it, set at the same points, so errors point at the same `<…>`.
struct GoTemplateExecutor {
    /// How deep the walk through the tree may go (each block and each `{{template}}` call is
    /// a level). Go allows 100000 nested template calls before it reports "exceeded maximum
    /// template depth (100000)"; Shipyard reports that same error once the walk is this deep,
    /// which only a template that calls itself (nearly) forever reaches, and which keeps the
    /// recursion well within the stack.
    static let maxWalkDepth = 1000
    /// Limits on work, output and the strings functions build (`printf "%s%s" $x $x` doubles),
    /// so that no template (nested ranges, templates that call each other twice per level) can
    /// hang the shell. They grow with the number of objects printed, so that listing a
    /// cluster of 150,000 pods stays well within them.
    struct Budget {
        var steps = 2_000_000
        var output = 16 << 20
        var produced = 64 << 20

        init(objects: Int = 1) {
            let extra = max(0, objects - 1)
            steps += 500 * extra
            output += 2_048 * extra
            produced += 8_192 * extra
        }
    }

    struct Failure: Error {
        var message: String
    }

    enum Flow { case normal, breakLoop, continueLoop }

    let trees: [String: ListNode]
    let text: [UInt8]
    let parseName: String
    let missingKeyIsError: Bool
    let budget: Budget
    var name: String
    var out: [UInt8] = []
    var node: GoTemplateNode?
    var vars: [(name: String, value: GoValue)] = []
    var walkDepth = 0
    var steps = 0
    var produced = 0

    init(trees: [String: ListNode], text: [UInt8], name: String, missingKeyIsError: Bool, budget: Budget = Budget()) {
        self.budget = budget
        self.trees = trees
        self.text = text
        self.parseName = name
        self.name = name
        self.missingKeyIsError = missingKeyIsError
    }

    /// Runs the template named `name` over `data`; the output written before an error stays in `out`.
    mutating func execute(_ data: GoValue) throws(Failure) {
        vars = [("$", data)]
        guard let root = trees[name] else {
            throw Failure(message: "template: \(name): \(GoQuote.quote(name)) is an incomplete or empty template")
        }
        _ = try walk(data, root)
    }

    // MARK: - Errors

    mutating func at(_ node: GoTemplateNode) { self.node = node }

    func errorf(_ message: String) -> Failure {
        guard let node else { return Failure(message: "template: \(name): \(message)") }
        let prefix = text[0..<min(node.pos, text.count)]
        let line = 1 + prefix.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = prefix.lastIndex(of: 0x0A).map { node.pos - ($0 + 1) } ?? node.pos
        return Failure(
            message: "template: \(parseName):\(line):\(column): executing \(GoQuote.quote(name)) at <\(node)>: \(message)")
    }

    mutating func step() throws(Failure) {
        steps += 1
        if steps > budget.steps || out.count > budget.output || produced > budget.produced {
            throw Failure(message: "template: \(name): Shipyard stopped this template after \(budget.steps) steps "
                + "or \(budget.output >> 20) MiB of output (kubectl would have kept going)")
        }
    }

    // MARK: - Variables

    private mutating func setVar(_ name: String, _ value: GoValue) throws(Failure) {
        guard let index = vars.lastIndex(where: { $0.name == name }) else { throw errorf("undefined variable: \(name)") }
        vars[index].value = value
    }

    private func varValue(_ name: String) throws(Failure) -> GoValue {
        guard let variable = vars.last(where: { $0.name == name }) else { throw errorf("undefined variable: \(name)") }
        return variable.value
    }

    private mutating func pop(to mark: Int) {
        if vars.count > mark { vars.removeLast(vars.count - mark) }
    }

    // MARK: - Walking

    private mutating func walk(_ dot: GoValue, _ node: GoTemplateNode) throws(Failure) -> Flow {
        try step()
        walkDepth += 1
        defer { walkDepth -= 1 }
        at(node)
        switch node {
        case let action as ActionNode:
            let value = try evalPipeline(dot, action.pipe)
            if action.pipe.decl.isEmpty { printValue(action, value) }
        case is BreakNode:
            return .breakLoop
        case is ContinueNode:
            return .continueLoop
        case let list as ListNode:
            for child in list.nodes {
                let flow = try walk(dot, child)
                if flow != .normal { return flow }
            }
        case let branch as BranchNode:
            if branch.kind == .range { return try walkRange(dot, branch) }
            return try walkIfOrWith(dot, branch)
        case let template as TemplateNode:
            try walkTemplate(dot, template)
        case let textNode as TextNode:
            out += textNode.text
        default:
            throw errorf("unknown node: \(node)")
        }
        return .normal
    }

    private mutating func walkIfOrWith(_ dot: GoValue, _ branch: BranchNode) throws(Failure) -> Flow {
        let mark = vars.count
        defer { pop(to: mark) }
        let value = try evalPipeline(dot, branch.pipe)
        if value.indirectInterface.truth {
            return try walk(branch.kind == .with ? value : dot, branch.list)
        } else if let elseList = branch.elseList {
            return try walk(dot, elseList)
        }
        return .normal
    }

    private mutating func walkRange(_ dot: GoValue, _ range: BranchNode) throws(Failure) -> Flow {
        at(range)
        let outerMark = vars.count
        defer { pop(to: outerMark) }
        let value = try evalPipeline(dot, range.pipe).indirect.value
        let mark = vars.count
        let declared = range.pipe.decl.count
        // One pass of the body; false when it hit {{break}}.
        // Go sets the topmost variables, which `$i, $v := ` just pushed (with `=`, whichever
        // variables are topmost: both were found defined, so there are at least two).
        func iteration(_ executor: inout GoTemplateExecutor, _ index: GoValue, _ element: GoValue) throws(Failure) -> Bool {
            let count = executor.vars.count
            if declared > 0 && count >= 1 { executor.vars[count - 1].value = element }
            if declared > 1 && count >= 2 { executor.vars[count - 2].value = index }
            defer { executor.pop(to: mark) }
            return try executor.walk(element, range.list) != .breakLoop
        }
        switch value {
        case .slice(let items) where !items.isEmpty:
            for (i, item) in items.enumerated() {
                if try !iteration(&self, .int(i), .element(item)) { break }
            }
            return .normal
        case .map(let object) where !object.isEmpty:
            for pair in object.sortedPairs {
                if try !iteration(&self, .string(pair.key), .element(pair.value)) { break }
            }
            return .normal
        case .slice, .map, .invalid:
            break
        default:
            throw errorf("range can't iterate over \(String(decoding: GoFmt.sprint([value]), as: UTF8.self))")
        }
        if let elseList = range.elseList { return try walk(dot, elseList) }
        return .normal
    }

    private mutating func walkTemplate(_ dot: GoValue, _ template: TemplateNode) throws(Failure) {
        at(template)
        guard let root = trees[template.name] else { throw errorf("template \(GoQuote.quote(template.name)) not defined") }
        if walkDepth >= Self.maxWalkDepth { throw errorf("exceeded maximum template depth (100000)") }
        let newDot = try evalPipeline(dot, template.pipe)
        let saved = (name, vars, node)
        name = template.name
        vars = [("$", newDot)]
        _ = try walk(newDot, root)
        (name, vars, node) = saved
    }

    private mutating func printValue(_ node: GoTemplateNode, _ value: GoValue) {
        at(node)
        if value.isValid {
            out += GoFmt.sprint([value.asInterfaceArgument])
        } else {
            out += Array("<no value>".utf8)
        }
    }

    // MARK: - Pipelines and commands

    mutating func evalPipeline(_ dot: GoValue, _ pipe: PipeNode?) throws(Failure) -> GoValue {
        guard let pipe else { return .invalid }
        at(pipe)
        var value: GoValue?
        for cmd in pipe.cmds {
            var result = try evalCommand(dot, cmd, final: value)
            if case .interface(let inner) = result { result = inner ?? .invalid }  // interface{} results unwrap
            value = result
        }
        let result = value ?? .invalid
        for variable in pipe.decl {
            let name = variable.ident.first ?? "$"
            if pipe.isAssign {
                try setVar(name, result)
            } else {
                vars.append((name, result))
            }
        }
        return result
    }

    func notAFunction(_ args: [GoTemplateNode], _ final: GoValue?) throws(Failure) {
        if args.count > 1 || final != nil {
            throw errorf("can't give argument to non-function \(args.first?.description ?? "")")
        }
    }

    mutating func evalCommand(_ dot: GoValue, _ cmd: CommandNode, final: GoValue?) throws(Failure) -> GoValue {
        try step()
        guard let first = cmd.args.first else { throw errorf("empty command") }
        switch first {
        case let field as FieldNode: return try evalFieldNode(dot, field, args: cmd.args, final: final)
        case let chain as ChainNode: return try evalChainNode(dot, chain, args: cmd.args, final: final)
        case let identifier as IdentifierNode:
            return try evalFunction(dot, identifier, cmd: cmd, args: cmd.args, final: final)
        case let pipe as PipeNode:
            try notAFunction(cmd.args, final)
            return try evalPipeline(dot, pipe)
        case let variable as VariableNode: return try evalVariableNode(dot, variable, args: cmd.args, final: final)
        default: break
        }
        at(first)
        try notAFunction(cmd.args, final)
        switch first {
        case let bool as BoolNode: return .bool(bool.value)
        case is DotNode: return dot
        case is NilNode: throw errorf("nil is not a command")
        case let number as NumberNode: return try idealConstant(number)
        case let string as StringNode: return .string(string.text)
        default: throw errorf("can't evaluate command \(GoQuote.quote(first.description))")
        }
    }

    /// An untyped number constant where no type is expected: int, float64 or complex128.
    mutating func idealConstant(_ constant: NumberNode) throws(Failure) -> GoValue {
        at(constant)
        let n = constant.number
        let text = constant.description
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X")
            && !text.contains(where: { $0 == "p" || $0 == "P" })
        if n.isComplex { return .complex128(n.complex.re, n.complex.im) }
        if n.isFloat && !isHexInt && !text.hasPrefix("'") && text.contains(where: { ".eEpP".contains($0) }) {
            return .float64(n.float64)
        }
        if n.isInt { return .int(Int(n.int64)) }
        if n.isUint { throw errorf("\(text) overflows int") }
        return .invalid
    }

    // MARK: - Fields and variables

    mutating func evalFieldNode(_ dot: GoValue, _ field: FieldNode, args: [GoTemplateNode]?, final: GoValue?)
        throws(Failure) -> GoValue
    {
        at(field)
        return try evalFieldChain(dot, receiver: dot, node: field, ident: field.ident, args: args, final: final)
    }

    mutating func evalChainNode(_ dot: GoValue, _ chain: ChainNode, args: [GoTemplateNode]?, final: GoValue?)
        throws(Failure) -> GoValue
    {
        at(chain)
        if chain.fields.isEmpty { throw errorf("internal error: no fields in evalChainNode") }
        if chain.node is NilNode { throw errorf("indirection through explicit nil in \(chain)") }
        let receiver = try evalArg(dot, nil, chain.node)
        return try evalFieldChain(dot, receiver: receiver, node: chain, ident: chain.fields, args: args, final: final)
    }

    mutating func evalVariableNode(_ dot: GoValue, _ variable: VariableNode, args: [GoTemplateNode]?,
                                           final: GoValue?) throws(Failure) -> GoValue
    {
        at(variable)
        let value = try varValue(variable.ident.first ?? "$")
        if variable.ident.count == 1 {
            try notAFunction(args ?? [], final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, node: variable, ident: Array(variable.ident.dropFirst()),
                                  args: args, final: final)
    }

    private mutating func evalFieldChain(_ dot: GoValue, receiver: GoValue, node: GoTemplateNode, ident: [String],
                                         args: [GoTemplateNode]?, final: GoValue?) throws(Failure) -> GoValue
    {
        var receiver = receiver
        for name in ident.dropLast() {
            receiver = try evalField(name, args: nil, final: nil, receiver: receiver)
        }
        return try evalField(ident.last ?? "", args: args, final: final, receiver: receiver)
    }

    /// `.name` of a map (the only kind with fields here): its element, `<no value>` when
    /// missing, or an error under `--allow-missing-template-keys=false`.
    private func evalField(_ fieldName: String, args: [GoTemplateNode]?, final: GoValue?, receiver: GoValue)
        throws(Failure) -> GoValue
    {
        guard receiver.isValid else {
            if missingKeyIsError { throw errorf("nil data; no entry for key \(GoQuote.quote(fieldName))") }
            return .invalid
        }
        let typeName = receiver.typeName
        let (value, isNil) = receiver.indirect
        if isNil { throw errorf("nil pointer evaluating \(typeName).\(fieldName)") }
        guard case .map(let object) = value else {
            throw errorf("can't evaluate field \(fieldName) in type \(typeName)")
        }
        if (args?.count ?? 0) > 1 || final != nil { throw errorf("\(fieldName) is not a method but has arguments") }
        if let element = object[fieldName] { return .element(element) }
        if missingKeyIsError { throw errorf("map has no entry for key \(GoQuote.quote(fieldName))") }
        return .invalid
    }
}
