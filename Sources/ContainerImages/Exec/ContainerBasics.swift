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

    /// `seq LAST`, `seq FIRST LAST`, `seq FIRST STEP LAST`, in whole numbers, one per line.
    static func seq(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        switch Seq.numbers(arguments) {
        case .success(let numbers):
            process.print(numbers.map { "\($0)\n" }.joined())
            return .exited(0)
        case .failure(let refusal):
            return .unsupported(Seq.explain(refusal))
        }
    }
}
