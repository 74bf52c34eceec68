/// Something wrong in a lesson's files, said so an instructor can fix it:
/// `control-plane: steps[2].checks[0]: "equals" must be a string`.
public struct LessonProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var lesson: String
    public var path: String
    public var message: String

    public init(lesson: String, path: String, message: String) {
        self.lesson = lesson
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(lesson): \(message)" : "\(lesson): \(path): \(message)"
    }
}
