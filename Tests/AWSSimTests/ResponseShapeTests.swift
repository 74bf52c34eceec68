import AWSArguments
import JSONValue
import SimCore
import Testing
@testable import AWSCLI
@testable import AWSSim

/// botocore hands aws-cli every response with its members in the output shape's order and
/// nothing the model does not name; Shipyard's backends must answer the same way. This walks
/// real responses from every infrastructure service against the published models.
@Suite struct ResponseShapeTests {
    let catalog = ServiceCatalog()

    /// Problems found in `value` against `shapeName`: unknown members, members out of order,
    /// values of the wrong kind. Policy documents (strings on the wire) arrive decoded.
    static func problems(_ value: JSON, shape shapeName: String?, model: ServiceModel, path: String) -> [String] {
        guard let shape = model.shape(shapeName) else { return [] }
        switch (shape.type, value) {
        case ("structure", .object(let object)):
            var found: [String] = []
            var lastIndex = -1
            for (key, member) in object.pairs {
                guard let index = shape.members.firstIndex(where: { $0.name == key }) else {
                    found.append("\(path).\(key): not in \(shape.name)")
                    continue
                }
                if index < lastIndex { found.append("\(path).\(key): out of order in \(shape.name)") }
                lastIndex = index
                found += problems(member, shape: shape.members[index].shape, model: model, path: "\(path).\(key)")
            }
            return found
        case ("list", .array(let items)):
            return items.enumerated().flatMap { problems($1, shape: shape.member, model: model, path: "\(path)[\($0)]") }
        case ("map", .object):
            return []
        case ("timestamp", .int), ("timestamp", .double), ("integer", .int), ("long", .int), ("boolean", .bool),
             ("double", .double), ("double", .int), ("float", .double), ("string", .string):
            return []
        case ("string", .object) where shape.name == "policyDocumentType":
            return []
        default:
            return ["\(path): \(shape.type) expected, got \(value)"]
        }
    }

    func check(_ world: InfraWorld, _ service: String, _ operation: String, _ input: JSON = [:]) throws {
        let output = try world.call(service, operation, input)
        let model = try #require(catalog.model(service))
        let op = try #require(model.operations[operation], "\(service) \(operation) is not in the model")
        let found = Self.problems(output, shape: op.output, model: model, path: operation)
        #expect(found.isEmpty, "\(service) \(operation): \(found.joined(separator: "; "))")
    }

