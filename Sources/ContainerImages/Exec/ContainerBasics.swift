/// Small programs every image has: `hostname`, `echo`, `date`, `whoami`, `id`, `pwd`, `seq`.
/// Commands run as root in the container's working directory.
enum ContainerBasics {
    static func hostname(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        process.print(process.context.hostname + "\n")
        return .exited(0)
    }

    static func echo(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        var words = arguments
        var newline = true
        if words.first == "-n" {
            words.removeFirst()
            newline = false
        }
        process.print(words.joined(separator: " ") + (newline ? "\n" : ""))
        return .exited(0)
    }

    static func date(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard arguments.isEmpty else { return .unsupported("Shipyard's `date` in containers prints the time; it takes no arguments.") }
        process.print(ShellScript.State.dateLine(process.context.now) + "\n")
        return .exited(0)
    }

    static func whoami(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        process.print("root\n")
        return .exited(0)
    }

    static func id(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        process.print("uid=0(root) gid=0(root) groups=0(root)\n")
        return .exited(0)
    }

    static func pwd(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        process.print(process.context.workingDirectory + "\n")
        return .exited(0)
    }

    /// The most numbers `seq` prints here: enough for any loop a learner types, and a bound
    /// on what a typo (`seq 1 100000000`) may cost.
    static let seqLimit = 100_000

    /// `seq LAST`, `seq FIRST LAST`, `seq FIRST STEP LAST`, in whole numbers, one per line.
    static func seq(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        let numbers = arguments.compactMap { Int($0) }
        guard (1...3).contains(arguments.count), numbers.count == arguments.count else {
            return .unsupported("Shipyard's `seq` in containers counts in whole numbers: seq LAST, seq FIRST LAST, "
                                + "or seq FIRST STEP LAST.")
        }
        let first = numbers.count > 1 ? numbers[0] : 1
        let step = numbers.count == 3 ? numbers[1] : 1
        let last = numbers[numbers.count - 1]
        guard step != 0 else { return .unsupported("Shipyard's `seq` in containers needs a step other than 0.") }
        // Counted without overflow, whatever the numbers: each one printed lies between first and last.
        let (span, spanOverflows) = last.subtractingReportingOverflow(first)
        let (steps, stepsOverflow) = span.dividedReportingOverflow(by: step)
        let count = span != 0 && (span > 0) != (step > 0) ? 0 : min(steps, seqLimit) + 1
        guard !spanOverflows, !stepsOverflow, count <= seqLimit else {
            return .unsupported("Shipyard's `seq` in containers counts to at most \(seqLimit) numbers.")
        }
        var text = ""
        for index in 0..<count { text += String(first + index * step) + "\n" }
        process.print(text)
        return .exited(0)
    }
}
