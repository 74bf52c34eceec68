import JSONValue
import Testing
@testable import AWSSim

@Suite struct EC2NetworkTests {
    @Test func defaultVPCHasASubnetPerZoneAndADefaultGroup() throws {
        let world = InfraWorld()
        let vpcs = try world.call("ec2", "DescribeVpcs")["Vpcs"]
        #expect(vpcs.array?.count == 1)
        #expect(vpcs[0]["CidrBlock"] == "172.31.0.0/16")
        #expect(vpcs[0]["IsDefault"] == true)
        let subnets = try world.call("ec2", "DescribeSubnets", ["Filters": [["Name": "vpc-id", "Values": [vpcs[0]["VpcId"]]]]])["Subnets"]
        #expect(subnets.array?.compactMap { $0["CidrBlock"].string } == ["172.31.0.0/20", "172.31.16.0/20", "172.31.32.0/20",
                                                                          "172.31.48.0/20", "172.31.64.0/20", "172.31.80.0/20"])
        #expect(subnets[0]["AvailableIpAddressCount"] == 4091)
        #expect(subnets[0]["MapPublicIpOnLaunch"] == true)
        let group = try world.call("ec2", "DescribeSecurityGroups")["SecurityGroups"][0]
        #expect(group["GroupName"] == "default")
        #expect(group["IpPermissions"][0]["UserIdGroupPairs"][0]["GroupId"] == group["GroupId"])
        #expect(group["IpPermissionsEgress"][0]["IpRanges"] == [["CidrIp": "0.0.0.0/0"]])
    }

    @Test func createVPCValidatesAndCanonicalisesCIDRs() throws {
        let world = InfraWorld()
        let vpc = try world.call("ec2", "CreateVpc", ["CidrBlock": "10.0.0.7/16"])["Vpc"]
        #expect(vpc["CidrBlock"] == "10.0.0.0/16")
        #expect(vpc["State"] == "pending")
        #expect(vpc["IsDefault"] == false)
        #expect(world.error("ec2", "CreateVpc", ["CidrBlock": "10.0.0.0/8"])?.message == "The CIDR '10.0.0.0/8' is invalid.")
        #expect(world.error("ec2", "CreateVpc", ["CidrBlock": "10.0.0.0/33"])?.message
            == "Value (10.0.0.0/33) for parameter cidrBlock is invalid. This is not a valid CIDR block.")
        let described = try world.call("ec2", "DescribeVpcs", ["VpcIds": [vpc["VpcId"]]])["Vpcs"][0]
        #expect(described["State"] == "available")
        #expect(world.error("ec2", "DescribeVpcs", ["VpcIds": ["vpc-0000000000000000f"]])?.message
            == "The vpc ID 'vpc-0000000000000000f' does not exist")
        for _ in 0..<3 { _ = try world.call("ec2", "CreateVpc", ["CidrBlock": "10.1.0.0/16"]) }
        #expect(world.error("ec2", "CreateVpc", ["CidrBlock": "10.2.0.0/16"])?.code == "VpcLimitExceeded")
    }

    @Test func subnetsMustFitTheirVPCWithoutOverlapping() throws {
        let world = InfraWorld()
        let vpc = try world.call("ec2", "CreateVpc", ["CidrBlock": "10.0.0.0/16"])["Vpc"]["VpcId"]
        let a = try world.call("ec2", "CreateSubnet", ["VpcId": vpc, "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "us-east-1a"])["Subnet"]
        #expect(a["AvailableIpAddressCount"] == 251)
        #expect(a["DefaultForAz"] == false)
        #expect(a["AvailabilityZoneId"] == "use1-az1")
        #expect(world.error("ec2", "CreateSubnet", ["VpcId": vpc, "CidrBlock": "10.0.1.128/25"])?.message
            == "The CIDR '10.0.1.128/25' conflicts with another subnet")
        #expect(world.error("ec2", "CreateSubnet", ["VpcId": vpc, "CidrBlock": "10.1.0.0/24"])?.message
            == "The CIDR '10.1.0.0/24' is invalid.")
        #expect(world.error("ec2", "CreateSubnet", ["VpcId": vpc, "CidrBlock": "10.0.9.0/24", "AvailabilityZone": "us-east-1z"])?.message
            == "Value (us-east-1z) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: us-east-1a, us-east-1b, us-east-1c, us-east-1d, us-east-1e, us-east-1f.")
        #expect(world.error("ec2", "CreateSubnet", ["VpcId": "vpc-1234", "CidrBlock": "10.0.9.0/24"])?.code == "InvalidVpcID.NotFound")
        #expect(world.error("ec2", "DeleteVpc", ["VpcId": vpc])?.message == "The vpc '\(vpc.string ?? "")' has dependencies and cannot be deleted.")
        try world.call("ec2", "DeleteSubnet", ["SubnetId": a["SubnetId"]])
        try world.call("ec2", "DeleteVpc", ["VpcId": vpc])
        #expect(try world.call("ec2", "DescribeSecurityGroups", ["Filters": [["Name": "vpc-id", "Values": [vpc]]]])["SecurityGroups"] == [])
    }

    @Test func securityGroupRulesMergeAndRejectDuplicates() throws {
        let world = InfraWorld()
        let id = try world.call("ec2", "CreateSecurityGroup", ["GroupName": "web", "Description": "web servers"])["GroupId"]
        let rule: JSON = ["GroupId": id, "IpPermissions": [["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "IpRanges": [["CidrIp": "0.0.0.0/0"]]]]]
        let added = try world.call("ec2", "AuthorizeSecurityGroupIngress", rule)
        #expect(added["Return"] == true)
        #expect(added["SecurityGroupRules"][0]["CidrIpv4"] == "0.0.0.0/0")
        #expect(added["SecurityGroupRules"][0]["SecurityGroupRuleId"].string?.hasPrefix("sgr-") == true)
        #expect(world.error("ec2", "AuthorizeSecurityGroupIngress", rule)?.message
            == "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 80, to port: 80, ALLOW\" already exists")
        try world.call("ec2", "AuthorizeSecurityGroupIngress", ["GroupId": id, "IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "10.0.0.0/8"])
        let group = try world.call("ec2", "DescribeSecurityGroups", ["GroupIds": [id]])["SecurityGroups"][0]
        #expect(group["IpPermissions"].array?.count == 1)
        #expect(group["IpPermissions"][0]["IpRanges"] == [["CidrIp": "0.0.0.0/0"], ["CidrIp": "10.0.0.0/8"]])
        #expect(world.error("ec2", "CreateSecurityGroup", ["GroupName": "web", "Description": "again"])?.code == "InvalidGroup.Duplicate")
        #expect(world.error("ec2", "AuthorizeSecurityGroupIngress", ["GroupId": id, "IpProtocol": "tcpx", "CidrIp": "0.0.0.0/0"])?.message
            == "Invalid value 'tcpx' for IP protocol. Unknown protocol.")
        #expect(world.error("ec2", "AuthorizeSecurityGroupIngress", ["GroupId": id, "IpProtocol": "tcp", "FromPort": 1, "ToPort": 1, "CidrIp": "1.2.3.4/40"])?.message
            == "CIDR block 1.2.3.4/40 is malformed")
        #expect(world.error("ec2", "DescribeSecurityGroups", ["GroupIds": ["sg-0000000000000000a"]])?.message
            == "The security group 'sg-0000000000000000a' does not exist")
    }

    @Test func filtersMatchWildcardsAndRejectUnknownNames() throws {
        let world = InfraWorld()
        let matched = try world.call("ec2", "DescribeSubnets", ["Filters": [["Name": "availability-zone", "Values": ["us-east-1[ab]", "us-east-1?"]]]])
        #expect(matched["Subnets"].array?.count == 6)
        let none = try world.call("ec2", "DescribeSubnets", ["Filters": [["Name": "cidr-block", "Values": ["10.*"]]]])
        #expect(none["Subnets"] == [])
        #expect(world.error("ec2", "DescribeVpcs", ["Filters": [["Name": "colour", "Values": ["blue"]]]])?.message == "The filter 'colour' is invalid")
        #expect(world.error("ec2", "DescribeVpcs", ["MaxResults": 1])?.message
            == "Value ( 1 ) for parameter maxResults is invalid. Parameter must be between 5 and 1000.")
    }

    @Test func requesterManagedInterfacesLookLikeECSTaskInterfaces() throws {
        let world = InfraWorld()
        let subnet = world.ec2.subnets[0]
        let eni = try world.ec2.createNetworkInterface(
            subnetID: subnet.id, securityGroupIDs: [], description: "arn:aws:ecs:us-east-1:123456789012:attachment/3f6b1c2e-aaaa-bbbb-cccc-0123456789ab",
            requesterManaged: true, publicIP: true)
        #expect(eni.privateIPAddress == "172.31.0.4")
        let described = try world.call("ec2", "DescribeNetworkInterfaces", ["NetworkInterfaceIds": [.string(eni.id)]])["NetworkInterfaces"][0]
        #expect(described["RequesterManaged"] == true)
        #expect(described["RequesterId"] == "578734482556")
        #expect(described["InterfaceType"] == "interface")
        #expect(described["Status"] == "in-use")
        #expect(described["Attachment"]["DeviceIndex"] == 1)
        #expect(described["Association"]["PublicIp"] == .string(eni.publicIP ?? ""))
        #expect(described["PrivateDnsName"] == "ip-172-31-0-4.ec2.internal")
        #expect(described["Groups"][0]["GroupName"] == "default")
        world.ec2.deleteNetworkInterface(id: eni.id)
        let next = try world.ec2.createNetworkInterface(subnetID: subnet.id, securityGroupIDs: [], description: "", requesterManaged: false, publicIP: false)
        #expect(next.privateIPAddress == "172.31.0.4")
        #expect(world.error("ec2", "DescribeNetworkInterfaces", ["NetworkInterfaceIds": [.string(eni.id)]])?.code == "InvalidNetworkInterfaceID.NotFound")
    }

    @Test func availabilityZonesAndImages() throws {
        let world = InfraWorld()
        let zones = try world.call("ec2", "DescribeAvailabilityZones")["AvailabilityZones"]
        #expect(zones.array?.count == 6)
        #expect(zones[1]["ZoneName"] == "us-east-1b")
        #expect(zones[1]["ZoneId"] == "use1-az2")
        let images = try world.call("ec2", "DescribeImages", ["Owners": ["amazon"], "Filters": [["Name": "name", "Values": ["al2023-ami-ecs-hvm-*"]], ["Name": "architecture", "Values": ["x86_64"]]]])["Images"]
        #expect(images.array?.count == 1)
        #expect(images[0]["Description"] == "Amazon Linux AMI 2023.0.20251209 x86_64 ECS HVM EBS")
        #expect(images[0]["OwnerId"] == "591542846629")
        #expect(world.error("ec2", "DescribeImages", ["ImageIds": ["ami-00000000000000000"]])?.message
            == "The image id '[ami-00000000000000000]' does not exist")
        // Public AMIs are the same whatever the world's seed.
        #expect(InfraWorld(seed: 7).ec2.images.map(\.id) == world.ec2.images.map(\.id))
    }
}
