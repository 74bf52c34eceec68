import SimCore
import ToolIO

extension Tutor {
    /// Called after each of the learner's own command lines (not lesson commands): checks the
    /// step silently. Returns what to print — the explanation and next goal on success, a
    /// near-miss message, a nudge after three commands without progress — or nothing.
    public func afterCommand(_ line: String, startedAt time: SimTime) -> String {
        guard var active, let host else { return "" }
        active.journal.append((time, line, active.index))
        self.active = active
        let step = active.step
        guard !active.passed.contains(active.index), step.kind != .answer else {
            return nudge(progressed: false)
        }
        let evaluator = CheckEvaluator(host: host, commands: host.commandLog.dropFirst(active.logStart))
        let holding = step.checks.filter(evaluator.holds).count
        if holding == step.checks.count { return passStep() }
        var text = ""
        for (index, nearMiss) in step.nearMisses.enumerated() {
            let holds = evaluator.holds(nearMiss.check)
            if holds && !active.nearMissesShown.contains(index) {
                text += "! \(nearMiss.message)\n"
                self.active?.nearMissesShown.insert(index)
            } else if !holds {
                self.active?.nearMissesShown.remove(index)
            }
        }
        let progressed = holding > active.bestHolding
        if progressed { self.active?.bestHolding = holding }
        return text + (text.isEmpty ? nudge(progressed: progressed) : "")
    }

    /// After three commands in a row that move the step no closer, one line of help — once per
    /// step, so a learner who is busy with a longer fix is not nagged.
    func nudge(progressed: Bool) -> String {
        guard var active else { return "" }
        active.idleCommands = progressed ? 0 : active.idleCommands + 1
        self.active = active
        if active.idleCommands == 3 && !active.nudged {
            self.active?.nudged = true
            return "(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)\n"
        }
        return ""
    }

    /// Marks the step passed, prints its explanation and moves to the next step or finishes.
    func passStep() -> String {
        guard let active else { return "" }
        let step = active.step
        progress.record(active.solutionShown ? .shown : .solved, lesson: active.lesson.id, step: step.id)
        self.active?.passed.insert(active.index)
        var text = "\n✓ Step \(active.index + 1) done.\n\(step.explanation)\n"
        text += advance()
        return text
    }

    /// Moves to the next step, or finishes the lesson.
    func advance() -> String {
        guard var active, let host else { return "" }
        if active.index + 1 < active.lesson.steps.count {
            active.index += 1
            active.logStart = host.commandLog.count
            active.hintsShown = 0
            active.idleCommands = 0
            active.nudged = false
            active.bestHolding = 0
            active.solutionShown = false
            active.nearMissesShown = []
            self.active = active
            save()
            return "\n" + goal()
        }
        let lesson = active.lesson
        progress.finished.insert(lesson.id)
        self.active = nil
        save()
        var text = "\n★ Lesson complete: \(lesson.title)\n\n\(lesson.finish)\n"
        if let next = catalog.lesson(after: lesson.id) {
            text += "\nNext: `lesson \(next.id)` — \(next.title).\n"
        } else {
            text += "\nThat was the last lesson. `lessons` shows your progress.\n"
        }
        return text
    }

    /// `answer TEXT` for an answer step.
    public func answer(_ reply: String) -> String {
        guard let active, let host else { return "You are not in a lesson.\n" }
        guard active.step.kind == .answer, let answer = active.step.answer else {
            return "This step is not a question; `task` shows what to do.\n"
        }
        let given = Self.normalize(reply)
        guard !given.isEmpty else { return "Answer with `answer …`, for example `answer \(answer.accept.first ?? "…")`.\n" }
        var right = answer.accept.map(Self.normalize)
        if let query = answer.query {
            let output = host.runCheck(query)
            if output.status == 0 { right.append(Self.normalize(output.stdout)) }
        }
        if right.contains(where: { Self.sameAnswer($0, given) }) { return passStep() }
        if let feedback = answer.feedback.first(where: { Self.normalize($0.answer) == given }) {
            return "✗ \(feedback.message)\n"
        }
        return "✗ Not quite. " + (nudge(progressed: false).isEmpty ? "Try again, or `hint`.\n" : "`hint` helps; `solution` shows the answer.\n")
    }

