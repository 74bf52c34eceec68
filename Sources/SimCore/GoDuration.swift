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

    /// Go's time.ParseDuration for the units a learner types (`90s`, `1m30s`, `2h`, `500ms`),
    /// as kubectl's `--timeout` and crictl's `--since` read them. Nil for anything else.
    public static func parse(_ text: String) -> SimDuration? {
        if text == "0" { return .zero }
        var total: Double = 0
        var number = ""
        var chars = Array(text)[...]
        guard !chars.isEmpty else { return nil }
        while let c = chars.first {
            chars = chars.dropFirst()
            if c.isNumber || c == "." {
                number.append(c)
                continue
            }
            var unit = String(c)
            if c == "m", chars.first == "s" {
                unit = "ms"
                chars = chars.dropFirst()
            }
            guard let value = Double(number) else { return nil }
            switch unit {
            case "ms": total += value / 1000
            case "s": total += value
            case "m": total += value * 60
            case "h": total += value * 3600
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty else { return nil }
        return .seconds(total)
    }
}
