import ToolIO

extension AWSCommand {
    /// Describes what `aws ARGUMENTS` asked for: the service, the API operation and the region,
    /// resolved as this aws resolves them. Nil when no simulated operation was named.
    public func summarize(_ arguments: [String], environment: [String: String], status: Int32) -> CommandRecord? {
        guard let (options, rest) = try? GlobalOptions.extract(arguments), rest.count >= 2,
            let model = catalog.model(rest[0]), let operation = model.operation(cliName: rest[1])
        else { return nil }
        let region = options.region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? "us-east-1"
        return CommandRecord(tool: "aws", verb: operation.name, resource: model.service, scope: region, status: status,
                             arguments: arguments)
    }
}
