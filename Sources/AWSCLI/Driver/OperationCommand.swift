import AWSArguments
import JSONValue

/// One operation (`aws ecs create-cluster …`) or waiter (`aws ecs wait services-stable …`), run
/// as aws-cli's `ServiceOperation` runs it: parse the arguments with the operation's argparse
/// parser, decide about pagination, turn each argument into its input member, merge a
/// `--cli-input-json|yaml` document, then print a skeleton or make the call.
struct OperationCommand {
    enum Mode {
        case call
        case wait(ServiceModel.Waiter)
    }

    let context: CLIContext
    let model: ServiceModel
    let operation: ServiceModel.Operation
    /// `ecs create-cluster` or `ecs wait services-stable`, for help.
    let commandPath: [String]
    let mode: Mode

    func run(_ arguments: [String]) throws(AWSCLIError) {
        var table = ArgumentTable(model: model, operation: operation)
        table.overrideRequired(for: arguments)
        if arguments == ["help"] {
            context.output.out(AWSHelp.operation(table: table, model: model, path: commandPath, mode: mode))
            return
        }
        var (namespace, remaining) = try table.parser.parseKnown(arguments)
        if let word = namespace["help"]?.string {
            if word == "help" {
                context.output.out(AWSHelp.operation(table: table, model: model, path: commandPath, mode: mode))
                return
            }
            remaining.append(word)
        }
        if !remaining.isEmpty { throw .unknownOptions(remaining) }
        for customization in table.customizations { try customization.argumentsParsed(namespace) }

        var paginate = context.globals.paginate
        if let paginator = operation.paginator {
            let tokens = (paginator.inputTokens + [paginator.limitKey].compactMap { $0 }).map { CLINames.transform($0) }
            for token in tokens where token.replacingDashes != "max_items" && namespace[token.replacingDashes] != nil {
                paginate = false
            }
            if !paginate {
                let used = ["starting-token", "page-size", "max-items"].filter { name in
                    table.entries.contains { $0.name == name && Self.isPagingEntry($0) }
                        && Self.pythonTruthy(namespace[name.replacingDashes])
                }
                if !used.isEmpty {
                    throw .parameter("Cannot specify --no-paginate along with pagination arguments: "
                                     + used.map { "--" + $0 }.joined(separator: ", "))
                }
            }
        }

        var parameters = PythonDict()
        var pagination = OperationCaller.PaginationConfig()
        var cliInputs: [(CLIInput.Format, String)] = []
        let conversion = ParameterConversion(model: model, paramFiles: context.paramFiles, service: commandPath.first,
                                             operation: operation.cliName)
        for entry in table.entries {
            switch entry.kind {
            case .member(let argument):
                guard let value = namespace[entry.action.dest] else { continue }
                switch value {
                case .bool(let flag): parameters[argument.member] = .bool(flag)
                case .string(let text):
                    parameters[argument.member] = try convert(conversion, entry.flag, [text], argument)
                case .list(let items):
                    parameters[argument.member] = try convert(conversion, entry.flag, items, argument)
                }
            case .negative:
                continue
            case .cliInputJSON, .cliInputYAML:
                guard let text = namespace[entry.action.dest]?.string else { continue }
                _ = try loadFile(conversion, entry.flag, text)
                cliInputs.append((entry.name == "cli-input-json" ? .json : .yaml, text))
            case .startingToken:
                guard let text = namespace[entry.action.dest]?.string else { continue }
                let token = try loadFile(conversion, entry.flag, text)
                pagination.startingToken = token
                pagination.dict["StartingToken"] = .str(token)
            case .pageSize:
                guard let text = namespace[entry.action.dest]?.string else { continue }
                let value = try pagingValue(try loadFile(conversion, entry.flag, text), entry)
                pagination.pageSize = value
                pagination.dict["PageSize"] = value
            case .maxItems:
                guard let text = namespace[entry.action.dest]?.string else { continue }
                let value = try pagingValue(try loadFile(conversion, entry.flag, text), entry)
                if case .int(let count) = value {
                    if count <= 0 { context.output.err("warning: Non-positive values for --max-items may result in undefined behavior.\n") }
                    pagination.maxItems = count
                } else if case .str(let text) = value, let count = Int(text) {
                    pagination.maxItems = count
                }
                pagination.dict["MaxItems"] = value
            case .generateSkeleton:
                continue
            case .custom(let argument):
                var value = namespace[entry.action.dest]
                if case .string(let text)? = value { value = .string(try loadFile(conversion, entry.flag, text)) }
                try argument.addToParams(&parameters, value)
            }
        }

        if !cliInputs.isEmpty {
            guard cliInputs.count == 1, let (format, text) = cliInputs.first else {
                throw .parameter("Only one --cli-input- parameter may be specified.")
            }
            let content = try loadFile(conversion, "--" + format.name, text)
            CLIInput.merge(try CLIInput.load(content, format: format), into: &parameters)
        }
        if let paginator = operation.paginator {
            let tokens = paginator.inputTokens + [paginator.limitKey].compactMap { $0 }
            if parameters.keys.contains(where: tokens.contains) { paginate = false }
        }

        let caller = OperationCaller(context: context, model: model, operation: operation)
        if let skeleton = namespace["generate_cli_skeleton"]?.string {
            try printSkeleton(skeleton, parameters: parameters, pagination: pagination, caller: caller)
            return
        }
        switch mode {
        case .call:
            if let invoke = table.customizations.lazy.compactMap(\.invoke).first {
                try invoke(caller, parameters)
                return
            }
            try caller.invoke(parameters, pagination: pagination, paginate: paginate)
        case .wait(let waiter):
            try WaiterRun(caller: caller, waiter: waiter, model: model).wait(parameters)
        }
    }

