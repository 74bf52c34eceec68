import ArgumentParser
import HostSystem
import SimCore
import World

/// `shipyard`: the interactive shell, `-c` and script runs, and `shipyard test`.
@main
struct Shipyard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shipyard",
        abstract: "A teaching shell: real kubectl and aws commands against a simulated cloud.",
        version: "0.1.0",
        subcommands: [RunCommand.self, TestCommand.self],
        defaultSubcommand: RunCommand.self)
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
