/// Lesson prose is Markdown. At a terminal `**bold**` becomes bold; elsewhere (scripts,
/// transcripts) the asterisks are simply dropped. Backticks stay: they mark what to type.
enum LessonTextStyle {
    static func render(_ markdown: String, styled: Bool) -> String {
        guard markdown.contains("**") else { return markdown }
        let pieces = markdown.split(separator: "**", omittingEmptySubsequences: false)
        var result = ""
        for (index, piece) in pieces.enumerated() {
            if index > 0 && styled { result += index % 2 == 1 ? "\u{1B}[1m" : "\u{1B}[22m" }
            result += piece
        }
        if styled && pieces.count % 2 == 0 { result += "\u{1B}[22m" }
        return result
    }
}
