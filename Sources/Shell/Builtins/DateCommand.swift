import SimCore

/// GNU `date` on the simulated clock, in UTC: the default format, `+FORMAT`, `-I`/`--iso-8601`,
/// and `-d`/`--date` with what time ranges are written with — an ISO 8601 time, `@EPOCH`,
/// `now`, `yesterday`, and relative items such as `-1 hour` or `10 minutes ago`.
/// `$(date -u -d '-1 hour' +%FT%TZ)` gives `--start-time` its value.
struct DateCommand {
    enum Output: Equatable {
        case standard
        case format(String)
        case iso(String)
    }

    var output = Output.standard
    var date: String?

    /// Parses the arguments, or says what GNU date says about them.
    init(_ arguments: [String]) throws(DateError) {
        var index = 0
        var operand: String?
        func value(_ option: String) throws(DateError) -> String {
            index += 1
            guard index < arguments.count else { throw .usage("option requires an argument -- '\(option)'") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "-u", "--utc", "--universal": break
            case "-d": date = try value("d")
            case "--date": date = try value("date")
            case "-I", "--iso-8601": output = .iso("date")
            default:
                if argument.hasPrefix("--date=") {
                    date = String(argument.dropFirst(7))
                } else if argument.hasPrefix("-I") || argument.hasPrefix("--iso-8601=") {
                    let precision = argument.hasPrefix("-I") ? String(argument.dropFirst(2)) : String(argument.dropFirst(11))
                    guard ["date", "hours", "minutes", "seconds"].contains(precision) else {
                        throw .usage("invalid argument ‘\(precision)’ for ‘--iso-8601’")
                    }
                    output = .iso(precision)
                } else if argument.hasPrefix("-d"), argument.count > 2 {
                    date = String(argument.dropFirst(2))
                } else if argument.hasPrefix("--") {
                    throw .usage("unrecognized option '\(argument)'")
                } else if argument.hasPrefix("-"), argument.count > 1 {
                    throw .usage("invalid option -- '\(argument.dropFirst().prefix(1))'")
                } else if operand != nil {
                    throw .usage("extra operand ‘\(argument)’")
                } else {
                    operand = argument
                }
            }
            index += 1
        }
        if let operand {
            guard operand.hasPrefix("+") else { throw .invalidDate(operand) }
            output = .format(String(operand.dropFirst()))
        }
    }

    /// What `date` prints at `now`.
    func run(now: SimTime) throws(DateError) -> String {
        let time = try date.map { text throws(DateError) in try Self.parse(text, now: now) } ?? now
        switch output {
        case .standard: return Self.format("%a %b %e %H:%M:%S %Z %Y", time)
        case .format(let format): return Self.format(format, time)
        case .iso(let precision):
            let formats = ["date": "%F", "hours": "%FT%H%:z", "minutes": "%FT%H:%M%:z", "seconds": "%FT%T%:z"]
            return Self.format(formats[precision] ?? "%F", time)
        }
    }

    // MARK: Reading a date

    static let units: [String: Int64] = [
        "second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "day": 86400, "week": 604_800,
        "fortnight": 1_209_600,
    ]

