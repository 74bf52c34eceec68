import JSONValue
import Testing
@testable import AWSSim

@Suite struct CloudTrailTests {
    @Test func eventsAppearMinutesAfterTheirCalls() throws {
        let world = InfraWorld()
        try world.call("logs", "CreateLogGroup", ["logGroupName": "/ecs/web"])
        _ = world.error("iam", "GetRole", ["RoleName": "ghost"])
        #expect(try world.call("cloudtrail", "LookupEvents")["Events"] == [])
        world.advance(300)
        let events = try world.call("cloudtrail", "LookupEvents")["Events"]
        // Newest first; calls made in the same instant in reverse order of arrival.
        #expect(events.array?.compactMap { $0["EventName"].string } == ["LookupEvents", "GetRole", "CreateLogGroup"])
        let created = events[2]
        #expect(created["EventSource"] == "logs.amazonaws.com")
        #expect(created["Username"] == "learner")
        #expect(created["ReadOnly"] == "false")
        let record = try #require(JSONParser.parseOrNil(created["CloudTrailEvent"].string ?? ""))
        #expect(record["userIdentity"]["arn"] == "arn:aws:iam::123456789012:user/learner")
        #expect(record["requestParameters"] == ["logGroupName": "/ecs/web"])
        #expect(record["awsRegion"] == "us-east-1")
        let failed = try #require(JSONParser.parseOrNil(events[1]["CloudTrailEvent"].string ?? ""))
        #expect(failed["errorCode"] == "NoSuchEntity")
        #expect(failed["eventSource"] == "iam.amazonaws.com")
    }

    @Test func lookupAttributesFilter() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "r", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        try world.call("ec2", "DescribeVpcs")
        world.advance(600)
        let byName = try world.call("cloudtrail", "LookupEvents", ["LookupAttributes": [["AttributeKey": "EventName", "AttributeValue": "CreateRole"]]])
        #expect(byName["Events"].array?.count == 1)
        #expect(byName["Events"][0]["Resources"] == [["ResourceType": "AWS::IAM::Role", "ResourceName": "r"]])
        let readOnly = try world.call("cloudtrail", "LookupEvents", ["LookupAttributes": [["AttributeKey": "ReadOnly", "AttributeValue": "true"]]])
        #expect(readOnly["Events"].array?.compactMap { $0["EventName"].string } == ["DescribeVpcs"])
        #expect(world.error("cloudtrail", "LookupEvents", ["LookupAttributes": [["AttributeKey": "EventName", "AttributeValue": "a"],
                                                                                ["AttributeKey": "Username", "AttributeValue": "b"]]])?.code
            == "InvalidLookupAttributesException")
        #expect(world.error("cloudtrail", "LookupEvents", ["MaxResults": 51])?.code == "InvalidMaxResultsException")
    }

    @Test func autoScalingLaunchesAreRecordedAsTheServiceRole() throws {
        let world = InfraWorld()
        let image = world.ec2.images[2].id
        try world.call("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "tmpl", "LaunchTemplateData": ["ImageId": .string(image), "InstanceType": "t3.micro"]])
        try world.call("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "g", "LaunchTemplate": ["LaunchTemplateName": "tmpl"],
                                                                 "MinSize": 1, "MaxSize": 1, "AvailabilityZones": ["us-east-1a"]])
        world.advance(600)
        let runs = try world.call("cloudtrail", "LookupEvents", ["LookupAttributes": [["AttributeKey": "EventName", "AttributeValue": "RunInstances"]]])["Events"]
        #expect(runs[0]["Username"] == "AutoScaling")
        let record = try #require(JSONParser.parseOrNil(runs[0]["CloudTrailEvent"].string ?? ""))
        #expect(record["userIdentity"]["invokedBy"] == "autoscaling.amazonaws.com")
        #expect(record["sourceIPAddress"] == "autoscaling.amazonaws.com")
    }
}
