import ToolIO

extension AWSCommand {
    /// Describes what `aws ARGUMENTS` asked for: the service, the API operation and the region,
    /// resolved as this aws resolves them (global options anywhere, `AWS_REGION`, the config
    /// file). The verb is the API operation (`DescribeTasks`), or the command aws-cli adds
    /// (`tail`, `get-login-password`). Nil when neither was named.
    public func summarize(_ invocation: Invocation, status: Int32) -> CommandRecord? {
        let context = CLIContext(invocation: invocation, endpoint: endpoint, catalog: catalog)
        guard let (namespace, remaining) = try? GlobalArguments.parser(commands: Self.commandNames)
            .parseKnownArgs(invocation.arguments),
            let globals = try? GlobalArguments(namespace), let service = globals.command,
            let model = catalog.model(service), let command = remaining.first
        else { return nil }
        let added = ServiceCatalog.customizations[service]?.added ?? []
        guard let verb = model.operation(cliName: command)?.name ?? (added.contains(command) ? command : nil) else {
            return nil
        }
        context.configuration.profileArgument = globals.profile
        context.configuration.regionArgument = globals.region
        let region = (try? context.configuration.region().value) ?? "us-east-1"
        return CommandRecord(tool: "aws", verb: verb, resource: model.service, scope: region, status: status,
                             arguments: invocation.arguments)
    }
}
