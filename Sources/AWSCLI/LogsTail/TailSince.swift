import SimCore

/// `aws logs tail --since`: a relative time (`10m`: a number and one of `s m h d w`, counted
/// back from now) or an absolute one (epoch seconds, or an ISO 8601 date and time; without an
/// offset it is UTC), as the start of the events shown, in epoch milliseconds.
///
/// aws-cli hands absolute values to `dateutil`, which reads many more shapes (`5h30m` becomes
/// 05:30 today); Shipyard reads the ISO 8601 and epoch forms and reports the rest as dateutil's
/// "Unknown string format".
enum TailSince {
    static func startMillis(_ text: String, now: SimTime) throws(AWSCLIError) -> Int64 {
        if let relative = relativeSeconds(text) { return now.milliseconds - relative * 1000 }
        if let epoch = Double(text), epoch.isFinite, !text.contains(where: { $0.isLetter }) {
            return Int64((epoch * 1000).rounded(.down))
        }
        if let time = isoTime(text) { return time.milliseconds }
        throw .general("Invalid timestamp \"\(text)\": Unknown string format: \(text)")
    }

    /// `(?P<amount>\d+)(?P<unit>s|m|h|d|w)$`, matched at the start.
    static func relativeSeconds(_ text: String) -> Int64? {
        var body = Substring(text)
        if body.hasSuffix("\n") { body = body.dropLast() }
        guard let unit = body.last, body.count >= 2 else { return nil }
        let digits = body.dropLast()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let amount = Int64(digits) else { return nil }
        let scale: Int64
        switch unit {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3600
        case "d": scale = 86_400
        case "w": scale = 604_800
        default: return nil
        }
        let (seconds, overflow) = amount.multipliedReportingOverflow(by: scale)
        return overflow || seconds > 100_000 * 31_536_000 ? nil : seconds
    }

    /// `YYYY-MM-DD`, optionally with `THH:MM[:SS[.fraction]]` (or a space before the time) and
    /// `Z` or an offset.
    static func isoTime(_ text: String) -> SimTime? {
        if let time = SimTime(rfc3339: text) { return time }
        var candidate = text
        if candidate.count == 10 { candidate += "T00:00:00" }
        if candidate.count == 16 { candidate += ":00" }
        if let time = SimTime(rfc3339: candidate + "Z") { return time }
        return nil
    }
}
