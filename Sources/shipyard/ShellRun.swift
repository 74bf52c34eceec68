import ArgumentParser
import HostSystem
import Shell
import SimCore
import ToolIO
import Transcripts
import Tutor
import World

/// The shell: interactive at a terminal, otherwise a script from `-c`, a file or standard input.
struct ShellRun: ParsableArguments {
    @Option(name: .customShort("c"), help: ArgumentHelp("Run these command lines, then exit.", valueName: "lines"))
    var commands: String?

    @Flag(help: "Echo each command as `$ command` and a non-zero status as `? N` (the transcript format).")
    var transcript = false

    @Flag(help: "After each command, print the host time it took to standard error (for benchmarks).")
    var timings = false

    @OptionGroup var world: WorldOptions

    @Argument(help: "A script file to run.")
    var file: String?

    func run() throws {
        let environment = SimulatedEnvironment.from(Host.environment())
        let script: String?
        if let commands {
            script = commands
        } else if let file {
            guard let text = Host.readFile(file) else {
                throw ValidationError("cannot read \(file)")
            }
            script = text
        } else if !Host.stdinIsTerminal {
            var lines: [String] = []
            while let line = Swift.readLine(strippingNewline: true) { lines.append(line) }
            script = lines.joined(separator: "\n")
        } else {
            script = nil
        }
        guard let script else {
            let status = Interactive(options: try world.options(interactive: true), environment: environment).run()
            throw ExitCode(status)
        }
        let options = try world.options(interactive: false)
        let session = ShellSession(world: World.makeDefault(options),
                                   fileSystem: LocalFileSystem.current(environment: environment),
                                   environment: environment, terminalWidth: 80, worldOptions: options)
        // Scripts may take lessons too, without touching the learner's saved progress.
        session.enableLessons(Tutor(catalog: .builtin, store: InMemoryProgressStore()))
        var status: Int32 = 0
        for command in TranscriptRunner.commands(in: script) {
            let started = Host.monotonicNanoseconds()
            let output = session.execute(command)
            status = output.status
            if timings { Self.reportTiming(command, nanoseconds: Host.monotonicNanoseconds() - started) }
            if transcript {
                let entry = Transcript.Entry(command: command, output: output.combined, status: output.status)
                Host.write(Transcript(header: [], entries: [entry]).render(), toStandardError: false)
            } else {
                for chunk in output.chunks { Host.write(chunk.text, toStandardError: chunk.stream == .stderr) }
            }
            if let exit = session.exitStatus {
                status = exit
                break
            }
        }
        // A large world takes a while to take apart; the process is ending anyway.
        Host.exit(status)
    }

    /// `time_ms=12.345 command=kubectl get nodes`: one line per command, after its output.
    private static func reportTiming(_ command: String, nanoseconds: Int64) {
        let micros = nanoseconds / 1000
        let fraction = String(micros % 1000)
        let milliseconds = "\(micros / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
        let firstLine = command.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? command
        Host.write("time_ms=\(milliseconds) command=\(firstLine)\n", toStandardError: true)
    }
}
