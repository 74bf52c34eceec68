import AWSArguments

/// An operation's arguments in aws-cli's order: one per input member (booleans as `--x` and
/// `--no-x`, renamed ones moved to the end as aws-cli's rename handler re-inserts them), then
/// `--cli-input-json`, `--cli-input-yaml`, the pagination arguments for paginated operations
/// (`--starting-token`, `--page-size`, `--max-items`), and `--generate-cli-skeleton`.
///
/// The order is visible: argparse reports several missing arguments, and ambiguous
/// abbreviations, in it, and the help synopsis lists it.
struct ArgumentTable {
    struct Entry {
        enum Kind {
            case member(OperationInput.Argument)
            /// The `--no-x` half of a boolean member.
            case negative(OperationInput.Argument)
            case cliInputJSON
            case cliInputYAML
            case startingToken
            case pageSize
            case maxItems
            case generateSkeleton
            /// An argument aws-cli adds itself (`Customizations/`).
            case custom(CustomArgument)
        }

        var name: String
        var kind: Kind
        var required: Bool
        /// The service's own pagination members (`--next-token`, `--max-results`): still
        /// accepted, but not listed in help.
        var undocumented = false
        var action: ArgAction

        var flag: String { "--" + name }
    }

    private(set) var entries: [Entry] = []
    let operation: ServiceModel.Operation
    let input: OperationInput?
    /// What aws-cli changes about this operation (`Customizations/`).
    let customizations: [OperationCustomization]

    init(model: ServiceModel, operation: ServiceModel.Operation) {
        self.operation = operation
        input = OperationInput(model: model, operation: operation.cliName)
        var renamed: [Entry] = []
        for argument in input?.arguments ?? [] {
            let plain = CLINames.transform(argument.member)
            let positive = Self.memberEntry(argument)
            if positive.name == plain { entries.append(positive) } else { renamed.append(positive) }
            if let negative = argument.negativeFlag {
                let entry = Entry(name: String(negative.dropFirst(2)), kind: .negative(argument), required: false,
                                  action: .flag(negative, dest: positive.action.dest, value: false))
                if entry.name == "no-" + plain { entries.append(entry) } else { renamed.append(entry) }
            }
        }
        entries += renamed
        customizations = OperationCustomization.all(service: model.service, operation: operation.cliName)
        var customizer = Customizer(entries: entries)
        for customization in customizations { customization.customizeTable(&customizer) }
        entries = customizer.entries
        entries.append(Entry(name: "cli-input-json", kind: .cliInputJSON, required: false,
                             action: .option("--cli-input-json")))
        entries.append(Entry(name: "cli-input-yaml", kind: .cliInputYAML, required: false,
                             action: .option("--cli-input-yaml")))
        if let paginator = operation.paginator {
            let hidden = Set((paginator.inputTokens + [paginator.limitKey].compactMap { $0 }).map { CLINames.transform($0) })
            for index in entries.indices where hidden.contains(entries[index].name) { entries[index].undocumented = true }
            var type = ArgAction.ValueType.int
            if let limit = paginator.limitKey, let shape = input?.arguments.first(where: { $0.member == limit })?.shape,
                shape.type == "string" {
                type = .string
            }
            put(Entry(name: "starting-token", kind: .startingToken, required: false, action: .option("--starting-token")))
            if paginator.limitKey != nil {
                put(Entry(name: "page-size", kind: .pageSize, required: false, action: .option("--page-size", type: type)))
            }
            put(Entry(name: "max-items", kind: .maxItems, required: false, action: .option("--max-items", type: type)))
        }
        var skeleton = ArgAction.option("--generate-cli-skeleton", nargs: .optional,
                                        choices: ["input", "output", "yaml-input"])
        skeleton.const = "input"
        entries.append(Entry(name: "generate-cli-skeleton", kind: .generateSkeleton, required: false, action: skeleton))
    }

    /// The argument table as a `building-argument-table` handler sees it: arguments can be
    /// added (at the end), deleted, or left out of help (`_UNDOCUMENTED`).
    struct Customizer {
        fileprivate(set) var entries: [Entry]

        mutating func add(_ argument: CustomArgument) {
            entries.removeAll { $0.name == argument.name }
            entries.append(Entry(name: argument.name, kind: .custom(argument), required: false, action: argument.action))
        }

        mutating func remove(_ name: String) {
            entries.removeAll { $0.name == name }
        }

        mutating func hide(_ name: String) {
            for index in entries.indices where entries[index].name == name { entries[index].undocumented = true }
        }
    }

    /// `add_paging_argument`: a member of the same name is replaced in place.
    private mutating func put(_ entry: Entry) {
        if let index = entries.firstIndex(where: { $0.name == entry.name }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    private static func memberEntry(_ argument: OperationInput.Argument) -> Entry {
        let name = String(argument.flag.dropFirst(2))
        let dest = name.replacingDashes
        if argument.isBoolean {
            return Entry(name: name, kind: .member(argument), required: false, action: .flag(argument.flag, dest: dest))
        }
        let type: ArgAction.ValueType
        switch argument.shape.type {
        case "long": type = .int
        case "float", "double": type = .float
        default: type = .string
        }
        return Entry(name: name, kind: .member(argument), required: argument.isRequired,
                     action: .option(argument.flag, dest: dest, nargs: argument.takesList ? .zeroOrMore : .one, type: type,
                                     required: argument.isRequired))
    }

    /// `OverrideRequiredArgsArgument`: `--cli-input-json`, `--cli-input-yaml` or
    /// `--generate-cli-skeleton` (unless followed by `output`), spelled exactly so on the command
    /// line, make every argument optional.
    mutating func overrideRequired(for arguments: [String]) {
        var override = arguments.contains("--cli-input-json") || arguments.contains("--cli-input-yaml")
        if let index = arguments.firstIndex(of: "--generate-cli-skeleton") {
            if index + 1 >= arguments.count || arguments[index + 1] != "output" { override = true }
        }
        guard override else { return }
        for index in entries.indices {
            entries[index].required = false
            entries[index].action.required = false
        }
    }

    /// The operation's argparse parser: the table, then the `help` positional every operation
    /// has (which is how a stray word ends up in "Unknown options").
    var parser: ArgParser {
        var parser = ArgParser(entries.map(\.action))
        parser.add(.positional("help", nargs: .optional))
        return parser
    }
}
