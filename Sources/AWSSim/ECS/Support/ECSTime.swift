import JSONValue
import SimCore

/// ECS sends timestamps as epoch seconds with millisecond precision (`1767225612.345`), which
/// aws-cli v2 prints as ISO 8601; EventBridge events carry them as ISO strings instead.
enum ECSTime {
    /// The wire form of a timestamp member.
    static func json(_ time: SimTime) -> JSON {
        time.milliseconds % 1000 == 0 ? .int(Int(time.seconds)) : .double(Double(time.milliseconds) / 1000)
    }

    static func json(_ time: SimTime?) -> JSON? { time.map { json($0) } }

    /// `2026-01-01T00:00:12.345Z`: how EventBridge event details write ECS timestamps.
    static func eventString(_ time: SimTime) -> String {
        let c = CalendarTime(time)
        var millis = String(c.millisecond)
        millis = String(repeating: "0", count: 3 - millis.count) + millis
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)).\(millis)Z"
    }

    /// `2026-01-01T00:00:12Z`: an EventBridge envelope's `time`, whole seconds.
    static func envelopeString(_ time: SimTime) -> String {
        let c = CalendarTime(time)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension SimDuration {
    /// A random span in `range` seconds, drawn from `stream`, to the millisecond.
    static func seconds(in range: ClosedRange<Double>, from stream: RandomStream) -> SimDuration {
        .seconds(range.lowerBound + (range.upperBound - range.lowerBound) * stream.unit())
    }
}
