import GoPorts
import Testing

/// The vectors of apimachinery's `duration.HumanDuration` (duration_test.go, kubectl.md §5).
@Suite struct HumanDurationTests {
    @Test(arguments: [
        (-2, "<invalid>"), (-1, "0s"), (0, "0s"), (70, "70s"), (119, "119s"), (120, "2m"), (121, "2m1s"),
        (190, "3m10s"), (599, "9m59s"), (600, "10m"), (4200, "70m"), (10740, "179m"), (10800, "3h"),
        (11160, "3h6m"), (28740, "7h59m"), (28800, "8h"), (169200, "47h"), (172800, "2d"), (176400, "2d1h"),
        (687600, "7d23h"), (691200, "8d"), (31708800, "367d"), (62985600, "729d"), (63072000, "2y"),
        (63158400, "2y1d"), (252201600, "7y364d"), (252288000, "8y"),
    ])
    func vectors(_ seconds: Int, _ expected: String) {
        #expect(HumanDuration.format(seconds: seconds) == expected)
    }

}
