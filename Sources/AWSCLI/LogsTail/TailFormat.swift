import AWSArguments
import JSONValue
import SimCore

/// How `aws logs tail` prints one event, for `--format detailed|short|json`: the timestamp
/// (UTC), the stream name (not in `short`) and the message, with trailing whitespace trimmed
/// to one newline. `json` pretty-prints messages that are entirely JSON on the lines after.
/// `--color on` colours the timestamp green and the stream cyan.
enum TailFormat: String, CaseIterable {
    case detailed
    case short
    case json

    static let green = "\u{1B}[32m"
    static let cyan = "\u{1B}[36m"
    static let reset = "\u{1B}[0m"

    func line(timestamp: Int64, stream: String, message: String, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? code + text + Self.reset : text }
        let time = SimTime(milliseconds: timestamp)
        let text: String
        switch self {
        case .detailed:
            text = "\(paint(time.awsCLI, Self.green)) \(paint(stream, Self.cyan)) \(message)"
        case .short:
            text = "\(paint(String(time.awsCLI.prefix(19)), Self.green)) \(message)"
        case .json:
            text = "\(paint(Self.isoformat(time), Self.green)) \(paint(stream, Self.cyan)) \(Self.prettyJSON(message))"
        }
        return Self.rstrip(text) + "\n"
    }

    /// Python's `datetime.isoformat()`: microseconds only when there are some.
    static func isoformat(_ time: SimTime) -> String {
        let full = time.awsCLI
        guard full.contains(".000000+") else { return full }
        return String(full.prefix(19)) + "+00:00"
    }

    /// `json.dumps(json.loads(message), indent=4)` after a newline, or the message as it is.
    static func prettyJSON(_ message: String) -> String {
        guard case .success(let value) = PythonConversions.jsonLoads(message) else { return message }
        return "\n" + PaginationToken.asciiEscaped(JSONWriter.awsCLI.write(value.json))
    }

    /// `str.rstrip()`: trailing whitespace of any kind.
    static func rstrip(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace || (0x1C...0x1F).contains(last.value) {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
