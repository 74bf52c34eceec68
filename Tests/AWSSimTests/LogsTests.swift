import JSONValue
import SimCore
import Testing
@testable import AWSSim

@Suite struct LogsTests {
    func world(events: Int) throws -> InfraWorld {
        let world = InfraWorld()
        try world.call("logs", "CreateLogGroup", ["logGroupName": "/ecs/web"])
        try world.call("logs", "CreateLogStream", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1"])
        let base = 1_767_225_600_000
        let batch: [JSON] = (0..<events).map { ["timestamp": .int(base + $0 * 1000), "message": .string("line \($0)")] }
        if !batch.isEmpty {
            try world.call("logs", "PutLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "logEvents": .array(batch)])
        }
        return world
    }

    @Test func getLogEventsWalksForwardAndBackWithTokens() throws {
        let world = try world(events: 5)
        let latest = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "limit": 2])
        #expect(latest["events"].array?.compactMap { $0["message"].string } == ["line 3", "line 4"])
        let back = try #require(latest["nextBackwardToken"].string)
        #expect(back.hasPrefix("b/") && back.count == 58)
        let earlier = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "limit": 2,
                                                              "nextToken": .string(back)])
        #expect(earlier["events"].array?.compactMap { $0["message"].string } == ["line 1", "line 2"])
        let head = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "startFromHead": true,
                                                           "limit": 3])
        #expect(head["events"][0]["message"] == "line 0")
        let forward = try #require(head["nextForwardToken"].string)
        let rest = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "nextToken": .string(forward)])
        #expect(rest["events"].array?.count == 2)
        // At the end, the forward token comes back unchanged.
        let end = try #require(rest["nextForwardToken"].string)
        let again = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "nextToken": .string(end)])
        #expect(again["events"] == [])
        #expect(again["nextForwardToken"].string == end)
        #expect(world.error("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "nextToken": "f/1"])?.message
            == "The specified nextToken is invalid.")
    }

    @Test func filterPatternsSelectEvents() throws {
        let world = try world(events: 0)
        let messages = ["GET / 200", "ERROR db timeout", "WARN slow", "ERROR retrying", #"{"level":"error","latency":700}"#]
        let batch: [JSON] = messages.enumerated().map { ["timestamp": .int(1_767_225_600_000 + $0 * 10), "message": .string($1)] }
        try world.call("logs", "PutLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "logEvents": .array(batch)])
        func filter(_ pattern: String) throws -> [String] {
            try world.call("logs", "FilterLogEvents", ["logGroupName": "/ecs/web", "filterPattern": .string(pattern)])["events"]
                .array?.compactMap { $0["message"].string } ?? []
        }
        #expect(try filter("ERROR") == ["ERROR db timeout", "ERROR retrying"])
        #expect(try filter("ERROR -retrying") == ["ERROR db timeout"])
        #expect(try filter("?WARN ?timeout") == ["ERROR db timeout", "WARN slow"])
        #expect(try filter("\"db timeout\"") == ["ERROR db timeout"])
        #expect(try filter("{ $.latency > 500 && $.level = \"error\" }") == [#"{"level":"error","latency":700}"#])
        #expect(try filter("").count == 5)
        #expect(world.error("logs", "FilterLogEvents", ["logGroupName": "/ecs/web", "filterPattern": "{ $.x = }"])?.message == "Invalid filter pattern")
    }

    @Test func putLogEventsChecksOrderAndAge() throws {
        let world = try world(events: 0)
        let unordered: JSON = [["timestamp": 1_767_225_601_000, "message": "b"], ["timestamp": 1_767_225_600_000, "message": "a"]]
        #expect(world.error("logs", "PutLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "logEvents": unordered])?.message
            == "Log events in a single PutLogEvents request must be in chronological order.")
        let old: JSON = [["timestamp": 1_700_000_000_000, "message": "old"], ["timestamp": 1_767_225_600_000, "message": "new"]]
        let output = try world.call("logs", "PutLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1", "logEvents": old])
        #expect(output["rejectedLogEventsInfo"] == ["tooOldLogEventEndIndex": 1])
        #expect(world.error("logs", "PutLogEvents", ["logGroupName": "/ecs/nope", "logStreamName": "x", "logEvents": old])?.message
            == "The specified log group does not exist.")
    }

    @Test func groupsStreamsAndRetention() throws {
        let world = try world(events: 3)
        #expect(world.error("logs", "CreateLogGroup", ["logGroupName": "/ecs/web"])?.code == "ResourceAlreadyExistsException")
        #expect(world.error("logs", "PutRetentionPolicy", ["logGroupName": "/ecs/web", "retentionInDays": 2])?.message.hasPrefix(
            "1 validation error detected: Value '2' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [1, 3, 5,") == true)
        try world.call("logs", "PutRetentionPolicy", ["logGroupName": "/ecs/web", "retentionInDays": 1])
        let group = try world.call("logs", "DescribeLogGroups", ["logGroupNamePrefix": "/ecs"])["logGroups"][0]
        #expect(group["retentionInDays"] == 1)
        #expect(group["arn"] == "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*")
        let stream = try world.call("logs", "DescribeLogStreams", ["logGroupName": "/ecs/web"])["logStreams"][0]
        #expect(stream["firstEventTimestamp"] == 1_767_225_600_000)
        #expect(stream["lastEventTimestamp"] == 1_767_225_602_000)
        world.advance(2 * 86_400)
        let expired = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/web", "logStreamName": "ecs/web/1"])
        #expect(expired["events"] == [])
    }

    @Test func theAwslogsDriverAppendsInTimeOrder() throws {
        let world = InfraWorld()
        let logs = world.region.logs
        #expect(!logs.logGroupExists("/ecs/api"))
        logs.append(group: "/ecs/api", stream: "ecs/api/abc", timestamp: SimTime(seconds: 1_767_225_602), message: "second")
        logs.append(group: "/ecs/api", stream: "ecs/api/abc", timestamp: SimTime(seconds: 1_767_225_601), message: "first")
        #expect(logs.logGroupExists("/ecs/api"))
        let events = try world.call("logs", "GetLogEvents", ["logGroupName": "/ecs/api", "logStreamName": "ecs/api/abc"])["events"]
        #expect(events.array?.compactMap { $0["message"].string } == ["first", "second"])
    }
}
