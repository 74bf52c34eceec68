import DockerEngine
import SimCore
import ToolIO
import World

/// `docker …` on the learner's machine: the commands that go with ECR (build, login, pull,
/// tag, push, images, rmi) against the world's Docker daemon. Others say plainly that Shipyard
/// does not run them.
public final class DockerCommand {
    let world: World

    public init(world: World) { self.world = world }

    /// Subcommands and the names `docker image …` gives them.
    static let commands: [String: DockerSubcommand] = {
        var table: [String: DockerSubcommand] = [:]
        for command in DockerSubcommand.all {
            table[command.name] = command
            if let management = command.managementName { table["image " + management] = command }
        }
        table["image list"] = table["images"]
        table["image remove"] = table["rmi"]
        return table
    }()

    /// The commands completion offers after `docker`.
    public static let commandNames = DockerSubcommand.all.map(\.name).sorted()

    /// Real Docker commands Shipyard's Docker does not run.
    static let notSimulated: Set<String> = [
        "run", "ps", "exec", "stop", "start", "rm", "logs", "inspect", "compose", "buildx", "network",
        "volume", "container", "system", "info", "version", "save", "load", "history", "commit", "cp", "kill",
        "image history", "image import", "image inspect", "image load", "image prune", "image save",
    ]

    /// What lessons see of a docker command: its subcommand (`docker image ls` as `images`,
    /// `docker image push` as `push`).
    public static func summarize(_ arguments: [String], status: Int32) -> CommandRecord {
        let words = arguments.filter { !$0.hasPrefix("-") }
        var verb = words.first ?? ""
        if verb == "image", words.count > 1 { verb = commands["image " + words[1]]?.name ?? words[1] }
        return CommandRecord(tool: "docker", verb: verb, status: status, arguments: arguments)
    }

    /// `build, images, login, … and tag`: what Shipyard's docker runs.
    static let simulatedList: String = {
        let names = commandNames
        return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }()

    public func run(_ invocation: Invocation) -> ToolOutput {
        var output = ToolOutput()
        var words = invocation.arguments
        var name = words.first ?? ""
        if name == "image", words.count > 1 {
            name = "image " + words[1]
            words.removeFirst()
        }
        guard let command = Self.commands[name] else {
            if name.isEmpty || name == "--help" || name == "help" {
                output.out(DockerSubcommand.overview)
            } else if Self.notSimulated.contains(name) {
                output.err("Shipyard's docker runs \(Self.simulatedList); `docker \(name)` is not simulated.\n")
                output.status = 1
            } else if name.hasPrefix("image ") {
                output.err("docker: unknown command: docker \(name)\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n")
                output.status = 1
            } else {
                output.err("docker: unknown command: docker \(name)\n\nRun 'docker --help' for more information\n")
                output.status = 1
            }
            return output
        }
        let arguments = Array(words.dropFirst())
        if arguments.contains("--help") {
            output.out(command.help)
            return output
        }
        switch DockerFlags.parse(arguments, flags: command.flags) {
        case .failure(let error):
            output.err(error.text(command))
            output.status = error.status
        case .success(let flags):
            if let flag = command.unsupported.sorted().first(where: flags.present.contains) {
                output.err("Shipyard's docker does not simulate `docker \(name) --\(flag)`.\n")
                output.status = 1
                return output
            }
            if let error = command.check(flags.arguments.count) {
                output.err(error.text(command))
                output.status = error.status
                return output
            }
            let context = DockerContext(engine: world.docker, invocation: invocation, now: world.simulation.now)
            command.body(flags, context, &output)
        }
        return output
    }
}

/// What a subcommand's body works with.
struct DockerContext {
    let engine: DockerEngine
    let invocation: Invocation
    let now: SimTime

    /// Prints a daemon error as the CLI does, and sets status 1.
    func fail(_ error: DockerError, _ output: inout ToolOutput) {
        output.err(error.isDaemonResponse ? "Error response from daemon: \(error.message)\n" : error.message + "\n")
        output.status = 1
    }
}
