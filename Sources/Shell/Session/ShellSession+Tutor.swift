import DockerCLI
import SimCore
import ToolIO
import Tutor
import World

/// The shell as the tutor's host: quiet runs for checks and setup, fresh worlds for a
/// lesson's start, replays for `undo`.
extension ShellSession: TutorHost {
    /// Offers guided lessons in this session.
    public func enableLessons(_ tutor: Tutor) {
        self.tutor = tutor
        tutor.attach(self)
    }

    public func runQuietly(_ line: String) -> ToolOutput {
        let wasRecording = recording
        recording = false
        defer { recording = wasRecording }
        guard case .complete(let script) = ShellParser.parse(line) else {
            return .failure("shipyard: cannot parse `\(line)`\n", status: 2)
        }
        let output = run(script)
        world.simulation.settle()
        return output
    }

    public func runCheck(_ line: String) -> ToolOutput {
        let wasAuditing = world.aws.recordsCalls
        world.aws.recordsCalls = false
        defer { world.aws.recordsCalls = wasAuditing }
        return runQuietly(line)
    }

    public func resetWorld() {
        replaceWorld(World.makeDefault(worldOptions))
        host = nil
        container = nil
    }

    public func summarize(_ line: String) -> CommandRecord? {
        guard case .complete(let script) = ShellParser.parse(line),
            let command = script.items.first?.first.commands.first?.simple
        else { return nil }
        var scratch = ToolOutput()
        let words = command.words.flatMap { expand($0, into: &scratch) }
        guard let tool = words.first else { return nil }
        let arguments = Array(words.dropFirst())
        switch tool {
        case "kubectl", "k": return kubectl.summarize(arguments, status: 0)
        case "aws":
            let invocation = Invocation(arguments: arguments, environment: environment, fileSystem: activeFileSystem,
                                        terminalWidth: terminalWidth)
            return aws.summarize(invocation, status: 0)
        case "docker": return DockerCommand.summarize(arguments, status: 0)
        default: return CommandRecord(tool: tool, verb: arguments.first { !$0.hasPrefix("-") } ?? "", arguments: arguments)
        }
    }

    public var now: SimTime { world.simulation.now }

    public func replay(_ line: String, at time: SimTime) {
        if time > world.simulation.now { world.simulation.advance(to: time) }
        _ = runQuietly(line)
    }

    public func advance(to time: SimTime) {
        if time > world.simulation.now { world.simulation.advance(to: time) }
    }

    func isLessonCommand(_ line: String) -> Bool {
        guard let word = line.split(separator: " ").first else { return false }
        return LessonBuiltins.names.contains(String(word))
    }
}
