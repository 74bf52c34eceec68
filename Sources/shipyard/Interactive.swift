import HostSystem
import LineEditing
import Shell
import SimCore
import ToolIO
import Tutor
import World

/// The read-eval-print loop at a terminal: libedit for the line, the wall clock for time.
struct Interactive {
    let options: World.Options
    let environment: [String: String]

    static let banner = """
        Shipyard — learn ECS, ECR, EKS and Kubernetes by typing the real commands.
        Type `lessons` to start a guided lesson, `help` for everything else.

        """

    var historyPath: String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? ".") + "/.local/state"
        return state + "/shipyard/history"
    }

    var progressPath: String {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? ".") + "/.local/share"
        return data + "/shipyard/progress.json"
    }

    func run() -> Int32 {
        let files = LocalFileSystem.current(environment: environment)
        let session = ShellSession(world: World.makeDefault(options), fileSystem: files,
                                   clockPolicy: .wallClock(now: Host.wallClockMilliseconds),
                                   environment: environment,
                                   terminalWidth: Host.terminalWidth(environment: environment), interactive: true,
                                   worldOptions: options)
        session.hostProgram = { Host.run($0, in: $1) }
        let tutor = Tutor(catalog: .builtin, store: FileProgressStore(fileSystem: files, path: progressPath))
        session.enableLessons(tutor)
        let editor = LineEditor(programName: "shipyard", historyFile: historyPath) { line in
            let completion = session.complete(line)
            return CompletionResult(wordStart: completion.wordStart, candidates: completion.candidates)
        }
        Host.write(Self.banner, toStandardError: false)
        if let note = tutor.loadNote { Host.write(note + "\n\n", toStandardError: true) }
        // A command typed over several lines (a `for` loop, a here-document) is one entry of
        // history, as bash's cmdhist keeps it.
        editor.recordsLines = false
        var pending: [String] = []
        // A question the tutor asks ("Show the solution? … [y/N] ") ends its output without a
        // newline: the line editor shows it as the prompt, so the answer is typed after it.
        var question = ""
        while true {
            editor.prompt = !question.isEmpty ? question : pending.isEmpty ? session.prompt : "> "
            question = ""
            switch editor.readLine() {
            case .line(let line):
                pending.append(line)
                let text = pending.joined(separator: "\n")
                guard ShellSession.isComplete(text) else { continue }
                editor.addToHistory(ShellSession.historyEntry(lines: pending))
                pending = []
                session.terminalWidth = Host.terminalWidth(environment: environment)
                var chunks = session.execute(text).chunks
                if tutor.awaitingConfirmation, let last = chunks.last, !last.text.hasSuffix("\n") {
                    let lineStart = last.text.lastIndex(of: "\n").map { last.text.index(after: $0) } ?? last.text.startIndex
                    question = String(last.text[lineStart...])
                    chunks[chunks.count - 1].text = String(last.text[..<lineStart])
                }
                for chunk in chunks { Host.write(chunk.text, toStandardError: chunk.stream == .stderr) }
                if let status = session.exitStatus {
                    editor.saveHistory()
                    return status
                }
            case .interrupted:
                pending = []
                // Ctrl-C at the tutor's question declines it, as an empty answer does.
                if tutor.awaitingConfirmation { _ = tutor.confirm("") }
            case .endOfFile:
                // Ctrl-D leaves a container's or a node's shell, as it would end that shell.
                if pending.isEmpty, session.isInNestedShell {
                    Host.write("\n", toStandardError: false)
                    let output = session.execute("exit")
                    for chunk in output.chunks { Host.write(chunk.text, toStandardError: chunk.stream == .stderr) }
                    continue
                }
                editor.saveHistory()
                return session.lastStatus
            }
        }
    }
}
