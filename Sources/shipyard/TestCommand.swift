import ArgumentParser
import HostSystem
import Transcripts

/// `shipyard test [PATH…] [--bless]`: replays transcripts and shows a diff for each mismatch.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shipyard test", abstract: "Replay transcript files.")

    @Flag(help: "Rewrite failing transcripts with the actual output.")
    var bless = false

    @Argument(help: "Transcript files or directories (default: Transcripts/).")
    var paths: [String] = []

    func run() throws {
        let files = TranscriptFiles.find(paths.isEmpty ? ["Transcripts"] : paths)
        guard !files.isEmpty else { throw ValidationError("no transcripts (*.t) found") }
        var failed = 0
        for file in files {
            guard let text = Host.readFile(file) else {
                Host.write("FAIL \(file): cannot read\n", toStandardError: false)
                failed += 1
                continue
            }
            let actual = TranscriptRunner.replay(Transcript.parse(text)).render()
            if actual == text {
                Host.write("ok   \(file)\n", toStandardError: false)
                continue
            }
            failed += 1
            Host.write("FAIL \(file)\n", toStandardError: false)
            Host.write(UnifiedDiff.diff(text, actual, expectedName: file, actualName: file + " (actual)"),
                       toStandardError: false)
            if bless {
                let fs = LocalFileSystem.current(environment: [:])
                try? fs.writeFile(file, Array(actual.utf8), append: false)
                Host.write("     rewritten\n", toStandardError: false)
            }
        }
        Host.write("\(files.count - failed) passed, \(failed) failed\n", toStandardError: false)
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Transcript files under the given paths, sorted.
enum TranscriptFiles {
    static func find(_ paths: [String]) -> [String] {
        let fs = LocalFileSystem.current(environment: [:])
        var result: [String] = []
        func walk(_ path: String) {
            if fs.isDirectory(path) {
                for name in fs.list(path) ?? [] { walk(path + "/" + name) }
            } else if path.hasSuffix(".t") {
                result.append(path)
            }
        }
        for path in paths { walk(path) }
        return result.sorted()
    }
}
