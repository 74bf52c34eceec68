import ToolIO

/// `aws configure`: `list`, `get`, `set` and `list-profiles` work on the learner's
/// `~/.aws/config` and `~/.aws/credentials` as aws-cli does; the interactive prompt and the
/// SSO and import subcommands are not simulated.
struct ConfigureCommand {
    let context: CLIContext

    static let subcommands = ["list", "get", "set", "add-model", "import", "list-profiles", "sso", "sso-session",
                              "export-credentials", "wizard"]

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

    static let prompts = [
        ("aws_access_key_id", "AWS Access Key ID"), ("aws_secret_access_key", "AWS Secret Access Key"),
        ("region", "Default region name"), ("output", "Default output format"),
    ]

    /// `aws configure` alone: four prompts, answered from standard input (Shipyard's prompt does
    /// not hand a running command the keyboard, so a pipe or here-document supplies the lines).
    /// An empty answer keeps the current value; keys go to the credentials file, the rest to the
    /// config file.
    private func prompt() throws(AWSCLIError) {
        guard let stdin = context.invocation.stdin else {
            throw .general("Shipyard's `aws configure` reads its four answers from standard input (a pipe or a "
                           + "here-document); at the prompt, use `aws configure set NAME VALUE` instead.")
        }
        let configuration = context.configuration
        let current = (try? configuration.scopedConfig()) ?? []
        var rest = Substring(stdin)
        var newValues: [(key: String, value: ConfigFileWriter.NewValue)] = []
        for (name, text) in Self.prompts {
            let value = current.first { $0.key == name }?.value.text
            var shown = value ?? "None"
            if let value, name.hasPrefix("aws_") { shown = Self.masked(value) }
            context.output.out("\(text) [\(shown)]: ")
            guard !rest.isEmpty else { throw .general("EOF when reading a line") }
            let line = rest.prefix { $0 != "\n" }
            rest = rest.dropFirst(line.count)
            if rest.first == "\n" { rest = rest.dropFirst() }
            if !line.isEmpty, String(line) != value { newValues.append((name, .text(String(line)))) }
        }
        guard !newValues.isEmpty else { return }
        let profile = configuration.namedProfile?.name
        let writer = ConfigFileWriter(fileSystem: context.invocation.fileSystem)
        let credentials = newValues.filter { $0.key.hasPrefix("aws_") }
        let settings = newValues.filter { !$0.key.hasPrefix("aws_") }
        var path = configuration.expandUser(configuration.credentialsFileSetting)
        do throws(FileSystemError) {
            if !credentials.isEmpty { try writer.update(section: profile ?? "default", values: credentials, path: path) }
            path = configuration.expandUser(configuration.configFileSetting)
            try writer.update(section: profile.map(ConfigureSet.sectionHeader) ?? "default", values: settings, path: path)
        } catch {
            throw .general(ConfigureSet.describe(error, path: path))
        }
    }

    /// A `BasicCommand`'s parsing: its positional arguments are required; leftovers are
    /// `Unknown options: a,b` without the usage text.
    private func parse(_ arguments: [String], positionals: [String]) throws(AWSCLIError) -> [String] {
        let parser = ArgParser(positionals.map { ArgAction.positional($0) })
        let namespace: ArgNamespace
        let remaining: [String]
        do throws(ArgParseError) {
            (namespace, remaining) = try parser.parseKnownArgs(arguments)
        } catch {
            throw AWSCLIError(error)
        }
        if !remaining.isEmpty { throw .parameter("Unknown options: " + remaining.joined(separator: ",")) }
        return positionals.map { namespace[$0]?.string ?? "" }
    }

    /// `configure list`: where the profile, credentials and region come from.
    private func list() throws(AWSCLIError) {
        let configuration = context.configuration
        row("Name", "Value", "Type", "Location")
        row("----", "-----", "----", "--------")
        if let profile = configuration.profileArgument {
            row("profile", profile, "manual", "--profile")
        } else if let named = configuration.namedProfile {
            row("profile", named.name, "env", "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']")
        } else {
            row("profile", "<not set>", "None", "None")
        }
        // Resolving credentials reads the profile's configuration.
        _ = try configuration.scopedConfig()
        let credentials = try configuration.credentials()
        row("access_key", Self.masked(credentials.accessKey), credentials.method, "")
        row("secret_key", Self.masked(credentials.secretKey), credentials.method, "")
        let region = try configuration.region()
        switch region.source {
        case .environment: row("region", region.value, "env", "['AWS_REGION', 'AWS_DEFAULT_REGION']")
        case .configFile: row("region", region.value, "config-file", configuration.configFileSetting)
        // aws-cli attributes everything beyond the environment and the config file to the
        // instance metadata service, `--region` included.
        case .argument, .instanceMetadata: row("region", region.value, "imds", "")
        }
    }

    /// `'%10s %24s %16s    %s\n'`.
    private func row(_ name: String, _ value: String, _ type: String, _ location: String) {
        context.output.out(Self.right(name, 10) + " " + Self.right(value, 24) + " " + Self.right(type, 16) + "    "
                           + location + "\n")
    }

    private static func right(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// `'*' * 16 + value[-4:]`.
    static func masked(_ value: String) -> String {
        String(repeating: "*", count: 16) + String(value.unicodeScalars.suffix(4).map(Character.init))
    }

    /// `configure get`: a value of the profile (or a dotted path into the configuration).
    private func get(_ varname: String) throws(AWSCLIError) {
        let value: ConfigFile.Value?
        if !varname.contains(".") {
            value = try context.configuration.scopedConfig().first { $0.key == varname }?.value
        } else {
            value = try dottedValue(varname)
        }
        switch value {
        case .text(let text)?:
            context.output.out(text + "\n")
        case .section?:
            context.output.err("varname (\(varname)) must reference a value, not a section or sub-section.")
            context.output.status = 1
        case nil:
            context.output.status = 1
        }
    }

    private func dottedValue(_ varname: String) throws(AWSCLIError) -> ConfigFile.Value? {
        let parts = varname.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let profiles = try context.configuration.profiles()
        func setting(_ profile: String, _ key: String) -> ConfigFile.Value? {
            profiles.first { $0.name == profile }?.settings.first { $0.key == key }?.value
        }
        if parts.count == 2, "plugins".contains(parts[0]) {
            let section = try context.configuration.configFile()?.section(parts[0])
            return section?.first { $0.key == parts[1] }?.value ?? setting(parts[0], parts[1])
        }
        let profile: String
        let name: String
        var remaining: [String]
        if parts[0] == "profile" {
            // aws-cli indexes past the end for `profile.NAME` (an IndexError it does not catch).
            guard parts.count >= 3 else { throw .general("list index out of range") }
            profile = parts[1]
            name = parts[2]
            remaining = Array(parts.dropFirst(3))
        } else if parts[0] == "default" || profiles.contains(where: { $0.name == parts[0] }) {
            profile = parts[0]
            name = parts[1]
            remaining = Array(parts.dropFirst(2))
        } else {
            profile = context.configuration.namedProfile?.name ?? "default"
            name = parts[0]
            remaining = Array(parts.dropFirst())
        }
        var value = setting(profile, name)
        if remaining.count == 1 {
            if case .section(let entries)? = value, let last = remaining.last {
                value = entries.first { $0.0 == last }.map { .text($0.1) }
            } else {
                value = nil
            }
        }
        return value
    }
}
