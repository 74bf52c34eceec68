import Foundation
import Testing
import Transcripts

/// Every `Transcripts/**/*.t` replays as its own test case, byte for byte.
/// `SHIPYARD_BLESS=1 swift test` rewrites the failing files — and still fails the run, so a
/// re-recording is always looked at (`git diff Transcripts/`).
@Suite struct TranscriptReplayTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    static func files() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".t") }.sorted()
    }

    @Test(arguments: files())
    func replay(_ file: String) throws {
        let url = Self.root.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let transcript = Transcript.parse(text)
        #expect(!transcript.entries.isEmpty, "\(file) has no commands")
        let actual = TranscriptRunner.replay(transcript).render()
        guard actual != text else { return }
        let diff = UnifiedDiff.diff(text, actual, expectedName: "Transcripts/\(file)",
                                    actualName: "Transcripts/\(file) (actual)")
        if ProcessInfo.processInfo.environment["SHIPYARD_BLESS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("re-recorded Transcripts/\(file); review it with `git diff Transcripts/`\n\(diff)")
        } else {
            Issue.record("Transcripts/\(file) differs:\n\(diff)\nIf the new output is right: SHIPYARD_BLESS=1 swift test")
        }
    }

    @Test(arguments: files())
    func replaysIdenticallyTwice(_ file: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let transcript = Transcript.parse(text)
        #expect(TranscriptRunner.replay(transcript) == TranscriptRunner.replay(transcript))
    }

    @Test func thereAreTranscripts() {
        #expect(Self.files().count >= 10)
    }
}

@Suite struct TranscriptFormatTests {
    @Test func parsesAndRendersRoundTrip() {
        let text = """
            # A header line
            # seed: 7
            # start: 2026-02-03T04:05:06Z
            $ cat <<EOF
            > a
            > EOF
            a
            \\$ not a command
            $ false
            ? 1
            $ echo -n hi
            hi (no-eol)

            """
        let transcript = Transcript.parse(text)
        #expect(transcript.seed == 7)
        #expect(transcript.start?.rfc3339 == "2026-02-03T04:05:06Z")
        #expect(transcript.entries.count == 3)
        #expect(transcript.entries[0].command == "cat <<EOF\na\nEOF")
        #expect(transcript.entries[0].output == "a\n$ not a command\n")
        #expect(transcript.entries[1].status == 1)
        #expect(transcript.entries[2].output == "hi")
        #expect(transcript.render() == text)
    }

    @Test func diffShowsChangedLines() {
        let diff = UnifiedDiff.diff("a\nb\nc\n", "a\nB\nc\n", expectedName: "x", actualName: "y")
        #expect(diff == "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
        #expect(UnifiedDiff.diff("same\n", "same\n", expectedName: "x", actualName: "y").isEmpty)
    }

    @Test func scriptsSplitIntoCompleteCommands() {
        let commands = TranscriptRunner.commands(in: "echo a\ncat <<EOF\nx\nEOF\necho 'b\nc'\n")
        #expect(commands == ["echo a", "cat <<EOF\nx\nEOF", "echo 'b\nc'"])
    }
}
