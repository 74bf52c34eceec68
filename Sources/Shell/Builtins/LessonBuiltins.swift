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
        let text: String
        switch context.commandName {
        case "lessons": text = tutor.list()
        case "lesson": text = arguments.first.map(tutor.start) ?? tutor.list()
        case "task": text = tutor.task()
        case "check": text = tutor.check()
        case "hint":
            if let word = arguments.first, word != "all" {
                context.fail("usage: hint [all]", status: 2)
                return
            }
            text = tutor.hint(all: arguments.first == "all")
        case "solution": text = tutor.solution()
        case "next": text = tutor.next()
        case "prev": text = tutor.previous()
        case "skip": text = tutor.skip()
        case "reset": text = tutor.reset()
        case "undo": text = tutor.undo()
        case "leave": text = tutor.leave()
        case "answer": text = tutor.answer(arguments.joined(separator: " "))
        case "progress":
            let (reply, status) = tutor.progressCommand(arguments)
            if status != 0 {
                context.fail(reply, status: status)
                return
            }
            text = reply
        default: return
        }
        context.out(LessonTextStyle.render(text, styled: context.session.interactive))
    }
}
