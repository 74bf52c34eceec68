import ContainerImages
import ToolIO

/// `break N` or `continue N` on its way out through the loops it names.
enum LoopControl: Equatable {
    case breaking(Int)
    case continuing(Int)
}

/// Loops and `if`, as bash runs them. The controllers settle between the commands of a loop as
/// between the commands of a list; only `sleep` moves the clock.
extension ShellSession {
    /// The most rounds a `while` or `until` loop runs: it is then stopped, as Ctrl-C would.
    static var loopRoundLimit: Int { ContainerShell.loopRoundLimit }

    /// Whether the commands being run are to stop: `exit`, `break` or `continue`.
    var isUnwinding: Bool { exitStatus != nil || loopControl != nil }

    /// Runs the body once per word, the variable set to each in turn (and left at the last,
    /// as bash leaves it). The status is the body's last, or 0 when there was nothing to do.
    /// Piped input goes nowhere: the commands tutorials loop over do not read it.
    func runFor(_ loop: ForLoop) -> ToolOutput {
        guard ShellParser.isName(loop.variable) else {
            return .failure("shipyard: `\(loop.variable)': not a valid identifier\n")
        }
        var output = ToolOutput()
        var values: [String] = []
        for word in loop.words ?? [] { values.append(contentsOf: expand(word, into: &output)) }
        if expansionFailed {
            expansionFailed = false
            output.status = 1
            return output
        }
        loopNesting += 1
        defer { loopNesting -= 1 }
        for (index, value) in values.enumerated() {
            if index > 0 { settleBetweenCommands() }
            variables[loop.variable] = value
            let result = run(loop.body)
            output.append(result)
            guard goesOn() else { break }
        }
        return output
    }

    /// Runs the body while the condition succeeds (`until`: fails). The status is the body's
    /// last, or 0 when it never ran.
    func runWhile(_ loop: WhileLoop) -> ToolOutput {
        var output = ToolOutput()
        var status: Int32 = 0
        let start = world.simulation.now
        loopNesting += 1
        defer { loopNesting -= 1 }
        var rounds = 0
        while true {
            if rounds > 0 { settleBetweenCommands() }
            let test = run(loop.condition)
            output.append(test)
            guard goesOn() else { break }
            guard (test.status == 0) != loop.until else { break }
            guard rounds < Self.loopRoundLimit else {
                output.err(Self.stoppedLoopNote(timePassed: world.simulation.now != start))
                output.status = 130
                return output
            }
            rounds += 1
            settleBetweenCommands()
            let result = run(loop.body)
            output.append(result)
            status = result.status
            guard goesOn() else { break }
        }
        output.status = status
        return output
    }

    static func stoppedLoopNote(timePassed: Bool) -> String {
        var note = "shipyard: the loop ran \(loopRoundLimit) rounds, and Shipyard stopped it there as Ctrl-C would: "
            + "a command's output shows when it ends, so a loop that waits for Ctrl-C is ended for you\n"
        if !timePassed {
            note += "shipyard: no time passed in those rounds; `sleep 1` in the loop lets the cluster move on between them\n"
        }
        return note
    }

    /// Runs the body of the first branch whose condition succeeds, else the `else` body. The
    /// status is that body's, or 0 when none ran.
    func runIf(_ clause: IfClause) -> ToolOutput {
        var output = ToolOutput()
        for branch in clause.branches {
            let test = run(branch.condition)
            output.append(test)
            if isUnwinding { return output }
            settleBetweenCommands()
            if test.status == 0 {
                output.append(run(branch.body))
                return output
            }
        }
        if let elseBody = clause.elseBody {
            output.append(run(elseBody))
        } else {
            output.status = 0
        }
        return output
    }

    /// After a loop's condition or body: whether the loop goes on, taking a `break` or
    /// `continue` meant for it (one meant for an outer loop goes on out).
    private func goesOn() -> Bool {
        guard let control = loopControl else { return exitStatus == nil }
        switch control {
        case .breaking(let levels):
            loopControl = levels > 1 ? .breaking(levels - 1) : nil
            return false
        case .continuing(let levels):
            loopControl = levels > 1 ? .continuing(levels - 1) : nil
            return levels == 1
        }
    }
}
