/// `aws configure`: the prompts (answered from standard input), `list`, `get`, `set` and
/// `list-profiles` work on the learner's `~/.aws/config` and `~/.aws/credentials` as aws-cli
/// does; the SSO, import and export subcommands are not simulated.
struct ConfigureCommand {
    let context: CLIContext

    static let subcommands = ["list", "get", "set", "add-model", "import", "list-profiles", "sso", "sso-session",
                              "export-credentials", "wizard"]

    static let synopses = [
        "list": "aws configure list [--profile profile-name]",
        "get": "aws configure get varname [--profile profile-name]",
        "set": "aws configure set varname value [--profile profile-name]",
        "list-profiles": "aws configure list-profiles",
    ]

    func run(_ arguments: [String]) throws(AWSCLIError) {
        let finder = ArgParser([.positional("subcommand", nargs: .optional, choices: Self.subcommands)])
        var subcommand: String?
        if arguments != ["help"] {
            do throws(ArgParseError) {
                subcommand = try finder.parseKnownArgs(arguments).0["subcommand"]?.string
            } catch {
                throw AWSCLIError(error)
            }
        }
        guard let subcommand else {
            if arguments == ["help"] {
                context.output.out(AWSHelp.configure)
                return
            }
            _ = try parse(arguments, positionals: [])
            try prompt()
            return
        }
        var rest = arguments
        if let index = rest.firstIndex(of: subcommand) { rest.remove(at: index) }
        if rest == ["help"], let synopsis = Self.synopses[subcommand] {
            context.output.out(AWSHelp.title(subcommand) + "NAME\n       \(subcommand) -\n\nSYNOPSIS\n          \(synopsis)\n\n")
            return
        }
        switch subcommand {
        case "list":
            _ = try parse(rest, positionals: [])
            try list()
        case "get":
            let values = try parse(rest, positionals: ["varname"])
            try get(values[0])
        case "set":
            let values = try parse(rest, positionals: ["varname", "value"])
            try ConfigureSet(context: context).run(varname: values[0], value: values[1])
        case "list-profiles":
            _ = try parse(rest, positionals: [])
            for name in try context.configuration.profiles().map(\.name) { context.output.out(name + "\n") }
        default:
            throw NotSimulated.command(["configure", subcommand])
        }
    }

    /// A `BasicCommand`'s parsing: its positional arguments are required; leftovers are
    /// `Unknown options: a,b` without the usage text.
    func parse(_ arguments: [String], positionals: [String]) throws(AWSCLIError) -> [String] {
        let parser = ArgParser(positionals.map { ArgAction.positional($0) })
        let namespace = try parser.parseAll(arguments)
        return positionals.map { namespace[$0]?.string ?? "" }
    }
}
