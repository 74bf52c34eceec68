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
    public var memoryMiB: Int
    public var listens: [Int]

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
    }

    /// Lines printed within the first `seconds` of running.
    public func output(within seconds: Double) -> [Line] {
        var result = lines.filter { $0.at <= seconds }
        guard let repeating, repeating.period > 0, !repeating.lines.isEmpty else { return result }
        let start = (lines.last?.at ?? 0)
        var iteration = 0.0
        while start + iteration * repeating.period <= seconds, result.count < 100_000 {
            for line in repeating.lines {
                let at = start + iteration * repeating.period + line.at
                if at <= seconds { result.append(Line(at: at, text: line.text, isError: line.isError)) }
            }
            iteration += 1
        }
        return result
    }
}
