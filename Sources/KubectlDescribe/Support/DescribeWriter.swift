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
        /// False for a bare `PrefixWriter` (`rollout history --revision`): tabs stay as written.
        let aligned: Bool
        var plain = ""

        init(aligned: Bool) { self.aligned = aligned }

        func write(_ text: String) {
            if aligned { tab.write(text) } else { plain += text }
        }
    }

    private let sink: Sink
    private let indent: Int

    init(aligned: Bool = true) {
        sink = Sink(aligned: aligned)
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
        sink.write(Self.escape(String(repeating: "  ", count: max(0, level + indent)) + text))
    }

    /// `WriteLine(text)`: the text and a newline (indented only in a nested writer).
    func writeLine(_ text: String = "") {
        if indent > 0 {
            write(0, text + "\n")
        } else {
            sink.write(Self.escape(text + "\n"))
        }
    }

    /// `Flush()`: lays out what was written so far; later lines start new column blocks.
    func flush() {
        if sink.aligned { sink.tab.flush() }
    }

    /// Everything written, laid out.
    func finish() -> String {
        guard sink.aligned else { return sink.plain }
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
