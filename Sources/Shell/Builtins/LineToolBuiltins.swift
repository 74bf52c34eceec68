import LineTools
import ToolIO

/// `sort`, `uniq` and `cut` at Shipyard's prompt: the line tools the shells in containers run,
/// as GNU's, reading the session's files.
enum LineToolBuiltins {
    static func builtin(_ tool: @escaping LineTools.Tool) -> @Sendable (inout BuiltinContext) -> Void {
        { context in
            let fileSystem = context.fileSystem
            let input = LineToolInput(stdin: context.stdin, busybox: false) { path in
                do {
                    return .success(try fileSystem.readText(path))
                } catch {
                    return .failure(FileReadError(reason: ShellSession.describe(error)))
                }
            }
            let run = tool(context.arguments, input)
            context.err(run.errors)
            if let unsupported = run.unsupported {
                context.fail(unsupported)
                return
            }
            context.out(run.output)
            context.output.status = run.status
        }
    }
}
