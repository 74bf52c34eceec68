import JSONValue
import SimCore
import Testing
@testable import AWSSim

@Suite struct AutoScalingTests {
    func groupWorld() throws -> InfraWorld {
        let world = InfraWorld()
        let image = world.ec2.images.first { $0.name.hasPrefix("al2023-ami-ecs-hvm") && $0.architecture == "x86_64" }?.id ?? ""
        try world.call("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "hosts",
                                                       "LaunchTemplateData": ["ImageId": .string(image), "InstanceType": "t3.micro"]])
        let subnets = world.ec2.subnets.prefix(2).map(\.id).joined(separator: ",")
        try world.call("autoscaling", "CreateAutoScalingGroup", [
            "AutoScalingGroupName": "asg", "LaunchTemplate": ["LaunchTemplateName": "hosts"], "MinSize": 1, "MaxSize": 4,
            "DesiredCapacity": 2, "VPCZoneIdentifier": .string(subnets),
            "Tags": [["Key": "team", "Value": "ops", "PropagateAtLaunch": true]],
        ])
        return world
    }

    func group(_ world: InfraWorld) throws -> JSON {
        try world.call("autoscaling", "DescribeAutoScalingGroups", ["AutoScalingGroupNames": ["asg"]])["AutoScalingGroups"][0]
    }

    @Test func aNewGroupLaunchesItsDesiredCapacityAcrossZones() throws {
        let world = try groupWorld()
        #expect(try group(world)["Instances"] == [])
        world.advance(5)
        let pending = try group(world)["Instances"]
        #expect(pending.array?.count == 2)
        #expect(pending[0]["LifecycleState"] == "Pending")
        #expect(Set(pending.array?.compactMap { $0["AvailabilityZone"].string } ?? []) == ["us-east-1a", "us-east-1b"])
        world.advance(30)
        let inService = try group(world)["Instances"]
        #expect(inService.array?.allSatisfy { $0["LifecycleState"] == "InService" } == true)
        #expect(inService[0]["LaunchTemplate"]["Version"] == "1")
        let instanceID = try #require(inService[0]["InstanceId"].string)
        let tags = world.ec2.tags(of: instanceID).map(\.key)
        #expect(tags.contains("aws:autoscaling:groupName"))
        #expect(tags.contains("team"))
        let activities = try world.call("autoscaling", "DescribeScalingActivities", ["AutoScalingGroupName": "asg"])["Activities"]
        #expect(activities.array?.count == 2)
        #expect(activities[0]["StatusCode"] == "Successful")
        let cause = activities[0]["Cause"].string ?? ""
        #expect(cause.hasPrefix("At 2026-01-01T00:00:00Z a user request created an AutoScalingGroup changing the desired capacity from 0 to 2.  At 2026-01-01T00:00:0"))
        #expect(cause.hasSuffix("an instance was started in response to a difference between desired and running capacity, increasing the capacity from 0 to 2."))
    }

    @Test func scalingInTerminatesFromTheBusiestZone() throws {
        let world = try groupWorld()
        world.advance(40)
        try world.call("autoscaling", "SetDesiredCapacity", ["AutoScalingGroupName": "asg", "DesiredCapacity": 3])
        world.advance(40)
        #expect(try group(world)["Instances"].array?.count == 3)
        try world.call("autoscaling", "UpdateAutoScalingGroup", ["AutoScalingGroupName": "asg", "MaxSize": 1])
        world.advance(5)
        let shrinking = try group(world)
        #expect(shrinking["DesiredCapacity"] == 1)
        #expect(shrinking["Instances"].array?.filter { $0["LifecycleState"] == "Terminating" }.count == 2)
        world.advance(60)
        let after = try group(world)["Instances"]
        #expect(after.array?.count == 1)
        let latest = try world.call("autoscaling", "DescribeScalingActivities", ["AutoScalingGroupName": "asg", "MaxRecords": 1])["Activities"][0]
        #expect(latest["Description"].string?.hasPrefix("Terminating EC2 instance: i-") == true)
        #expect(latest["Cause"].string?.contains("a user request update of AutoScalingGroup constraints to min: 1, max: 1, desired: 1 changing the desired capacity from 3 to 1.") == true)
        let running = world.ec2.instances.filter { $0.state == .running }
        #expect(running.count == 1)
    }

    @Test func boundsAndNamesAreValidated() throws {
        let world = try groupWorld()
        #expect(world.error("autoscaling", "SetDesiredCapacity", ["AutoScalingGroupName": "asg", "DesiredCapacity": 9])?.message
            == "New SetDesiredCapacity value 9 is above max value 4 for the AutoScalingGroup.")
        #expect(world.error("autoscaling", "SetDesiredCapacity", ["AutoScalingGroupName": "asg", "DesiredCapacity": 0])?.message
            == "New SetDesiredCapacity value 0 is below min value 1 for the AutoScalingGroup.")
        #expect(world.error("autoscaling", "UpdateAutoScalingGroup", ["AutoScalingGroupName": "asg", "MinSize": 5])?.message
            == "Max bound, 4, must be greater than or equal to min bound, 5")
        #expect(world.error("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "asg", "LaunchTemplate": ["LaunchTemplateName": "hosts"],
                                                                      "MinSize": 0, "MaxSize": 1, "AvailabilityZones": ["us-east-1a"]])?.code
            == "AlreadyExists")
        #expect(world.error("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "b", "LaunchTemplate": ["LaunchTemplateName": "nope"],
                                                                      "MinSize": 0, "MaxSize": 1, "AvailabilityZones": ["us-east-1a"]])?.message
            == "You must use a valid fully-formed launch template. The specified launch template, with template name nope, does not exist.")
        #expect(world.error("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "c", "LaunchTemplate": ["LaunchTemplateName": "hosts"],
                                                                      "MinSize": 0, "MaxSize": 1, "DesiredCapacity": 3, "AvailabilityZones": ["us-east-1a"]])?.message
            == "Desired capacity:3 must be between the specified min size:0 and max size:1")
        #expect(world.error("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "d", "LaunchTemplate": ["LaunchTemplateName": "hosts"],
                                                                      "MinSize": 0, "MaxSize": 1])?.message
            == "At least one Availability Zone or VPC Subnet is required.")
        world.advance(40)
        #expect(world.error("autoscaling", "DeleteAutoScalingGroup", ["AutoScalingGroupName": "asg"])?.code == "ResourceInUse")
        try world.call("autoscaling", "DeleteAutoScalingGroup", ["AutoScalingGroupName": "asg", "ForceDelete": true])
        #expect(try group(world)["Status"] == "Delete in progress")
        world.advance(120)
        #expect(try world.call("autoscaling", "DescribeAutoScalingGroups")["AutoScalingGroups"] == [])
    }

    @Test func anInstanceTerminatedBehindItsBackIsReplaced() throws {
        let world = try groupWorld()
        world.advance(40)
        let victim = try #require(try group(world)["Instances"][0]["InstanceId"].string)
        try world.call("ec2", "TerminateInstances", ["InstanceIds": [.string(victim)]])
        world.advance(120)
        let instances = try group(world)["Instances"]
        #expect(instances.array?.count == 2)
        #expect(instances.array?.contains { $0["InstanceId"].string == victim } == false)
        let causes = try world.call("autoscaling", "DescribeScalingActivities", ["AutoScalingGroupName": "asg"])["Activities"].array?
            .compactMap { $0["Cause"].string } ?? []
        #expect(causes.contains { $0.contains("an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped.") })
    }

    @Test func failedLaunchesAreRecordedAndRetried() throws {
        let world = InfraWorld()
        try world.call("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "bad", "LaunchTemplateData": ["ImageId": "ami-00000000000000000"]])
        try world.call("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "g", "LaunchTemplate": ["LaunchTemplateName": "bad"],
                                                                 "MinSize": 1, "MaxSize": 1, "AvailabilityZones": ["us-east-1a"]])
        world.advance(60)
        let activities = try world.call("autoscaling", "DescribeScalingActivities", ["AutoScalingGroupName": "g"])["Activities"]
        #expect((activities.array?.count ?? 0) >= 2)
        #expect(activities[0]["StatusCode"] == "Failed")
        #expect(activities[0]["StatusMessage"] == "The image id '[ami-00000000000000000]' does not exist. Launching EC2 instance failed.")
    }

    @Test func ecsHostsJoinThroughTheGroup() throws {
        let world = InfraWorld()
        try EC2InstanceTests().makeInstanceRole(world)
        var joined: [String] = []
        world.ec2.containerAgent = .init(connected: { joined.append($0.clusterName) }, disconnected: { _, _ in })
        let image = world.ec2.images.first { $0.name.hasPrefix("al2023-ami-ecs-hvm") && $0.architecture == "x86_64" }?.id ?? ""
        try world.call("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "ecs", "LaunchTemplateData": [
            "ImageId": .string(image), "InstanceType": "t3.medium", "IamInstanceProfile": ["Name": "ecsInstanceRole"],
            "UserData": .string(EC2InstanceTests.ecsUserData),
        ]])
        try world.call("autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "ecs", "LaunchTemplate": ["LaunchTemplateName": "ecs"],
                                                                 "MinSize": 0, "MaxSize": 3, "DesiredCapacity": 3, "AvailabilityZones": ["us-east-1a", "us-east-1b"]])
        world.advance(120)
        #expect(joined == ["demo", "demo", "demo"])
    }
}

