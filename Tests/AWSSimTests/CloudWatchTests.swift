import JSONValue
import SimCore
import Testing
@testable import AWSSim

@Suite struct CloudWatchTests {
    /// The dimensions of ECR's PutImage call count, in the order list-metrics shows them.
    static let putImage: JSON = [["Name": "Type", "Value": "API"], ["Name": "Resource", "Value": "PutImage"],
                                 ["Name": "Service", "Value": "ECR"], ["Name": "Class", "Value": "None"]]

    func statistics(_ world: InfraWorld, start: Int64, end: Int64, period: Int, _ extra: JSON = [:]) throws -> JSON {
        var input: JSON = ["Namespace": "AWS/Usage", "MetricName": "CallCount", "Dimensions": Self.putImage,
                           "StartTime": .int(Int(start)), "EndTime": .int(Int(end)), "Period": .int(period),
                           "Statistics": ["Sum", "SampleCount", "Maximum"]]
        for (key, value) in extra.object?.pairs ?? [] { input[key] = value }
        return try world.call("cloudwatch", "GetMetricStatistics", input)
    }

    @Test func callsAreCountedPerMinuteOnceTheMinuteIsOver() throws {
        let world = InfraWorld()
        let start = world.simulation.now.seconds
        try world.call("ecr", "CreateRepository", ["repositoryName": "web"])
        for _ in 0..<3 { world.cloud.recordBlobUpload(repository: "web", digest: "sha256:aa", size: 10, region: "us-east-1") }
        _ = world.error("ecr", "PutImage", ["repositoryName": "web", "imageManifest": "{}"])
        world.advance(30)
        #expect(try world.call("cloudwatch", "ListMetrics")["Metrics"] == [])
        world.advance(60)
        _ = world.error("ecr", "PutImage", ["repositoryName": "web", "imageManifest": "{}"])
        world.advance(60)
        let listed = try world.call("cloudwatch", "ListMetrics", ["Dimensions": [["Name": "Service", "Value": "ECR"]]])
        // CreateRepository is not among the calls ECR counts.
        #expect(listed["Metrics"].array?.compactMap { $0["Dimensions"][1]["Value"].string }
            == ["InitiateLayerUpload", "UploadLayerPart", "CompleteLayerUpload", "PutImage"])
        #expect(listed["Metrics"][3]["Dimensions"] == Self.putImage)

        // Refused calls count too; each minute is one sample.
        let points = try statistics(world, start: start, end: start + 600, period: 300)["Datapoints"]
        #expect(points == [["Timestamp": .int(Int(start)), "SampleCount": 2.0, "Sum": 2.0, "Maximum": 1.0, "Unit": "None"]])
        let perMinute = try statistics(world, start: start, end: start + 600, period: 60)["Datapoints"]
        #expect(perMinute.array?.compactMap { $0["Timestamp"].int } == [Int(start), Int(start) + 60])
    }

    @Test func onlyTheMetricsWholeDimensionsFindItsData() throws {
        let world = InfraWorld()
        let start = world.simulation.now.seconds
        _ = world.error("ecr", "PutImage", ["repositoryName": "web", "imageManifest": "{}"])
        world.advance(120)
        #expect(try statistics(world, start: start, end: start + 300, period: 300)["Datapoints"].array?.count == 1)
        let partial = try world.call("cloudwatch", "GetMetricStatistics", [
            "Namespace": "AWS/Usage", "MetricName": "CallCount", "Dimensions": [["Name": "Resource", "Value": "PutImage"]],
            "StartTime": .int(Int(start)), "EndTime": .int(Int(start) + 300), "Period": 300, "Statistics": ["Sum"],
        ])
        #expect(partial["Datapoints"] == [])
        #expect(try statistics(world, start: start, end: start + 300, period: 300, ["Unit": "Count"])["Datapoints"] == [])
    }

    @Test func requestsCloudWatchCannotAnswerAreRefused() throws {
        let world = InfraWorld()
        let start = world.simulation.now.seconds
        #expect(throws: AWSServiceError.self) { try statistics(world, start: start, end: start, period: 60) }
        let tooMany = world.error("cloudwatch", "GetMetricStatistics", [
            "Namespace": "AWS/Usage", "MetricName": "CallCount", "StartTime": .int(Int(start)),
            "EndTime": .int(Int(start) + 86_460), "Period": 60, "Statistics": ["Sum"],
        ])
        #expect(tooMany?.code == "InvalidParameterCombination")
        #expect(tooMany?.message.hasPrefix("You have requested up to 1441 datapoints, which exceeds the limit of 1440.") == true)
        let neither = world.error("cloudwatch", "GetMetricStatistics", [
            "Namespace": "AWS/Usage", "MetricName": "CallCount", "StartTime": .int(Int(start)),
            "EndTime": .int(Int(start) + 60), "Period": 60,
        ])
        #expect(neither?.message == "Must specify either Statistics or ExtendedStatistics")
    }

    @Test func startTimesAreRoundedDownByTheirAge() {
        let now = CalendarTime(year: 2026, month: 6, day: 1).simTime
        func rounded(_ time: CalendarTime) -> CalendarTime { CalendarTime(CloudWatchBackend.roundedStart(time.simTime, now: now)) }
        #expect(rounded(CalendarTime(year: 2026, month: 5, day: 31, hour: 12, minute: 32, second: 34))
            == CalendarTime(year: 2026, month: 5, day: 31, hour: 12, minute: 32))
        #expect(rounded(CalendarTime(year: 2026, month: 5, day: 1, hour: 12, minute: 34, second: 34))
            == CalendarTime(year: 2026, month: 5, day: 1, hour: 12, minute: 30))
        #expect(rounded(CalendarTime(year: 2026, month: 1, day: 1, hour: 12, minute: 34))
            == CalendarTime(year: 2026, month: 1, day: 1, hour: 12))
    }

    @Test func percentilesAreNearestRank() {
        #expect(CloudWatchBackend.nearestRank(50, [4, 1, 3, 2]) == 2)
        #expect(CloudWatchBackend.nearestRank(90, [4, 1, 3, 2]) == 4)
        #expect(CloudWatchBackend.nearestRank(0, [4, 1, 3, 2]) == 1)
        #expect(CloudWatchBackend.percentile("p99.9") == 99.9)
        #expect(CloudWatchBackend.percentile("p101") == nil)
        #expect(CloudWatchBackend.percentile("tm99") == nil)
    }
}