    /// Equal once normalized, or the same number written two ways (`7` and `7.0`, as aws-cli
    /// prints a CloudWatch sum).
    static func sameAnswer(_ right: String, _ given: String) -> Bool {
        if right == given { return true }
        guard let a = Double(right), let b = Double(given) else { return false }
        return a == b
    }

    static func normalize(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(of: "\"'`.")
    }

    // MARK: Moving around

    /// `next`: on to the next step, once this one is passed.
    public func next() -> String {
        guard let active else { return "You are not in a lesson.\n" }
        guard active.passed.contains(active.index) else {
            return "Step \(active.index + 1) is not done yet (`check` shows what is missing). `skip` moves on without it.\n"
        }
        return advance()
    }

    /// `prev`: back to the previous step's text (the world stays as it is).
    public func previous() -> String {
        guard var active, let host else { return "You are not in a lesson.\n" }
        guard active.index > 0 else { return "This is the first step.\n" }
        active.index -= 1
        active.logStart = host.commandLog.count
        active.hintsShown = 0
        active.idleCommands = 0
        self.active = active
        save()
        return goal()
    }

    /// `skip`: counts the step as skipped, applies its solution so the next step starts right.
    public func skip() -> String {
        guard let active, let host else { return "You are not in a lesson.\n" }
        if active.step.kind == .do {
            // Journalled like the learner's own commands, so that `undo` rebuilds them too.
            for line in active.step.solution {
                self.active?.journal.append((host.now, line, active.index))
                _ = host.runQuietly(line)
            }
        }
        progress.record(.skipped, lesson: active.lesson.id, step: active.step.id)
        self.active?.passed.insert(active.index)
        return "Skipped step \(active.index + 1) (its solution was applied).\n" + advance()
    }

    /// `reset`: the lesson's start state, from step 1.
    public func reset() -> String {
        guard let active, let host else { return "You are not in a lesson; nothing to reset.\n" }
        rebuild(active.lesson, through: 0)
        self.active = ActiveLesson(lesson: active.lesson, index: 0, logStart: host.commandLog.count)
        save()
        return "Reset \(active.lesson.id) to its start.\n\n" + goal()
    }

    /// `undo`: rebuilds the world without the learner's last command.
    public func undo() -> String {
        guard var active, let host else { return "You are not in a lesson; `undo` works inside lessons.\n" }
        // Commands that only read (and `sleep`) change nothing to take back: skip over them.
        var popped = active.journal.popLast()
        while let entry = popped, Self.changesNothing(entry.line) { popped = active.journal.popLast() }
        guard let last = popped else { return "Nothing to undo since the lesson started.\n" }
        let now = host.now
        rebuild(active.lesson, through: 0)
        for entry in active.journal { host.replay(entry.line, at: entry.time) }
        host.advance(to: now)
        let stepChanged = active.index != last.step
        active.index = last.step
        active.passed = active.passed.filter { $0 < last.step }
        active.logStart = host.commandLog.count
        self.active = active
        save()
        return "Undid `\(last.line)`.\n" + (stepChanged ? "\n" + goal() : "")
    }
}

extension Tutor {
    static func changesNothing(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed.hasPrefix("sleep ") || ReadOnlyCommands.problem(with: trimmed) == nil
    }
}

extension String {
    func trimmingCharacters(of set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

extension Tutor {
    /// Whether every check of `step` holds now (for authoring tests and tools).
    public func holds(_ step: Step) -> Bool {
        guard let host, step.kind != .answer else { return false }
        let evaluator = CheckEvaluator(host: host, commands: host.commandLog.dropFirst(active?.logStart ?? host.commandLog.count))
        return step.checks.allSatisfy(evaluator.holds)
    }

    /// The step the learner is on, and its number (from 0).
    public var currentStep: (lesson: Lesson, index: Int)? { active.map { ($0.lesson, $0.index) } }
}
