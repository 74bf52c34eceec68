import SimCore

/// docker/go-units, which crictl and Docker print with: ages ("4 minutes ago", with ` ago`
/// added by the caller) and decimal sizes ("72.2MB" for crictl, "192MB" for `docker images`).
public enum GoUnits {
    /// `HumanDuration`: whole seconds and minutes, hours rounded, then days, weeks, months, years.
    public static func humanDuration(_ duration: SimDuration) -> String {
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

    /// `HumanSizeWithPrecision(bytes, precision)`: decimal units, `%.*g` (`HumanSize` is
    /// precision 4, what crictl shows; `docker images` asks for 3).
    public static func humanSize(_ bytes: Int64, precision: Int = 4) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
        var value = Double(bytes)
        var index = 0
        while value >= 1000, index < units.count - 1 {
            value /= 1000
            index += 1
        }
        return significant(value, digits: precision) + units[index]
    }

    /// `%.Ng` for the values sizes take (0 up to 1000): trailing zeros dropped, and Go's
    /// exponent when rounding carries into another digit (`999.5` at 3 digits is `1e+03`).
    static func significant(_ value: Double, digits: Int) -> String {
        guard value > 0 else { return "0" }
        var integerDigits = 1
        var scaled = value
        while scaled >= 10 {
            scaled /= 10
            integerDigits += 1
        }
        let decimals = max(0, digits - integerDigits)
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        // Go rounds the exact value half to even (192.5 → 192).
        let rounded = (value * factor).rounded(.toNearestOrEven) / factor
        var limit = 1.0
        for _ in 0..<digits { limit *= 10 }
        if rounded >= limit { return "1e+" + (digits < 10 ? "0" : "") + String(digits) }
        var text = String(Int64(rounded))
        if decimals > 0 {
            var fraction = Int64(((rounded - Double(Int64(rounded))) * factor).rounded())
            var fractionDigits = ""
            for _ in 0..<decimals {
                fractionDigits = String(fraction % 10) + fractionDigits
                fraction /= 10
            }
            while fractionDigits.hasSuffix("0") { fractionDigits.removeLast() }
            if !fractionDigits.isEmpty { text += "." + fractionDigits }
        }
        return text
    }
}
