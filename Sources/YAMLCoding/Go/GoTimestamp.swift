/// go-yaml v2's timestamp check: does a plain scalar parse with Go's `time.Parse` under one of
///
///     2006-1-2T15:4:5.999999999Z07:00
///     2006-1-2t15:4:5.999999999Z07:00
///     2006-1-2 15:4:5.999999999
///     2006-1-2
///
/// Only the yes/no answer matters: decoded timestamps stay strings in kubectl's JSON, but the
/// encoder double-quotes any string that would read back as a timestamp
/// (`creationTimestamp: "2026-01-01T00:00:00Z"`). Go's parser is lenient in specific ways that
/// are mirrored here: one- or two-digit month/day/hour/minute/second, any number of fraction
/// digits after `.` or `,`, runs of spaces where the layout has one, and real calendar checks.
enum GoTimestamp {
    static func isTimestamp(_ s: String) -> Bool {
        let b = Array(s.utf8)
        // Quick check, as go-yaml does: exactly four leading digits, then '-'.
        var i = 0
        while i < b.count, isDigit(b[i]) { i += 1 }
        guard i == 4, i < b.count, b[i] == UInt8(ascii: "-") else { return false }
        return matches(b, separator: UInt8(ascii: "T"), zone: true)
            || matches(b, separator: UInt8(ascii: "t"), zone: true)
            || matches(b, separator: UInt8(ascii: " "), zone: false)
            || matchesDateOnly(b)
    }

    private static func matchesDateOnly(_ b: [UInt8]) -> Bool {
        var p = Cursor(b)
        guard let (year, month, day) = p.date() else { return false }
        return p.atEnd && validDay(year: year, month: month, day: day)
    }

    private static func matches(_ b: [UInt8], separator: UInt8, zone: Bool) -> Bool {
        var p = Cursor(b)
        guard let (year, month, day) = p.date() else { return false }
        if separator == UInt8(ascii: " ") {
            // A layout space matches one or more spaces (or the end of input).
            if !p.atEnd, p.peek != UInt8(ascii: " ") { return false }
            while !p.atEnd, p.peek == UInt8(ascii: " ") { p.index += 1 }
        } else {
            guard p.literal(separator) else { return false }
        }
        guard let hour = p.number(), hour < 24, p.literal(UInt8(ascii: ":")),
            let minute = p.number(), minute < 60, p.literal(UInt8(ascii: ":")),
            let second = p.number(), second < 60
        else { return false }
        // Optional fraction: a comma or period followed by at least one digit.
        if p.index + 1 < b.count, b[p.index] == UInt8(ascii: ".") || b[p.index] == UInt8(ascii: ","),
            isDigit(b[p.index + 1])
        {
            p.index += 1
            while !p.atEnd, isDigit(p.peek) { p.index += 1 }
        }
        if zone {
            guard !p.atEnd else { return false }
            if p.peek == UInt8(ascii: "Z") {
                p.index += 1
            } else {
                // ±hh:mm, exactly six bytes.
                guard p.index + 6 <= b.count else { return false }
                let z = Array(b[p.index..<p.index + 6])
                guard z[0] == UInt8(ascii: "+") || z[0] == UInt8(ascii: "-"), z[3] == UInt8(ascii: ":"),
                    isDigit(z[1]), isDigit(z[2]), isDigit(z[4]), isDigit(z[5])
                else { return false }
                let hh = Int(z[1] - 48) * 10 + Int(z[2] - 48)
                let mm = Int(z[4] - 48) * 10 + Int(z[5] - 48)
                guard hh <= 24, mm <= 60 else { return false }
                p.index += 6
            }
        }
        return p.atEnd && validDay(year: year, month: month, day: day)
    }

    private static func validDay(year: Int, month: Int, day: Int) -> Bool {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month) else { return false }
        var length = lengths[month - 1]
        if month == 2, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 { length = 29 }
        return day >= 1 && day <= length
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    private struct Cursor {
        let b: [UInt8]
        var index = 0
        init(_ b: [UInt8]) { self.b = b }
        var atEnd: Bool { index >= b.count }
        var peek: UInt8 { index < b.count ? b[index] : 0 }

        mutating func literal(_ c: UInt8) -> Bool {
            guard !atEnd, b[index] == c else { return false }
            index += 1
            return true
        }

        /// Go's `getnum(s, false)`: one digit, or two when a second digit follows.
        mutating func number() -> Int? {
            guard !atEnd, isDigit(b[index]) else { return nil }
            var value = Int(b[index] - 48)
            index += 1
            if !atEnd, isDigit(b[index]) {
                value = value * 10 + Int(b[index] - 48)
                index += 1
            }
            return value
        }

        /// `2006-1-2`: four-digit year, month 1-12, day (checked against the month later).
        mutating func date() -> (Int, Int, Int)? {
            guard index + 4 <= b.count else { return nil }
            var year = 0
            for k in 0..<4 {
                guard isDigit(b[index + k]) else { return nil }
                year = year * 10 + Int(b[index + k] - 48)
            }
            index += 4
            guard literal(UInt8(ascii: "-")), let month = number(), (1...12).contains(month),
                literal(UInt8(ascii: "-")), let day = number()
            else { return nil }
            return (year, month, day)
        }
    }
}
