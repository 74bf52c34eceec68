import AWSCLI
import DockerCLI
import JSONValue
import Kubectl
import NodeTools
import SimCore
import ToolIO
import Tutor
import World

/// One learner's shell: variables, working directory, history, the world its commands act
/// on, and the clock policy. `execute(_:)` runs a command line and returns what it printed —
/// the only entry point the REPL, scripts, transcripts and tests need.
public final class ShellSession {
    /// How the simulated clock moves between command lines.
    public enum ClockPolicy: Sendable {
        /// Scripts, transcripts, tests: a fixed step after every command line.
        case stepped(SimDuration)
        /// Interactive free play: the simulated clock follows the wall clock (plus any waits).
        case wallClock(now: @Sendable () -> Int64)
    }

    /// The fixed step per command line in deterministic runs.
    public static let defaultStep = SimDuration.seconds(Int64(1))

    public private(set) var world: World
    public let fileSystem: FileSystem
    public var clockPolicy: ClockPolicy
    public var terminalWidth: Int
    /// True when a person is at a terminal (enables `clear`'s escape codes).
    public var interactive: Bool
    public private(set) var history: [String] = []
    /// Set by `exit`.
    public internal(set) var exitStatus: Int32?
    public internal(set) var lastStatus: Int32 = 0

    var variables: [String: String]
    var exported: Set<String>
    var tools: [String: (Invocation) -> ToolOutput] = [:]
    private(set) var kubectl: Kubectl
    private(set) var aws: AWSCommand
    /// What the learner's recent commands did (most recent last).
    public private(set) var commandLog: [CommandRecord] = []
    /// The guided lessons, when this session offers them.
    public internal(set) var tutor: Tutor?
    /// How fresh worlds are made (a lesson's start, `reset`, `undo`).
    public var worldOptions: World.Options
    /// Off while the tutor runs checks and setup, so they leave no trace.
    var recording = true
    private var wallClockOrigin: (wall: Int64, sim: SimTime)?
    /// Nesting of `$(…)` and of `ssh NODE COMMAND`, bounded so neither can recurse forever.
    var substitutionDepth = 0
    /// Set when an expansion failed (`$((1/0))`, `${X:?}`): the command it was for does not run.
    var expansionFailed = false
    /// How many loops enclose the command running, and a `break`/`continue` leaving them.
    var loopNesting = 0
    var loopControl: LoopControl?
    /// The node the learner is logged in to with `ssh`, if any.
    var host: (shell: NodeShell, files: InMemoryFileSystem)?
    /// True while `ssh NODE COMMAND` runs its command there.
    var runningRemoteCommand = false
    /// The container shell the learner is typing into (`kubectl exec -it POD -- sh`), if any.
    var container: ContainerSession?
    /// The learner's background jobs (`kubectl port-forward … &`, `kubectl proxy &`).
    var jobs = JobTable()
    /// What background jobs printed while the current line ran (`Handling connection for
    /// 8080`): it reaches the terminal, not the line's pipes.
    var jobOutput = ToolOutput()

    /// Whether lines go to a shell elsewhere (a container's, or a node's over ssh), which
    /// Ctrl-D leaves instead of quitting.
    public var isInNestedShell: Bool { container != nil || host != nil }

    /// Runs a program of the learner's machine on the terminal, in a directory (an editor:
    /// `vi web.yaml`, or the one `kubectl edit` starts), and gives its exit status, or nil
    /// when there is no such program. Set by the interactive shell only.
    public var hostProgram: ((_ words: [String], _ directory: String) -> Int32?)?

    /// The files commands see: the learner's own (with kubectl's file standing for the world's
    /// kubeconfig), or the node's while logged in to one.
    var activeFileSystem: FileSystem { host?.files ?? learnerFiles }
    private(set) lazy var learnerFiles: KubeconfigFile = KubeconfigFile(base: fileSystem, session: self)

    public init(world: World, fileSystem: FileSystem, clockPolicy: ClockPolicy = .stepped(ShellSession.defaultStep),
                environment: [String: String] = [:], terminalWidth: Int = 80, interactive: Bool = false,
                worldOptions: World.Options = World.Options()) {
        self.world = world
        self.worldOptions = worldOptions
        kubectl = Kubectl(world: world)
        aws = AWSCommand(world: world)
        self.fileSystem = fileSystem
        self.clockPolicy = clockPolicy
        self.terminalWidth = terminalWidth
        self.interactive = interactive
        var variables = environment
        variables["HOME"] = variables["HOME"] ?? fileSystem.homeDirectory
        variables["PWD"] = fileSystem.currentDirectory
        variables["SHELL"] = variables["SHELL"] ?? "shipyard"
        self.variables = variables
        exported = Set(variables.keys)
        installTools()
    }

    /// Binds the command names of the simulated tools to their front ends.
    func installTools() {
        let kubectl = Kubectl(world: world)
        self.kubectl = kubectl
        tools["kubectl"] = { kubectl.run($0) }
        tools["k"] = tools["kubectl"]
        let aws = AWSCommand(world: world)
        self.aws = aws
        tools["aws"] = { aws.run($0) }
        let docker = DockerCommand(world: world)
        tools["docker"] = { docker.run($0) }
    }

