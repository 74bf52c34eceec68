/// A guided lesson, as an instructor writes it in `Lessons/<id>/lesson.yaml` and `lesson.md`.
public struct Lesson: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    /// The group `lessons` lists it under (`Kubernetes`, `Amazon ECS`).
    public var track: String
    /// Position in the course; lessons are listed and numbered in this order.
    public var order: Int
    /// 1 (first steps) to 3 (advanced).
    public var difficulty: Int
    public var minutes: Int
    /// Course-note topics (ids in `Lessons/topics.yaml`) the lesson covers.
    public var topics: [String]
    /// Lessons to finish first.
    public var requires: [String]
    /// Commands this lesson teaches (`kubectl get`, `aws ecs run-task`); solutions may use only
    /// these and those of earlier lessons.
    public var introduces: [String]
    /// Command lines run silently to build the start state.
    public var setup: [String]
    public var introduction: String
    public var steps: [Step]
    public var finish: String
}

/// One thing the learner does, observes or answers.
public struct Step: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Change the world: checked by queries over its state.
        case `do`
        /// Look at something: checked against the commands the learner ran.
        case observe
        /// Answer a question with `answer …`.
        case answer
    }

    public var id: String
    public var kind: Kind
    /// The goal shown to the learner; it says what the checks check.
    public var text: String
    public var topics: [String]
    public var checks: [Check]
    public var nearMisses: [NearMiss]
    public var hints: [String]
    public var solution: [String]
    public var explanation: String
    /// For answer steps: what counts as right.
    public var answer: Answer?
}

/// What an answer step accepts: fixed words, or a value read from the world.
public struct Answer: Sendable {
    /// Accepted answers, compared without case, surrounding space or repeated spaces.
    public var accept: [String]
    /// A read-only command whose trimmed output is the right answer (`kubectl get pod web -o
    /// jsonpath={.spec.nodeName}`), for questions about the learner's own world.
    public var query: String?
    /// Targeted feedback for known wrong answers.
    public var feedback: [(answer: String, message: String)]
}

/// A common mistake and what to tell the learner when it happens.
public struct NearMiss: Sendable {
    public var check: Check
    public var message: String
}
