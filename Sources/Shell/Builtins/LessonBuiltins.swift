import ToolIO
import Tutor

/// The learner's lesson commands, handed to the session's tutor.
enum LessonBuiltins {
    static let names: Set<String> = ["lessons", "lesson", "task", "check", "hint", "solution", "next", "prev", "skip",
                                     "reset", "undo", "leave", "progress", "answer"]

    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        guard let tutor = context.session.tutor else {
            context.fail("shipyard: lessons are not available in this session")
            return
        }
        let arguments = context.arguments
        switch context.commandName {
        case "lessons": context.out(tutor.list())
        case "lesson":
            guard let id = arguments.first else {
                context.out(tutor.list())
                return
            }
            context.out(tutor.start(id))
        case "task": context.out(tutor.task())
        case "check": context.out(tutor.check())
        case "hint":
            if let word = arguments.first, word != "all" {
                context.fail("usage: hint [all]", status: 2)
                return
            }
            context.out(tutor.hint(all: arguments.first == "all"))
        case "solution": context.out(tutor.solution())
        case "next": context.out(tutor.next())
        case "prev": context.out(tutor.previous())
        case "skip": context.out(tutor.skip())
        case "reset": context.out(tutor.reset())
        case "undo": context.out(tutor.undo())
        case "leave": context.out(tutor.leave())
        case "answer": context.out(tutor.answer(arguments.joined(separator: " ")))
        case "progress":
            let (text, status) = tutor.progressCommand(arguments)
            if status == 0 { context.out(text) } else { context.fail(text, status: status) }
        default: break
        }
    }
}
