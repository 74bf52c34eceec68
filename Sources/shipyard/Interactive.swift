import HostSystem
import LineEditing
import Shell
import SimCore
import ToolIO
import World

/// The read-eval-print loop at a terminal: libedit for the line, the wall clock for time.
struct Interactive {
    let options: World.Options
    let environment: [String: String]

    static let banner = """
        Shipyard — learn ECS, ECR, EKS and Kubernetes by typing the real commands.
        Type `help` to see what you can do.

        """

    var historyPath: String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? ".") + "/.local/state"
        return state + "/shipyard/history"
    }

    func run() -> Int32 {
        let session = ShellSession(world: World.makeDefault(options),
                                   fileSystem: LocalFileSystem.current(environment: environment),
                                   clockPolicy: .wallClock(now: Host.wallClockMilliseconds),
                                   environment: environment,
                                   terminalWidth: Host.terminalWidth(environment: environment), interactive: true)
        let editor = LineEditor(programName: "shipyard", historyFile: historyPath) { line in
            let completion = session.complete(line)
            return CompletionResult(wordStart: completion.wordStart, candidates: completion.candidates)
        }
        Host.write(Self.banner, toStandardError: false)
        var pending: String?
        while true {
            editor.prompt = pending == nil ? session.prompt : "> "
            switch editor.readLine() {
            case .line(let line):
                let text = pending.map { $0 + "\n" + line } ?? line
                guard ShellSession.isComplete(text) else {
                    pending = text
                    continue
                }
                pending = nil
                session.terminalWidth = Host.terminalWidth(environment: environment)
                let output = session.execute(text)
                for chunk in output.chunks { Host.write(chunk.text, toStandardError: chunk.stream == .stderr) }
                if let status = session.exitStatus {
                    editor.saveHistory()
                    return status
                }
            case .interrupted:
                pending = nil
            case .endOfFile:
                editor.saveHistory()
                return session.lastStatus
            }
        }
    }
}
