/// go-units' `HumanDuration`, which Docker prints ages with (`docker images`' CREATED column
/// adds ` ago`): whole seconds, minutes, hours up to two days, then days, weeks, months, years.
enum GoUnitsDuration {
    static func human(seconds: Int64) -> String {
        if seconds < 1 { return "Less than a second" }
        if seconds == 1 { return "1 second" }
        if seconds < 60 { return "\(seconds) seconds" }
        let minutes = seconds / 60
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        let hours = minutes / 60
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(hours / 24 / 365) years"
    }

    /// go-units' `HumanSizeWithPrecision(size, 3)`: decimal units, three significant digits
    /// (`192MB`, `7.8MB`, `1.1GB`).
    static func size(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return significant(value, digits: 3) + units[unit]
    }

    /// `%.3g` for the values sizes take (below 1000): no exponent, trailing zeros dropped.
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
        let rounded = (value * factor).rounded() / factor
        // Rounding may carry into another digit (999.5 → 1000): %g then shows one digit fewer.
        if rounded >= 1000 { return "1e+03" }
        var text = String(Int64(rounded))
        if decimals > 0 {
            let fraction = Int64(((rounded - Double(Int64(rounded))) * factor).rounded())
            var digitsText = String(fraction)
            digitsText = String(repeating: "0", count: decimals - digitsText.count) + digitsText
            while digitsText.hasSuffix("0") { digitsText.removeLast() }
            if !digitsText.isEmpty { text += "." + digitsText }
        }
        return text
    }
}
