import LineTools
import ToolIO

/// What a built-in gets: the session (for variables, files, the clock), its arguments and
/// standard input, and somewhere to print.
struct BuiltinContext {
    let session: ShellSession
    /// The name it was called by (`hint`, `lessons`…), for built-ins that answer to several.
    var commandName = ""
    let arguments: [String]
    let stdin: String?
    var output = ToolOutput()

    mutating func out(_ text: String) { output.out(text) }
    mutating func err(_ text: String) { output.err(text) }

    mutating func fail(_ message: String, status: Int32 = 1) {
        output.err(message.hasSuffix("\n") ? message : message + "\n")
        output.status = status
    }

    var fileSystem: FileSystem { session.activeFileSystem }

    /// Standard input, or the named files concatenated (`cat`, `grep`, `head` …); reports
    /// missing files as `NAME: FILE: No such file or directory`.
    mutating func inputs(_ files: [String], command: String,
                         wording: FileErrorWording = .named) -> [(name: String?, text: String)] {
        if files.isEmpty || files == ["-"] { return [(nil, stdin ?? "")] }
        var result: [(String?, String)] = []
        for file in files {
            do {
                result.append((file, try fileSystem.readText(file)))
            } catch {
                fail(wording.message(command, file, ShellSession.describe(error)))
            }
        }
        return result
    }
}
