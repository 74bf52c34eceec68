import AWSSim

/// Every way an aws command fails, rendered in one place as aws-cli v2 renders it, with its
/// return code: 252 for usage and parameter problems, 253 for configuration, 254 for a
/// service error, 255 for anything else.
enum AWSCLIError: Error {
    /// An argparse error (`the following arguments are required: --services`, invalid choice).
    case usage(String)
    /// Arguments the operation does not take.
    case unknownOptions([String])
    /// botocore's parameter validation: one line per problem.
    case validation([String])
    /// A value aws-cli could not parse (`Error parsing parameter '--x': …`), or a bad `--query`.
    case parameter(String)
    /// The service said no.
    case service(AWSServiceError, operation: String)
    /// Region, credentials or other configuration missing.
    case configuration(String)
    /// Anything else (waiter failures, unexpected conditions).
    case general(String)

    static let usageLine = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]"
    static let helpBlurb = """
        To see help text, you can run:

          aws help
          aws <command> help
          aws <command> <subcommand> help

        """

    var returnCode: Int32 {
        switch self {
        case .usage, .unknownOptions, .validation, .parameter: return 252
        case .configuration: return 253
        case .service: return 254
        case .general: return 255
        }
    }

    var rendered: String {
        switch self {
        case .usage(let message):
            return "\n\(Self.usageLine)\n\(Self.helpBlurb)\naws: error: \(message)\n\n"
        case .unknownOptions(let options):
            return "\n\(Self.usageLine)\n\(Self.helpBlurb)\nUnknown options: \(options.joined(separator: ", "))\n\n"
        case .validation(let problems):
            return "\nParameter validation failed:\n\(problems.joined(separator: "\n"))\n"
        case .parameter(let message), .configuration(let message), .general(let message):
            return "\n\(message)\n"
        case .service(let error, let operation):
            return "\nAn error occurred (\(error.code)) when calling the \(operation) operation: \(error.message)\n"
        }
    }
}
