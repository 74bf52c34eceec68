import SimCore

/// What a container's main process will do, decided when it starts: the lines it prints and
/// when, whether and how it exits, how it reacts to SIGTERM, and what it uses.
///
/// Plans are values so logs can be read at any later time (`kubectl logs`, `aws logs`) by
/// asking what had been printed by then, and a crash loop replays the same plan each restart.
public struct ProcessPlan: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        /// Seconds after the process started.
        public var at: Double
        public var text: String
        public var isError: Bool

        public init(at: Double, text: String, isError: Bool = false) {
            self.at = at
            self.text = text
            self.isError = isError
        }
    }

    public enum Ending: Sendable, Equatable {
        /// Runs until stopped (a server, `sleep infinity`).
        case runsUntilStopped
        /// Exits by itself with `code` after `after` seconds.
        case exits(after: Double, code: Int)
        /// Never starts: the runtime refuses it (`exec: "x": executable file not found in $PATH`).
        case failsToStart(message: String)
    }

    public var lines: [Line]
    /// Printed again every `period` seconds after the prefix, for scripts that loop forever.
    public var repeating: (lines: [Line], period: Double)?
    public var ending: Ending
    /// Seconds from SIGTERM to exit; nil when the process ignores SIGTERM (a shell as PID 1),
    /// so it is killed when the grace period ends.
    public var stopSeconds: Double?
    /// Memory in use once started (the working set metrics-server reports).
    public var memoryMiB: Int
    /// Memory the process keeps allocating, MiB per second, without bound (`tail /dev/zero`),
    /// or up to `memoryMiB` over `memoryRampSeconds` when nil.
    public var memoryGrowthMiBPerSecond: Double?
    public var memoryRampSeconds: Double = 0
    public var cpuMillicores: Int = 0
    /// The exit code when it stops on SIGTERM within `stopSeconds`.
    public var stopExitCode: Int = 0
    public var listens: [Int]
    /// What it answers over HTTP on the ports it listens on.
    public var http: HTTPBehaviour?
    /// Files the process creates and removes as it runs (`touch /tmp/healthy; … rm …`).
    public var fileChanges: [FileChange] = []
    /// A loop whose passes differ: they send requests (`while true; do wget -qO- web; sleep 1;
    /// done`), count or tell the time (`i=0; while true; do echo "$i: $(date)"; i=$((i+1));
    /// sleep 1; done`). Its first pass is in `lines`, and whoever runs the process runs the
    /// later ones when they are due.
    public var requestLoop: RequestLoop?

    /// The body of a looping script, run one pass at a time.
    public struct RequestLoop: Sendable, Equatable {
        let body: [ShellScript.Statement]
        /// What the script does once a pass breaks out of the loop.
        let rest: [ShellScript.Statement]
        /// Seconds one pass takes (its sleeps, and a moment per request).
        public let period: Double
        /// When the next pass begins, in seconds after the start.
        public let firstRepeatAt: Double
        /// The shell's variables as the pass before left them.
        let variables: [String: String]

        /// One pass run now, with what its requests get now: lines timed from the pass's
        /// start; the loop as it goes on (nil once it has ended); and, when the script ended
        /// in this pass (`exit`, or `break` and what follows the loop), when and how.
        public func pass(context: ProcessModel.Context)
            -> (lines: [Line], next: RequestLoop?, exit: (after: Double, code: Int)?)
        {
            var state = ShellScript.State(context: context)
            state.variables = variables
            state.loopNesting = 1
            state.run(body)
            if !state.finished, !state.runsForever, let control = state.loopControl, control.breaking {
                // Out of the loop: the rest of the script runs on from here.
                state.loopControl = nil
                state.loopNesting = 0
                state.run(rest)
                if state.runsForever { return (state.lines, state.requestLoop, nil) }
                return (state.lines, nil, (max(state.time, 0.05), state.finished ? state.exitCode : state.lastStatus))
            }
            if state.finished { return (state.lines, nil, (max(state.time, 0.05), state.exitCode)) }
            let next = RequestLoop(body: body, rest: rest, period: period, firstRepeatAt: firstRepeatAt,
                                   variables: state.variables)
            return (state.lines, state.runsForever ? nil : next, nil)
        }
    }

    /// A file written (`content` non-nil) or removed `at` seconds after the start.
    public struct FileChange: Sendable, Equatable {
        public var at: Double
        public var path: String
        public var content: String?

        public init(at: Double, path: String, content: String?) {
            self.at = at
            self.path = path
            self.content = content
        }
    }

    public init(lines: [Line] = [], repeating: (lines: [Line], period: Double)? = nil, ending: Ending,
                stopSeconds: Double?, memoryMiB: Int = 1, listens: [Int] = []) {
        self.lines = lines
        self.repeating = repeating
        self.ending = ending
        self.stopSeconds = stopSeconds
        self.memoryMiB = memoryMiB
        self.listens = listens
    }

    public static func == (lhs: ProcessPlan, rhs: ProcessPlan) -> Bool {
        lhs.lines == rhs.lines && lhs.repeating?.lines == rhs.repeating?.lines
            && lhs.repeating?.period == rhs.repeating?.period && lhs.ending == rhs.ending
            && lhs.stopSeconds == rhs.stopSeconds && lhs.memoryMiB == rhs.memoryMiB && lhs.listens == rhs.listens
            && lhs.memoryGrowthMiBPerSecond == rhs.memoryGrowthMiBPerSecond && lhs.memoryRampSeconds == rhs.memoryRampSeconds
            && lhs.cpuMillicores == rhs.cpuMillicores && lhs.http == rhs.http && lhs.fileChanges == rhs.fileChanges
            && lhs.requestLoop == rhs.requestLoop
    }

    /// Memory in use `seconds` after the start, in MiB.
    public func memoryMiB(after seconds: Double) -> Double {
        if let rate = memoryGrowthMiBPerSecond { return Double(memoryMiB) + rate * max(0, seconds) }
        guard memoryRampSeconds > 0, seconds < memoryRampSeconds else { return Double(memoryMiB) }
        return 1 + (Double(memoryMiB) - 1) * max(0, seconds) / memoryRampSeconds
    }

    /// When memory use first goes past `limitMiB`, in seconds after the start; nil if it never does.
    public func secondsUntilMemoryExceeds(_ limitMiB: Double) -> Double? {
        if let rate = memoryGrowthMiBPerSecond, rate > 0 {
            return max(0.05, (limitMiB - Double(memoryMiB)) / rate)
        }
        guard Double(memoryMiB) > limitMiB else { return nil }
        guard memoryRampSeconds > 0 else { return 0.05 }
        return max(0.05, memoryRampSeconds * (limitMiB - 1) / (Double(memoryMiB) - 1))
    }

    /// The files the process has written and not removed by `seconds` after the start.
    public func files(after seconds: Double) -> [String: String] {
        var files: [String: String] = [:]
        for change in fileChanges where change.at <= seconds { files[change.path] = change.content }
        return files
    }

    /// The most lines a looping script's log holds (its later passes are not kept).
    public static let maxLoggedLines = 100_000

    /// Lines printed within the first `seconds` of running.
    public func output(within seconds: Double) -> [Line] {
        var result = lines.filter { $0.at <= seconds }
        guard let repeating, repeating.period > 0, !repeating.lines.isEmpty else { return result }
        let start = (lines.last?.at ?? 0)
        var iteration = 0.0
        while start + iteration * repeating.period <= seconds, result.count < Self.maxLoggedLines {
            for line in repeating.lines {
                let at = start + iteration * repeating.period + line.at
                if at <= seconds { result.append(Line(at: at, text: line.text, isError: line.isError)) }
            }
            iteration += 1
        }
        return result
    }
}
