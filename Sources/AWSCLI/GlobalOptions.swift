/// The options every aws command accepts, wherever they appear on the line.
struct GlobalOptions {
    var output: String?
    var query: String?
    var region: String?
    var profile: String?
    var noPaginate = false
    var version = false
    var debug = false

    /// Options that take a value, and flags that do not.
    static let valued: Set<String> = ["--output", "--query", "--region", "--profile", "--endpoint-url", "--color",
                                      "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout",
                                      "--cli-binary-format"]
    static let flags: Set<String> = ["--debug", "--no-verify-ssl", "--no-paginate", "--no-sign-request",
                                     "--no-cli-pager", "--cli-auto-prompt", "--no-cli-auto-prompt", "--version"]
    static let outputChoices = ["json", "text", "table", "yaml", "yaml-stream", "off"]

    /// Takes the global options out of `arguments`, leaving the command and its parameters.
    static func extract(_ arguments: [String]) throws(AWSCLIError) -> (GlobalOptions, [String]) {
        var options = GlobalOptions()
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? argument
            if valued.contains(name) {
                var value: String
                if parts.count == 2 {
                    value = parts[1]
                } else {
                    guard index < arguments.count else { throw .usage("argument \(name): expected one argument") }
                    value = arguments[index]
                    index += 1
                }
                switch name {
                case "--output":
                    guard outputChoices.contains(value) else {
                        throw .usage("argument --output: Invalid choice, valid choices are:\n\n"
                                     + ChoiceList.format(outputChoices))
                    }
                    options.output = value
                case "--query": options.query = value
                case "--region": options.region = value
                case "--profile": options.profile = value
                default: value = ""
                }
            } else if flags.contains(argument) {
                switch argument {
                case "--no-paginate": options.noPaginate = true
                case "--version": options.version = true
                case "--debug": options.debug = true
                default: break
                }
            } else {
                rest.append(argument)
            }
        }
        return (options, rest)
    }
}

/// argparse's "Invalid choice" list as aws-cli lays it out: two names a line, each padded to
/// 40 columns, joined by ` | `.
enum ChoiceList {
    static func format(_ choices: [String]) -> String {
        var lines: [String] = []
        var index = 0
        while index < choices.count {
            let pair = choices[index..<min(index + 2, choices.count)].map { $0 + String(repeating: " ", count: max(0, 40 - $0.count)) }
            lines.append(pair.joined(separator: " | "))
            index += 2
        }
        return lines.joined(separator: "\n")
    }

    /// The whole message, with "maybe you meant" when something is close.
    static func invalidChoice(_ argument: String, value: String, choices: [String]) -> String {
        var message = "argument \(argument): Invalid choice, valid choices are:\n\n" + format(choices)
        let close = CloseMatches.find(value, in: choices)
        if !close.isEmpty {
            message += "\n\n\nInvalid choice: '\(value)', maybe you meant:\n\n" + close.map { "  * \($0)" }.joined(separator: "\n")
        }
        return message
    }
}
