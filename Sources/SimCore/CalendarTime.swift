import Synchronization

/// Gregorian calendar arithmetic in UTC, without Foundation's time zone machinery.
///
/// Timestamps must not depend on the host's zone or locale, and the conversions are small
/// enough to own: days-from-civil and its inverse (H. Hinnant's public-domain algorithms).
public struct CalendarTime: Equatable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var millisecond: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
    }

    public init(_ time: SimTime) {
        let ms = time.milliseconds
        let secondsTotal = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let millis = Int(ms - secondsTotal * 1000)
        let days = secondsTotal >= 0 ? secondsTotal / 86400 : (secondsTotal - 86399) / 86400
        let secondOfDay = Int(secondsTotal - days * 86400)
        let (y, m, d) = CalendarTime.civil(fromDays: Int(days))
        self.init(year: y, month: m, day: d, hour: secondOfDay / 3600, minute: (secondOfDay % 3600) / 60,
                  second: secondOfDay % 60, millisecond: millis)
    }

    public var simTime: SimTime {
        let days = Int64(CalendarTime.days(fromCivil: year, month, day))
        let seconds = days * 86400 + Int64(hour * 3600 + minute * 60 + second)
        return SimTime(milliseconds: seconds * 1000 + Int64(millisecond))
    }

    /// Day of the week, 0 = Sunday.
    public var weekday: Int {
        let days = CalendarTime.days(fromCivil: year, month, day)
        return ((days % 7) + 11) % 7
    }

    /// How many days `month` (1–12) of `year` has.
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func days(fromCivil y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

extension SimTime {
    /// `2026-01-01T00:00:00Z`: Kubernetes' `metav1.Time` (second precision, UTC).
    public var rfc3339: String {
        // Timestamps are written many times a simulated second (150,000 pods each carry a
        // dozen): the last second's text is kept and shared, saving the work and the memory.
        let second = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        if let cached = lastRFC3339.withLock({ $0.second == second ? $0.text : nil }) { return cached }
        let text = Self.formatRFC3339(CalendarTime(self))
        lastRFC3339.withLock { $0 = (second, text) }
        return text
    }

    /// `2026-01-01T00:00:00.123000Z`: Kubernetes' MicroTime, as Leases and events.k8s.io use
    /// (the clock counts milliseconds, so the last three digits are zeros). Every kubelet of
    /// a cluster renews its Lease at the same instants: the last text made is shared.
    public var microRFC3339: String {
        if let cached = lastMicroRFC3339.withLock({ $0.milliseconds == milliseconds ? $0.text : nil }) {
            return cached
        }
        let millis = Int((milliseconds % 1000 + 1000) % 1000)
        let text = rfc3339.dropLast() + "." + pad(millis, 3) + "000Z"
        lastMicroRFC3339.withLock { $0 = (milliseconds, text) }
        return text
    }

    private static func formatRFC3339(_ c: CalendarTime) -> String {
        guard (0...9999).contains(c.year) else {
            return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
        }
        return String(unsafeUninitializedCapacity: 20) { buffer in
            func put(_ value: Int, _ width: Int, at offset: Int) {
                var rest = value
                for index in stride(from: offset + width - 1, through: offset, by: -1) {
                    buffer[index] = UInt8(48 + rest % 10)
                    rest /= 10
                }
            }
            put(c.year, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(c.month, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(c.day, 2, at: 8)
            buffer[10] = UInt8(ascii: "T")
            put(c.hour, 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(c.minute, 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(c.second, 2, at: 17)
            buffer[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// `2026-01-01T00:00:00.123000+00:00`: aws-cli v2's ISO 8601 rendering of a wire timestamp.
    public var awsCLI: String {
        let c = CalendarTime(self)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))"
            + ".\(pad(c.millisecond * 1000, 6))+00:00"
    }

    /// Parses `2026-01-01T00:00:00Z`, `2026-01-01T00:00:00.5Z` or `…+00:00`-style offsets; nil when malformed.
    public init?(rfc3339 text: String) {
        // Read in place when the string is contiguous (it always is, natively): no copy of
        // its bytes per timestamp parsed.
        let parsed = text.utf8.withContiguousStorageIfAvailable { Self.parseRFC3339($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Self.parseRFC3339($0) }
        guard let parsed else { return nil }
        self = parsed
    }

    private static func parseRFC3339(_ bytes: UnsafeBufferPointer<UInt8>) -> SimTime? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for b in bytes[from..<from + count] {
                guard b >= 48 && b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard bytes.count >= 20, let y = number(0, 4), bytes[4] == 45, let mo = number(5, 2), bytes[7] == 45,
            let d = number(8, 2), bytes[10] == 84 || bytes[10] == 116 || bytes[10] == 32,
            let h = number(11, 2), bytes[13] == 58, let mi = number(14, 2), bytes[16] == 58, let s = number(17, 2),
            (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var index = 19
        var millis = 0
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var scale = 100
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                millis += Int(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < bytes.count else { return nil }
        var offsetSeconds = 0
        if bytes[index] == 90 || bytes[index] == 122 {
            index += 1
        } else if bytes[index] == 43 || bytes[index] == 45, let oh = number(index + 1, 2),
            index + 3 < bytes.count, bytes[index + 3] == 58, let om = number(index + 4, 2)
        {
            offsetSeconds = (oh * 3600 + om * 60) * (bytes[index] == 45 ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let base = CalendarTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: millis).simTime
        return SimTime(milliseconds: base.milliseconds - Int64(offsetSeconds) * 1000)
    }
}

/// The last `rfc3339` text made, by whole second.
private let lastRFC3339 = Mutex<(second: Int64, text: String)>((Int64.min, ""))
/// The last `microRFC3339` text made.
private let lastMicroRFC3339 = Mutex<(milliseconds: Int64, text: String)>((Int64.min, ""))

private func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension SimTime {
    /// `0101 00:00:05.000000`: the time stamp in a klog header (`F0101 00:00:05.000000 1 file.go:12] …`).
    public var klog: String {
        let c = CalendarTime(self)
        return "\(pad(c.month))\(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)).\(pad(c.millisecond * 1000, 6))"
    }
}

extension SimTime {
    /// `2026-01-01T00:00:05.123000000Z`: Go's RFC3339Nano as `kubectl logs --timestamps` and
    /// `crictl logs -t` print it.
    public var nanoRFC3339: String {
        let base = rfc3339.dropLast()
        let millis = (milliseconds % 1000 + 1000) % 1000
        guard millis > 0 else { return rfc3339 }
        var digits = String(millis)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return base + "." + digits + "Z"
    }
}
