import JSONValue
import SimCore
import Testing
@testable import AWSSim

@Suite struct EventPatternTests {
    static let push: JSON = [
        "version": "0", "id": "1", "detail-type": "ECR Image Action", "source": "aws.ecr", "account": "123456789012",
        "time": "2026-01-01T00:00:00Z", "region": "us-east-1", "resources": [],
        "detail": ["result": "SUCCESS", "repository-name": "web", "action-type": "PUSH", "image-tag": "v2",
                   "layers": ["a", "b"], "size": 42],
    ]

    func matches(_ pattern: String) throws -> Bool { try EventPattern(pattern).matches(Self.push) }

    @Test func literalsNestedFieldsAndArrays() throws {
        #expect(try matches(#"{"source":["aws.ecr"],"detail-type":["ECR Image Action"]}"#))
        #expect(try matches(#"{"detail":{"action-type":["DELETE","PUSH"]}}"#))
        #expect(try !matches(#"{"detail":{"action-type":["DELETE"]}}"#))
        #expect(try matches(#"{"detail":{"layers":["b"]}}"#))
        #expect(try matches(#"{"detail":{"size":[42.0]}}"#))
        #expect(try !matches(#"{"detail":{"size":["42"]}}"#))
        #expect(try !matches(#"{"detail":{"missing":["x"]}}"#))
        #expect(try matches(#"{"$or":[{"source":["other"]},{"detail":{"image-tag":["v2"]}}]}"#))
    }

    @Test func matchers() throws {
        #expect(try matches(#"{"detail":{"image-tag":[{"prefix":"v"}]}}"#))
        #expect(try matches(#"{"detail":{"repository-name":[{"suffix":"eb"}]}}"#))
        #expect(try matches(#"{"detail":{"result":[{"equals-ignore-case":"success"}]}}"#))
        #expect(try matches(#"{"detail":{"image-tag":[{"wildcard":"v*"}]}}"#))
        #expect(try matches(#"{"detail":{"repository-name":[{"anything-but":["scratch","tmp"]}]}}"#))
        #expect(try !matches(#"{"detail":{"repository-name":[{"anything-but":{"prefix":"w"}}]}}"#))
        #expect(try !matches(#"{"detail":{"missing":[{"anything-but":"x"}]}}"#))
        #expect(try matches(#"{"detail":{"size":[{"numeric":[">",10,"<=",42]}]}}"#))
        #expect(try !matches(#"{"detail":{"size":[{"numeric":["<",42]}]}}"#))
        #expect(try matches(#"{"detail":{"missing":[{"exists":false}],"image-tag":[{"exists":true}]}}"#))
    }

