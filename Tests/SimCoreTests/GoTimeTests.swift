import Testing
@testable import SimCore

/// `time.Parse(time.RFC3339, …)`: what kubectl v1.32.4's `--since-time` printed for each value
/// on this machine (`error: ` then Go's text), or the time it read.
@Suite struct GoTimeTests {
    static let refused: [(String, String)] = [
        ("abc", #"parsing time "abc" as "2006-01-02T15:04:05Z07:00": cannot parse "abc" as "2006""#),
        ("2026-01-01", #"parsing time "2026-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T""#),
        ("2026-01-01T00:00:00", #"parsing time "2026-01-01T00:00:00" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00""#),
        ("2026-13-01T00:00:00Z", #"parsing time "2026-13-01T00:00:00Z": month out of range"#),
        ("2026-02-30T00:00:00Z", #"parsing time "2026-02-30T00:00:00Z": day out of range"#),
        ("2026-01-01T24:00:00Z", #"parsing time "2026-01-01T24:00:00Z": hour out of range"#),
        ("2026-01-01T00:60:00Z", #"parsing time "2026-01-01T00:60:00Z": minute out of range"#),
        ("2026-01-01T00:00:60Z", #"parsing time "2026-01-01T00:00:60Z": second out of range"#),
        ("2026-01-01T00:00:00Zjunk", #"parsing time "2026-01-01T00:00:00Zjunk": extra text: "junk""#),
        ("2026-01-01T00:00:00+25:00", #"parsing time "2026-01-01T00:00:00+25:00": time zone offset hour out of range"#),
        ("2026-01-01T00:00:00+01:75", #"parsing time "2026-01-01T00:00:00+01:75": time zone offset minute out of range"#),
        ("2026-01-01T00:00:00x05:00", #"parsing time "2026-01-01T00:00:00x05:00" as "2006-01-02T15:04:05Z07:00": cannot parse "x05:00" as "Z07:00""#),
        ("2026-01-01T00:00:00+05", #"parsing time "2026-01-01T00:00:00+05" as "2006-01-02T15:04:05Z07:00": cannot parse "+05" as "Z07:00""#),
        ("2026-1-01T00:00:00Z", #"parsing time "2026-1-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "1-01T00:00:00Z" as "01""#),
        ("2026-01-01t00:00:00Z", #"parsing time "2026-01-01t00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "t00:00:00Z" as "T""#),
        ("20a6-01-01T00:00:00Z", #"parsing time "20a6-01-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "20a6-01-01T00:00:00Z" as "2006""#),
        ("2026-01-01T00:00:00.5", #"parsing time "2026-01-01T00:00:00.5" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00""#),
        (#"a"b"#, #"parsing time "a\"b" as "2006-01-02T15:04:05Z07:00": cannot parse "a\"b" as "2006""#),
    ]

    @Test(arguments: refused) func refusesInGosWords(_ value: String, _ message: String) {
        guard case .failure(let error) = GoTime.parseRFC3339(value) else {
            Issue.record("\(value) was accepted")
            return
        }
        #expect(error.description == message)
    }

    @Test func readsWhatGoReads() throws {
        let start = SimTime(seconds: 1_767_225_600)  // 2026-01-01T00:00:00Z
        #expect(try GoTime.parseRFC3339("2026-01-01T00:00:00Z").get() == start)
        #expect(try GoTime.parseRFC3339("2026-01-01T0:00:05Z").get() == start + .seconds(Int64(5)))
        #expect(try GoTime.parseRFC3339("2026-01-01T00:00:01.25Z").get() == start + .millis(1250))
        #expect(try GoTime.parseRFC3339("2026-01-01T01:00:00+01:00").get() == start)
        #expect(try GoTime.parseRFC3339("2025-12-31T23:30:00-00:30").get() == start)
        #expect(try GoTime.parseRFC3339("2024-02-29T00:00:00Z").get() == CalendarTime(year: 2024, month: 2, day: 29).simTime)
    }
}
