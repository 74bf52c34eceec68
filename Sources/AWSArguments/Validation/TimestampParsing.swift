/// Whether botocore accepts a value for a timestamp member (`parse_to_aware_datetime`).
///
/// botocore first tries the value as epoch seconds (`float(value)`), then hands strings to
/// `dateutil.parser.parse`, which is famously lenient. This covers the forms people write —
/// epoch numbers, ISO 8601 dates and date-times (with `T` or a space, fractions, `Z` or offsets,
/// basic `20240115T102030Z` form), RFC 1123/2822 (`Mon, 15 Jan 2024 10:20:30 GMT`), and dates
/// with month names (`15 Jan 2024`, `Jan 15, 2024`) — and rejects words dateutil would
/// reject. It is not a full port of dateutil: unusual forms dateutil happens to accept (`10:20`,
/// `2024`, `1/2/3`) are rejected here.
enum TimestampParsing {
    enum Verdict: Equatable {
        case valid
        case invalid
        /// botocore's `RuntimeError('Unable to calculate correct timezone offset for "<value>"')`,
        /// raised for epochs beyond what the C library's `localtime` can represent (and
        /// infinity): it escapes validation and ends aws-cli with exit status 255.
        case unrepresentable
    }

    static func isValid(_ value: PythonValue) -> Bool { verdict(value) == .valid }

    static func verdict(_ value: PythonValue) -> Verdict {
        switch value {
        case .int(let i): return epoch(Double(i))
        case .bool: return .valid
        case .bigInt(let text): return epoch(Double(text) ?? .infinity)
        case .float(let d): return epoch(d)
        case .str(let s): return verdict(text: s)
        case .bytes(let b):
            guard let text = String(validating: b, as: UTF8.self) else { return .invalid }
            return verdict(text: text)
        case .none, .list, .dict: return .invalid
        }
    }

    /// `datetime.fromtimestamp`: years 1 to 9999 work; later (or earlier) years that `localtime`
    /// can still compute are a `ValueError` (invalid); beyond that, botocore gives up entirely.
    static func epoch(_ seconds: Double) -> Verdict {
        if seconds.isNaN { return .invalid }
        if seconds >= -62_135_596_800 && seconds < 253_402_300_800 { return .valid }
        let year = seconds / 31_556_952 + 1970
        if !seconds.isFinite || year > 2_147_485_547 || year < -2_147_481_748 { return .unrepresentable }
        return .invalid
    }

    static func verdict(text: String) -> Verdict {
        if case .success(let seconds) = PythonNumbers.float(text) {
            // float(value) parsed: fromtimestamp either works, raises ValueError (then dateutil gets
            // the text, and rejects a bare number out of range) or overflows (botocore gives up).
            let v = epoch(seconds)
            return v == .valid || v == .unrepresentable ? v : .invalid
        }
        let trimmed = PythonText.strip(text)
        guard !trimmed.isEmpty else { return .invalid }
        return iso8601(trimmed) || named(trimmed) ? .valid : .invalid
    }

    // MARK: ISO 8601

    private static func iso8601(_ text: String) -> Bool {
        var s = Substring(text)
        var date: (Int, Int, Int)
        if let extended = take(&s, digits: 4), s.first == "-" {
            s.removeFirst()
            guard let month = take(&s, digits: 2) else { return false }
            var day = 1
            if s.first == "-" {
                s.removeFirst()
                guard let d = take(&s, digits: 2) else { return false }
                day = d
            }
            date = (extended, month, day)
        } else {
            s = Substring(text)
            guard let year = take(&s, digits: 4), let month = take(&s, digits: 2), let day = take(&s, digits: 2) else { return false }
            date = (year, month, day)
        }
        guard validDate(date.0, date.1, date.2) else { return false }
        if s.isEmpty { return true }
        guard s.first == "T" || s.first == " " else { return false }
        s.removeFirst()
        return isoTime(&s) && zone(&s) && s.isEmpty
    }

    private static func isoTime(_ s: inout Substring) -> Bool {
        guard let hour = take(&s, digits: 2), hour < 24 else { return false }
        let extended = s.first == ":"
        if extended { s.removeFirst() }
        guard let minute = take(&s, digits: 2), minute < 60 else { return false }
        if extended ? s.first == ":" : s.first?.isNumber == true {
            if extended { s.removeFirst() }
            guard let second = take(&s, digits: 2), second < 60 else { return false }
            if s.first == "." || s.first == "," {
                s.removeFirst()
                guard let first = s.first, first.isASCII, first.isNumber else { return false }
                while let c = s.first, c.isASCII, c.isNumber { s.removeFirst() }
            }
        }
        return true
    }

    private static func zone(_ s: inout Substring) -> Bool {
        while s.first == " " { s.removeFirst() }
        guard let c = s.first else { return true }
        if c == "Z" || c == "z" {
            s.removeFirst()
            return true
        }
        if c == "+" || c == "-" {
            s.removeFirst()
            guard let hours = take(&s, digits: 2), hours < 24 else { return false }
            if s.first == ":" { s.removeFirst() }
            if !s.isEmpty {
                guard let minutes = take(&s, digits: 2), minutes < 60 else { return false }
            }
            return true
        }
        let word = s.prefix { $0.isLetter }
        if ["UTC", "GMT"].contains(word.uppercased()) {
            s.removeFirst(word.count)
            return true
        }
        return false
    }

    // MARK: Month names (RFC 2822 and friends)

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Day, month name and year in either order, an optional weekday, optional `hh:mm[:ss]`
    /// and an optional zone.
    private static func named(_ text: String) -> Bool {
        let tokens = text.split { $0 == " " || $0 == "," }.map(String.init)
        var month: Int?
        var numbers: [Int] = []
        var sawTime = false
        var sawZone = false
        for token in tokens {
            let lower = token.lowercased()
            if let m = months.firstIndex(where: { lower == $0 || (lower.count > 3 && fullMonth($0, lower)) }) {
                guard month == nil else { return false }
                month = m + 1
            } else if days.contains(where: { lower.hasPrefix($0) }), lower.count >= 3, !sawTime {
                continue
            } else if token.contains(":") {
                var s = Substring(token)
                guard !sawTime, isoTime(&s), s.isEmpty else { return false }
                sawTime = true
            } else if let n = Int(token), token.allSatisfy(\.isASCII) {
                numbers.append(n)
            } else if ["utc", "gmt", "z"].contains(lower) || ((token.hasPrefix("+") || token.hasPrefix("-")) && token.count == 5) {
                guard !sawZone else { return false }
                sawZone = true
            } else {
                return false
            }
        }
        guard let month, numbers.count == 2 else { return false }
        let (a, b) = (numbers[0], numbers[1])
        if a > 31 { return validDate(a, month, b) }
        return validDate(b, month, a)
    }

    private static func fullMonth(_ abbreviation: String, _ word: String) -> Bool {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        return names.contains(word) && word.hasPrefix(abbreviation)
    }

    private static func validDate(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard year >= 1, year <= 9999, (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if month == 2 && day == 29 { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
        return day <= lengths[month - 1]
    }

    private static func take(_ s: inout Substring, digits count: Int) -> Int? {
        let prefix = s.prefix(count)
        guard prefix.count == count, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        s.removeFirst(count)
        return Int(prefix)
    }
}
