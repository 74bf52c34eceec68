import JSONValue
import Testing
@testable import AWSSim

@Suite struct IAMRoleTests {
    @Test func createRoleReturnsTheRoleWithItsTrustPolicyDecoded() throws {
        let world = InfraWorld()
        let output = try world.call("iam", "CreateRole", [
            "RoleName": "ecsTaskExecutionRole", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com")),
        ])
        let role = output["Role"]
        #expect(role.object?.keys == ["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument"])
        #expect(role["Arn"] == "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
        #expect(role["RoleId"].string?.hasPrefix("AROA") == true)
        #expect(role["RoleId"].string?.count == 21)
        #expect(role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"] == "ecs-tasks.amazonaws.com")
        #expect(role["CreateDate"] == .int(1_767_225_600))
    }

    @Test func getRoleAddsSessionDurationAndLastUse() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "r", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com")),
                                             "Description": "hosts"])
        let role = try world.call("iam", "GetRole", ["RoleName": "r"])["Role"]
        #expect(role["MaxSessionDuration"] == 3600)
        #expect(role["Description"] == "hosts")
        #expect(role["RoleLastUsed"] == .object(JSONObject()))
        #expect(world.error("iam", "GetRole", ["RoleName": "nope"]) ==
            AWSServiceError(code: "NoSuchEntity", message: "The role with name nope cannot be found.", httpStatus: 404))
    }

    @Test func namesAreUniqueRegardlessOfCase() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "Web", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        let error = world.error("iam", "CreateRole", ["RoleName": "web", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        #expect(error?.code == "EntityAlreadyExists")
        #expect(error?.message == "Role with name web already exists.")
    }

    @Test func roleNamesAndPathsAreValidated() {
        let world = InfraWorld()
        let bad = world.error("iam", "CreateRole", ["RoleName": "has space", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        #expect(bad?.code == "ValidationError")
        #expect(bad?.message == "1 validation error detected: Value 'has space' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+")
        let path = world.error("iam", "CreateRole", ["RoleName": "ok", "Path": "noslash", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        #expect(path?.message.hasPrefix("The specified value for path is invalid.") == true)
    }

    @Test func malformedTrustPoliciesGetIAMsMessages() {
        let world = InfraWorld()
        func message(_ document: String) -> String? {
            world.error("iam", "CreateRole", ["RoleName": "r", "AssumeRolePolicyDocument": .string(document)])?.message
        }
        #expect(message("{not json") == "This policy contains invalid Json")
        #expect(message(Trust.service("ecs-task.amazonaws.com")) == "Invalid principal in policy: \"SERVICE\":\"ecs-task.amazonaws.com\"")
        #expect(message(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}"#)
            == "Missing required field Principal")
        #expect(message(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"s3:GetObject"}]}"#)
            == "AssumeRole policy may only specify STS AssumeRole actions.")
        #expect(message(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}"#)
            == "Has prohibited field Resource")
        #expect(message(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/ghost"},"Action":"sts:AssumeRole"}]}"#)
            == "Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:role/ghost\"")
    }

    @Test func deleteRoleConflictsWhileAnythingIsAttached() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "r", "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        try world.call("iam", "AttachRolePolicy", ["RoleName": "r", "PolicyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        #expect(world.error("iam", "DeleteRole", ["RoleName": "r"])?.message == "Cannot delete entity, must detach all policies first.")
        try world.call("iam", "DetachRolePolicy", ["RoleName": "r", "PolicyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"])
        try world.call("iam", "PutRolePolicy", ["RoleName": "r", "PolicyName": "inline",
                                                "PolicyDocument": #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#])
        #expect(world.error("iam", "DeleteRole", ["RoleName": "r"])?.message == "Cannot delete entity, must delete policies first.")
        try world.call("iam", "DeleteRolePolicy", ["RoleName": "r", "PolicyName": "inline"])
        try world.call("iam", "CreateInstanceProfile", ["InstanceProfileName": "p"])
        try world.call("iam", "AddRoleToInstanceProfile", ["InstanceProfileName": "p", "RoleName": "r"])
        #expect(world.error("iam", "DeleteRole", ["RoleName": "r"])?.message == "Cannot delete entity, must remove roles from instance profile first.")
        try world.call("iam", "RemoveRoleFromInstanceProfile", ["InstanceProfileName": "p", "RoleName": "r"])
        try world.call("iam", "DeleteRole", ["RoleName": "r"])
        #expect(world.error("iam", "GetRole", ["RoleName": "r"])?.code == "NoSuchEntity")
    }

    @Test func listRolesPagesWithMarkers() throws {
        let world = InfraWorld()
        for name in ["c", "A", "b"] {
            try world.call("iam", "CreateRole", ["RoleName": .string(name), "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        }
        let first = try world.call("iam", "ListRoles", ["MaxItems": 2])
        #expect(first["Roles"].array?.compactMap { $0["RoleName"].string } == ["A", "b"])
        #expect(first["IsTruncated"] == true)
        let marker = try #require(first["Marker"].string)
        let second = try world.call("iam", "ListRoles", ["MaxItems": 2, "Marker": .string(marker)])
        #expect(second["Roles"].array?.compactMap { $0["RoleName"].string } == ["c"])
        #expect(second["IsTruncated"] == false)
        #expect(second["Roles"][0]["RoleLastUsed"].isNull)
    }

    @Test func instanceProfilesHoldOneRole() throws {
        let world = InfraWorld()
        for name in ["a", "b"] {
            try world.call("iam", "CreateRole", ["RoleName": .string(name), "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        }
        let created = try world.call("iam", "CreateInstanceProfile", ["InstanceProfileName": "ecsInstanceRole"])
        #expect(created["InstanceProfile"]["Arn"] == "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole")
        #expect(created["InstanceProfile"]["Roles"] == [])
        try world.call("iam", "AddRoleToInstanceProfile", ["InstanceProfileName": "ecsInstanceRole", "RoleName": "a"])
        #expect(world.error("iam", "AddRoleToInstanceProfile", ["InstanceProfileName": "ecsInstanceRole", "RoleName": "b"])?.message
            == "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1")
        let profile = try world.call("iam", "GetInstanceProfile", ["InstanceProfileName": "ecsInstanceRole"])["InstanceProfile"]
        #expect(profile["Roles"][0]["RoleName"] == "a")
        #expect(world.error("iam", "GetInstanceProfile", ["InstanceProfileName": "nope"])?.message == "Instance Profile nope cannot be found.")
    }
}
