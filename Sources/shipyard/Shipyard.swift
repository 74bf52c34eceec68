import ArgumentParser
import HostHeap
import HostSystem
import SimCore
import World

/// `shipyard`: the interactive shell, `-c` and script runs; `shipyard test` replays transcripts.
@main
enum Entry {
    static func main() {
        host_heap_prefault_start()
        // `test` is a subcommand; anything else is the shell's own arguments (which include a
        // positional FILE that ArgumentParser would otherwise confuse with the subcommand).
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "test" {
            TestCommand.main(Array(arguments.dropFirst()))
        } else {
            Shipyard.main(arguments)
        }
    }
}

struct Shipyard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shipyard",
        abstract: "A teaching shell: real kubectl and aws commands against a simulated cloud.",
        usage: """
            shipyard [--seed <seed>] [--start <time>] [--transcript] [--timings] [-c <lines> | <file>]
            shipyard test [<paths> ...] [--bless]
            """,
        discussion: """
            Without -c or FILE, reads a script from standard input when it is not a terminal, \
            else starts the interactive shell. `shipyard test` replays transcripts (see `shipyard test --help`).
            """,
        version: "0.1.0")

    @OptionGroup var shell: ShellRun

    func run() throws { try shell.run() }
}

/// Options that fix the simulation so a run can be repeated exactly.
struct WorldOptions: ParsableArguments {
    @Option(help: "Seed for every generated name, ID and IP (default 42).")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Simulated start time, e.g. 2026-01-01T00:00:00Z.", valueName: "time"))
    var start: String?

    func options(interactive: Bool) throws -> World.Options {
        var options = World.Options()
        if let seed { options.seed = seed }
        if let start {
            guard let time = SimTime(rfc3339: start) else {
                throw ValidationError("--start must be an RFC 3339 time such as 2026-01-01T00:00:00Z")
            }
            options.start = time
        } else if interactive {
            // Free play starts at the real time, to the second.
            options.start = SimTime(seconds: Host.wallClockMilliseconds() / 1000)
        }
        return options
    }
}
