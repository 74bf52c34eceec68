import ToolIO

extension ConfigureCommand {
    static let prompts = [
        ("aws_access_key_id", "AWS Access Key ID"), ("aws_secret_access_key", "AWS Secret Access Key"),
        ("region", "Default region name"), ("output", "Default output format"),
    ]

    /// `aws configure` alone: four prompts, answered from standard input (Shipyard's prompt does
    /// not hand a running command the keyboard, so a pipe or here-document supplies the lines).
    /// An empty answer keeps the current value; keys go to the credentials file, the rest to the
    /// config file.
    func prompt() throws(AWSCLIError) {
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
}