    @Test func everyResponseFollowsItsModel() throws {
        let world = InfraWorld()
        try EC2InstanceTests().makeInstanceRole(world)
        let image = world.ec2.images.first { $0.name.hasPrefix("al2023-ami-ecs-hvm") && $0.architecture == "x86_64" }?.id ?? ""
        try check(world, "sts", "GetCallerIdentity")
        let trustAccount = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole"}]}"#
        try world.call("iam", "CreateRole", ["RoleName": "admin", "AssumeRolePolicyDocument": .string(trustAccount), "Description": "d",
                                             "Tags": [["Key": "a", "Value": "b"]]])
        try check(world, "sts", "AssumeRole", ["RoleArn": "arn:aws:iam::123456789012:role/admin", "RoleSessionName": "sess"])
        try check(world, "iam", "GetRole", ["RoleName": "admin"])
        try check(world, "iam", "GetRole", ["RoleName": "ecsInstanceRole"])
        try check(world, "iam", "ListRoles")
        try check(world, "iam", "ListAttachedRolePolicies", ["RoleName": "ecsInstanceRole"])
        try check(world, "iam", "GetPolicy", ["PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"])
        try check(world, "iam", "GetPolicyVersion", ["PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess", "VersionId": "v1"])
        try check(world, "iam", "ListPolicies", ["Scope": "AWS"])
        try check(world, "iam", "GetInstanceProfile", ["InstanceProfileName": "ecsInstanceRole"])
        try check(world, "iam", "GetUser")
        try check(world, "iam", "CreatePolicy", ["PolicyName": "p", "PolicyDocument": .string(IAMPolicyTests.readBucket)])
        try check(world, "iam", "SimulatePrincipalPolicy", ["PolicySourceArn": "arn:aws:iam::123456789012:role/ecsInstanceRole",
                                                            "ActionNames": ["ecs:Poll", "s3:GetObject"]])
        try check(world, "ec2", "CreateVpc", ["CidrBlock": "10.0.0.0/16", "TagSpecifications": [["ResourceType": "vpc", "Tags": [["Key": "Name", "Value": "lab"]]]]])
        try check(world, "ec2", "DescribeVpcs")
        try check(world, "ec2", "DescribeSubnets")
        let vpc = try world.call("ec2", "DescribeVpcs")["Vpcs"][1]["VpcId"]
        try check(world, "ec2", "CreateSubnet", ["VpcId": vpc, "CidrBlock": "10.0.1.0/24"])
        try check(world, "ec2", "CreateSecurityGroup", ["GroupName": "web", "Description": "web", "VpcId": vpc])
        let group = try world.call("ec2", "DescribeSecurityGroups", ["Filters": [["Name": "group-name", "Values": ["web"]]]])["SecurityGroups"][0]["GroupId"]
        try check(world, "ec2", "AuthorizeSecurityGroupIngress", ["GroupId": group, "IpPermissions": [["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80,
                                                                                                      "IpRanges": [["CidrIp": "0.0.0.0/0", "Description": "http"]]]]])
        try check(world, "ec2", "DescribeSecurityGroups")
        try check(world, "ec2", "DescribeAvailabilityZones")
        try check(world, "ec2", "DescribeRegions")
        try check(world, "ec2", "DescribeImages", ["Owners": ["amazon"]])
        try check(world, "ec2", "DescribeInstanceTypes", ["InstanceTypes": ["t3.medium"]])
        try check(world, "ec2", "CreateKeyPair", ["KeyName": "k"])
        try check(world, "ec2", "DescribeKeyPairs")
        try check(world, "ec2", "CreateLaunchTemplate", ["LaunchTemplateName": "tmpl", "LaunchTemplateData": ["ImageId": .string(image), "InstanceType": "t3.micro"]])
        try check(world, "ec2", "DescribeLaunchTemplates")
        try check(world, "ec2", "DescribeLaunchTemplateVersions", ["LaunchTemplateName": "tmpl"])
        try check(world, "ec2", "RunInstances", ["ImageId": .string(image), "InstanceType": "t3.micro", "KeyName": "k",
                                                 "IamInstanceProfile": ["Name": "ecsInstanceRole"]])
        world.advance(40)
        try check(world, "ec2", "DescribeInstances")
        try check(world, "ec2", "DescribeInstanceStatus")
        try check(world, "ec2", "DescribeNetworkInterfaces")
        try check(world, "ec2", "DescribeInternetGateways")
        try check(world, "ec2", "DescribeRouteTables")
        try check(world, "ec2", "DescribeAccountAttributes")
        try check(world, "ec2", "DescribeTags")
        let instance = try world.call("ec2", "DescribeInstances")["Reservations"][0]["Instances"][0]["InstanceId"]
        try check(world, "ec2", "StopInstances", ["InstanceIds": [instance]])
        world.advance(60)
        try check(world, "ec2", "TerminateInstances", ["InstanceIds": [instance]])
        try check(world, "ec2", "DeleteSecurityGroup", ["GroupId": group])
        try check(world, "autoscaling", "CreateAutoScalingGroup", ["AutoScalingGroupName": "g", "LaunchTemplate": ["LaunchTemplateName": "tmpl"],
                                                                   "MinSize": 1, "MaxSize": 2, "AvailabilityZones": ["us-east-1a"],
                                                                   "Tags": [["Key": "k", "Value": "v", "PropagateAtLaunch": true]]])
        world.advance(40)
        try check(world, "autoscaling", "DescribeAutoScalingGroups")
        try check(world, "autoscaling", "DescribeScalingActivities")
        try check(world, "autoscaling", "DescribeAutoScalingInstances")
        try check(world, "autoscaling", "DescribeTags")
        let member = try world.call("autoscaling", "DescribeAutoScalingInstances")["AutoScalingInstances"][0]["InstanceId"]
        try check(world, "autoscaling", "TerminateInstanceInAutoScalingGroup", ["InstanceId": member, "ShouldDecrementDesiredCapacity": false])
        try world.call("logs", "CreateLogGroup", ["logGroupName": "/g"])
        try world.call("logs", "CreateLogStream", ["logGroupName": "/g", "logStreamName": "s"])
        try check(world, "logs", "PutLogEvents", ["logGroupName": "/g", "logStreamName": "s", "logEvents": [["timestamp": 1_767_225_600_000, "message": "m"]]])
        try check(world, "logs", "DescribeLogGroups")
        try check(world, "logs", "DescribeLogStreams", ["logGroupName": "/g"])
        try check(world, "logs", "GetLogEvents", ["logGroupName": "/g", "logStreamName": "s"])
        try check(world, "logs", "FilterLogEvents", ["logGroupName": "/g"])
        world.advance(600)
        try check(world, "cloudtrail", "LookupEvents", ["MaxResults": 50])
    }
}


@Suite struct ResponseShapeCheckerTests {
    @Test func theCheckerCatchesDisorderAndStrangers() throws {
        let model = try #require(ServiceCatalog().model("sts"))
        let output = try #require(model.operations["GetCallerIdentity"]?.output)
        #expect(ResponseShapeTests.problems(["UserId": "u", "Account": "a", "Arn": "r"], shape: output, model: model, path: "x").isEmpty)
        #expect(ResponseShapeTests.problems(["Account": "a", "UserId": "u"], shape: output, model: model, path: "x")
            == ["x.UserId: out of order in GetCallerIdentityResponse"])
        #expect(ResponseShapeTests.problems(["Who": "me"], shape: output, model: model, path: "x")
            == ["x.Who: not in GetCallerIdentityResponse"])
    }
}
