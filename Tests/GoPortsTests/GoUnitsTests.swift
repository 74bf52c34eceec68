import GoPorts
import SimCore
import Testing

/// docker/go-units, against what its functions return when run (`HumanSizeWithPrecision(x, 3)`
/// for `docker images`, and its `HumanDuration` thresholds).
@Suite struct GoUnitsTests {
    static let sizes: [(Int64, String)] = [
        (0, "0B"), (999, "999B"), (1000, "1kB"), (1500, "1.5kB"), (12345, "12.3kB"), (7_800_000, "7.8MB"),
        (7_849_999, "7.85MB"), (77_900_000, "77.9MB"), (187_694_592, "188MB"), (191_999_999, "192MB"),
        (192_500_000, "192MB"), (999_400_000, "999MB"), (999_500_000, "1e+03MB"), (1_000_000_000, "1GB"),
        (1_234_567_890, "1.23GB"),
    ]

    @Test(arguments: sizes)
    func sizesWithThreeDigits(_ bytes: Int64, _ text: String) {
        #expect(GoUnits.humanSize(bytes, precision: 3) == text)
    }

    @Test func crictlShowsFourDigits() {
        #expect(GoUnits.humanSize(72_195_292) == "72.2MB")
        #expect(GoUnits.humanSize(320_368) == "320.4kB")
    }

    static let ages: [(Int64, String)] = [
        (0, "Less than a second"), (1, "1 second"), (59, "59 seconds"), (60, "About a minute"),
        (119, "About a minute"), (120, "2 minutes"), (3600, "About an hour"), (5340, "About an hour"),
        (5400, "2 hours"), (172_800, "2 days"), (1_123_200, "13 days"), (1_209_600, "2 weeks"),
        (5_097_600, "8 weeks"), (5_184_000, "2 months"), (62_985_600, "24 months"), (63_072_000, "2 years"),
    ]

    @Test(arguments: ages)
    func durations(_ seconds: Int64, _ text: String) {
        #expect(GoUnits.humanDuration(.seconds(seconds)) == text)
    }
}
