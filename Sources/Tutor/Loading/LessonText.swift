/// The prose of a lesson, `lesson.md`: Markdown split into sections by `## ` headings —
/// `## intro`, `## step ID` (the goal), `## explain ID` (shown after success), `## finish`.
/// Everything else in the file (a `# Title`, deeper headings inside a section) is kept as is.
struct LessonText {
    private(set) var sections: [String: String] = [:]
    private(set) var order: [String] = []

    init(markdown: String) {
        var current: String?
        var body: [Substring] = []
        func close() {
            guard let key = current else { return }
            while let last = body.last, last.allSatisfy(\.isWhitespace) { body.removeLast() }
            while let first = body.first, first.allSatisfy(\.isWhitespace) { body.removeFirst() }
            sections[key] = body.joined(separator: "\n")
            order.append(key)
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                close()
                current = line.dropFirst(3).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                body = []
            } else if current != nil {
                body.append(line)
            }
        }
        close()
    }

    subscript(key: String) -> String? { sections[key] }
}
