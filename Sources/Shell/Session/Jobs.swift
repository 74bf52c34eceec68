import ToolIO

/// The learner's background jobs (`COMMAND &`), kept as bash keeps them: numbered from one
/// past the highest still listed, each with a process id, the command as bash writes it back,
/// and how it stands. The newest is the current job (`+`), the one before it the previous (`-`).
struct JobTable {
    enum State: Equatable {
        case running
        /// Ended by itself, with its exit status.
        case exited(Int32)
        /// Ended by a signal: `Terminated`, `Killed`, `Interrupt`.
        case signalled(String)

        /// The state as `jobs` and bash's notices word it, padded as bash pads it.
        var column: String {
            let text: String
            switch self {
            case .running: text = "Running"
            case .exited(0): text = "Done"
            case .exited(let status): text = "Exit \(status)"
            case .signalled(let name): text = name
            }
            return text + String(repeating: " ", count: max(1, 24 - text.count))
        }
    }

    struct Job {
        var number: Int
        var pid: Int
        var command: String
        var state: State
        /// What it listens on, for a `kubectl port-forward` or `kubectl proxy` left running.
        var listener: LocalListener?
    }

    /// The shell's own process id (`$$`).
    static let shellPID = 4242

    private(set) var jobs: [Job] = []
    /// The process id of the newest background job (`$!`).
    private(set) var lastPID: Int?

    /// Starts job `command` as process `pid`; returns its number.
    mutating func start(_ command: String, pid: Int, listener: LocalListener?) -> Int {
        let number = (jobs.map(\.number).max() ?? 0) + 1
        jobs.append(Job(number: number, pid: pid, command: command, state: .running, listener: listener))
        lastPID = pid
        return number
    }

    /// `+` for the current job, `-` for the previous one, a space for the rest.
    func mark(_ number: Int) -> String {
        guard let index = jobs.firstIndex(where: { $0.number == number }) else { return " " }
        if index == jobs.count - 1 { return "+" }
        return index == jobs.count - 2 ? "-" : " "
    }

    /// A job as `jobs` (`-l` with its process id) and bash's notices show it.
    func line(_ job: Job, withPID: Bool = false) -> String {
        let command = job.state == .running ? job.command + " &" : job.command
        let pid = withPID ? " \(job.pid) " : "  "
        return "[\(job.number)]\(mark(job.number))\(pid)\(job.state.column)\(command)"
    }

    /// The job a `kill` or `fg` argument names: `%N`, `%%`, `%+`, `%-`, or a process id.
    func find(_ spec: String) -> Job? {
        switch spec {
        case "%%", "%+", "%": return jobs.last
        case "%-": return jobs.count > 1 ? jobs[jobs.count - 2] : nil
        default:
            if spec.hasPrefix("%") { return Int(spec.dropFirst()).flatMap { n in jobs.first { $0.number == n } } }
            return Int(spec).flatMap { pid in jobs.first { $0.pid == pid } }
        }
    }

    mutating func end(_ number: Int, _ state: State) {
        guard let index = jobs.firstIndex(where: { $0.number == number }), jobs[index].state == .running else { return }
        jobs[index].state = state
    }

    /// The notices bash prints before its next prompt for jobs that have ended, which it
    /// then forgets.
    mutating func takeEnded() -> String {
        let notices = jobs.filter { $0.state != .running }.map { line($0) + "\n" }.joined()
        jobs.removeAll { $0.state != .running }
        return notices
    }

    /// Lists the jobs as `jobs` does, forgetting those that have ended.
    mutating func list(withPIDs: Bool) -> String {
        let text = jobs.map { line($0, withPID: withPIDs) + "\n" }.joined()
        jobs.removeAll { $0.state != .running }
        return text
    }

    var running: [Job] { jobs.filter { $0.state == .running } }
}
