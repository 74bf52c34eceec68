/// kubernetes/apimachinery `duration.HumanDuration`: the AGE column, RESTARTS' "(2m4s ago)",
/// a job's DURATION, and the ages `describe` prints.
///
/// Precision shrinks as durations grow (`70s`, `9m59s`, `179m`, `7h59m`, `2d1h`, `367d`,
/// `2y1d`); all divisions truncate and a year is 365 days.
public enum HumanDuration {
    /// A duration of `seconds` whole seconds (Go truncates a duration toward zero first).
    public static func format(seconds: Int) -> String {
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 * 2 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 10 {
            let s = seconds % 60
            return s == 0 ? "\(minutes)m" : "\(minutes)m\(s)s"
        }
        if minutes < 60 * 3 { return "\(minutes)m" }
        let hours = seconds / 3600
        if hours < 8 {
            let m = minutes % 60
            return m == 0 ? "\(hours)h" : "\(hours)h\(m)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let h = hours % 24
            return h == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(h)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let dy = (hours / 24) % 365
            return dy == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(dy)d"
        }
        return "\(hours / 24 / 365)y"
    }
}
