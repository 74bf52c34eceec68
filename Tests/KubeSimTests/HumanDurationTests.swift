import Testing
import SimCore
@testable import KubeSim

/// The vectors of apimachinery's `duration.HumanDuration` (kubectl.md §5).
@Suite struct HumanDurationTests {
    static let second: Int64 = 1
    static let minute: Int64 = 60
    static let hour: Int64 = 3600
    static let day: Int64 = 86400

    @Test(arguments: [
        (-2, "<invalid>"), (-1, "0s"), (0, "0s"), (70, "70s"), (119, "119s"),
        (2 * minute, "2m"), (2 * minute + 1, "2m1s"), (3 * minute + 10, "3m10s"), (9 * minute + 59, "9m59s"),
        (10 * minute, "10m"), (hour + 10 * minute, "70m"), (2 * hour + 59 * minute, "179m"),
        (3 * hour, "3h"), (3 * hour + minute, "3h1m"), (7 * hour + 59 * minute, "7h59m"),
        (8 * hour, "8h"), (47 * hour, "47h"), (48 * hour, "2d"), (49 * hour, "2d1h"), (191 * hour, "7d23h"),
        (8 * day, "8d"), (367 * day, "367d"), (729 * day, "729d"), (730 * day, "2y"), (731 * day, "2y1d"),
        (2919 * day, "7y364d"), (8 * 365 * day, "8y"),
    ])
    func vectors(seconds: Int64, expected: String) {
        #expect(HumanDuration.format(.seconds(seconds)) == expected)
    }

    @Test func truncatesFractions() {
        #expect(HumanDuration.format(.millis(119_999)) == "119s")
        #expect(HumanDuration.format(.millis(-999)) == "0s")
    }

    @Test func unknownWithoutTimestamp() {
        #expect(HumanDuration.age(of: nil, now: SimTime(seconds: 0)) == "<unknown>")
    }
}
