import AWSArguments

/// An argument aws-cli adds to an operation itself (`awscli/customizations`): its argparse
/// action, the type its help shows, and how its value goes into the request
/// (`add_to_params`). aws-cli calls `add_to_params` for every argument in the table, given
/// or not, so `value` is nil for an argument the command line left out.
struct CustomArgument {
    var name: String
    var action: ArgAction
    /// The type in parentheses in help: `string`, `boolean`.
    var helpType = "string"
    /// For a `--x` flag, its `--no-x` partner, shown with it in help (`group_name`).
    var negativeFlag: String?
    /// True for the `--no-x` half, which help lists with its partner.
    var isNegativeHalf = false
    var addToParams: (inout PythonDict, ArgValue?) throws(AWSCLIError) -> Void

    var flag: String { "--" + name }

    /// A `--name VALUE` option (`nargs=None`, strings).
    static func option(_ name: String, type: ArgAction.ValueType = .string, nargs: ArgAction.Nargs = .one,
                       addToParams: @escaping (inout PythonDict, ArgValue?) throws(AWSCLIError) -> Void) -> CustomArgument {
        CustomArgument(name: name, action: .option("--" + name, nargs: nargs, type: type), addToParams: addToParams)
    }
}

extension PythonDict {
    /// `params.setdefault(key, value)`.
    mutating func setDefault(_ key: String, _ value: PythonValue) {
        if self[key] == nil { self[key] = value }
    }
}