    /// A `-d` string: an optional absolute time, then relative items.
    static func parse(_ text: String, now: SimTime) throws(DateError) -> SimTime {
        var words = text.lowercased().split(separator: " ").map(String.init)
        var time = now
        if let first = words.first {
            if first.hasPrefix("@"), let seconds = Int64(first.dropFirst()) {
                guard seconds.magnitude <= Self.farthest else { throw .invalidDate(text) }
                time = SimTime(seconds: seconds)
                words.removeFirst()
            } else if let absolute = absolute(first, words.dropFirst().first) {
                time = absolute.time
                words.removeFirst(absolute.words)
            }
        }
        var seconds: Int64 = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            switch word {
            case "now", "today": index += 1; continue
            case "yesterday": seconds -= 86400; index += 1; continue
            case "tomorrow": seconds += 86400; index += 1; continue
            default: break
            }
            var count: Int64 = 1
            var unitWord = word
            if let number = Int64(word) {
                count = number
                index += 1
                guard index < words.count else { throw .invalidDate(text) }
                unitWord = words[index]
            }
            let singular = unitWord.hasSuffix("s") && units[String(unitWord.dropLast())] != nil
                ? String(unitWord.dropLast()) : unitWord
            guard let unit = units[singular] else { throw .invalidDate(text) }
            index += 1
            if index < words.count, words[index] == "ago" {
                count = -count
                index += 1
            }
            let (step, overflow) = count.multipliedReportingOverflow(by: unit)
            guard !overflow, seconds.magnitude <= Self.farthest, step.magnitude <= Self.farthest else { throw .invalidDate(text) }
            seconds += step
        }
        guard seconds.magnitude <= Self.farthest, (time.seconds + seconds).magnitude <= Self.farthest else {
            throw .invalidDate(text)
        }
        return time + .seconds(seconds)
    }

    /// How far from 1970 a date may be, in seconds (the years 1 to 9999 and a little more):
    /// beyond it GNU date says the date is invalid, and the arithmetic stays far from overflow.
    static let farthest: UInt64 = 253_402_300_799

    /// `2026-01-01`, `2026-01-01T10:00:00Z`, or `2026-01-01 10:00:00` (two words): the time,
    /// and how many words it took.
    static func absolute(_ first: String, _ second: String?) -> (time: SimTime, words: Int)? {
        let parts = first.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            return nil
        }
        let dayText = parts[2].prefix { $0.isNumber }
        guard let day = Int(dayText), (1...31).contains(day) else { return nil }
        var clock = parts[2].dropFirst(dayText.count)
        var words = 1
        if clock.isEmpty, let second, second.first?.isNumber == true, second.contains(":") {
            clock = Substring("t" + second)
            words = 2
        }
        var hour = 0, minute = 0, secondOfMinute = 0
        if !clock.isEmpty {
            guard clock.first == "t" else { return nil }
            let fields = clock.dropFirst().trimmingSuffix("z").split(separator: ":")
            guard (2...3).contains(fields.count), let h = Int(fields[0]), let m = Int(fields[1]),
                h < 24, m < 60
            else { return nil }
            hour = h
            minute = m
            if fields.count == 3 {
                guard let s = Int(fields[2]), s < 60 else { return nil }
                secondOfMinute = s
            }
        }
        let time = CalendarTime(year: year, month: month, day: day, hour: hour, minute: minute, second: secondOfMinute)
        return (time.simTime, words)
    }

    // MARK: Writing a date

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// strftime as GNU date does it, in UTC; an unknown conversion is printed as written.
    static func format(_ format: String, _ time: SimTime) -> String {
        let c = CalendarTime(time)
        func pad(_ n: Int, _ width: Int = 2, _ fill: Character = "0") -> String {
            let digits = String(n)
            return String(repeating: fill, count: max(0, width - digits.count)) + digits
        }
        var result = ""
        var characters = format.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard var conversion = characters.next() else {
                result.append("%")
                break
            }
            var colon = false
            if conversion == ":" {
                guard let next = characters.next() else {
                    result += "%:"
                    break
                }
                colon = true
                conversion = next
            }
            switch conversion {
            case "Y": result += String(c.year)
            case "m": result += pad(c.month)
            case "d": result += pad(c.day)
            case "e": result += pad(c.day, 2, " ")
            case "H": result += pad(c.hour)
            case "M": result += pad(c.minute)
            case "S": result += pad(c.second)
            case "F": result += "\(c.year)-\(pad(c.month))-\(pad(c.day))"
            case "T": result += "\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))"
            case "R": result += "\(pad(c.hour)):\(pad(c.minute))"
            case "a": result += weekdays[c.weekday]
            case "b", "h": result += months[c.month - 1]
            case "j":
                let newYear = CalendarTime(year: c.year, month: 1, day: 1).simTime
                result += pad(Int((time.milliseconds - newYear.milliseconds) / 86_400_000) + 1, 3)
            case "s": result += String(time.seconds)
            case "N": result += pad(c.millisecond * 1_000_000, 9)
            case "Z": result += "UTC"
            case "z": result += colon ? "+00:00" : "+0000"
            case "n": result += "\n"
            case "t": result += "\t"
            case "%": result += "%"
            default: result += (colon ? "%:" : "%") + String(conversion)
            }
        }
        return result
    }
}

enum DateError: Error {
    case usage(String)
    case invalidDate(String)

    var message: String {
        switch self {
        case .usage(let text): return "date: \(text)\nTry 'date --help' for more information.\n"
        case .invalidDate(let text): return "date: invalid date ‘\(text)’\n"
        }
    }
}

private extension Substring {
    func trimmingSuffix(_ suffix: Character) -> Substring { last == suffix ? dropLast() : self }
}
