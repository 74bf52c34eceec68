import JSONValue

extension Tutor {
    /// `lessons`: every lesson by track, with marks: ✓ finished, ▸ the current one, ◐ started.
    /// Tracks come in the order of their first lesson, and each lists all of its lessons, so a
    /// track whose lessons are not consecutive in the course still has one heading.
    public func list() -> String {
        var text = ""
        let width = catalog.lessons.map(\.id.count).max() ?? 0
        let numberWidth = catalog.lessons.map { String($0.order).count }.max() ?? 0
        var tracks: [String] = []
        for lesson in catalog.lessons where !tracks.contains(lesson.track) { tracks.append(lesson.track) }
        let byTrack = tracks.flatMap { track in catalog.lessons.filter { $0.track == track } }
        var track = ""
        for lesson in byTrack {
            if lesson.track != track {
                track = lesson.track
                text += (text.isEmpty ? "" : "\n") + track + "\n"
            }
            let done = lesson.steps.filter { outcome(lesson, $0) != nil }.count
            let mark: String
            if active?.lesson.id == lesson.id {
                mark = "▸"
            } else if progress.finished.contains(lesson.id) {
                mark = "✓"
            } else if done > 0 {
                mark = "◐"
            } else {
                mark = " "
            }
            let padded = lesson.id + String(repeating: " ", count: width - lesson.id.count)
            let steps = done > 0 && !progress.finished.contains(lesson.id) ? " (\(done)/\(lesson.steps.count) steps)" : ""
            let number = String(repeating: " ", count: numberWidth - String(lesson.order).count) + "\(lesson.order)."
            text += "  \(mark) \(number) \(padded)  \(lesson.title)\(steps) · \(lesson.minutes) min\n"
        }
        if catalog.lessons.isEmpty { text = "No lessons are installed.\n" }
        if !catalog.problems.isEmpty {
            text += "\nSome lessons could not be loaded:\n" + catalog.problems.map { "  \($0)\n" }.joined()
        }
        return text + "\n`lesson ID` starts or resumes one (e.g. `lesson \(catalog.lessons.first?.id ?? "ID")`).\n"
    }

    /// `progress`, `progress reset`, `progress export`.
    public func progressCommand(_ arguments: [String]) -> (text: String, status: Int32) {
        switch arguments.first {
        case nil:
            let finished = catalog.lessons.filter { progress.finished.contains($0.id) }.count
            var text = "\(finished) of \(catalog.lessons.count) lessons finished.\n"
            for lesson in catalog.lessons {
                let outcomes = lesson.steps.compactMap { outcome(lesson, $0) }
                guard !outcomes.isEmpty else { continue }
                let solved = outcomes.filter { $0 == .solved }.count
                let shown = outcomes.filter { $0 == .shown }.count
                let skipped = outcomes.filter { $0 == .skipped }.count
                text += "  \(lesson.id): \(solved) solved, \(shown) with the solution shown, \(skipped) skipped, of \(lesson.steps.count)\n"
            }
            return (text, 0)
        case "reset":
            progress = Progress()
            active = nil
            save()
            return ("Progress reset: every lesson is new again.\n", 0)
        case "export":
            return (JSONWriter.kubectl.write(progress.json) + "\n", 0)
        default:
            return ("usage: progress [reset|export]\n", 2)
        }
    }
}