    /// Notes what a command did, for lessons to check (`observe` steps).
    func record(_ record: CommandRecord) {
        guard recording else { return }
        commandLog.append(record)
        if commandLog.count > 1000 { commandLog.removeFirst(commandLog.count - 1000) }
    }

    /// The prompt: where the learner is (`shipyard (sandbox) $ `).
    public var prompt: String {
        if let container { return container.prompt }
        if let host {
            let directory = host.files.currentDirectory == "/root" ? "~" : host.files.currentDirectory
            return "root@\(host.shell.node):\(directory)# "
        }
        if let label = tutor?.promptLabel { return "shipyard [\(label)] $ " }
        let context = world.kubeconfig.currentContext
        return context.isEmpty ? "shipyard $ " : "shipyard (\(context)) $ "
    }

    /// Whether `text` is a complete command line, or needs more lines (open quote,
    /// here-document, trailing `\` or `&&`).
    public static func isComplete(_ text: String) -> Bool {
        ShellParser.parse(text) != .incomplete
    }

    /// A command typed over several lines as one line of history, the way bash's cmdhist
    /// joins them: `; ` between commands, a space after `do`, `then`, `|`, `&&` and the like
    /// (`for i in 0 1; do echo $i; done`). Lines whose newlines matter (a here-document, a
    /// quoted newline) stay as they were typed.
    public static func historyEntry(lines: [String]) -> String {
        let typed = lines.joined(separator: "\n")
        guard lines.count > 1 else { return typed }
        var joined = lines[0]
        for line in lines.dropFirst() {
            let previous = joined.trimmingWhitespace
            let lastWord = previous.split(separator: " ").last.map(String.init) ?? ""
            let continues = previous.isEmpty || ["do", "then", "else", "{"].contains(lastWord)
                || [";", "&", "|", "("].contains { previous.hasSuffix($0) }
            joined += (continues ? " " : "; ") + line.trimmingWhitespace
        }
        return ShellParser.parse(joined) == ShellParser.parse(typed) ? joined : typed
    }

    /// Runs one command line (with any continuation lines, joined by newlines).
    public func execute(_ line: String) -> ToolOutput {
        syncClock()
        let trimmed = line.trimmingWhitespace
        if !trimmed.isEmpty && !trimmed.hasPrefix("#") { history.append(line) }
        if let tutor, tutor.awaitingConfirmation {
            let reply = tutor.confirm(line)
            if reply.handled {
                var output = ToolOutput()
                output.out(LessonTextStyle.render(reply.text, styled: interactive))
                return output
            }
        }
        let startedAt = world.simulation.now
        var output: ToolOutput
        if let container {
            output = runInContainer(line, container)
        } else {
            output = runLine(line)
        }
        if let attachment = output.attachment {
            attach(attachment)
            output.attachment = nil
        }
        lastStatus = output.status
        world.simulation.settle()
        output = withJobsReported(output)
        if let tutor, tutor.isInLesson, !trimmed.isEmpty, !trimmed.hasPrefix("#"), !isLessonCommand(trimmed) {
            output.out(LessonTextStyle.render(tutor.afterCommand(line, startedAt: startedAt), styled: interactive))
        }
        if case .stepped(let step) = clockPolicy, !trimmed.isEmpty { world.simulation.advance(by: step) }
        return output
    }

    /// The line's output with what background jobs printed meanwhile before it, and bash's
    /// notices of jobs that ended after it.
    private func withJobsReported(_ output: ToolOutput) -> ToolOutput {
        var reported = jobOutput
        jobOutput = ToolOutput()
        reported.append(output)
        reported.err(jobs.takeEnded())
        return reported
    }

    /// A line of the learner's own shell language.
    func runLine(_ line: String) -> ToolOutput {
        var output: ToolOutput
        switch ShellParser.parse(line) {
        case .complete(let script):
            output = run(script)
        case .incomplete:
            output = .failure("shipyard: syntax error: unexpected end of file\n", status: 2)
        case .syntaxError(let message):
            output = .failure("shipyard: \(message)\n", status: 2)
        }
        return output
    }

    /// In wall-clock mode, brings the simulation up to the real time that has passed.
    private func syncClock() {
        guard case .wallClock(let now) = clockPolicy else { return }
        let wall = now()
        guard let origin = wallClockOrigin else {
            wallClockOrigin = (wall, world.simulation.now)
            return
        }
        let target = origin.sim + SimDuration(milliseconds: wall - origin.wall)
        if target > world.simulation.now {
            world.simulation.advance(to: target)
        }
        // Waits may have run the simulation ahead of the wall clock; keep that lead.
        wallClockOrigin = (wall, world.simulation.now)
    }

    /// The environment a command sees: exported variables.
    var environment: [String: String] {
        var env: [String: String] = [:]
        for name in exported { if let value = variables[name] { env[name] = value } }
        return env
    }

    /// Replaces the world (lesson reset, `undo`), keeping variables and files.
    public func replaceWorld(_ world: World) {
        self.world = world
        jobs = JobTable()
        installTools()
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
