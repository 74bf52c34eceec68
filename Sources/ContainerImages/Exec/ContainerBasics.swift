/// Small programs every image has: `hostname`, `echo`, `date`, `whoami`, `id`, `pwd`, `seq`,
/// `sleep`.
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
        process.print(ShellScript.State.dateLine(process.now) + "\n")
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

    /// The longest a command may sleep in all: a day of the cluster's time.
    static let longestSleep = 86_400.0

    /// `sleep DURATION…` (seconds, or with `s`, `m`, `h`, `d`; several add up): the world goes
    /// on meanwhile, where the caller lets time pass mid-command.
    static func sleep(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard let wait = process.context.sleep else {
            return .unsupported("Shipyard runs `sleep` in the commands you run in a container (kubectl exec, ECS Exec); "
                                + "no time can pass in this one.")
        }
        guard !arguments.isEmpty else {
            process.printError(process.context.busybox ? "sleep: missing operand\n"
                               : "sleep: missing operand\nTry 'sleep --help' for more information.\n")
            return .exited(1)
        }
        var seconds = 0.0
        for argument in arguments {
            guard let value = ShellScript.State.duration(argument), value >= 0, value.isFinite else {
                if argument == "infinity" {
                    return .unsupported("`sleep infinity` would wait until Ctrl-C; Shipyard ends the command there.")
                }
                process.printError(process.context.busybox ? "sleep: invalid number '\(argument)'\n"
                                   : "sleep: invalid time interval ‘\(argument)’\nTry 'sleep --help' for more information.\n")
                return .exited(1)
            }
            seconds += value
        }
        guard process.slept + seconds <= longestSleep else {
            return .unsupported("Shipyard lets a command in a container sleep a day at most.")
        }
        process.slept += seconds
        // A container stopped meanwhile takes its command with it, as SIGKILL does.
        guard wait(seconds) else {
            process.killed = true
            return .exited(137)
        }
        return .exited(0)
    }
}
