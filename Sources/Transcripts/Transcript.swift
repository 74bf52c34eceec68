import SimCore

/// A recorded session as text — the golden-test format of Shipyard.
///
/// ```
/// # Scale a deployment.
/// # seed: 42
/// # start: 2026-01-01T00:00:00Z
/// $ kubectl get deploy nope
/// Error from server (NotFound): deployments.apps "nope" not found
/// ? 1
/// ```
///
/// `$ ` starts a command, `> ` continues it, `? N` records a non-zero status, `#` lines
/// before the first command are the header. Every other line is output, stdout and stderr as
/// the learner saw them. An output line that would be mistaken for syntax is escaped with a
/// leading `\`; output without a final newline ends in ` (no-eol)`.
public struct Transcript: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// The command as typed; continuation lines joined with newlines.
        public var command: String
        public var output: String
        public var status: Int32

        public init(command: String, output: String, status: Int32) {
            self.command = command
            self.output = output
            self.status = status
        }
    }

    public var header: [String]
    public var entries: [Entry]

    public init(header: [String], entries: [Entry]) {
        self.header = header
        self.entries = entries
    }

    /// A header directive (`# seed: 42` → "42").
    public func directive(_ key: String) -> String? {
        for line in header {
            let body = line.dropFirst().drop { $0 == " " }
            if body.hasPrefix(key + ":") {
                return String(body.dropFirst(key.count + 1)).trimmingLeadingSpaces
            }
        }
        return nil
    }

    public var seed: UInt64? { directive("seed").flatMap { UInt64($0) } }
    public var start: SimTime? { directive("start").flatMap { SimTime(rfc3339: $0) } }
    public var columns: Int? { directive("columns").flatMap { Int($0) } }

    public static let noEOL = " (no-eol)"

    public static func parse(_ text: String) -> Transcript {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        var header: [String] = []
        var entries: [Entry] = []
        var index = 0
        while index < lines.count, !lines[index].hasPrefix("$ ") {
            header.append(lines[index])
            index += 1
        }
        while index < lines.count {
            var command = String(lines[index].dropFirst(2))
            index += 1
            while index < lines.count, lines[index].hasPrefix("> ") || lines[index] == ">" {
                command += "\n" + String(lines[index].dropFirst(2))
                index += 1
            }
            var outputLines: [String] = []
            var status: Int32 = 0
            while index < lines.count, !lines[index].hasPrefix("$ ") {
                let line = lines[index]
                index += 1
                if line.hasPrefix("? "), let code = Int32(line.dropFirst(2)),
                    index == lines.count || lines[index].hasPrefix("$ ")
                {
                    status = code
                    continue
                }
                outputLines.append(line)
            }
            var output = ""
            for line in outputLines {
                var content = line.hasPrefix("\\") ? String(line.dropFirst()) : line
                if content.hasSuffix(noEOL) {
                    content.removeLast(noEOL.count)
                    output += content
                } else {
                    output += content + "\n"
                }
            }
            entries.append(Entry(command: command, output: output, status: status))
        }
        return Transcript(header: header, entries: entries)
    }

    public func render() -> String {
        var text = header.map { $0 + "\n" }.joined()
        for entry in entries {
            let commandLines = entry.command.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in commandLines.enumerated() { text += (i == 0 ? "$ " : "> ") + line + "\n" }
            var outputLines = entry.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let endsWithNewline = entry.output.hasSuffix("\n") || entry.output.isEmpty
            if entry.output.hasSuffix("\n") || entry.output.isEmpty { outputLines.removeLast() }
            for (i, line) in outputLines.enumerated() {
                var rendered = line
                if rendered.hasPrefix("$ ") || rendered.hasPrefix("> ") || rendered == ">" || rendered.hasPrefix("? ")
                    || rendered.hasPrefix("\\")
                {
                    rendered = "\\" + rendered
                }
                if i == outputLines.count - 1 && !endsWithNewline { rendered += Transcript.noEOL }
                text += rendered + "\n"
            }
            if entry.status != 0 { text += "? \(entry.status)\n" }
        }
        return text
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