@Suite struct ServiceLinkedRoleTests {
    @Test func theFirstGroupCreatesAutoScalingsServiceLinkedRole() throws {
        let world = try AutoScalingTests().groupWorld()
        let role = try world.call("iam", "GetRole", ["RoleName": "AWSServiceRoleForAutoScaling"])["Role"]
        #expect(role["Path"] == "/aws-service-role/autoscaling.amazonaws.com/")
        #expect(role["Arn"] == "arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling")
        let attached = try world.call("iam", "ListAttachedRolePolicies", ["RoleName": "AWSServiceRoleForAutoScaling"])["AttachedPolicies"]
        #expect(attached[0]["PolicyName"] == "AutoScalingServiceRolePolicy")
        #expect(world.error("iam", "DeleteRole", ["RoleName": "AWSServiceRoleForAutoScaling"])?.message
            == "Cannot perform the operation on the protected role 'AWSServiceRoleForAutoScaling' - this role is only modifiable by AWS")
        #expect(world.error("iam", "CreateServiceLinkedRole", ["AWSServiceName": "autoscaling.amazonaws.com"])?.code == "InvalidInput")
        let ecs = try world.call("iam", "CreateServiceLinkedRole", ["AWSServiceName": "ecs.amazonaws.com"])["Role"]
        #expect(ecs["RoleName"] == "AWSServiceRoleForECS")
    }
}
