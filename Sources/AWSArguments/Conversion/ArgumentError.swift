/// A parameter value aws-cli v2 rejects while turning it into the operation's input.
///
/// aws-cli reports these in three ways, and the caller frames the message accordingly:
/// all print `"\n" + message + "\n"` to stderr except `.argumentParser`, whose message goes
/// after the usage text as `aws: error: <message>`.
public struct ArgumentError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// awscli's `ParamError` (`Error parsing parameter '--x': ...`) or botocore's
        /// `ParamValidationError` (`Parameter validation failed:\n...`): exit status 252.
        case parameter
        /// argparse rejected the value (`argument --x: invalid int value: 'abc'`): exit status 252.
        case argumentParser
        /// A Python exception aws-cli does not catch (`invalid literal for int() ...`,
        /// `Invalid base64: "..."`): printed as is, exit status 255.
        case general
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The exit status aws-cli v2 ends with.
    public var returnCode: Int32 { kind == .general ? 255 : 252 }

    public var description: String { message }

    /// `ParamError(cli_name, message)`.
    static func parameter(_ cliName: String, _ message: String) -> ArgumentError {
        ArgumentError(kind: .parameter, message: "Error parsing parameter '\(cliName)': \(message)")
    }

    static func general(_ message: String) -> ArgumentError { ArgumentError(kind: .general, message: message) }
}
