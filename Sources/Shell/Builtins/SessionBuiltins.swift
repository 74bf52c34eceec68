import NodeTools
import SimCore
import ToolIO

/// `exit`, `clear`, `history`, `sleep`, `date`: the shell's own state and the clock.
enum SessionBuiltins {
    static let exit: @Sendable (inout BuiltinContext) -> Void = { context in
        // On a node, exit ends the ssh session, not the shell (a remote command's `exit`
        // ends only that command's shell).
        if let host = context.session.host, !context.session.runningRemoteCommand {
            context.out("logout\n")
            context.err("Connection to \(host.shell.node) closed.\n")
            context.session.host = nil
            return
        }
        let status = context.arguments.first.flatMap { Int32($0) } ?? context.session.lastStatus
        context.session.requestExit(status)
        context.output.status = status
    }

    static let clear: @Sendable (inout BuiltinContext) -> Void = { context in
        if context.session.interactive { context.out("\u{1B}[H\u{1B}[2J\u{1B}[3J") }
    }

    static let history: @Sendable (inout BuiltinContext) -> Void = { context in
        for (index, line) in context.session.history.enumerated() {
            let number = String(index + 1)
            context.out(String(repeating: " ", count: max(0, 5 - number.count)) + number + "  "
                        + line.replacing("\n", with: "\n       ") + "\n")
        }
    }

    /// Advances the simulated clock: `sleep 30`, `sleep 5m`, `sleep 1h 30m`.
    static let sleep: @Sendable (inout BuiltinContext) -> Void = { context in
        guard !context.arguments.isEmpty else {
            context.fail("sleep: missing operand\nTry 'sleep --help' for more information.")
            return
        }
        var total = 0.0
        for argument in context.arguments {
            guard let seconds = parseDuration(argument) else {
                context.fail("sleep: invalid time interval '\(argument)'\nTry 'sleep --help' for more information.")
                return
            }
            total += seconds
        }
        context.session.world.simulation.advance(by: .seconds(min(total, 366 * 86400)))
    }

    /// `30`, `1.5`, `30s`, `5m`, `2h`, `1d`.
    static func parseDuration(_ text: String) -> Double? {
        var number = text
        var factor = 1.0
        if let last = text.last, "smhd".contains(last) {
            number = String(text.dropLast())
            factor = ["s": 1, "m": 60, "h": 3600, "d": 86400][String(last)] ?? 1
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." }), let value = Double(number), value >= 0
        else { return nil }
        return value * factor
    }

    /// `date` from the simulated clock, as GNU date prints it in UTC (see `DateCommand`).
    static let date: @Sendable (inout BuiltinContext) -> Void = { context in
        do throws(DateError) {
            let command = try DateCommand(context.arguments)
            context.out(try command.run(now: context.session.world.simulation.now) + "\n")
        } catch {
            context.fail(error.message)
        }
    }
}

extension ShellSession {
    func requestExit(_ status: Int32) { exitStatus = status }
}
