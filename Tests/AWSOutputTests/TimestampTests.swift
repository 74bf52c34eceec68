import AWSOutput
import JSONValue
import Testing

struct TimestampGolden: Sendable, CustomTestStringConvertible {
    let epoch: JSON
    let iso8601: String?

    var testDescription: String { "\(epoch)" }
}

struct TimestampTests {
    @Test("matches Python's datetime.isoformat", arguments: TimestampGoldens.all)
    func matchesPython(_ golden: TimestampGolden) {
        let converted = AWSTimestamp.iso8601(golden.epoch)
        if let expected = golden.iso8601 {
            #expect(converted == .string(expected))
        } else {
            #expect(converted == golden.epoch)  // left as it is
        }
    }

    @Test func nonNumbersAndNonFiniteValuesAreLeftAlone() {
        #expect(AWSTimestamp.iso8601(JSON.string("2026-01-01T00:00:00Z")) == .string("2026-01-01T00:00:00Z"))
        #expect(AWSTimestamp.iso8601(JSON.null) == .null)
        #expect(AWSTimestamp.iso8601(epochSeconds: Double.infinity) == nil)
        #expect(AWSTimestamp.iso8601(epochSeconds: Double.nan) == nil)
        #expect(AWSTimestamp.iso8601(epochSeconds: Int.max) == nil)
        #expect(AWSTimestamp.iso8601(epochSeconds: Int.min) == nil)
    }
}
