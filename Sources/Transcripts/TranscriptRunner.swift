import Shell
import SimCore
import ToolIO
import Tutor
import World

/// Replays transcripts in a fresh deterministic world, and records new ones.
public enum TranscriptRunner {
    /// The world and shell a transcript runs in: its header's seed and start, memory files.
    public static func session(for transcript: Transcript) -> ShellSession {
        let options = World.Options(seed: transcript.seed ?? World.defaultSeed,
                                    start: transcript.start ?? World.defaultStart)
        let session = ShellSession(world: World.makeDefault(options), fileSystem: InMemoryFileSystem(),
                                   terminalWidth: transcript.columns ?? 80, worldOptions: options)
        session.enableLessons(Tutor(catalog: .builtin, store: InMemoryProgressStore()))
        return session
    }

    /// Runs every command of `transcript` and returns the transcript of what actually happened.
    public static func replay(_ transcript: Transcript) -> Transcript {
        let shell = session(for: transcript)
        var actual = Transcript(header: transcript.header, entries: [])
        for entry in transcript.entries {
            let output = shell.execute(entry.command)
            actual.entries.append(Transcript.Entry(command: entry.command, output: output.combined, status: output.status))
            if shell.exitStatus != nil { break }
        }
        return actual
    }

    /// Splits script text into command lines, joining lines until each command is complete
    /// (here-documents, open quotes, trailing `\`).
    public static func commands(in script: String) -> [String] {
        var result: [String] = []
        var pending: String?
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if script.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            let candidate = pending.map { $0 + "\n" + line } ?? line
            if ShellSession.isComplete(candidate) {
                result.append(candidate)
                pending = nil
            } else {
                pending = candidate
            }
        }
        if let pending { result.append(pending) }
        return result
    }
}
