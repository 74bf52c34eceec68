import GoPorts
import JSONValue

/// kubectl's `PrefixWriter` over the describe tabwriter (kubernetes/kubectl `pkg/describe`).
///
/// `write(level, text)` indents by two spaces per level, like `Write(LEVEL_n, format, ...)`;
/// callers build `text` themselves instead of a Go format string. Every write goes through
/// `printers.WriteEscaped`, which turns ESC into `^[` and CR into `\r` so object contents cannot
/// drive the terminal; kubectl does this per write, and so does this writer.
///
/// `nested(by:)` is kubectl's `NewNestedPrefixWriter`: it adds levels to every write, including
/// `WriteLine`, which is why nested `<none>` values come out indented (a kubectl quirk kept).
struct DescribeWriter {
    private final class Sink {
        var tab = TabWriter.describe
    }

    private let sink: Sink
    private let indent: Int

    init() {
        sink = Sink()
        indent = 0
    }

    private init(sink: Sink, indent: Int) {
        self.sink = sink
        self.indent = indent
    }

    func nested(by levels: Int) -> DescribeWriter {
        DescribeWriter(sink: sink, indent: indent + levels)
    }

    /// `Write(level, "%s", text)`.
    func write(_ level: Int, _ text: String) {
        sink.tab.write(Self.escape(String(repeating: "  ", count: max(0, level + indent)) + text))
    }

    /// `WriteLine(text)`: the text and a newline (indented only in a nested writer).
    func writeLine(_ text: String = "") {
        if indent > 0 {
            write(0, text + "\n")
        } else {
            sink.tab.write(Self.escape(text + "\n"))
        }
    }

    /// `Flush()`: lays out what was written so far; later lines start new column blocks.
    func flush() {
        sink.tab.flush()
    }

    /// Everything written, laid out.
    func finish() -> String {
        sink.tab.flush()
        return sink.tab.text
    }

    static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\r" }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{1B}": out += "^["
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
