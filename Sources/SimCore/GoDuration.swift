/// Go's `time.Duration.String()`: `412ms`, `2.874s`, `1m2.5s`, `1h0m2s` — the form kubelet
/// messages ("Successfully pulled image … in 2.874s") and Go tools print.
public enum GoDuration {
    public static func format(_ duration: SimDuration) -> String {
        var ms = duration.milliseconds
        if ms == 0 { return "0s" }
        let negative = ms < 0
        ms = abs(ms)
        var text: String
        if ms < 1000 {
            text = "\(ms)ms"
        } else {
            let hours = ms / 3_600_000
            let minutes = (ms / 60_000) % 60
            let seconds = (ms / 1000) % 60
            let fraction = ms % 1000
            var secondsText = String(seconds)
            if fraction > 0 {
                var digits = String(fraction)
                digits = String(repeating: "0", count: 3 - digits.count) + digits
                while digits.hasSuffix("0") { digits.removeLast() }
                secondsText += "." + digits
            }
            text = ""
            if hours > 0 { text += "\(hours)h" }
            if hours > 0 || minutes > 0 { text += "\(minutes)m" }
            text += secondsText + "s"
        }
        return negative ? "-" + text : text
    }

    /// Go's time.ParseDuration, as kubectl's duration flags (`--timeout`, `--since`) and
    /// crictl's `--since` read them: a sign, then numbers with units (`90s`, `1m30s`, `1.5h`,
    /// `500ms`, `-5s`). Nil for anything Go refuses; `parseError` says why, in Go's words.
    public static func parse(_ text: String) -> SimDuration? {
        if case .success(let duration) = parseResult(text) { return duration }
        return nil
    }

    /// Go's message for a duration it cannot read (`time: missing unit in duration "5"`), or
    /// nil when it reads it.
    public static func parseError(_ text: String) -> String? {
        if case .failure(let message) = parseResult(text) { return message.text }
        return nil
    }

    private struct Message: Error { let text: String }

    private static let nanosecondsPerUnit: [String: Double] = [
        "ns": 1, "us": 1e3, "\u{00B5}s": 1e3, "\u{03BC}s": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9,
    ]

    private static func parseResult(_ original: String) -> Result<SimDuration, Message> {
        let quoted = "\"" + original + "\""
        let invalid = Message(text: "time: invalid duration \(quoted)")
        var rest = Substring(original)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" { return .success(.zero) }
        if rest.isEmpty { return .failure(invalid) }
        var nanoseconds = 0.0
        while !rest.isEmpty {
            let whole = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(whole.count)
            var fraction: Substring = ""
            var hasPoint = false
            if rest.first == "." {
                hasPoint = true
                rest = rest.dropFirst()
                fraction = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else { return .failure(invalid) }
            let unit = rest.prefix { !($0 == "." || ($0.isASCII && $0.isNumber)) }
            rest = rest.dropFirst(unit.count)
            guard !unit.isEmpty else { return .failure(Message(text: "time: missing unit in duration \(quoted)")) }
            guard let scale = nanosecondsPerUnit[String(unit)] else {
                return .failure(Message(text: "time: unknown unit \"\(unit)\" in duration \(quoted)"))
            }
            let value = Double("\(whole.isEmpty ? "0" : String(whole))\(hasPoint ? "." + (fraction.isEmpty ? "0" : String(fraction)) : "")") ?? 0
            nanoseconds += value * scale
        }
        let milliseconds = Int64((nanoseconds / 1e6).rounded())
        return .success(SimDuration(milliseconds: negative ? -milliseconds : milliseconds))
    }
}
