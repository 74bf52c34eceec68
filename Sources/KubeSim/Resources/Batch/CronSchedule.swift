import SimCore

/// A cron schedule (`*/5 * * * *`, `0 9 * * 1-5`, `@hourly`), evaluated on the simulated
/// clock in UTC, as the CronJob controller uses robfig/cron's standard parser.
public struct CronSchedule: Sendable, Equatable {
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String
    }

    var minutes: Set<Int>
    var hours: Set<Int>
    var days: Set<Int>
    var months: Set<Int>
    var weekdays: Set<Int>
    /// Whether day-of-month or day-of-week was restricted (cron ORs them when both are).
    var daysRestricted: Bool
    var weekdaysRestricted: Bool

    static let macros = ["@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
                         "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
                         "@hourly": "0 * * * *"]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    public static func parse(_ text: String) -> Result<CronSchedule, ParseError> {
        let expanded = macros[text.lowercased()] ?? text
        var fields = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if fields.first?.hasPrefix("TZ=") == true || fields.first?.hasPrefix("CRON_TZ=") == true { fields.removeFirst() }
        guard fields.count == 5 else {
            return .failure(ParseError(message: "expected exactly 5 fields, found \(fields.count): \(fields)"))
        }
        do {
            let minutes = try field(fields[0], 0...59, names: [])
            let hours = try field(fields[1], 0...23, names: [])
            let days = try field(fields[2], 1...31, names: [])
            let months = try field(fields[3], 1...12, names: monthNames, nameOffset: 1)
            var weekdays = try field(fields[4], 0...7, names: dayNames)
            if weekdays.contains(7) { weekdays.insert(0) }
            return .success(CronSchedule(minutes: minutes, hours: hours, days: days, months: months, weekdays: weekdays,
                                         daysRestricted: !fields[2].hasPrefix("*") && fields[2] != "?",
                                         weekdaysRestricted: !fields[4].hasPrefix("*") && fields[4] != "?"))
        } catch let error as ParseError {
            return .failure(error)
        } catch {
            return .failure(ParseError(message: "failed to parse"))
        }
    }

    public static func field(_ text: String, _ range: ClosedRange<Int>, names: [String], nameOffset: Int = 0) throws -> Set<Int> {
        var result: Set<Int> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            var rangePart = String(part)
            var step = 1
            if let slash = part.firstIndex(of: "/") {
                guard let s = Int(part[part.index(after: slash)...]), s > 0 else {
                    throw ParseError(message: "failed to parse int from \(part[part.index(after: slash)...])")
                }
                step = s
                rangePart = String(part[..<slash])
            }
            func value(_ token: String) throws -> Int {
                if let index = names.firstIndex(of: token.lowercased()) { return index + nameOffset }
                guard let number = Int(token) else { throw ParseError(message: "failed to parse int from \(token)") }
                guard range.contains(number) else {
                    throw ParseError(message: "end of range (\(number)) above maximum (\(range.upperBound)): \(text)")
                }
                return number
            }
            var low = range.lowerBound
            var high = range.upperBound
            if rangePart == "*" || rangePart == "?" {
                // whole range
            } else if let dash = rangePart.firstIndex(of: "-") {
                low = try value(String(rangePart[..<dash]))
                high = try value(String(rangePart[rangePart.index(after: dash)...]))
                guard low <= high else {
                    throw ParseError(message: "beginning of range (\(low)) beyond end of range (\(high)): \(rangePart)")
                }
            } else {
                low = try value(rangePart)
                high = part.contains("/") ? range.upperBound : low
            }
            for v in stride(from: low, through: high, by: step) { result.insert(v) }
        }
        return result
    }

    func matches(_ c: CalendarTime) -> Bool {
        guard minutes.contains(c.minute), hours.contains(c.hour), months.contains(c.month) else { return false }
        let dayMatch = days.contains(c.day)
        let weekdayMatch = weekdays.contains(c.weekday)
        if daysRestricted && weekdaysRestricted { return dayMatch || weekdayMatch }
        return dayMatch && weekdayMatch
    }

    /// The first scheduled minute strictly after `time`.
    public func next(after time: SimTime) -> SimTime? {
        var minute = SimTime(milliseconds: (time.milliseconds / 60_000 + 1) * 60_000)
        // Bounded search: four years of minutes is more than any schedule needs.
        for _ in 0..<(4 * 366 * 24 * 60) {
            if matches(CalendarTime(minute)) { return minute }
            minute = minute + .minutes(1)
        }
        return nil
    }
}
