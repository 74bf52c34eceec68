import GoPorts
import JSONValue

/// Timestamps as kubectl reads and prints them, without Foundation.
///
/// kubectl parses `metav1.Time` (RFC 3339, seconds) and `metav1.MicroTime` (RFC 3339 with
/// microseconds) and prints absolute times with Go's `time.RFC1123Z` layout in the local zone.
/// Shipyard's machine runs in UTC, so dates print as `Mon, 02 Jan 2006 15:04:05 +0000`; the
/// goldens were recorded with TZ=UTC for the same reason.
public struct KubeTime: Sendable, Equatable, Comparable {
    /// Seconds since the Unix epoch.
    public var seconds: Int
    /// Fraction of a second, in nanoseconds.
    public var nanos: Int

    public init(seconds: Int, nanos: Int = 0) {
        self.seconds = seconds
        self.nanos = nanos
    }

    public static func < (a: KubeTime, b: KubeTime) -> Bool {
        (a.seconds, a.nanos) < (b.seconds, b.nanos)
    }

    /// Parses `2006-01-02T15:04:05Z`, with optional fraction and `Z` or `±hh:mm` offset.
    public static func parse(_ text: String) -> KubeTime? {
        let b = Array(text.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for i in at..<(at + n) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard b.count >= 20,
              let year = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45,
              let day = digits(8, 2), b[10] == 84 || b[10] == 116,
              let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2), b[16] == 58,
              let second = digits(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var i = 19
        var nanos = 0
        if i < b.count, b[i] == 46 {
            i += 1
            var scale = 100_000_000
            var any = false
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                nanos += Int(b[i] - 48) * scale
                scale /= 10
                any = true
                i += 1
            }
            guard any else { return nil }
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 90 || b[i] == 122 {
            i += 1
        } else if b[i] == 43 || b[i] == 45 {
            guard let oh = digits(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let om = digits(i + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(year, month, day)
        return KubeTime(seconds: days * 86400 + hour * 3600 + minute * 60 + second - offset, nanos: nanos)
    }

    /// Go's `time.RFC1123Z` in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`.
    public var rfc1123Z: String {
        let days = Self.floorDiv(seconds, 86400)
        let secs = seconds - days * 86400
        let (y, m, d) = Self.civilFromDays(days)
        let weekday = ((days % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[weekday]), \(pad(d, 2)) \(months[m - 1]) \(pad(y, 4)) \(pad(secs / 3600, 2)):\(pad(secs / 60 % 60, 2)):\(pad(secs % 60, 2)) +0000"
    }

    /// What Go prints for a zero `metav1.Time` with RFC1123Z in UTC.
    static let zeroRFC1123Z = "Mon, 01 Jan 0001 00:00:00 +0000"

    private func pad(_ v: Int, _ n: Int) -> String {
        let s = String(v)
        return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    // Howard Hinnant's civil-calendar algorithms.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Ages of timestamps as `describe` reads them.
extension HumanDuration {
    /// The whole seconds of `to - from`, truncated toward zero like Go's `Duration.Seconds()`.
    static func seconds(from: KubeTime, to: KubeTime) -> Int {
        var whole = to.seconds - from.seconds
        let nanos = to.nanos - from.nanos
        // Truncate toward zero, as Go's int(d.Seconds()) does.
        if whole > 0, nanos < 0 { whole -= 1 } else if whole < 0, nanos > 0 { whole += 1 }
        return whole
    }

    /// `translateTimestampSince`: `<unknown>` for a missing timestamp, else the age at `now`.
    public static func age(of timestamp: String?, now: KubeTime) -> String {
        guard let timestamp, let t = KubeTime.parse(timestamp) else { return "<unknown>" }
        return format(seconds: seconds(from: t, to: now))
    }
}
