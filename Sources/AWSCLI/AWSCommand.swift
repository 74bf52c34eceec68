import AWSOutput
import AWSSim
import JMESPath
import JSONValue
import SimCore
import ToolIO
import World

/// The `aws` front end, behaving as AWS CLI v2: global options, `SERVICE OPERATION`, the
/// operation's parameters turned into its input, the call, and the response printed in the
/// chosen output format after `--query`.
public final class AWSCommand {
    public static let versionString = "aws-cli/2.27.0 Python/3.13.2 Linux/6.8.0-60-generic exe/x86_64.ubuntu.24"
    /// Services whose operations Shipyard simulates.
    public static let simulatedServices = ["ecs"]

    let world: World
    let catalog = ServiceCatalog()

    public init(world: World) { self.world = world }

    static let commandNames: [String] = {
        guard let json = try? JSONParser.parse(ServiceModels.commands) else {
            return simulatedServices
        }
        return (json.array ?? []).compactMap(\.string)
    }()

    public func run(_ invocation: Invocation) -> ToolOutput {
        do {
            return try execute(invocation)
        } catch {
            return .failure(error.rendered, status: error.returnCode)
        }
    }

    private func execute(_ invocation: Invocation) throws(AWSCLIError) -> ToolOutput {
        let (options, arguments) = try GlobalOptions.extract(invocation.arguments)
        var output = ToolOutput()
        if options.version {
            output.out(Self.versionString + "\n")
            return output
        }
        guard let service = arguments.first else {
            throw .usage("the following arguments are required: command")
        }
        if service == "help" {
            output.out(AWSHelp.root)
            return output
        }
        guard Self.commandNames.contains(service) else {
            throw .usage(ChoiceList.invalidChoice("command", value: service, choices: Self.commandNames))
        }
        guard let model = catalog.model(service) else {
            throw .general("Shipyard does not simulate `aws \(service)` yet; simulated: \(Self.simulatedServices.map { "aws \($0)" }.joined(separator: ", ")).")
        }
        let rest = Array(arguments.dropFirst())
        guard let operationName = rest.first else {
            throw .usage("the following arguments are required: operation")
        }
        if operationName == "help" {
            output.out(AWSHelp.service(model))
            return output
        }
        let choices = model.cliNames + Self.customizations(for: service) + ["help"]
        guard let operation = model.operation(cliName: operationName), !operation.omitted else {
            if choices.contains(operationName) {
                throw .general("Shipyard does not simulate `aws \(service) \(operationName)` yet.")
            }
            throw .usage(ChoiceList.invalidChoice("operation", value: operationName, choices: choices))
        }
        let parameters = Array(rest.dropFirst())
        if parameters.first == "help" {
            output.out(AWSHelp.operation(operation, model: model))
            return output
        }
        let region = options.region ?? invocation.environment["AWS_REGION"] ?? invocation.environment["AWS_DEFAULT_REGION"]
            ?? "us-east-1"
        guard AWSCloud.knownRegions.contains(region) else {
            throw .general("Could not connect to the endpoint URL: \"https://\(model.service).\(region).amazonaws.com/\"")
        }
        let request = try OperationArguments.parse(parameters, operation: operation, model: model,
                                                   fileSystem: invocation.fileSystem)
        if let skeleton = request.skeleton {
            output.out(skeleton)
            return output
        }
        let query = try options.query.map { text throws(AWSCLIError) -> JMESPathExpression in
            do throws(JMESPathError) {
                return try JMESPathExpression(text)
            } catch {
                throw .parameter("Bad value for --query \(text): \(error.description)")
            }
        }
        let response = try call(model: model, operation: operation, input: request.input, region: region,
                                paginate: !options.noPaginate)
        let format = OutputFormat(argument: options.output ?? invocation.environment["AWS_DEFAULT_OUTPUT"] ?? "json")
            ?? .json
        var document = Timestamps.convert(response, shape: model.shape(operation.output), model: model)
        if let query {
            do throws(JMESPathError) {
                document = try query.search(document)
            } catch {
                throw .general(error.description)
            }
        }
        let rendered = AWSOutputFormatter.render(document, format: format, operationName: operation.name,
                                                 terminalWidth: invocation.terminalWidth)
        output.out(rendered.stdout)
        if let error = rendered.error {
            output.err("\n\(error.message)\n")
            output.status = 255
        }
        return output
    }

    /// Commands aws-cli adds to a service beyond its API operations.
    static func customizations(for service: String) -> [String] {
        switch service {
        case "ecs": return ["deploy", "wait"]
        default: return ["wait"]
        }
    }

    /// Calls the operation, following `nextToken` through every page unless `--no-paginate`,
    /// and merges the pages' result lists as aws-cli does.
    private func call(model: ServiceModel, operation: ServiceModel.Operation, input: JSON, region: String,
                      paginate: Bool) throws(AWSCLIError) -> JSON {
        var merged: JSON = .null
        var pageInput = input
        var pages = 0
        repeat {
            let page: JSON
            do {
                page = try world.aws.call(service: model.service, operation: operation.name, input: pageInput,
                                          region: region)
            } catch {
                throw .service(error, operation: operation.name)
            }
            pages += 1
            guard let paginator = operation.paginator, paginate else { return page }
            if merged.isNull {
                merged = page
            } else {
                for key in paginator.resultKeys {
                    merged[key] = .array((merged[key].array ?? []) + (page[key].array ?? []))
                }
            }
            guard let token = page[paginator.outputToken].string, !token.isEmpty, pages < 10_000 else { break }
            pageInput[paginator.inputToken] = .string(token)
        } while true
        if let paginator = operation.paginator { merged.remove(paginator.outputToken) }
        return merged
    }
}

extension AWSCommand {
    /// Top-level commands (services) for completion, simulated ones first.
    public static var completionServices: [String] { simulatedServices }

    /// Operation names of a simulated service.
    public func operationNames(service: String) -> [String] {
        guard let model = catalog.model(service) else { return [] }
        return model.cliNames + Self.customizations(for: service)
    }

    /// Parameter options of an operation.
    public func parameterNames(service: String, operation: String) -> [String] {
        guard let model = catalog.model(service), let op = model.operation(cliName: operation) else { return [] }
        return OperationArguments.table(for: op, model: model).map(\.flag)
            + ["--cli-input-json", "--generate-cli-skeleton", "--output", "--query", "--region"]
    }
}
