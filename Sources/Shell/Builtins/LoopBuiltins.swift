import ContainerImages
import ToolIO

/// `break`, `continue` and `test`/`[`: what loops and ifs are made of, in bash's words.
enum LoopBuiltins {
    static let `break`: @Sendable (inout BuiltinContext) -> Void = { context in
        leave(&context, LoopControl.breaking)
    }

    static let `continue`: @Sendable (inout BuiltinContext) -> Void = { context in
        leave(&context, LoopControl.continuing)
    }

    /// `break [N]`/`continue [N]`: out of N enclosing loops (all there are, if fewer).
    private static func leave(_ context: inout BuiltinContext, _ control: (Int) -> LoopControl) {
        let name = context.commandName
        guard context.session.loopNesting > 0 else {
            context.err("shipyard: \(name): only meaningful in a `for', `while', or `until' loop\n")
            return
        }
        guard context.arguments.count <= 1 else {
            context.fail("shipyard: \(name): too many arguments")
            return
        }
        var levels = 1
        if let argument = context.arguments.first {
            guard let number = Int(argument) else {
                context.fail("shipyard: \(name): \(argument): numeric argument required", status: 128)
                return
            }
            guard number >= 1 else {
                context.fail("shipyard: \(name): \(argument): loop count out of range")
                return
            }
            levels = number
        }
        context.session.loopControl = control(min(levels, context.session.loopNesting))
    }

    /// `test EXPRESSION` and `[ EXPRESSION ]` on the learner's own files.
    static let test: @Sendable (inout BuiltinContext) -> Void = { context in
        let files = context.fileSystem
        let decided = ShellTest.evaluate(context.commandName, context.arguments, dialect: .bash) { query, path in
            switch query {
            case "d": return files.isDirectory(path)
            case "e", "r", "w": return files.exists(path)
            case "f": return files.exists(path) && !files.isDirectory(path)
            case "s":
                guard files.exists(path) else { return false }
                return files.isDirectory(path) || !((try? files.readFile(path)) ?? []).isEmpty
            case "x": return files.isDirectory(path)
            default: return false
            }
        }
        switch decided {
        case .success(let holds): context.output.status = holds ? 0 : 1
        case .failure(let failure): context.fail("shipyard: \(failure.message)", status: 2)
        }
    }
}
