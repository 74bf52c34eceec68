import AWSArguments

/// `aws SERVICE …`: the service's argparse parser picks the operation (its API operations in
/// model order, aws-cli's own commands such as `wait`, then `help`) and hands it the rest.
struct ServiceCommand {
    let context: CLIContext
    let name: String
    let model: ServiceModel

    /// The command table's names, in aws-cli's order.
    var commandNames: [String] { Self.commandNames(service: name, model: model) }

    static func commandNames(service: String, model: ServiceModel) -> [String] {
        let custom = ServiceCatalog.customizations[service] ?? ([], [])
        return model.cliNames.filter { !custom.removed.contains($0) } + custom.added + ["help"]
    }

    func run(_ arguments: [String]) throws(AWSCLIError) {
        let parser = ArgParser([.positional("operation", choices: commandNames)])
        let (namespace, remaining) = try parser.parseKnown(arguments)
        guard let operationName = namespace["operation"]?.string else { return }
        switch operationName {
        case "help":
            context.output.out(AWSHelp.service(model, commands: commandNames))
        case "wait":
            try WaitCommand(context: context, service: name, model: model).run(remaining)
        case "get-login-password" where name == "ecr":
            try GetLoginPasswordCommand(context: context, model: model).run(remaining)
        case "get-token" where name == "eks":
            try GetTokenCommand(context: context, model: model).run(remaining)
        case "update-kubeconfig" where name == "eks":
            try UpdateKubeconfigCommand(context: context, model: model).run(remaining)
        case "tail" where name == "logs":
            try LogsTailCommand(context: context, model: model).run(remaining)
        default:
            guard let operation = model.operation(cliName: operationName), !operation.omitted else {
                throw NotSimulated.command([name, operationName])
            }
            try OperationCommand(context: context, model: model, operation: operation, commandPath: [name, operationName],
                                 mode: .call).run(remaining)
        }
    }
}
