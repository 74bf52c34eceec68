@testable import AWSSim
import JSONValue
import Testing

/// Calls made with a role's credentials are held to the role's policies, refused with each
/// protocol's error and recorded in CloudTrail; the learner's own calls are not evaluated.
@Suite struct CallerAuthorizationTests {
    static let channels = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"}]}"#
    static let session = "arn:aws:sts::123456789012:assumed-role/app/s1"

    /// A world whose caller is session `s1` of role `app`, which may only open exec channels.
    func asTaskRole(seed: UInt64 = 42) throws -> InfraWorld {
        let world = InfraWorld(seed: seed)
        try world.call("ecs", "CreateCluster", ["clusterName": "demo"])
        try world.call("iam", "CreateRole", ["RoleName": "app", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "exec", "PolicyDocument": .string(Self.channels)])
        let credentials = try #require(world.cloud.sts.credentials(forRole: "arn:aws:iam::123456789012:role/app", sessionName: "s1",
                                                                   service: "ecs-tasks.amazonaws.com"))
        world.cloud.caller = try #require(world.cloud.sts.caller(forAccessKeyID: credentials.accessKeyID))
        return world
    }

    /// Runs `body` as the learner, then goes back to the role session.
    func asLearner(_ world: InfraWorld, _ body: () throws -> Void) rethrows {
        let session = world.cloud.caller
        world.cloud.caller = world.iam.learnerCaller
        defer { world.cloud.caller = session }
        try body()
    }

    func policy(_ statements: String) -> JSON { .string(#"{"Version":"2012-10-17","Statement":[\#(statements)]}"#) }

    @Test func jsonServicesRefuseWithAccessDeniedExceptionUntilAPolicyAllows() throws {
        let world = try asTaskRole()
        let denied = try #require(world.error("ecs", "ListTasks", ["cluster": "demo"]))
        #expect(denied.code == "AccessDeniedException")
        #expect(denied.message == "User: \(Self.session) is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action")
        let logs = world.error("logs", "GetLogEvents", ["logGroupName": "/ecs/app", "logStreamName": "app/app/1"])
        #expect(logs?.message == "User: \(Self.session) is not authorized to perform: logs:GetLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:log-stream:app/app/1 because no identity-based policy allows the logs:GetLogEvents action")
        #expect(world.error("cloudtrail", "LookupEvents")?.message
            == "User: \(Self.session) is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action")
        try asLearner(world) {
            try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "read", "PolicyDocument": policy(
                #"{"Effect":"Allow","Action":"ecs:ListTasks","Resource":"*","Condition":{"ArnEquals":{"ecs:cluster":"arn:aws:ecs:us-east-1:123456789012:cluster/demo"}}}"#)])
        }
        #expect(try world.call("ecs", "ListTasks", ["cluster": "demo"])["taskArns"] == [])
        #expect(world.error("ecs", "ListTasks")?.code == "AccessDeniedException", "the default cluster is not demo")
    }

    @Test func explicitDeniesNameTheManagedPolicyAndBoundariesSayTheyRefused() throws {
        let world = try asTaskRole()
        try asLearner(world) {
            try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "all", "PolicyDocument": policy(#"{"Effect":"Allow","Action":"*","Resource":"*"}"#)])
            try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "no-ecs", "PolicyDocument": policy(#"{"Effect":"Deny","Action":"ecs:Delete*","Resource":"*"}"#)])
            try world.call("iam", "CreatePolicy", ["PolicyName": "no-logs", "PolicyDocument": policy(#"{"Effect":"Deny","Action":"logs:*","Resource":"*"}"#)])
            try world.call("iam", "AttachRolePolicy", ["RoleName": "app", "PolicyArn": "arn:aws:iam::123456789012:policy/no-logs"])
        }
        #expect(world.error("logs", "DescribeLogGroups")?.message
            == "User: \(Self.session) is not authorized to perform: logs:DescribeLogGroups on resource: arn:aws:logs:us-east-1:123456789012:log-group::log-stream: with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/no-logs")
        #expect(world.error("ecs", "DeleteCluster", ["cluster": "demo"])?.message
            == "User: \(Self.session) is not authorized to perform: ecs:DeleteCluster on resource: arn:aws:ecs:us-east-1:123456789012:cluster/demo with an explicit deny in an identity-based policy")
        #expect(try world.call("ecs", "ListClusters")["clusterArns"] == ["arn:aws:ecs:us-east-1:123456789012:cluster/demo"])
    }

    @Test func aPermissionsBoundaryRefusesWhatItDoesNotAllow() throws {
        let world = InfraWorld()
        try world.call("iam", "CreatePolicy", ["PolicyName": "only-ecs", "PolicyDocument": policy(#"{"Effect":"Allow","Action":"ecs:*","Resource":"*"},{"Effect":"Deny","Action":"ecs:Delete*","Resource":"*"}"#)])
        try world.call("iam", "CreateRole", ["RoleName": "app", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com")),
                                             "PermissionsBoundary": "arn:aws:iam::123456789012:policy/only-ecs"])
        try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "all", "PolicyDocument": policy(#"{"Effect":"Allow","Action":"*","Resource":"*"}"#)])
        let credentials = try #require(world.cloud.sts.credentials(forRole: "arn:aws:iam::123456789012:role/app", sessionName: "s1",
                                                                   service: "ecs-tasks.amazonaws.com"))
        world.cloud.caller = try #require(world.cloud.sts.caller(forAccessKeyID: credentials.accessKeyID))
        #expect(try world.call("ecs", "ListClusters")["clusterArns"] == [])
        #expect(world.error("ec2", "DescribeVpcs")?.message
            == "You are not authorized to perform this operation. User: \(Self.session) is not authorized to perform: ec2:DescribeVpcs because no permissions boundary allows the ec2:DescribeVpcs action")
        #expect(world.error("ecs", "DeleteCluster", ["cluster": "demo"])?.message
            == "User: \(Self.session) is not authorized to perform: ecs:DeleteCluster on resource: arn:aws:ecs:us-east-1:123456789012:cluster/demo with an explicit deny in a permissions boundary: arn:aws:iam::123456789012:policy/only-ecs")
    }

    @Test func ec2RefusesWithUnauthorizedOperationAndEncodesChanges() throws {
        let world = try asTaskRole()
        #expect(world.error("ec2", "DescribeInstances") == AWSServiceError(
            code: "UnauthorizedOperation",
            message: "You are not authorized to perform this operation. User: \(Self.session) is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action",
            httpStatus: 403))
        let create = try #require(world.error("ec2", "CreateVpc", ["CidrBlock": "10.1.0.0/16"]))
        let prefix = "You are not authorized to perform this operation. User: \(Self.session) is not authorized to perform: ec2:CreateVpc on resource: arn:aws:ec2:us-east-1:123456789012:vpc/* because no identity-based policy allows the ec2:CreateVpc action. Encoded authorization failure message: "
        #expect(create.message.hasPrefix(prefix))
        let blob = create.message.dropFirst(prefix.count)
        #expect(blob.count > 500 && blob.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(try asTaskRole().error("ec2", "CreateVpc", ["CidrBlock": "10.1.0.0/16"])?.message == create.message, "same seed, same blob")
        #expect(try asTaskRole(seed: 7).error("ec2", "CreateVpc", ["CidrBlock": "10.1.0.0/16"])?.message != create.message)
    }

    @Test func queryServicesRefuseWithAccessDenied() throws {
        let world = try asTaskRole()
        let groups = world.error("autoscaling", "DescribeAutoScalingGroups")
        #expect(groups?.code == "AccessDenied" && groups?.httpStatus == 403)
        #expect(groups?.message == "User: \(Self.session) is not authorized to perform: autoscaling:DescribeAutoScalingGroups because no identity-based policy allows the autoscaling:DescribeAutoScalingGroups action")
        #expect(world.error("iam", "ListRoles")?.message
            == "User: \(Self.session) is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no identity-based policy allows the iam:ListRoles action")
        #expect(world.error("iam", "ListPolicies")?.message
            == "User: \(Self.session) is not authorized to perform: iam:ListPolicies on resource: policy path / because no identity-based policy allows the iam:ListPolicies action")
        #expect(world.error("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "x", "PolicyDocument": policy(#"{"Effect":"Allow","Action":"*","Resource":"*"}"#)])?.code
            == "AccessDenied", "a role cannot grant itself more")
        #expect(world.error("sts", "AssumeRole", ["RoleArn": "arn:aws:iam::123456789012:role/app", "RoleSessionName": "again"])?.message
            == "User: \(Self.session) is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/app")
    }

    @Test func passingARoleNeedsPassRole() throws {
        let world = try asTaskRole()
        try asLearner(world) {
            try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "ecs", "PolicyDocument": policy(#"{"Effect":"Allow","Action":"ecs:*","Resource":"*"}"#)])
        }
        let definition: JSON = ["family": "web", "containerDefinitions": [["name": "web", "image": "nginx", "memory": 128]],
                                "taskRoleArn": "arn:aws:iam::123456789012:role/app"]
        #expect(world.error("ecs", "RegisterTaskDefinition", definition)?.message
            == "User: \(Self.session) is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/app because no identity-based policy allows the iam:PassRole action")
        var plain = definition
        plain.remove("taskRoleArn")
        #expect(try world.call("ecs", "RegisterTaskDefinition", plain)["taskDefinition"]["revision"] == 1)
    }

    @Test func callerIdentityNeedsNoPermissionAndTheLearnerIsNotEvaluated() throws {
        let world = try asTaskRole()
        try asLearner(world) {
            try world.call("iam", "PutRolePolicy", ["RoleName": "app", "PolicyName": "none", "PolicyDocument": policy(#"{"Effect":"Deny","Action":"*","Resource":"*"}"#)])
        }
        #expect(try world.call("sts", "GetCallerIdentity")["Arn"] == .string(Self.session))
        try asLearner(world) { () throws in
            #expect(try world.call("ecs", "ListClusters")["clusterArns"] == ["arn:aws:ecs:us-east-1:123456789012:cluster/demo"])
            #expect(try world.call("ec2", "CreateVpc", ["CidrBlock": "10.1.0.0/16"])["Vpc"]["VpcId"].string != nil)
        }
    }

    @Test func cloudTrailRecordsTheRefusal() throws {
        let world = try asTaskRole()
        _ = world.error("ecs", "ListTasks", ["cluster": "demo"])
        _ = world.error("ec2", "CreateVpc", ["CidrBlock": "10.1.0.0/16"])
        let records = world.cloud.callLog.suffix(2)
        let tasks = try #require(records.first)
        #expect(tasks.operation == "ListTasks" && tasks.caller.arn == Self.session)
        #expect(tasks.errorCode == "AccessDeniedException" && tasks.errorMessage?.hasPrefix("User: \(Self.session) is not authorized") == true)
        let vpc = try #require(records.last.map(TrailEvent.init(record:)))
        #expect(vpc.json["errorCode"] == "Client.UnauthorizedOperation")
        #expect(vpc.json["errorMessage"].string?.contains("Encoded authorization failure message: ") == true)
        #expect(vpc.json["responseElements"] == .null && vpc.json["requestParameters"] == ["cidrBlock": "10.1.0.0/16"])
    }
}
