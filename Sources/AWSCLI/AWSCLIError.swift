import AWSArguments
import AWSSim

/// Every way an aws command fails, rendered in one place as aws-cli v2's error handlers render
/// it (`awscli/errorhandler.py`), with its return code: 252 for usage and parameter problems,
/// 253 for configuration, 254 for a service error, 255 for anything else.
enum AWSCLIError: Error, Equatable {
    /// An argparse error (`the following arguments are required: --services`, invalid choice),
    /// printed after the usage text.
    case usage(String)
    /// Words no parser consumed (`Unknown options: --cluster-nme, x`), after the usage text.
    case unknownOptions([String])
    /// A parameter problem aws-cli reports without the usage text: `Error parsing parameter
    /// '--x': …`, `Parameter validation failed:` …, a bad `--query`, `Unknown options: a,b` of
    /// its own commands.
    case parameter(String)
    /// The service said no.
    case service(AWSServiceError, operation: String)
    /// Region, credentials or other configuration missing or invalid.
    case configuration(String)
    /// Anything else: an exception aws-cli does not classify (waiter failures, a value
    /// Python's `int()` rejects, an unknown profile).
    case general(String)
    /// A command that returns an exception instead of raising it (`eks get-token` without a
    /// cluster): Python's `sys.exit` prints it as it is and exits 1.
    case returned(String)

    static let usageText = """
        aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
        To see help text, you can run:

          aws help
          aws <command> help
          aws <command> <subcommand> help

        """

    var returnCode: Int32 {
        switch self {
        case .usage, .unknownOptions, .parameter: return 252
        case .configuration: return 253
        case .service: return 254
        case .general: return 255
        case .returned: return 1
        }
    }

    var rendered: String {
        switch self {
        case .usage(let message):
            return "\nusage: \(Self.usageText)\naws: error: \(message)\n\n"
        case .unknownOptions(let words):
            return "\nusage: \(Self.usageText)\nUnknown options: \(words.joined(separator: ", "))\n\n"
        case .parameter(let message), .configuration(let message), .general(let message):
            return "\n\(message)\n"
        case .returned(let message):
            return message + "\n"
        case .service(let error, let operation):
            return "\nAn error occurred (\(error.code)) when calling the \(operation) operation: \(error.message)\n"
        }
    }

    /// How aws-cli reports an `AWSArguments` conversion or validation failure.
    init(_ error: ArgumentError) {
        switch error.kind {
        case .parameter: self = .parameter(error.message)
        case .argumentParser: self = .usage(error.message)
        case .general: self = .general(error.message)
        }
    }

    init(_ error: ArgParseError) {
        self = .usage(error.message)
    }
}
