import JSONValue
import Testing
@testable import AWSSim

@Suite struct STSTests {
    @Test func callerIsTheLearnersIAMUser() throws {
        let world = InfraWorld()
        let identity = try world.call("sts", "GetCallerIdentity")
        #expect(identity.object?.keys == ["UserId", "Account", "Arn"])
        #expect(identity["Account"] == "123456789012")
        #expect(identity["Arn"] == "arn:aws:iam::123456789012:user/learner")
        #expect(identity["UserId"].string?.hasPrefix("AIDA") == true)
        let user = try world.call("iam", "GetUser")["User"]
        #expect(user["UserId"] == identity["UserId"])
    }

    @Test func assumeRoleNeedsTheTrustPolicyToTrustTheCaller() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "svc", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        let denied = world.error("sts", "AssumeRole", ["RoleArn": "arn:aws:iam::123456789012:role/svc", "RoleSessionName": "me"])
        #expect(denied?.code == "AccessDenied")
        #expect(denied?.message == "User: arn:aws:iam::123456789012:user/learner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/svc")
        let trustAccount = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
        try world.call("iam", "CreateRole", ["RoleName": "admin", "AssumeRolePolicyDocument": .string(trustAccount)])
        let output = try world.call("sts", "AssumeRole", ["RoleArn": "arn:aws:iam::123456789012:role/admin", "RoleSessionName": "me"])
        #expect(output["Credentials"]["AccessKeyId"].string?.hasPrefix("ASIA") == true)
        #expect(output["Credentials"]["Expiration"] == .int(1_767_225_600 + 3600))
        #expect(output["AssumedRoleUser"]["Arn"] == "arn:aws:sts::123456789012:assumed-role/admin/me")
        #expect(world.error("sts", "AssumeRole", ["RoleArn": "arn:aws:iam::123456789012:role/admin", "RoleSessionName": "me",
                                                  "DurationSeconds": 7200])?.message
            == "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
        let role = try world.call("iam", "GetRole", ["RoleName": "admin"])["Role"]
        #expect(role["RoleLastUsed"]["Region"] == "us-east-1")
    }

    @Test func servicesGetCredentialsOnlyForRolesThatTrustThem() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "task", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        let arn = "arn:aws:iam::123456789012:role/task"
        let session = try #require(world.cloud.sts.credentials(forRole: arn, sessionName: "0123abcd", service: "ecs-tasks.amazonaws.com"))
        #expect(session.arn == "arn:aws:sts::123456789012:assumed-role/task/0123abcd")
        #expect(world.cloud.sts.credentials(forRole: arn, sessionName: "x", service: "ec2.amazonaws.com") == nil)
        #expect(world.cloud.sts.credentials(forRole: "arn:aws:iam::123456789012:role/ghost", sessionName: "x", service: "ecs-tasks.amazonaws.com") == nil)
    }
}

@Suite struct STSCallerTests {
    @Test func exportedSessionCredentialsChangeWhoIsCalling() throws {
        let world = InfraWorld()
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
        try world.call("iam", "CreateRole", ["RoleName": "ops", "AssumeRolePolicyDocument": .string(trust)])
        let key = try #require(try world.call("sts", "AssumeRole", ["RoleArn": "arn:aws:iam::123456789012:role/ops",
                                                                      "RoleSessionName": "me"])["Credentials"]["AccessKeyId"].string)
        let caller = try #require(world.cloud.sts.caller(forAccessKeyID: key))
        world.cloud.caller = caller
        let identity = try world.call("sts", "GetCallerIdentity")
        #expect(identity["Arn"] == "arn:aws:sts::123456789012:assumed-role/ops/me")
        #expect(identity["UserId"].string?.hasSuffix(":me") == true)
        #expect(world.cloud.sts.caller(forAccessKeyID: world.iam.learnerAccessKeyID)?.userName == "learner")
        world.advance(3601)
        #expect(world.cloud.sts.caller(forAccessKeyID: key) == nil)
    }
}
