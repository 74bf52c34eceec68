import AWSArguments
import JSONValue
import ToolIO
import World

/// The `aws` front end, behaving as AWS CLI v2 (2.27.0): the top-level parser takes the global
/// options and the command, the service's parser the operation, the operation's parser its
/// parameters (`Driver/`); values become the operation's input (`AWSArguments`), the endpoint
/// answers, and the response is printed in the chosen output format after `--query`
/// (`Calling/`). Every failure is an `AWSCLIError`, rendered in one place.
public final class AWSCommand {
    public static let versionString = "aws-cli/2.27.0 Python/3.13.2 Linux/6.8.0-60-generic exe/x86_64.ubuntu.24"

    let endpoint: AWSEndpoint
    let catalog = ServiceCatalog()

    public init(world: World) { endpoint = WorldEndpoint(world: world) }

    /// An `aws` that talks to `endpoint` (tests use recorded responses).
    public init(endpoint: AWSEndpoint) { self.endpoint = endpoint }

    /// aws-cli v2's top-level commands, for the "Invalid choice" list.
    static let commandNames: [String] = {
        guard let json = try? JSONParser.parse(ServiceModels.commands) else { return ServiceCatalog.simulatedCommands }
        return (json.array ?? []).compactMap(\.string)
    }()

    public func run(_ invocation: Invocation) -> ToolOutput {
        let context = CLIContext(invocation: invocation, endpoint: endpoint, catalog: catalog)
        do {
            try execute(context)
        } catch {
            context.output.err(error.rendered)
            context.output.status = error.returnCode
        }
        return context.output
    }

    private func execute(_ context: CLIContext) throws(AWSCLIError) {
        // aws-cli reads the config files before anything else (for plugins), so a file it
        // cannot parse fails every command.
        _ = try context.configuration.configFile()
        _ = try context.configuration.credentialsFile()
        let namespace: ArgNamespace
        let remaining: [String]
        do throws(ArgParseError) {
            (namespace, remaining) = try GlobalArguments.parser(commands: Self.commandNames)
                .parseKnownArgs(context.invocation.arguments)
        } catch {
            if error.versionRequested {
                context.output.out(Self.versionString + "\n")
                return
            }
            throw AWSCLIError(error)
        }
        context.globals = try GlobalArguments(namespace)
        // What aws-cli would do here is not simulated; say so in one line and go on.
        if context.globals.debug { context.output.err("Shipyard: --debug logging is not simulated.\n") }
        if context.globals.autoPrompt { context.output.err("Shipyard: --cli-auto-prompt is not simulated.\n") }
        context.configuration.profileArgument = context.globals.profile
        context.configuration.regionArgument = context.globals.region
        guard let command = context.globals.command else { return }
        switch command {
        case "help":
            context.output.out(AWSHelp.root(services: ServiceCatalog.simulatedCommands))
        case "configure":
            try ConfigureCommand(context: context).run(remaining)
        default:
            guard let model = catalog.model(command) else { throw NotSimulated.command([command]) }
            try ServiceCommand(context: context, name: command, model: model).run(remaining)
        }
    }
}

extension AWSCommand {
    /// Top-level commands (services) for completion.
    public static var completionServices: [String] { ServiceCatalog.simulatedCommands }

    /// A service's operation names, for completion.
    public func operationNames(service: String) -> [String] {
        guard let model = catalog.model(service) else { return [] }
        return ServiceCommand.commandNames(service: service, model: model).filter { $0 != "help" }
    }

    /// An operation's options, for completion.
    public func parameterNames(service: String, operation: String) -> [String] {
        guard let model = catalog.model(service), let op = model.operation(cliName: operation) else { return [] }
        return ArgumentTable(model: model, operation: op).entries.filter { !$0.undocumented }.map(\.flag)
            + ["--output", "--query", "--region", "--profile", "--no-paginate"]
    }
}
