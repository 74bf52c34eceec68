import SimCore

extension ContainerExecContext {
    /// A process running in the container besides the command: its main process (PID 1), or
    /// the shell a learner opened with `kubectl exec -it … -- sh`.
    public struct RunningProcess: Sendable, Equatable {
        public var pid: Int
        /// Its parent as the container sees it: 0 for processes started from outside (the
        /// main process, and each command `kubectl exec` starts).
        public var parentPID: Int
        public var arguments: [String]
        public var startedAt: SimTime
        /// The terminal it has (`pts/0` for `kubectl exec -t`), nil for none.
        public var terminal: String?

        public init(pid: Int, parentPID: Int = 0, arguments: [String], startedAt: SimTime, terminal: String? = nil) {
            self.pid = pid
            self.parentPID = parentPID
            self.arguments = arguments
            self.startedAt = startedAt
            self.terminal = terminal
        }

        /// The name the kernel keeps for it (`comm`): the program's file name, 15 bytes at most.
        var command: String {
            let program = arguments.first.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? ""
            return String(decoding: program.utf8.prefix(15), as: UTF8.self)
        }
    }
}

/// `ps`: the container's processes, as busybox's applet or procps-ng 4 (Debian's) prints them.
///
/// A container's PID namespace holds its main process as PID 1 and whatever was started in it
/// since; `ps` itself is the command's own process.
enum ContainerPs {
    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        let context = process.context
        guard let own = context.pid, !context.processes.isEmpty else {
            return .unsupported("Shipyard's `ps` lists a Kubernetes container's processes; it knows none here.")
        }
        let terminal = context.tty ? "pts/0" : nil
        let me = ContainerExecContext.RunningProcess(pid: own, parentPID: context.parentPID,
                                                     arguments: ["ps"] + arguments, startedAt: process.now,
                                                     terminal: terminal)
        let all = context.processes + [me]
        if context.busybox { return busybox(arguments, all, &process) }
        guard let format = ProcpsFormat(arguments) else {
            return .unsupported("Shipyard's `ps` takes -e, -A, -f and aux (as `ps`, `ps -ef`, `ps aux`); "
                                + "`ps \(arguments.joined(separator: " "))` is not simulated.")
        }
        // Without -e, ps shows the processes on its own terminal (none: those with none).
        let shown = format.everyone ? all : all.filter { $0.terminal == terminal }
        process.print(format.render(shown, me: me))
        return .exited(0)
    }

    /// busybox's ps takes POSIX's letters and ignores them (and words without a dash, such
    /// as BSD's `aux`), printing one format.
    private static func busybox(_ arguments: [String], _ all: [ContainerExecContext.RunningProcess],
                                _ process: inout ContainerProcess) -> ContainerExit {
        let letters = arguments.filter { $0.hasPrefix("-") }.flatMap { $0.dropFirst() }
        guard letters.allSatisfy({ "aAdeflT".contains($0) }) else {
            return .unsupported("Shipyard's busybox `ps` prints its default columns (with -e, -f, -A or aux); "
                                + "`ps \(arguments.joined(separator: " "))` is not simulated.")
        }
        var text = "PID   USER     TIME  COMMAND\n"
        for entry in all {
            text += pad(String(entry.pid), 5, right: true) + " " + pad("root", 8) + " "
                + pad("0:00", 5, right: true) + " " + entry.arguments.joined(separator: " ") + "\n"
        }
        process.print(text)
        return .exited(0)
    }

    /// What procps-ng's ps was asked for: which processes, and in which columns.
    private struct ProcpsFormat {
        enum Columns { case standard, full, user }
        var everyone = false
        var columns = Columns.standard

        init?(_ arguments: [String]) {
            for argument in arguments {
                if argument.hasPrefix("-") {
                    for letter in argument.dropFirst() {
                        switch letter {
                        case "e", "A": everyone = true
                        case "f": columns = .full
                        default: return nil
                        }
                    }
                } else if Set(argument) == Set("aux") {
                    // BSD style: a and x together select every process, in u's user format.
                    everyone = true
                    columns = .user
                } else {
                    return nil
                }
            }
        }

        func render(_ processes: [ContainerExecContext.RunningProcess], me: ContainerExecContext.RunningProcess) -> String {
            switch columns {
            case .standard:
                return "    PID TTY          TIME CMD\n" + processes.map { entry in
                    pad(String(entry.pid), 7, right: true) + " " + pad(entry.terminal ?? "?", 8) + " 00:00:00 "
                        + entry.command + "\n"
                }.joined()
            case .full:
                return "UID          PID    PPID  C STIME TTY          TIME CMD\n" + processes.map { entry in
                    pad("root", 8) + " " + pad(String(entry.pid), 7, right: true) + " "
                        + pad(String(entry.parentPID), 7, right: true) + "  0 " + clock(entry.startedAt) + " "
                        + pad(entry.terminal ?? "?", 8) + " 00:00:00 " + entry.arguments.joined(separator: " ") + "\n"
                }.joined()
            case .user:
                return "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n" + processes.map { entry in
                    let (virtual, resident) = ContainerPs.memory(entry.command)
                    return pad("root", 8) + " " + pad(String(entry.pid), 7, right: true) + "  0.0  0.0 "
                        + pad(String(virtual), 6, right: true) + " " + pad(String(resident), 5, right: true) + " "
                        + pad(entry.terminal ?? "?", 8) + " " + pad(state(entry, me: me), 4) + " "
                        + clock(entry.startedAt) + "   0:00 " + entry.arguments.joined(separator: " ") + "\n"
                }.joined()
            }
        }

        /// `STAT`: ps itself runs, the rest sleep; a process `kubectl exec` started leads its
        /// own session (`s`), and the one in the terminal's foreground has `+`.
        private func state(_ entry: ContainerExecContext.RunningProcess, me: ContainerExecContext.RunningProcess) -> String {
            let running = entry.pid == me.pid
            return (running ? "R" : "S") + (entry.parentPID == 0 ? "s" : "") + (running && entry.terminal != nil ? "+" : "")
        }

        /// `STIME` and `START` for a process started today: hours and minutes.
        private func clock(_ time: SimTime) -> String {
            String(time.rfc3339.dropFirst(11).prefix(5))
        }
    }

    /// Virtual and resident size in KiB of the programs containers run, as ps shows them.
    static func memory(_ command: String) -> (Int, Int) {
        switch command {
        case "ps": return (8_100, 4_096)
        case "bash": return (4_188, 3_456)
        case "sh", "dash": return (2_576, 1_536)
        case "sleep": return (2_484, 1_280)
        case "python3", "python": return (15_540, 9_856)
        case "node": return (600_852, 40_448)
        case "perl": return (8_752, 4_864)
        default: return (4_096, 2_048)
        }
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
