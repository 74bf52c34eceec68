import SimCore
import ToolIO

/// The guided-lesson engine: which lesson and step the learner is in, checking each step after
/// every command, hints, solutions, reset and undo, and saved progress. The shell owns one and
/// routes the learner's lesson commands (`lessons`, `lesson ID`, `check`, `hint`, …) to it.
public final class Tutor {
    public let catalog: LessonCatalog
    let store: ProgressStore
    weak var host: TutorHost?
    public internal(set) var progress: Progress
    /// A note for the learner from loading progress (a corrupt file set aside).
    public private(set) var loadNote: String?
    var active: ActiveLesson?
    /// Set by `solution` until the learner says yes or no.
    public internal(set) var awaitingConfirmation = false

    /// The learner's place in a lesson.
    struct ActiveLesson {
        var lesson: Lesson
        var index: Int
        /// Where in the host's command log the current step began.
        var logStart: Int
        var hintsShown = 0
        var idleCommands = 0
        var nudged = false
        var bestHolding = 0
        var solutionShown = false
        var nearMissesShown: Set<Int> = []
        /// Steps passed (or skipped) since the lesson (re)started.
        var passed: Set<Int> = []
        /// The learner's command lines since the lesson (re)started, to rebuild for `undo`.
        var journal: [(time: SimTime, line: String, step: Int)] = []

        var step: Step { lesson.steps[index] }
    }

    public init(catalog: LessonCatalog, store: ProgressStore) {
        self.catalog = catalog
        self.store = store
        (progress, loadNote) = store.load()
    }

    public func attach(_ host: TutorHost) { self.host = host }

    /// `control-plane 2/5`, for the prompt; nil outside lessons.
    public var promptLabel: String? {
        guard let active else { return nil }
        return "\(active.lesson.id) \(active.index + 1)/\(active.lesson.steps.count)"
    }

    public var isInLesson: Bool { active != nil }

    func save() {
        if let active { progress.current = (active.lesson.id, active.index) } else { progress.current = nil }
        store.save(progress)
    }

    func outcome(_ lesson: Lesson, _ step: Step) -> Progress.Outcome? { progress.steps[lesson.id]?[step.id] }

    // MARK: Starting and leaving

    /// `lesson ID`: starts the lesson, or resumes it at the first step not yet passed.
    public func start(_ id: String) -> String {
        guard let lesson = catalog.lesson(id) ?? catalog.lessons.first(where: { String($0.order) == id }) else {
            return "shipyard: no lesson called \(id); `lessons` lists them\n"
        }
        guard let host else { return "" }
        let resumeAt = progress.finished.contains(lesson.id)
            ? 0 : lesson.steps.firstIndex { outcome(lesson, $0) == nil } ?? 0
        rebuild(lesson, through: resumeAt)
        active = ActiveLesson(lesson: lesson, index: resumeAt, logStart: host.commandLog.count,
                              passed: Set(0..<resumeAt))
        save()
        var text = "\(lesson.title)\n\(String(repeating: "=", count: lesson.title.count))\n\n"
        if resumeAt == 0 {
            text += lesson.introduction + "\n\n"
        } else {
            text += "Welcome back: resuming at step \(resumeAt + 1) (the earlier steps' solutions have been replayed).\n\n"
        }
        return text + goal() + Self.footer
    }

    /// Builds the lesson's start state, then replays the solutions of the steps before `index`.
    func rebuild(_ lesson: Lesson, through index: Int) {
        guard let host else { return }
        host.resetWorld()
        for line in lesson.setup { _ = host.runQuietly(line) }
        for step in lesson.steps.prefix(index) where step.kind == .do {
            for line in step.solution { _ = host.runQuietly(line) }
        }
    }

    /// `leave`: back to free play, keeping the world as it is.
    public func leave() -> String {
        guard let active else { return "You are not in a lesson. `lessons` lists them.\n" }
        self.active = nil
        awaitingConfirmation = false
        save()
        return "Left \(active.lesson.id) at step \(active.index + 1); `lesson \(active.lesson.id)` resumes it. The world is yours to play in.\n"
    }

    static let footer = "\n(`task` shows this again · `check` · `hint` · `solution` · `lessons`)\n"

    // MARK: Showing the step

    /// `task`: the current goal, and exactly what is checked.
    public func task() -> String {
        guard active != nil else { return "You are not in a lesson. `lessons` lists them; `lesson ID` starts one.\n" }
        return goal()
    }

    func goal() -> String {
        guard let active else { return "" }
        let step = active.step
        var text = "Step \(active.index + 1) of \(active.lesson.steps.count):\n\(step.text)\n"
        switch step.kind {
        case .answer: text += "\nAnswer with `answer …`.\n"
        case .do, .observe:
            text += "\nChecked:\n" + step.checks.map { "  • \($0.text)\n" }.joined()
        }
        return text
    }

    /// `check`: one ✓ or ✗ line per condition, with what is wrong.
    public func check() -> String {
        guard let active, let host else { return "You are not in a lesson.\n" }
        let step = active.step
        if step.kind == .answer { return "This step is a question: answer it with `answer …`.\n" }
        let evaluator = CheckEvaluator(host: host, commands: host.commandLog.dropFirst(active.logStart))
        var text = ""
        var all = true
        for check in step.checks {
            if evaluator.holds(check) {
                text += "✓ \(check.text)\n"
            } else {
                all = false
                text += "✗ \(check.text)\n    \(check.fail)\n"
            }
        }
        if all { text += passStep() }
        return text
    }

    // MARK: Help

    /// `hint`: the next hint (`hint all`: every hint so far).
    public func hint(all: Bool) -> String {
        guard var active else { return "You are not in a lesson.\n" }
        let hints = active.step.hints
        if all {
            active.hintsShown = max(active.hintsShown, 1)
            self.active = active
            return hints.prefix(active.hintsShown).enumerated().map { "Hint \($0.offset + 1)/\(hints.count): \($0.element)\n" }.joined()
        }
        guard active.hintsShown < hints.count else {
            return "That was the last hint. `solution` shows the commands.\n"
        }
        active.hintsShown += 1
        self.active = active
        return "Hint \(active.hintsShown)/\(hints.count): \(hints[active.hintsShown - 1])\n"
    }

    /// `solution`: asks first; the step then counts as shown, not solved.
    public func solution() -> String {
        guard let active else { return "You are not in a lesson.\n" }
        if active.solutionShown || active.passed.contains(active.index) {
            return solutionText()
        }
        awaitingConfirmation = true
        return "Show the solution? The step will count as shown, not solved. [y/N] "
    }

    /// The learner's reply to `solution`'s question; false when the line was not a reply.
    public func confirm(_ reply: String) -> (handled: Bool, text: String) {
        awaitingConfirmation = false
        let word = reply.trimmingSpaces.lowercased()
        if word == "y" || word == "yes" {
            active?.solutionShown = true
            return (true, solutionText())
        }
        if word.isEmpty || word == "n" || word == "no" { return (true, "Solution not shown. Keep going!\n") }
        return (false, "")
    }

    func solutionText() -> String {
        guard let active else { return "" }
        let step = active.step
        var text = "Solution:\n" + step.solution.map { "  \($0)\n" }.joined()
        if step.kind != .answer { text += "Type the commands yourself; the step completes when its checks pass.\n" }
        return text
    }
}
