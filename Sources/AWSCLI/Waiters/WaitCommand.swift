import AWSArguments

/// `aws SERVICE wait WAITER …`: one subcommand per waiter of the service's model (in the order
/// of their API names), each taking its operation's arguments.
struct WaitCommand {
    let context: CLIContext
    let service: String
    let model: ServiceModel

    var waiters: [ServiceModel.Waiter] { model.waiters.values.sorted { $0.name < $1.name } }

    func run(_ arguments: [String]) throws(AWSCLIError) {
        let names = waiters.map { CLINames.transform($0.name) }
        // aws-cli first looks for a subcommand without consuming anything else.
        let parser = ArgParser([.positional("subcommand", nargs: .optional, choices: names)])
        var subcommand: String?
        if arguments != ["help"] {
            do throws(ArgParseError) {
                subcommand = try parser.parseKnownArgs(arguments).0["subcommand"]?.string
            } catch {
                throw AWSCLIError(error)
            }
        }
        guard let subcommand else {
            if arguments == ["help"] {
                context.output.out(AWSHelp.wait(service: service, waiters: waiters))
                return
            }
            let remaining: [String]
            do throws(ArgParseError) {
                remaining = try parser.parseKnownArgs(arguments).1
            } catch {
                throw AWSCLIError(error)
            }
            if !remaining.isEmpty { throw .parameter("Unknown options: " + remaining.joined(separator: ",")) }
            throw .parameter("usage: aws [options] \(service) wait <subcommand> [parameters]\naws: error: too few arguments")
        }
        guard let waiter = waiters.first(where: { CLINames.transform($0.name) == subcommand }),
            let operation = model.operations[waiter.operation], !operation.omitted else {
            throw NotSimulated.command([service, "wait", subcommand])
        }
        var rest = arguments
        if let index = rest.firstIndex(of: subcommand) { rest.remove(at: index) }
        try OperationCommand(context: context, model: model, operation: operation,
                             commandPath: [service, "wait", subcommand], mode: .wait(waiter)).run(rest)
    }
}
