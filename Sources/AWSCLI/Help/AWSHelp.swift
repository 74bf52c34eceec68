import AWSArguments

/// `aws help`, `aws SERVICE help`, `aws SERVICE OPERATION help`, `aws SERVICE wait help` and
/// `aws configure help`, as plain text laid out like aws-cli's man pages: the sections that come
/// from the model (NAME, SYNOPSIS, OPTIONS with each parameter's type, members, shorthand and
/// JSON syntax, GLOBAL OPTIONS, OUTPUT) are rendered; AWS's documentation prose is not part of
/// Shipyard's models, so DESCRIPTION says so instead of describing.
enum AWSHelp {
    static let noDocumentation = """
        Shipyard shows this command's synopsis, parameters and output
               shape from the AWS service model; the AWS documentation text is not
               included.
        """

    static func title(_ name: String) -> String { name.uppercased() + "()\n\n" }

    static func root(services: [String]) -> String {
        var text = title("aws")
        text += "NAME\n       aws -\n\n"
        text += "DESCRIPTION\n       The AWS Command Line Interface is a unified tool to manage your AWS\n       services.\n\n"
        text += "SYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\n"
        text += "       Use aws command help for information on a specific command. The\n"
        text += "       synopsis for each command shows its parameters and their usage.\n"
        text += "       Optional parameters are shown in square brackets.\n\n"
        text += globalOptions(heading: "GLOBAL OPTIONS")
        text += "AVAILABLE SERVICES (simulated by Shipyard)\n"
        text += services.map { "       o \($0)\n" }.joined(separator: "\n")
        return text + "\n"
    }

    static func service(_ model: ServiceModel, commands: [String]) -> String {
        var text = title(model.service)
        text += "NAME\n       \(model.service) -\n\n"
        text += "DESCRIPTION\n       Shipyard lists this service's commands from the AWS service model; the\n"
        text += "       AWS documentation text is not included.\n\n"
        text += "AVAILABLE COMMANDS\n"
        text += commands.filter { $0 != "help" }.sorted().map { "       o \($0)\n" }.joined(separator: "\n")
        return text + "\n"
    }

    static func wait(service: String, waiters: [ServiceModel.Waiter]) -> String {
        var text = title("wait")
        text += "NAME\n       wait -\n\n"
        text += "DESCRIPTION\n       Wait until a particular condition is satisfied. Each subcommand polls\n"
        text += "       an API until the listed requirement is met.\n\n"
        text += "SYNOPSIS\n          aws \(service) wait <subcommand> [parameters]\n\n"
        text += "AVAILABLE COMMANDS\n"
        text += waiters.map { "       o \(CLINames.transform($0.name))\n" }.joined(separator: "\n")
        return text + "\n"
    }

    static let configure = """
        CONFIGURE()

        NAME
               configure -

        DESCRIPTION
               Configure AWS CLI options. Shipyard simulates the list, get, set
               and list-profiles subcommands on ~/.aws/config and ~/.aws/credentials;
               the interactive prompt is not simulated.

        SYNOPSIS
                  aws configure [--profile profile-name]

        AVAILABLE COMMANDS
               o get

               o list

               o list-profiles

               o set


        """

    /// The global options section, with aws-cli's own descriptions (`cli.json`).
    static func globalOptions(heading: String) -> String {
        var text = heading + "\n"
        for (option, type, help, choices) in globalOptionDocs {
            text += "       \(option) (\(type))\n\n" + wrap(help, indent: 7) + "\n"
            for choice in choices { text += "       o \(choice)\n\n" }
        }
        return text
    }

    /// Words filled to 78 columns after `indent` spaces, ending with a blank line.
    static func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, pad.count + line.count + 1 + word.count > 78 {
                lines.append(pad + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(pad + line) }
        return lines.joined(separator: "\n") + "\n"
    }

    static let globalOptionDocs: [(String, String, String, [String])] = [
        ("--debug", "boolean", "Turn on debug logging.", []),
        ("--endpoint-url", "string", "Override command's default URL with the given URL.", []),
        ("--no-verify-ssl", "boolean", "By default, the AWS CLI uses SSL when communicating with AWS services.", []),
        ("--no-paginate", "boolean", "Disable automatic pagination. If automatic pagination is disabled, the "
            + "AWS CLI will only make one call, for the first page of results.", []),
        ("--output", "string", "The formatting style for command output.", GlobalArguments.outputChoices),
        ("--query", "string", "A JMESPath query to use in filtering the response data.", []),
        ("--profile", "string", "Use a specific profile from your credential file.", []),
        ("--region", "string", "The region to use. Overrides config/env settings.", []),
        ("--version", "string", "Display the version of this tool.", []),
        ("--color", "string", "Turn on/off color output.", ["on", "off", "auto"]),
        ("--no-sign-request", "boolean", "Do not sign requests. Credentials will not be loaded if this argument "
            + "is provided.", []),
        ("--ca-bundle", "string", "The CA certificate bundle to use when verifying SSL certificates. Overrides "
            + "config/env settings.", []),
        ("--cli-read-timeout", "int", "The maximum socket read time in seconds. If the value is set to 0, the "
            + "socket read will be blocking and not timeout. The default value is 60 seconds.", []),
        ("--cli-connect-timeout", "int", "The maximum socket connect time in seconds. If the value is set to 0, "
            + "the socket connect will be blocking and not timeout. The default value is 60 seconds.", []),
        ("--cli-binary-format", "string", "The formatting style to be used for binary blobs. The default format "
            + "is base64.", ["base64", "raw-in-base64-out"]),
        ("--no-cli-pager", "boolean", "Disable cli pager for output.", []),
        ("--cli-auto-prompt", "boolean", "Automatically prompt for CLI input parameters.", []),
        ("--no-cli-auto-prompt", "boolean", "Disable automatically prompt for CLI input parameters.", []),
    ]

    /// The global options as the synopsis lists them.
    static let globalSynopsis = [
        "[--debug]", "[--endpoint-url <value>]", "[--no-verify-ssl]", "[--no-paginate]", "[--output <value>]",
        "[--query <value>]", "[--profile <value>]", "[--region <value>]", "[--version <value>]", "[--color <value>]",
        "[--no-sign-request]", "[--ca-bundle <value>]", "[--cli-read-timeout <value>]", "[--cli-connect-timeout <value>]",
        "[--cli-binary-format <value>]", "[--no-cli-pager]", "[--cli-auto-prompt]", "[--no-cli-auto-prompt]",
    ]
}
