import AWSSim
import JSONValue
import SimCore
import Testing
import ToolIO

@testable import AWSCLI

/// `aws logs tail`: the request it builds and the lines it prints, as aws-cli 2.27.0 built and
/// printed them for the same events (run with `Tools/aws-cli-oracle/harness.py`).
@Suite struct LogsTailTests {
    static let events: JSON = ["events": [
        ["logStreamName": "ecs/web/abc", "timestamp": 1_767_225_600_000, "message": "nginx: starting  ",
         "ingestionTime": 1_767_225_601_000, "eventId": "1"],
        ["logStreamName": "ecs/web/abc", "timestamp": 1_767_225_601_500, "message": #"{"level":"warn","n":1}"#,
         "ingestionTime": 1_767_225_602_000, "eventId": "2"],
        ["logStreamName": "ecs/web/def", "timestamp": 1_767_225_602_123, "message": "line\nwith newline\n\n",
         "ingestionTime": 1_767_225_603_000, "eventId": "3"],
    ], "searchedLogStreams": []]

    /// An endpoint at a fixed time answering FilterLogEvents with `events`.
    final class ClockedEndpoint: AWSEndpoint {
        var calls: [JSON] = []
        var sleeps = 0
        let time: SimTime
        let responses: [JSON]
        init(time: SimTime, responses: [JSON]) {
            self.time = time
            self.responses = responses
        }
        func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
            calls.append(input)
            return calls.count <= responses.count ? responses[calls.count - 1] : ["events": []]
        }
        func hasRegion(_ region: String) -> Bool { true }
        var metadataRegion: String { "us-east-1" }
        func sleep(seconds: Int) { sleeps += seconds }
        var now: SimTime { time }
    }

    static let now = SimTime(milliseconds: 1_767_226_000_000)

    func tail(_ arguments: [String], responses: [JSON] = [LogsTailTests.events]) -> (ToolOutput, ClockedEndpoint) {
        let endpoint = ClockedEndpoint(time: Self.now, responses: responses)
        let output = AWSCommand(endpoint: endpoint).run(Invocation(arguments: ["logs", "tail"] + arguments,
                                                                   fileSystem: InMemoryFileSystem()))
        return (output, endpoint)
    }

    @Test func detailedIsTimestampStreamMessage() {
        let (output, endpoint) = tail(["/ecs/web"])
        #expect(output.stdout == """
            2026-01-01T00:00:00.000000+00:00 ecs/web/abc nginx: starting
            2026-01-01T00:00:01.500000+00:00 ecs/web/abc {"level":"warn","n":1}
            2026-01-01T00:00:02.123000+00:00 ecs/web/def line
            with newline

            """)
        #expect(endpoint.calls == [["logGroupName": "/ecs/web", "interleaved": true,
                                    "startTime": .int(Int(Self.now.milliseconds) - 600_000)]])
    }

    @Test func shortAndJSONFormats() {
        #expect(tail(["/ecs/web", "--format", "short"]).0.stdout == """
            2026-01-01T00:00:00 nginx: starting
            2026-01-01T00:00:01 {"level":"warn","n":1}
            2026-01-01T00:00:02 line
            with newline

            """)
        #expect(tail(["/ecs/web", "--format", "json"]).0.stdout == """
            2026-01-01T00:00:00+00:00 ecs/web/abc nginx: starting
            2026-01-01T00:00:01.500000+00:00 ecs/web/abc \n{
                "level": "warn",
                "n": 1
            }
            2026-01-01T00:00:02.123000+00:00 ecs/web/def line
            with newline

            """)
    }

    @Test func colorOnPaintsTimestampAndStream() {
        #expect(tail(["/ecs/web", "--color", "on"]).0.stdout.hasPrefix(
            "\u{1B}[32m2026-01-01T00:00:00.000000+00:00\u{1B}[0m \u{1B}[36mecs/web/abc\u{1B}[0m nginx: starting\n"))
    }

    @Test func filtersGoIntoTheRequest() {
        let (_, endpoint) = tail(["/ecs/web", "--since", "1h", "--filter-pattern", "ERROR", "--log-stream-names", "a", "b"])
        #expect(endpoint.calls.first == ["logGroupName": "/ecs/web", "interleaved": true,
                                         "startTime": .int(Int(Self.now.milliseconds) - 3_600_000),
                                         "filterPattern": "ERROR", "logStreamNames": ["a", "b"]])
        let (_, prefixed) = tail(["/ecs/web", "--since", "2026-01-01T00:00:00Z", "--log-stream-name-prefix", "ecs/"])
        #expect(prefixed.calls.first?["startTime"] == 1_767_225_600_000)
        #expect(prefixed.calls.first?["logStreamNamePrefix"] == "ecs/")
        #expect(tail(["/ecs/web", "--since", "1767225600"]).1.calls.first?["startTime"] == 1_767_225_600_000)
    }

    @Test func errorsAsAWSCLIPrintsThem() {
        let badFormat = tail(["/ecs/web", "--format", "bad"]).0
        #expect(badFormat.status == 252)
        #expect(badFormat.stderr.hasSuffix("aws: error: argument --format: Invalid choice, valid choices are:\n\n"
            + "detailed                                 | short                                   \n"
            + "json                                    \n\n"))
        #expect(tail([]).0.stderr.hasSuffix("aws: error: the following arguments are required: group_name\n\n"))
        let since = tail(["/ecs/web", "--since", "yesterday"]).0
        #expect(since.status == 255)
        #expect(since.stderr == "\nInvalid timestamp \"yesterday\": Unknown string format: yesterday\n")
        let unknown = tail(["/ecs/web", "extra", "--bogus"]).0
        #expect(unknown.status == 252)
        #expect(unknown.stderr == "\nUnknown options: extra,--bogus\n")
        #expect(tail(["/ecs/web", "--log-stream-names"]).0.stderr
            .hasSuffix("aws: error: argument --log-stream-names: expected at least one argument\n\n"))
    }

    @Test func followPrintsEachEventOnceAndStopsWhenQuiet() {
        let later: JSON = ["events": [["logStreamName": "ecs/web/abc", "timestamp": 1_767_225_602_123, "message": "again",
                                       "ingestionTime": 1, "eventId": "4"]]]
        let repeated: JSON = ["events": [Self.events["events"][2]]]
        let (output, endpoint) = tail(["/ecs/web", "--follow", "--format", "short"], responses: [Self.events, repeated, later])
        #expect(output.stdout.components(separatedBy: "\n").count == 6)
        #expect(output.stdout.hasSuffix("2026-01-01T00:00:02 again\n"))
        // Polls continue from the newest timestamp seen, five seconds apart, until three
        // polls in a row bring nothing new.
        #expect(endpoint.calls.dropFirst().allSatisfy { $0["startTime"] == 1_767_225_602_123 })
        #expect(endpoint.calls.count == 6)
        #expect(endpoint.sleeps == 25)
    }

    @Test func relativeSince() {
        #expect(TailSince.relativeSeconds("10m") == 600)
        #expect(TailSince.relativeSeconds("2w") == 1_209_600)
        #expect(TailSince.relativeSeconds("5h30m") == nil)
        #expect(TailSince.relativeSeconds("m") == nil)
    }
}
