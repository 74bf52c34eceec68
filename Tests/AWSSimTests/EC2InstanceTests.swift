import JSONValue
import SimCore
import Testing
@testable import AWSSim

@Suite struct EC2InstanceTests {
    static let ecsUserData = Base64.encode("#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config\n")

    func ecsImage(_ world: InfraWorld) -> String {
        world.ec2.images.first { $0.name.hasPrefix("al2023-ami-ecs-hvm") && $0.architecture == "x86_64" }?.id ?? ""
    }

    /// ecsInstanceRole with the EC2 container instance policy, in an instance profile.
    func makeInstanceRole(_ world: InfraWorld) throws {
        try world.call("iam", "CreateRole", ["RoleName": "ecsInstanceRole", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        try world.call("iam", "AttachRolePolicy", ["RoleName": "ecsInstanceRole",
                                                   "PolicyArn": "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"])
        try world.call("iam", "CreateInstanceProfile", ["InstanceProfileName": "ecsInstanceRole"])
        try world.call("iam", "AddRoleToInstanceProfile", ["InstanceProfileName": "ecsInstanceRole", "RoleName": "ecsInstanceRole"])
    }

    @Test func instancesGoPendingToRunningWithAnAddressFromTheirSubnet() throws {
        let world = InfraWorld()
        let subnet = world.ec2.subnets[2]
        let reservation = try world.call("ec2", "RunInstances", ["ImageId": .string(ecsImage(world)), "InstanceType": "t3.micro",
                                                                 "SubnetId": .string(subnet.id), "MinCount": 2, "MaxCount": 2])
        #expect(reservation["ReservationId"].string?.hasPrefix("r-") == true)
        let instances = try #require(reservation["Instances"].array)
        #expect(instances.count == 2)
        #expect(instances[0]["State"] == ["Code": 0, "Name": "pending"])
        #expect(instances[0]["PrivateIpAddress"] == "172.31.32.4")
        #expect(instances[1]["PrivateIpAddress"] == "172.31.32.5")
        #expect(instances[1]["AmiLaunchIndex"] == 1)
        #expect(instances[0]["PublicIpAddress"].isNull)
        world.advance(25)
        let running = try world.call("ec2", "DescribeInstances", ["Filters": [["Name": "instance-state-name", "Values": ["running"]]]])
        let described = try #require(running["Reservations"][0]["Instances"].array)
        #expect(described.count == 2)
        #expect(described[0]["PublicIpAddress"].string != nil)
        #expect(described[0]["NetworkInterfaces"][0]["Attachment"]["Status"] == "attached")
        #expect(described[0]["MetadataOptions"]["HttpTokens"] == "required")
        let eniCount = world.ec2.networkInterfaces.filter { $0.subnetID == subnet.id }.count
        #expect(eniCount == 2)
    }

    @Test func terminateGoesThroughShuttingDownAndReleasesTheInterface() throws {
        let world = InfraWorld()
        let id = try world.call("ec2", "RunInstances", ["ImageId": .string(ecsImage(world)), "InstanceType": "t3.micro"])["Instances"][0]["InstanceId"]
        world.advance(25)
        let change = try world.call("ec2", "TerminateInstances", ["InstanceIds": [id]])["TerminatingInstances"][0]
        #expect(change["CurrentState"]["Name"] == "shutting-down")
        #expect(change["PreviousState"]["Name"] == "running")
        world.advance(60)
        let instance = try world.call("ec2", "DescribeInstances", ["InstanceIds": [id]])["Reservations"][0]["Instances"][0]
        #expect(instance["State"]["Name"] == "terminated")
        #expect(instance["StateReason"]["Code"] == "Client.UserInitiatedShutdown")
        #expect(instance["PrivateIpAddress"].isNull)
        #expect(instance["NetworkInterfaces"] == [])
        #expect(world.ec2.networkInterfaces.isEmpty)
        world.advance(3600)
        #expect(world.error("ec2", "DescribeInstances", ["InstanceIds": [id]])?.code == "InvalidInstanceID.NotFound")
    }

    @Test func runInstancesErrors() throws {
        let world = InfraWorld()
        let image = ecsImage(world)
        #expect(world.error("ec2", "RunInstances", ["ImageId": "ami-0123456789abcdef0"])?.message
            == "The image id '[ami-0123456789abcdef0]' does not exist")
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "InstanceType": "t9.huge"])?.message
            == "Invalid value 't9.huge' for InstanceType.")
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "InstanceType": "t4g.micro"])?.message.hasPrefix(
            "The architecture 'arm64' of the specified instance type does not match the architecture 'x86_64' of the specified AMI.") == true)
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "UserData": "not base64!"])?.message
            == "Invalid BASE64 encoding of user data.")
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "IamInstanceProfile": ["Name": "nope"]])?.message
            == "Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name")
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "KeyName": "nope"])?.message
            == "The key pair 'nope' does not exist")
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "InstanceType": "m5.2xlarge", "MinCount": 5, "MaxCount": 5])?.code
            == "VcpuLimitExceeded")
        let vpc = try world.call("ec2", "CreateVpc", ["CidrBlock": "10.0.0.0/16"])["Vpc"]["VpcId"]
        let group = try world.call("ec2", "CreateSecurityGroup", ["GroupName": "x", "Description": "x", "VpcId": vpc])["GroupId"]
        #expect(world.error("ec2", "RunInstances", ["ImageId": .string(image), "SecurityGroupIds": [group],
                                                    "SubnetId": .string(world.ec2.subnets[0].id)])?.message
            == "Security group \(group.string ?? "") and subnet \(world.ec2.subnets[0].id) belong to different networks.")
        #expect(world.error("ec2", "DescribeInstances", ["InstanceIds": ["i-1", "i-2"]])?.message == "The instance IDs 'i-1, i-2' do not exist")
        #expect(world.error("ec2", "DescribeInstances", ["InstanceIds": ["abc"]])?.message == "Invalid id: \"abc\"")
    }

    @Test func ecsOptimizedInstancesRegisterTheirAgent() throws {
        let world = InfraWorld()
        try makeInstanceRole(world)
        var connected: [ECSAgentRegistration] = []
        var disconnected: [String] = []
        world.ec2.containerAgent = .init(connected: { connected.append($0) }, disconnected: { id, _ in disconnected.append(id) })
        let id = try world.call("ec2", "RunInstances", [
            "ImageId": .string(ecsImage(world)), "InstanceType": "t3.medium", "UserData": .string(Self.ecsUserData),
            "IamInstanceProfile": ["Name": "ecsInstanceRole"],
        ])["Instances"][0]["InstanceId"].string
        world.advance(15)
        #expect(connected.isEmpty)
        world.advance(60)
        let registration = try #require(connected.first)
        #expect(registration.clusterName == "demo")
        #expect(registration.ec2InstanceID == id)
        #expect(registration.cpu == 2048)
        #expect(registration.memoryMiB == 3993)
        #expect(registration.instanceType == "t3.medium")
        _ = try world.call("ec2", "StopInstances", ["InstanceIds": [.string(id ?? "")]])
        #expect(disconnected == [id])
    }

    @Test func withoutTheInstanceRoleTheAgentNeverJoins() throws {
        let world = InfraWorld()
        var connected = 0
        world.ec2.containerAgent = .init(connected: { _ in connected += 1 }, disconnected: { _, _ in })
        try world.call("ec2", "RunInstances", ["ImageId": .string(ecsImage(world)), "InstanceType": "t3.medium",
                                               "UserData": .string(Self.ecsUserData)])
        let plain = world.ec2.images.first { $0.name.hasPrefix("al2023-ami-2023") && $0.architecture == "x86_64" }?.id ?? ""
        try makeInstanceRole(world)
        try world.call("ec2", "RunInstances", ["ImageId": .string(plain), "InstanceType": "t3.medium",
                                               "UserData": .string(Self.ecsUserData), "IamInstanceProfile": ["Name": "ecsInstanceRole"]])
        world.advance(120)
        #expect(connected == 0)
    }

    @Test func userDataNamesTheCluster() {
        #expect(EC2Backend.ecsCluster(inUserData: Base64.encode("#!/bin/bash\necho \"ECS_CLUSTER=prod-1\" >> /etc/ecs/ecs.config")) == "prod-1")
        #expect(EC2Backend.ecsCluster(inUserData: Base64.encode("[settings.ecs]\ncluster = \"x\"")) == "default")
        #expect(EC2Backend.ecsCluster(inUserData: nil) == "default")
    }

    @Test func launchTemplatesVersionAndLaunch() throws {
        let world = InfraWorld()
        let data: JSON = ["ImageId": .string(ecsImage(world)), "InstanceType": "t3.small", "UserData": .string(Self.ecsUserData)]
        let created = try world.call("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "hosts", "LaunchTemplateData": data])
        let id = try #require(created["LaunchTemplate"]["LaunchTemplateId"].string)
        #expect(created["LaunchTemplate"]["LatestVersionNumber"] == 1)
        #expect(world.error("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "hosts", "LaunchTemplateData": data])?.message
            == "Launch template name already in use.")
        #expect(world.error("ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "raw", "LaunchTemplateData": ["UserData": "#!/bin/bash"]])?.message
            == "Invalid BASE64 encoding of user data.")
        let v2 = try world.call("ec2", "CreateLaunchTemplateVersion", ["LaunchTemplateId": .string(id), "SourceVersion": "1",
                                                                       "LaunchTemplateData": ["InstanceType": "t3.large"]])
        #expect(v2["LaunchTemplateVersion"]["VersionNumber"] == 2)
        #expect(v2["LaunchTemplateVersion"]["LaunchTemplateData"]["ImageId"] == data["ImageId"])
        let versions = try world.call("ec2", "DescribeLaunchTemplateVersions", ["LaunchTemplateName": "hosts"])["LaunchTemplateVersions"]
        #expect(versions.array?.compactMap { $0["VersionNumber"].int } == [2, 1])
        let launched = try world.call("ec2", "RunInstances", ["LaunchTemplate": ["LaunchTemplateName": "hosts", "Version": "$Latest"]])["Instances"][0]
        #expect(launched["InstanceType"] == "t3.large")
        let tags = launched["Tags"].array?.compactMap { $0["Key"].string } ?? []
        #expect(tags == ["aws:ec2launchtemplate:id", "aws:ec2launchtemplate:version"])
        #expect(world.error("ec2", "RunInstances", ["LaunchTemplate": ["LaunchTemplateName": "hosts", "Version": "9"]])?.code
            == "InvalidLaunchTemplateId.VersionNotFound")
    }

    @Test func instanceStatusChecksInitializeThenPass() throws {
        let world = InfraWorld()
        let id = try world.call("ec2", "RunInstances", ["ImageId": .string(ecsImage(world)), "InstanceType": "t3.micro"])["Instances"][0]["InstanceId"]
        #expect(try world.call("ec2", "DescribeInstanceStatus")["InstanceStatuses"] == [])
        world.advance(30)
        let early = try world.call("ec2", "DescribeInstanceStatus", ["InstanceIds": [id]])["InstanceStatuses"][0]
        #expect(early["InstanceStatus"]["Status"] == "initializing")
        world.advance(300)
        let later = try world.call("ec2", "DescribeInstanceStatus", ["InstanceIds": [id]])["InstanceStatuses"][0]
        #expect(later["SystemStatus"]["Status"] == "ok")
        #expect(later["InstanceStatus"]["Details"] == [["Name": "reachability", "Status": "passed"]])
    }
}