    private func convert(_ conversion: ParameterConversion, _ flag: String, _ values: [String],
                         _ argument: OperationInput.Argument) throws(AWSCLIError) -> PythonValue {
        do throws(ArgumentError) {
            return try conversion.pythonValue(for: flag, values: values, shape: argument.shape, traits: argument.traits)
        } catch {
            throw AWSCLIError(error)
        }
    }

    /// The `file://` handling every argument gets (`load-cli-arg`), for the arguments aws-cli
    /// adds itself; the text of the value otherwise.
    private func loadFile(_ conversion: ParameterConversion, _ flag: String, _ text: String) throws(AWSCLIError) -> String {
        let plain = ServiceModel.Shape(name: "String", type: "string")
        do throws(ArgumentError) {
            switch try conversion.pythonValue(for: flag, values: [text], shape: plain) {
            case .str(let loaded): return loaded
            case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
            default: return text
            }
        } catch {
            throw AWSCLIError(error)
        }
    }

    /// `--page-size` and `--max-items` hold Python ints (strings for a string limit key).
    private func pagingValue(_ text: String, _ entry: ArgumentTable.Entry) throws(AWSCLIError) -> PythonValue {
        guard entry.action.type == .int else { return .str(text) }
        guard let value = PythonConversions.int(text) else {
            throw .general("invalid literal for int() with base 10: \(PythonRepr.string(text))")
        }
        return value
    }

    private static func isPagingEntry(_ entry: ArgumentTable.Entry) -> Bool {
        switch entry.kind {
        case .startingToken, .pageSize, .maxItems: return true
        default: return false
        }
    }

    /// Python truthiness of a parsed paging value (`--max-items 0` is falsy).
    private static func pythonTruthy(_ value: ArgValue?) -> Bool {
        switch value {
        case .none: return false
        case .string(let text)?:
            if let number = PythonConversions.int(text), case .int(let n) = number { return n != 0 }
            return !text.isEmpty
        case .list(let items)?: return !items.isEmpty
        case .bool(let flag)?: return flag
        }
    }

    private func printSkeleton(_ kind: String, parameters: PythonDict, pagination: OperationCaller.PaginationConfig,
                               caller: OperationCaller) throws(AWSCLIError) {
        switch kind {
        case "yaml-input":
            context.output.out(YAMLInputSkeleton.render(model.shape(operation.input), model: model))
        case "output":
            // A stubbed client call: the request is still validated, the response is made up.
            let region = try caller.clientRegion()
            let display = try caller.display()
            var input = parameters
            if !pagination.isEmpty { input["PaginationConfig"] = .dict(pagination.dict) }
            _ = try caller.prepare(input, region: region)
            let value = Skeleton.generate(model.shape(operation.output), model: model, useMemberNames: true)
            let timestamp = display.format == .text || display.format == .table ? "1970-01-01 00:00:00" : "1970-01-01T00:00:00"
            try display.show(Skeleton.json(value, timestamp: timestamp), into: &context.output)
        default:
            context.output.out(Skeleton.inputJSON(model.shape(operation.input), model: model))
        }
    }
}
