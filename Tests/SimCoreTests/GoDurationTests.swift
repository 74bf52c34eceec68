import SimCore
import Testing

/// Go's time.ParseDuration, as kubectl's duration flags read them (messages checked against
/// kubectl v1.32.4's `--since` and `--timeout` errors).
@Suite struct GoDurationTests {
    @Test(arguments: [
        ("90s", 90_000), ("1m30s", 90_000), ("1.5h", 5_400_000), (".5s", 500), ("5.s", 5_000), ("500ms", 500),
        ("-5s", -5_000), ("+2m", 120_000), ("0", 0), ("1h0m2s", 3_602_000), ("250us", 0),
    ] as [(String, Int64)])
    func readsWhatGoReads(text: String, milliseconds: Int64) {
        #expect(GoDuration.parse(text)?.milliseconds == milliseconds)
        #expect(GoDuration.parseError(text) == nil)
    }

    @Test(arguments: [
        ("abc", #"time: invalid duration "abc""#),
        ("", #"time: invalid duration """#),
        ("5", #"time: missing unit in duration "5""#),
        ("5d", #"time: unknown unit "d" in duration "5d""#),
        ("1x", #"time: unknown unit "x" in duration "1x""#),
        ("-", #"time: invalid duration "-""#),
        (".s", #"time: invalid duration ".s""#),
    ])
    func refusesWhatGoRefuses(text: String, message: String) {
        #expect(GoDuration.parse(text) == nil)
        #expect(GoDuration.parseError(text) == message)
    }

    @Test func formatsWhatItReads() {
        for text in ["2.874s", "1m2.5s", "412ms", "1h0m2s"] {
            #expect(GoDuration.parse(text).map(GoDuration.format) == text)
        }
    }
}
