/// Go's `time.Parse(time.RFC3339, value)`, as kubectl reads `--since-time`: the same times
/// accepted (a fraction of a second, `Z` or a `±hh:mm` offset) and, for anything else, the
/// same `*time.ParseError` text, such as
/// `parsing time "2026-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"`.
public enum GoTime {
    public static let rfc3339Layout = "2006-01-02T15:04:05Z07:00"

    public static func parseRFC3339(_ value: String) -> Result<SimTime, ParseError> {
        var parser = Parser(value: Array(value.utf8), original: value)
        return parser.parse()
    }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// The layout's pieces, in order: what `nextStdChunk` splits RFC3339 into.
    private enum Element: CaseIterable {
        case year, dash1, month, dash2, day, t, hour, colon1, minute, colon2, second, zone

        var layoutText: String {
            switch self {
            case .year: "2006"
            case .dash1, .dash2: "-"
            case .month: "01"
            case .day: "02"
            case .t: "T"
            case .hour: "15"
            case .colon1, .colon2: ":"
            case .minute: "04"
            case .second: "05"
            case .zone: "Z07:00"
            }
        }

        var literal: UInt8? {
            switch self {
            case .dash1, .dash2: UInt8(ascii: "-")
            case .t: UInt8(ascii: "T")
            case .colon1, .colon2: UInt8(ascii: ":")
            default: nil
            }
        }
    }

    private struct Parser {
        let value: [UInt8]
        let original: String
        var position = 0

        init(value: [UInt8], original: String) {
            self.value = value
            self.original = original
        }

        var rest: String { String(decoding: value[position...], as: UTF8.self) }

        func digit(at offset: Int) -> Int? {
            let index = position + offset
            guard index < value.count, value[index] >= 48, value[index] <= 57 else { return nil }
            return Int(value[index] - 48)
        }

        /// Go's `getnum`: one or two digits (exactly two when `fixed`).
        mutating func number(fixed: Bool) -> Int? {
            guard let first = digit(at: 0) else { return nil }
            guard let second = digit(at: 1) else {
                if fixed { return nil }
                position += 1
                return first
            }
            position += 2
            return first * 10 + second
        }

        func cannotParse(_ valueElement: String, as layoutElement: String) -> ParseError {
            ParseError(description: "parsing time \(quote(original)) as \(quote(rfc3339Layout)): cannot parse "
                + "\(quote(valueElement)) as \(quote(layoutElement))")
        }

        func failure(_ message: String) -> ParseError {
            ParseError(description: "parsing time \(quote(original))\(message)")
        }

        mutating func parse() -> Result<SimTime, ParseError> {
            var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0
            var offsetSeconds = 0
            for element in Element.allCases {
                if let literal = element.literal {
                    guard position < value.count, value[position] == literal else {
                        return .failure(cannotParse(rest, as: element.layoutText))
                    }
                    position += 1
                    continue
                }
                let held = rest
                var parsed: Int?
                var outOfRange: String?
                switch element {
                case .year:
                    if value.count - position >= 4, digit(at: 0) != nil {
                        let text = String(decoding: value[position..<position + 4], as: UTF8.self)
                        parsed = Int(text)
                        position += 4
                    }
                    year = parsed ?? 0
                case .month:
                    parsed = number(fixed: true)
                    month = parsed ?? 0
                    if parsed != nil, !(1...12).contains(month) { outOfRange = "month" }
                case .day:
                    parsed = number(fixed: true)
                    day = parsed ?? 0
                case .hour:
                    parsed = number(fixed: false)
                    hour = parsed ?? 0
                    if hour >= 24 { outOfRange = "hour" }
                case .minute:
                    parsed = number(fixed: true)
                    minute = parsed ?? 0
                    if minute >= 60 { outOfRange = "minute" }
                case .second:
                    parsed = number(fixed: true)
                    second = parsed ?? 0
                    if parsed != nil, second >= 60 {
                        outOfRange = "second"
                    } else if parsed != nil, position + 1 < value.count, value[position] == 46 || value[position] == 44,
                        digit(at: 1) != nil
                    {
                        // A fraction the layout does not name is read all the same.
                        var index = position + 1
                        var scale = 100
                        while index < value.count, value[index] >= 48, value[index] <= 57 {
                            millisecond += Int(value[index] - 48) * scale
                            scale /= 10
                            index += 1
                        }
                        position = index
                    }
                case .zone:
                    switch zone() {
                    case .offset(let seconds):
                        parsed = seconds
                        offsetSeconds = seconds
                    case .outOfRange(let what): outOfRange = what
                    case .malformed: parsed = nil
                    }
                default:
                    break
                }
                if let outOfRange { return .failure(failure(": \(outOfRange) out of range")) }
                guard parsed != nil else { return .failure(cannotParse(held, as: element.layoutText)) }
            }
            if position < value.count { return .failure(failure(": extra text: \(quote(rest))")) }
            guard day >= 1, day <= CalendarTime.days(inMonth: month, year: year) else {
                return .failure(failure(": day out of range"))
            }
            let base = CalendarTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                                    millisecond: millisecond).simTime
            return .success(SimTime(milliseconds: base.milliseconds - Int64(offsetSeconds) * 1000))
        }

        enum Zone {
            case offset(Int)
            case outOfRange(String)
            case malformed
        }

        /// `Z`, or `±hh:mm`: the offset east of UTC in seconds. Go checks the range before the
        /// sign, and allows 24 hours and 60 minutes.
        mutating func zone() -> Zone {
            guard position < value.count else { return .malformed }
            if value[position] == UInt8(ascii: "Z") {
                position += 1
                return .offset(0)
            }
            guard value.count - position >= 6, value[position + 3] == UInt8(ascii: ":") else { return .malformed }
            let sign = value[position]
            position += 1
            guard let hours = number(fixed: true) else { return .malformed }
            position += 1
            guard let minutes = number(fixed: true) else { return .malformed }
            if hours > 24 { return .outOfRange("time zone offset hour") }
            if minutes > 60 { return .outOfRange("time zone offset minute") }
            let seconds = (hours * 60 + minutes) * 60
            switch sign {
            case UInt8(ascii: "+"): return .offset(seconds)
            case UInt8(ascii: "-"): return .offset(-seconds)
            default: return .malformed
            }
        }
    }

    /// Go's `time.quote`: double quotes, with `"` and `\` escaped and anything unprintable as `\x..`.
    static func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": quoted += "\\" + String(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                quoted += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
