/// `seq`'s counting, in whole numbers, shared by the containers' `seq` and the learner's own.
public enum Seq {
    /// The most numbers printed: enough for any loop a learner types, and a bound on what a
    /// typo (`seq 1 100000000`) may cost.
    public static let limit = 100_000

    public enum Refusal: Error, Equatable {
        /// Not `LAST`, `FIRST LAST` or `FIRST STEP LAST` in whole numbers.
        case notWholeNumbers
        case zeroStep
        case tooMany
    }

    /// The numbers of `seq LAST`, `seq FIRST LAST` or `seq FIRST STEP LAST`, counted without
    /// overflow whatever the arguments (each lies between first and last).
    public static func numbers(_ arguments: [String]) -> Result<[Int], Refusal> {
        let numbers = arguments.compactMap { Int($0) }
        guard (1...3).contains(arguments.count), numbers.count == arguments.count else { return .failure(.notWholeNumbers) }
        let first = numbers.count > 1 ? numbers[0] : 1
        let step = numbers.count == 3 ? numbers[1] : 1
        let last = numbers[numbers.count - 1]
        guard step != 0 else { return .failure(.zeroStep) }
        let (span, spanOverflows) = last.subtractingReportingOverflow(first)
        let (steps, stepsOverflow) = span.dividedReportingOverflow(by: step)
        let count = span != 0 && (span > 0) != (step > 0) ? 0 : min(steps, limit) + 1
        guard !spanOverflows, !stepsOverflow, count <= limit else { return .failure(.tooMany) }
        return .success((0..<count).map { first + $0 * step })
    }

    /// What Shipyard says when it does not count as asked.
    public static func explain(_ refusal: Refusal) -> String {
        switch refusal {
        case .notWholeNumbers: return "Shipyard's `seq` counts in whole numbers: seq LAST, seq FIRST LAST, or seq FIRST STEP LAST."
        case .zeroStep: return "Shipyard's `seq` needs a step other than 0."
        case .tooMany: return "Shipyard's `seq` counts to at most \(limit) numbers."
        }
    }
}
