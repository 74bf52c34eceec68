import JSONValue

/// Timestamps as AWS CLI v2 prints them by default (`cli_timestamp_format = iso8601`).
///
/// The services send epoch seconds (`1795754463.126`). v2 parses every timestamp member of
/// the response model with `parse_timestamp(value).isoformat()`
/// (`awscli/customizations/timestampformat.py`) *before* any formatter runs, so all output
/// formats see the same string, e.g. `2026-11-27T04:41:03.126000+00:00`; YAML quotes it
/// because it reads as a timestamp. Which members are timestamps is known only to the
/// response model, so the caller converts them; the formatters never guess.
///
/// Python's `datetime.fromtimestamp` rounds to microseconds half-to-even and `isoformat`
/// omits the fraction when it is zero. The offset is the machine's local zone in the CLI;
/// Shipyard uses UTC, `+00:00`. `cli_timestamp_format = wire` keeps the number unchanged.
public enum AWSTimestamp {
    /// `2026-11-27T04:41:03.126000+00:00` for epoch seconds, or nil outside Python's
    /// `datetime` range (years 1 to 9999) or for a non-finite value.
    public static func iso8601(epochSeconds: Double) -> String? {
        guard epochSeconds.isFinite, abs(epochSeconds) < 1e15 else { return nil }
        var whole = epochSeconds.rounded(.towardZero)
        var micros = ((epochSeconds - whole) * 1e6).rounded(.toNearestOrEven)
        if micros >= 1e6 {
            micros -= 1e6
            whole += 1
        } else if micros < 0 {
            micros += 1e6
            whole -= 1
        }
        return format(seconds: Int(whole), microseconds: Int(micros))
    }

    /// The same for whole epoch seconds (a JSON integer), which has no fraction.
    public static func iso8601(epochSeconds: Int) -> String? {
        guard epochSeconds > -1_000_000_000_000_000 && epochSeconds < 1_000_000_000_000_000 else { return nil }
        return format(seconds: epochSeconds, microseconds: 0)
    }

    /// A timestamp member's value as v2 prints it: numbers become the ISO 8601 string; any
    /// other value (already text, or out of range) is left as it is.
    public static func iso8601(_ value: JSON) -> JSON {
        switch value {
        case .int(let i): return iso8601(epochSeconds: i).map(JSON.string) ?? value
        case .double(let d): return iso8601(epochSeconds: d).map(JSON.string) ?? value
        default: return value
        }
    }

    private static func format(seconds: Int, microseconds: Int) -> String? {
        let days = floorDiv(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        guard (1...9999).contains(year) else { return nil }
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        text += "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if microseconds != 0 { text += "." + pad(microseconds, 6) }
        return text + "+00:00"
    }

    /// Proleptic Gregorian date from days since 1970-01-01 (the "days from civil" inverse).
    private static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
