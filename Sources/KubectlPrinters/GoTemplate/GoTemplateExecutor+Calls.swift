/// Function calls: argument counting, each argument evaluated for its parameter's type (Go's
/// `evalArg` and `validateType`), `and`/`or` short-circuiting, and `error calling …` framing.
extension GoTemplateExecutor {
    mutating func evalFunction(_ dot: GoValue, _ identifier: IdentifierNode, cmd: GoTemplateNode,
                               args: [GoTemplateNode]?, final: GoValue?) throws(Failure) -> GoValue
    {
        at(identifier)
        let name = identifier.ident
        guard let signature = GoTemplateFunctions.signature(name) else {
            throw errorf("\(GoQuote.quote(name)) is not a defined function")
        }
        let args = Array((args ?? []).dropFirst())  // the first word is the function's name
        let numIn = args.count + (final == nil ? 0 : 1)
        let params = signature.params
        var numFixed = args.count
        if signature.variadic {
            numFixed = params.count - 1
            if numIn < numFixed {
                throw errorf("wrong number of args for \(name): want at least \(params.count - 1) got \(args.count)")
            }
        } else if numIn != params.count {
            throw errorf("wrong number of args for \(name): want \(params.count) got \(numIn)")
        }

        if name == "and" || name == "or" {
            var value = GoValue.invalid
            for arg in args {
                value = try evalArg(dot, .value, arg)
                if value.indirectInterface.truth == (name == "or") { return value }
            }
            if let final { value = final }
            return value
        }

        var argv: [GoValue] = []
        var i = 0
        while i < numFixed && i < args.count {
            argv.append(try evalArg(dot, params[i], args[i]))
            i += 1
        }
        if signature.variadic, let variadicParam = params.last {
            while i < args.count {
                argv.append(try evalArg(dot, variadicParam, args[i]))
                i += 1
            }
        }
        if let final {
            var param = params.last ?? .value
            if signature.variadic && numIn - 1 < numFixed { param = params[numIn - 1] }
            argv.append(try validateType(final, param))
        }
        // `call` names its callee in errors: the first argument as written. Go 1.23 looks for
        // that argument even when the callee is piped in, and panics; kubectl reports the panic.
        if name == "call" && args.isEmpty {
            throw Failure(message: "caught panic: runtime error: index out of range [0] with length 0")
        }
        let callee = args.first?.description ?? ""
        switch GoTemplateFunctions.call(name, argv, callee: callee) {
        case .success(let value):
            if case .string(let bytes) = value {
                produced += bytes.count
                try step()
            }
            return value
        case .failure(let error):
            at(cmd)
            throw errorf("error calling \(name): \(error.message)")
        }
    }

    /// One argument, evaluated for a parameter of type `param` (nil: no type, as for the
    /// receiver of a field chain).
    mutating func evalArg(_ dot: GoValue, _ param: GoTemplateFunctions.Param?, _ n: GoTemplateNode) throws(Failure)
        -> GoValue
    {
        at(n)
        // Each value is evaluated before validateType is called: evaluating moves `node`, and
        // a call written `validateType(try eval…)` would see `self` from before the move.
        let value: GoValue
        switch n {
        case is DotNode:
            value = dot
        case is NilNode:
            guard param == .string else { return .invalid }
            throw errorf("cannot assign nil to string")
        case let field as FieldNode:
            value = try evalFieldNode(dot, field, args: [n], final: nil)
        case let variable as VariableNode:
            value = try evalVariableNode(dot, variable, args: nil, final: nil)
        case let pipe as PipeNode:
            value = try evalPipeline(dot, pipe)
        case let identifier as IdentifierNode:
            value = try evalFunction(dot, identifier, cmd: identifier, args: nil, final: nil)
        case let chain as ChainNode:
            value = try evalChainNode(dot, chain, args: nil, final: nil)
        default:
            return try evalLiteral(param, n)
        }
        return try validateType(value, param)
    }

    /// A literal argument (bool, number, string) for a parameter of type `param`.
    private mutating func evalLiteral(_ param: GoTemplateFunctions.Param?, _ n: GoTemplateNode) throws(Failure)
        -> GoValue
    {
        switch param {
        case .string?:
            at(n)
            if let string = n as? StringNode { return .string(string.text) }
            throw errorf("expected string; found \(n)")
        case .any?, .value?:
            return try evalEmptyInterface(n)
        case nil:
            throw errorf("can't handle \(n) for arg of type <nil>")
        }
    }

    /// A literal where any type will do.
    private mutating func evalEmptyInterface(_ n: GoTemplateNode) throws(Failure) -> GoValue {
        at(n)
        switch n {
        case let bool as BoolNode: return .bool(bool.value)
        case let number as NumberNode: return try idealConstant(number)
        case let string as StringNode: return .string(string.text)
        default: throw errorf("can't handle assignment of \(n) to empty interface argument")
        }
    }

    /// Go's `validateType`: a missing value is nil where nil is allowed, and a string
    /// parameter takes a string, or an interface holding one.
    func validateType(_ value: GoValue, _ param: GoTemplateFunctions.Param?) throws(Failure) -> GoValue {
        guard value.isValid else {
            if param == .string { throw errorf("invalid value; expected string") }
            return .invalid
        }
        guard param == .string else { return value }
        switch value {
        case .string: return value
        case .interface(let inner?):
            if case .string = inner { return inner }
            throw errorf("wrong type for value; expected string; got \(inner.typeName)")
        default:
            throw errorf("wrong type for value; expected string; got \(value.typeName)")
        }
    }
}