    @Test func invalidPatternsSayWhy() {
        func reason(_ text: String) -> String? {
            do throws(EventPattern.Invalid) {
                _ = try EventPattern(text)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason(#"{"source":"aws.ecr"}"#)
            == "\"source\" must be an object or an array\n at [Source: (String)\"{\"source\":\"aws.ecr\"}\"; line: 1, column: 12]")
        #expect(reason(#"{"source":[{"begins-with":"aws."}]}"#) == "Unrecognized match type begins-with")
        #expect(reason("[1]") == "Filter is not an object")
        #expect(reason("not json") == "Filter is not an object")
    }
}

@Suite struct EventBridgeTests {
    static let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["events.amazonaws.com"]},"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/*:*"}]}"#

    func setUp(_ world: InfraWorld, group: String = "/aws/events/ecr") throws {
        try world.call("logs", "CreateLogGroup", ["logGroupName": .string(group)])
        try world.call("events", "PutRule", ["Name": "ecr", "EventPattern": #"{"source":["aws.ecr"]}"#])
        try world.call("events", "PutTargets", ["Rule": "ecr", "Targets": [
            ["Id": "logs", "Arn": .string("arn:aws:logs:us-east-1:123456789012:log-group:\(group)")],
        ]])
    }

    func streams(_ world: InfraWorld, _ group: String = "/aws/events/ecr") -> [String: [LogsBackend.Event]] {
        world.cloud.region("us-east-1").logs.groups[group] ?? [:]
    }

    @Test func ecrPushesReachALogGroupThePolicyOpens() throws {
        let world = InfraWorld()
        try setUp(world)
        let ecr = world.cloud.region("us-east-1").ecr
        ecr.imageAction("PUSH", repository: "web", digest: "sha256:aa", tag: "v1")
        #expect(streams(world).isEmpty)
        try world.call("logs", "PutResourcePolicy", ["policyName": "events", "policyDocument": .string(Self.policy)])
        ecr.imageAction("PUSH", repository: "web", digest: "sha256:aa", tag: "v2")
        let delivered = try #require(streams(world).first)
        let event = try #require(JSONParser.parseOrNil(delivered.value.first?.message ?? ""))
        #expect(event["id"].string == delivered.key)
        #expect(event["source"] == "aws.ecr")
        #expect(event["detail-type"] == "ECR Image Action")
        #expect(event["detail"] == .object(JSONObject([("result", "SUCCESS"), ("repository-name", "web"),
                                                       ("image-digest", "sha256:aa"), ("action-type", "PUSH"),
                                                       ("image-tag", "v2")])))
    }

    @Test func cloudWatchCountsMatchesAndFailedDeliveries() throws {
        let world = InfraWorld()
        try setUp(world)
        let bus = world.cloud.region("us-east-1").eventBridge
        bus.publish(source: "aws.ecr", detailType: "ECR Image Action", detail: [:])
        try world.call("logs", "PutResourcePolicy", ["policyName": "events", "policyDocument": .string(Self.policy)])
        bus.publish(source: "aws.ecr", detailType: "ECR Image Action", detail: [:])
        bus.publish(source: "other", detailType: "x", detail: [:])
        world.advance(60)
        func sum(_ name: String, _ dimensions: JSON) throws -> JSON {
            try world.call("cloudwatch", "GetMetricStatistics", [
                "Namespace": "AWS/Events", "MetricName": .string(name), "Dimensions": dimensions,
                "StartTime": 1_767_225_600, "EndTime": 1_767_229_200, "Period": 3600, "Statistics": ["Sum"],
            ])["Datapoints"][0]["Sum"]
        }
        let rule: JSON = [["Name": "RuleName", "Value": "ecr"]]
        #expect(try sum("MatchedEvents", rule) == 2.0)
        #expect(try sum("Invocations", []) == 2.0)
        #expect(try sum("FailedInvocations", rule) == 1.0)
    }

    @Test func disabledRulesAndOtherGroupsReceiveNothing() throws {
        let world = InfraWorld()
        try setUp(world, group: "elsewhere")
        try world.call("logs", "PutResourcePolicy", ["policyName": "events", "policyDocument": .string(Self.policy)])
        world.cloud.region("us-east-1").eventBridge.publish(source: "aws.ecr", detailType: "ECR Image Action", detail: [:])
        #expect(streams(world, "elsewhere").isEmpty)
        #expect(world.cloud.region("us-east-1").logs.allowsDelivery(by: "events.amazonaws.com", to: "/aws/events/x"))
        #expect(!world.cloud.region("us-east-1").logs.allowsDelivery(by: "sns.amazonaws.com", to: "/aws/events/x"))
    }

    @Test func rulesKeepTheirTargetsUntilRemoved() throws {
        let world = InfraWorld()
        try setUp(world)
        #expect(world.error("events", "DeleteRule", ["Name": "ecr"])?.message == "Rule can't be deleted since it has targets.")
        try world.call("events", "RemoveTargets", ["Rule": "ecr", "Ids": ["logs"]])
        try world.call("events", "DeleteRule", ["Name": "ecr"])
        #expect(try world.call("events", "ListRules")["Rules"] == [])
        #expect(world.error("events", "DescribeRule", ["Name": "ecr"])?.message == "Rule ecr does not exist on EventBus default.")
    }

    @Test func putEventsRefusesAWSSources() throws {
        let world = InfraWorld()
        let output = try world.call("events", "PutEvents", ["Entries": [
            ["Source": "my.app", "DetailType": "hello", "Detail": "{}"],
            ["Source": "aws.ecr", "DetailType": "hello", "Detail": "{}"],
            ["Source": "my.app", "DetailType": "hello", "Detail": "[1]"],
        ]])
        #expect(output["FailedEntryCount"] == 2)
        #expect(output["Entries"][1]["ErrorCode"] == "NotAuthorizedForSourceException")
        #expect(output["Entries"][2]["ErrorCode"] == "MalformedDetail")
    }
}

@Suite struct RuleScheduleTests {
    func next(_ expression: String, after: CalendarTime) -> CalendarTime? {
        guard let schedule = EventBridgeBackend.schedule(expression) else { return nil }
        let time = after.simTime
        return schedule.next(after: time, start: time).map(CalendarTime.init)
    }

    @Test func ratesAndCrons() {
        let start = CalendarTime(year: 2026, month: 1, day: 1, hour: 10, minute: 7, second: 30)
        #expect(next("rate(5 minutes)", after: start) == CalendarTime(year: 2026, month: 1, day: 1, hour: 10, minute: 12, second: 30))
        #expect(next("rate(1 day)", after: start) == CalendarTime(year: 2026, month: 1, day: 2, hour: 10, minute: 7, second: 30))
        #expect(next("cron(0 * * * ? *)", after: start) == CalendarTime(year: 2026, month: 1, day: 1, hour: 11))
        // Thursday the 1st: the next weekday 09:30 is Friday the 2nd (MON-FRI is 2-6).
        #expect(next("cron(30 9 ? * 2-6 *)", after: start) == CalendarTime(year: 2026, month: 1, day: 2, hour: 9, minute: 30))
        #expect(next("cron(30 9 ? * MON-FRI *)", after: start) == CalendarTime(year: 2026, month: 1, day: 2, hour: 9, minute: 30))
        #expect(next("cron(0 0 1 1 ? 2027)", after: start) == CalendarTime(year: 2027, month: 1, day: 1))
    }

    @Test func expressionsEventBridgeRefuses() {
        for expression in ["rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "rate(5 weeks)", "cron(0 12 * * * *)",
                           "cron(0 12 ? * ? *)", "cron(0 12 L * ? *)", "cron(0 12 * *)", "every 5 minutes",
                           "rate(9223372036854775807 minutes)"] {
            #expect(EventBridgeBackend.schedule(expression) == nil, "\(expression)")
        }
    }
}

