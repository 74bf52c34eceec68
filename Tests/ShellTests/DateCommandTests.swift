import SimCore
import Testing
@testable import Shell

/// GNU date's arguments and formats on the simulated clock (compared with GNU coreutils'
/// `date` in UTC).
@Suite struct DateCommandTests {
    let now = CalendarTime(year: 2026, month: 1, day: 1, hour: 10, minute: 20, second: 30).simTime

    func run(_ arguments: String...) throws -> String { try DateCommand(arguments).run(now: now) }

    @Test func formats() throws {
        #expect(try run() == "Thu Jan  1 10:20:30 UTC 2026")
        #expect(try run("-u", "+%FT%TZ") == "2026-01-01T10:20:30Z")
        #expect(try run("+%s") == "1767262830")
        #expect(try run("+%j %e %R %z %:z %Z %% %Q") == "001  1 10:20 +0000 +00:00 UTC % %Q")
        #expect(try run("-I") == "2026-01-01")
        #expect(try run("-Iseconds") == "2026-01-01T10:20:30+00:00")
        #expect(try run("--iso-8601=hours") == "2026-01-01T10+00:00")
    }

    @Test func datesAndRelativeTimes() throws {
        #expect(try run("-d", "-1 hour", "+%T") == "09:20:30")
        #expect(try run("-d", "90 minutes ago", "+%T") == "08:50:30")
        #expect(try run("--date=yesterday", "+%F") == "2025-12-31")
        #expect(try run("-d", "2 weeks", "+%F") == "2026-01-15")
        #expect(try run("-d", "2026-03-01T12:30:00Z", "-Iseconds") == "2026-03-01T12:30:00+00:00")
        #expect(try run("-d", "2026-03-01 12:30 -1 day", "-Iminutes") == "2026-02-28T12:30+00:00")
        #expect(try run("-d", "@0") == "Thu Jan  1 00:00:00 UTC 1970")
        #expect(try run("-d", "now", "+%T") == "10:20:30")
    }

    @Test func mistakesGetGNUDatesMessages() {
        func message(_ arguments: String...) -> String? {
            do throws(DateError) {
                _ = try DateCommand(arguments).run(now: now)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message("-d", "next blursday") == "date: invalid date ‘next blursday’\n")
        #expect(message("-d", "2026-13-01") == "date: invalid date ‘2026-13-01’\n")
        #expect(message("-x") == "date: invalid option -- 'x'\nTry 'date --help' for more information.\n")
        #expect(message("+%F", "+%T") == "date: extra operand ‘+%T’\nTry 'date --help' for more information.\n")
        #expect(message("-d") == "date: option requires an argument -- 'd'\nTry 'date --help' for more information.\n")
        #expect(message("tuesday") == "date: invalid date ‘tuesday’\n")
        // Too far to count is invalid, not a trap.
        #expect(message("-d", "99999999999999999 days") == "date: invalid date ‘99999999999999999 days’\n")
        #expect(message("-d", "-9223372036854775808 seconds") == "date: invalid date ‘-9223372036854775808 seconds’\n")
        #expect(message("-d", "@9223372036854775807") == "date: invalid date ‘@9223372036854775807’\n")
    }
}
