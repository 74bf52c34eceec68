import JSONValue
import Testing
@testable import AWSSim

@Suite struct IAMPolicyTests {
    static let readBucket = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::reports","arn:aws:s3:::reports/*"]}]}"#

    @Test func awsManagedPoliciesHaveTheirDocuments() throws {
        let world = InfraWorld()
        let arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
        let policy = try world.call("iam", "GetPolicy", ["PolicyArn": .string(arn)])["Policy"]
        #expect(policy["PolicyName"] == "AmazonECSTaskExecutionRolePolicy")
        #expect(policy["Path"] == "/service-role/")
        #expect(policy["DefaultVersionId"] == "v1")
        let version = try world.call("iam", "GetPolicyVersion", ["PolicyArn": .string(arn), "VersionId": "v1"])["PolicyVersion"]
        let actions = version["Document"]["Statement"][0]["Action"].array?.compactMap(\.string) ?? []
        #expect(actions.contains("ecr:BatchGetImage"))
        #expect(actions.contains("logs:PutLogEvents"))
        #expect(version["IsDefaultVersion"] == true)
        for name in ["AmazonEC2ContainerServiceforEC2Role", "AmazonECS_FullAccess", "AmazonEC2ContainerRegistryReadOnly",
                     "AmazonS3ReadOnlyAccess", "CloudWatchLogsFullAccess", "AdministratorAccess"] {
            #expect(AWSManagedPolicies.catalogue.contains { $0.name == name }, "\(name) missing")
        }
    }

    @Test func attachCountsAndListsScopes() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "r", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        let arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
        try world.call("iam", "AttachRolePolicy", ["RoleName": "r", "PolicyArn": .string(arn)])
        try world.call("iam", "AttachRolePolicy", ["RoleName": "r", "PolicyArn": .string(arn)])
        let attached = try world.call("iam", "ListAttachedRolePolicies", ["RoleName": "r"])
        #expect(attached["AttachedPolicies"] == [["PolicyName": "AmazonECSTaskExecutionRolePolicy", "PolicyArn": .string(arn)]])
        #expect(try world.call("iam", "GetPolicy", ["PolicyArn": .string(arn)])["Policy"]["AttachmentCount"] == 1)
        let onlyAttached = try world.call("iam", "ListPolicies", ["Scope": "AWS", "OnlyAttached": true])
        #expect(onlyAttached["Policies"].array?.compactMap { $0["PolicyName"].string }.sorted()
            == ["AdministratorAccess", "AmazonECSTaskExecutionRolePolicy"])
        let local = try world.call("iam", "ListPolicies", ["Scope": "Local"])
        #expect(local["Policies"] == [])
        #expect(world.error("iam", "AttachRolePolicy", ["RoleName": "r", "PolicyArn": "arn:aws:iam::aws:policy/Nope"])?.message
            == "Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.")
        #expect(world.error("iam", "AttachRolePolicy", ["RoleName": "r", "PolicyArn": "nope"])?.code == "InvalidInput")
    }

    @Test func identityPoliciesAreValidatedAsIAMDoes() {
        let world = InfraWorld()
        func message(_ document: String) -> String? {
            world.error("iam", "CreatePolicy", ["PolicyName": "p", "PolicyDocument": .string(document)])?.message
        }
        #expect(message("nope") == "Syntax errors in policy.")
        #expect(message(#"{"Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}}"#)
            == "Policy document must be version 2012-10-17 or greater.")
        #expect(message(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Resource":"*"}}"#) == "Policy statement must contain actions.")
        #expect(message(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket"}}"#) == "Policy statement must contain resources.")
        #expect(message(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ListBucket","Resource":"*"}}"#)
            == "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")
        #expect(message(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"bucket"}}"#)
            == "Resource bucket must be in ARN format or \"*\".")
        #expect(message(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}}"#)
            == "Policy document should not specify a principal.")
        #expect(message(#"{"Version":"2012-10-17","Statement":{"Effect":"Maybe","Action":"s3:*","Resource":"*"}}"#)
            == "Syntax errors in policy.")
    }

    @Test func customerPoliciesVersionAndDeleteRules() throws {
        let world = InfraWorld()
        let created = try world.call("iam", "CreatePolicy", ["PolicyName": "read-reports", "PolicyDocument": .string(Self.readBucket)])
        let arn = try #require(created["Policy"]["Arn"].string)
        #expect(arn == "arn:aws:iam::123456789012:policy/read-reports")
        #expect(created["Policy"]["PolicyId"].string?.hasPrefix("ANPA") == true)
        #expect(world.error("iam", "CreatePolicy", ["PolicyName": "read-reports", "PolicyDocument": .string(Self.readBucket)])?.message
            == "A policy called read-reports already exists. Duplicate names are not allowed.")
        try world.call("iam", "CreatePolicyVersion", ["PolicyArn": .string(arn), "PolicyDocument": .string(Self.readBucket), "SetAsDefault": true])
        #expect(try world.call("iam", "GetPolicy", ["PolicyArn": .string(arn)])["Policy"]["DefaultVersionId"] == "v2")
        #expect(world.error("iam", "DeletePolicyVersion", ["PolicyArn": .string(arn), "VersionId": "v2"])?.message
            == "Cannot delete the default version of a policy.")
        #expect(world.error("iam", "DeletePolicy", ["PolicyArn": .string(arn)])?.code == "DeleteConflict")
        try world.call("iam", "DeletePolicyVersion", ["PolicyArn": .string(arn), "VersionId": "v1"])
        try world.call("iam", "DeletePolicy", ["PolicyArn": .string(arn)])
        #expect(world.error("iam", "GetPolicy", ["PolicyArn": .string(arn)])?.message == "Policy \(arn) was not found.")
    }

    @Test func inlinePoliciesRoundTrip() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "task", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        try world.call("iam", "PutRolePolicy", ["RoleName": "task", "PolicyName": "reports", "PolicyDocument": .string(Self.readBucket)])
        let got = try world.call("iam", "GetRolePolicy", ["RoleName": "task", "PolicyName": "reports"])
        #expect(got.object?.keys == ["RoleName", "PolicyName", "PolicyDocument"])
        #expect(got["PolicyDocument"]["Statement"][0]["Resource"][1] == "arn:aws:s3:::reports/*")
        #expect(try world.call("iam", "ListRolePolicies", ["RoleName": "task"])["PolicyNames"] == ["reports"])
        #expect(world.error("iam", "GetRolePolicy", ["RoleName": "task", "PolicyName": "x"])?.message
            == "The role policy with name x cannot be found.")
    }
}
