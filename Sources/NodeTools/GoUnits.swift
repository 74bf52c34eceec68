import SimCore

/// docker/go-units, as crictl prints with it: "4 minutes ago", "72.2MB".
enum GoUnits {
    static func humanDuration(_ duration: SimDuration) -> String {
        let seconds = Int(duration.milliseconds / 1000)
        if seconds < 1 { return "Less than a second" }
        if seconds == 1 { return "1 second" }
        if seconds < 60 { return "\(seconds) seconds" }
        let minutes = seconds / 60
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        let hours = Int((Double(duration.milliseconds) / 3_600_000).rounded())
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(Int(duration.milliseconds / 3_600_000) / 24 / 365) years"
    }

    /// Decimal units with four significant digits (`%.4g`).
    static func humanSize(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var index = 0
        while value >= 1000, index < units.count - 1 {
            value /= 1000
            index += 1
        }
        return fourSignificant(value) + units[index]
    }

    static func fourSignificant(_ value: Double) -> String {
        guard value > 0 else { return "0" }
        let digitsBeforePoint = value >= 1 ? String(Int(value)).count : 1
        let decimals = max(0, 4 - digitsBeforePoint)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(Int(rounded))
        if decimals > 0 {
            var fraction = Int(((rounded - Double(Int(rounded))) * scale).rounded())
            var digits = ""
            for _ in 0..<decimals {
                digits = String(fraction % 10) + digits
                fraction /= 10
            }
            while digits.hasSuffix("0") { digits.removeLast() }
            if !digits.isEmpty { text += "." + digits }
        }
        return text
    }
}
