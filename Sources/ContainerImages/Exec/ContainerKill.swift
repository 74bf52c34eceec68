/// `kill [-SIGNAL | -s SIGNAL] PID…`: the shell's builtin (dash's, busybox ash's, bash's) or
/// the program (busybox's applet, procps'), each with its own words for what goes wrong.
///
/// A signal to PID 1 reaches the container's main process only if it handles that signal:
/// the kernel spares a PID namespace's init the default actions, and SIGKILL sent from inside
/// never reaches it. So `kill 1` stops nginx, which exits on SIGTERM (and the kubelet restarts
/// the container), while a `sleep 3600` or a shell as PID 1 goes on as if nothing happened.
enum ContainerKill {
    /// Linux's numbers (x86) for the signals learners send.
    static let numbers: [String: Int] = [
        "HUP": 1, "INT": 2, "QUIT": 3, "KILL": 9, "USR1": 10, "USR2": 12, "TERM": 15, "CONT": 18, "STOP": 19,
        "WINCH": 28,
    ]

    /// Who runs the kill: it decides the messages.
    private enum Dialect {
        case dash, ash, bash, busyboxApplet, procps

        /// How busybox names itself in a message: the shell for ash's builtin, else the applet.
        var busyboxName: String { self == .ash ? "sh" : "kill" }
    }

    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        let context = process.context
        let dialect: Dialect = process.inScript
            ? (context.shell == "bash" ? .bash : context.busybox ? .ash : .dash)
            : (context.busybox ? .busyboxApplet : .procps)
        guard let own = context.pid, let signalMain = context.signalMainProcess else {
            return .unsupported("Shipyard's `kill` signals a Kubernetes container's main process; it knows no processes here.")
        }
        var words = arguments[...]
        var signal = "TERM"
        if let first = words.first, first.hasPrefix("-"), first.count > 1 {
            words.removeFirst()
            var spec = String(first.dropFirst())
            if spec == "s" {
                guard let named = words.popFirst() else {
                    return refuse(dialect, dash: "No arg for -s option", &process)
                }
                spec = named
            } else if spec == "l" || spec == "L" {
                return .unsupported("Shipyard's `kill` sends signals; `kill -\(spec)` is not simulated.")
            }
            guard let name = signalName(spec, dialect: dialect) else {
                switch dialect {
                case .dash:
                    if first == "-s" { return refuse(dialect, dash: "invalid signal number or name: \(spec)", &process) }
                    let letter = spec.first.map(String.init) ?? ""
                    return refuse(dialect, dash: "Illegal option -\(letter)", &process)
                case .bash:
                    process.printError("bash: kill: \(spec): invalid signal specification\n")
                    return .exited(1)
                case .ash, .busyboxApplet:
                    process.printError("\(dialect.busyboxName): bad signal name '\(spec)'\n")
                    return .exited(1)
                case .procps:
                    return .unsupported("Shipyard's `kill` knows the signals HUP, INT, QUIT, KILL, USR1, USR2, TERM, CONT, STOP "
                                        + "and WINCH, by name or number; `\(first)` is not simulated.")
                }
            }
            signal = name
        }
        guard !words.isEmpty else {
            return .unsupported("Shipyard's `kill` needs the PIDs to signal (`kill 1` for the container's main process).")
        }
        let running = Set(context.processes.map(\.pid) + [own])
        var status: Int32 = 0
        for word in words {
            guard let pid = Int(word), pid > 0 else {
                switch dialect {
                case .dash: return refuse(dialect, dash: "Illegal number: \(word)", &process)
                case .bash: process.printError("bash: kill: \(word): arguments must be process or job IDs\n")
                case .ash, .busyboxApplet: process.printError("\(dialect.busyboxName): bad pid '\(word)'\n")
                case .procps: process.printError("kill: failed to parse argument: '\(word)'\n")
                }
                status = 1
                continue
            }
            guard running.contains(pid) else {
                switch dialect {
                case .dash: process.printError("sh: \(process.scriptLine): kill: No such process\n\n")
                case .bash: process.printError("bash: kill: (\(pid)) - No such process\n")
                case .ash, .busyboxApplet:
                    process.printError("\(dialect.busyboxName): can't kill pid \(pid): No such process\n")
                case .procps: process.printError("kill: (\(pid)): No such process\n")
                }
                status = 1
                continue
            }
            guard pid == 1 else {
                return .unsupported("Shipyard's `kill` signals the container's main process, PID 1; "
                                    + "other processes (\(pid)) are not simulated.")
            }
            if let seconds = signalMain(signal) {
                process.mainProcessStopsIn = min(process.mainProcessStopsIn ?? seconds, seconds)
            }
        }
        return .exited(status)
    }

    /// `TERM`, `SIGTERM` (not in dash) or `15`, as the signal's name without `SIG`.
    private static func signalName(_ spec: String, dialect: Dialect) -> String? {
        if let number = Int(spec) { return numbers.first { $0.value == number }?.key }
        let upper = dialect == .dash ? spec : spec.uppercased()
        let name = upper.hasPrefix("SIG") && dialect != .dash ? String(upper.dropFirst(3)) : upper
        return numbers[name] != nil ? name : nil
    }

    /// dash's builtin refuses with its line number, and status 2.
    private static func refuse(_ dialect: Dialect, dash message: String, _ process: inout ContainerProcess) -> ContainerExit {
        guard dialect == .dash else {
            return .unsupported("Shipyard's `kill` takes a signal (-TERM, -9, -s NAME) and PIDs.")
        }
        process.printError("sh: \(process.scriptLine): kill: \(message)\n")
        return .exited(2)
    }
}
