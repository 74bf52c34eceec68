/// Every lesson that ships, in course order, with the problems found loading them.
public struct LessonCatalog: Sendable {
    public private(set) var lessons: [Lesson] = []
    public private(set) var problems: [LessonProblem] = []

    /// `files`: folder name → (lesson.yaml, lesson.md).
    public init(files: [(folder: String, yaml: String, markdown: String)]) {
        for file in files {
            let (lesson, problems) = LessonLoader.load(folder: file.folder, yaml: file.yaml, markdown: file.markdown)
            self.problems += problems
            if let lesson { lessons.append(lesson) }
        }
        lessons.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        let ids = Set(lessons.map(\.id))
        for lesson in lessons {
            for required in lesson.requires where !ids.contains(required) {
                problems.append(LessonProblem(lesson: lesson.id, path: "requires", message: "no lesson is called \(required)"))
            }
        }
    }

    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// The lesson after `id` in course order.
    public func lesson(after id: String) -> Lesson? {
        guard let index = lessons.firstIndex(where: { $0.id == id }), index + 1 < lessons.count else { return nil }
        return lessons[index + 1]
    }
}

extension LessonCatalog {
    /// The lessons built into Shipyard (from `Lessons/`, embedded at build time).
    public static let builtin = LessonCatalog(files: EmbeddedLessons.files)
}
