/// An operation's arguments as aws-cli v2 builds its argument table, and the whole input built
/// from parsed flags: convert each parameter, decode blobs, validate.
///
/// The argument parser itself (usage text, unknown options, `required` checks, `--x=value`
/// spellings) is the front end's; this takes the flags it found and their values.
public struct OperationInput: Sendable {
    /// One generated argument.
    public struct Argument: Sendable {
        /// The structure member it sets.
        public var member: String
        /// `--cluster-name`, after aws-cli's renames.
        public var flag: String
        /// For booleans, the flag that sets false (`--no-x`, or a renamed one such as ECS's
        /// `--disable-execute-command`).
        public var negativeFlag: String?
        public var shape: ServiceModel.Shape
        public var traits: ServiceModel.MemberTraits?
        /// What argparse enforces: required by the model, except idempotency tokens (botocore
        /// fills them) and booleans (aws-cli never marks flags required).
        public var isRequired: Bool
        /// Lists take any number of values (`nargs='*'`); booleans take none; the rest one.
        public var takesList: Bool { shape.type == "list" }
        public var isBoolean: Bool { shape.type == "boolean" }
    }

    public var model: ServiceModel
    /// The CLI operation name, e.g. `create-service`.
    public var operation: String
    public var input: ServiceModel.Shape

    public init?(model: ServiceModel, operation: String) {
        guard let op = model.operation(cliName: operation), let input = model.shape(op.input) else { return nil }
        self.model = model
        self.operation = operation
        self.input = input
    }

    /// The argument table, in model member order (the order aws-cli converts them in).
    public var arguments: [Argument] {
        input.members.compactMap { member, shapeName in
            guard let shape = model.shape(shapeName) else { return nil }
            let flags = ArgumentRenames.flags(forMember: member, isBoolean: shape.type == "boolean",
                                              service: model.service, operation: operation)
            let traits = input.memberTraits[member]
            let required = input.required.contains(member) && traits?.idempotencyToken != true && shape.type != "boolean"
            return Argument(member: member, flag: flags[0], negativeFlag: flags.count > 1 ? flags[1] : nil, shape: shape,
                            traits: traits, isRequired: required)
        }
    }

    /// Builds and validates the input from the flags given (each with the values argparse
    /// collected; for a repeated flag pass the last occurrence). Flags that are not arguments of
    /// this operation are ignored. The first failing argument in model order is reported, as in
    /// aws-cli.
    public func build(_ given: [String: [String]], paramFiles: ParamFiles = .none,
                      binaryFormat: InputBlobs.BinaryFormat = .base64,
                      maximumJSONDepth: Int = 1000) throws(ArgumentError) -> PythonValue
    {
        let request = try convert(given, paramFiles: paramFiles, binaryFormat: binaryFormat, maximumJSONDepth: maximumJSONDepth)
        try ParamValidator.check(request, shape: input, model: model)
        return request
    }

    /// `build` without the validation step: the input exactly as botocore's validator receives it.
    public func convert(_ given: [String: [String]], paramFiles: ParamFiles = .none,
                        binaryFormat: InputBlobs.BinaryFormat = .base64,
                        maximumJSONDepth: Int = 1000) throws(ArgumentError) -> PythonValue
    {
        let conversion = ParameterConversion(model: model, paramFiles: paramFiles, service: model.service,
                                             operation: operation, maximumJSONDepth: maximumJSONDepth)
        var params = PythonDict()
        for argument in arguments {
            if argument.isBoolean {
                if given[argument.flag] != nil { params[argument.member] = .bool(true) }
                if let negative = argument.negativeFlag, given[negative] != nil { params[argument.member] = .bool(false) }
                continue
            }
            guard let values = given[argument.flag] else { continue }
            params[argument.member] = try conversion.pythonValue(for: argument.flag, values: values, shape: argument.shape,
                                                                 traits: argument.traits)
        }
        return try InputBlobs.apply(binaryFormat, to: .dict(params), shape: input, model: model)
    }
}
