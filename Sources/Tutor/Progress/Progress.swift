import JSONValue

/// What the learner has done, saved between sessions (`progress.json`): per lesson, how each
/// step ended, and where they are. Unknown lessons and steps in the file are kept, not dropped.
public struct Progress: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        /// The learner's own commands passed the checks.
        case solved
        /// Passed after `solution` showed the answer.
        case shown
        case skipped
    }

    public var steps: [String: [String: Outcome]] = [:]
    public var finished: Set<String> = []
    /// The lesson and step the learner was last in.
    public var current: (lesson: String, step: Int)?

    public init() {}

    public static func == (lhs: Progress, rhs: Progress) -> Bool {
        lhs.steps == rhs.steps && lhs.finished == rhs.finished && lhs.current?.lesson == rhs.current?.lesson
            && lhs.current?.step == rhs.current?.step
    }

    public mutating func record(_ outcome: Outcome, lesson: String, step: String) {
        // A step once solved stays solved; shown beats skipped.
        if let existing = steps[lesson]?[step], existing == .solved || (existing == .shown && outcome == .skipped) { return }
        steps[lesson, default: [:]][step] = outcome
    }

    public var json: JSON {
        var lessons = JSONObject()
        for lesson in steps.keys.sorted() {
            var outcomes = JSONObject()
            for step in (steps[lesson] ?? [:]).keys.sorted() {
                outcomes[step] = .string(steps[lesson]?[step]?.rawValue ?? "")
            }
            lessons[lesson] = .object(outcomes)
        }
        var root = JSONObject()
        root["version"] = 1
        if let current { root["current"] = ["lesson": .string(current.lesson), "step": .int(current.step)] }
        root["finished"] = .array(finished.sorted().map(JSON.string))
        root["steps"] = .object(lessons)
        return .object(root)
    }

    /// Reads a saved file; nil when it is not one (the caller sets it aside).
    public init?(json: JSON) {
        guard json["version"].int == 1, let lessons = json["steps"].object else { return nil }
        for (lesson, outcomes) in lessons.pairs {
            guard let map = outcomes.object else { return nil }
            for (step, value) in map.pairs {
                guard let outcome = value.string.flatMap(Outcome.init(rawValue:)) else { return nil }
                steps[lesson, default: [:]][step] = outcome
            }
        }
        finished = Set((json["finished"].array ?? []).compactMap(\.string))
        if let lesson = json["current"]["lesson"].string, let step = json["current"]["step"].int {
            current = (lesson, step)
        }
    }
}

/// Where progress is kept: a file for the learner (see HostSystem), memory for tests.
public protocol ProgressStore: AnyObject {
    /// The saved progress, and a note for the learner when the file had to be set aside.
    func load() -> (Progress, note: String?)
    func save(_ progress: Progress)
}

public final class InMemoryProgressStore: ProgressStore {
    public var progress = Progress()
    public init() {}
    public func load() -> (Progress, note: String?) { (progress, nil) }
    public func save(_ progress: Progress) { self.progress = progress }
}
