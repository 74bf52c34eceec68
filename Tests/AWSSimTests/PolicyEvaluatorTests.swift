import JSONValue
import Testing
@testable import AWSSim

@Suite struct PolicyEvaluatorTests {
    func policy(_ text: String) throws -> SourcedPolicy {
        SourcedPolicy(id: "p", type: "role", document: try PolicyDocument.parse(text, kind: .identity))
    }

    func decide(_ policies: [SourcedPolicy], _ action: String, _ resource: String = "*",
                _ context: [String: [String]] = [:]) -> PolicyDecision {
        PolicyEvaluator.evaluate(AuthorizationRequest(action: action, resource: resource, context: context), policies: policies).decision
    }

    @Test func explicitDenyBeatsAllowBeatsImplicitDeny() throws {
        let allow = try policy(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#)
        let deny = try policy(#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}"#)
        #expect(decide([allow, deny], "s3:GetObject") == .allowed)
        #expect(decide([allow, deny], "s3:DeleteObject") == .explicitDeny)
        #expect(decide([allow], "ec2:RunInstances") == .implicitDeny)
        #expect(decide([], "s3:GetObject") == .implicitDeny)
    }

    @Test func actionsMatchWithWildcardsIgnoringCase() throws {
        let p = try policy(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:Get*","logs:?utLogEvents"],"Resource":"*"}]}"#)
        #expect(decide([p], "ecr:GetAuthorizationToken") == .allowed)
        #expect(decide([p], "ECR:getdownloadurlforlayer") == .allowed)
        #expect(decide([p], "logs:PutLogEvents") == .allowed)
        #expect(decide([p], "ecr:BatchGetImage") == .implicitDeny)
    }

    @Test func resourcesAndNotActionsMatch() throws {
        let p = try policy(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/2026/*"},{"Effect":"Allow","NotAction":"iam:*","Resource":"arn:aws:ecs:*:*:cluster/dev-*"}]}"#)
        #expect(decide([p], "s3:GetObject", "arn:aws:s3:::reports/2026/jan.csv") == .allowed)
        #expect(decide([p], "s3:GetObject", "arn:aws:s3:::reports/2025/jan.csv") == .implicitDeny)
        #expect(decide([p], "ecs:DeleteCluster", "arn:aws:ecs:us-east-1:123456789012:cluster/dev-a") == .allowed)
        #expect(decide([p], "iam:PassRole", "arn:aws:ecs:us-east-1:123456789012:cluster/dev-a") == .implicitDeny)
    }

    @Test func conditionsStringEqualsStringLikeArnLike() throws {
        let p = try policy(#"""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"ecs:RunTask","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":["us-east-1","eu-west-1"]}}},
              {"Effect":"Allow","Action":"s3:ListBucket","Resource":"*","Condition":{"StringLike":{"s3:prefix":"home/${aws:username}/*"}}},
              {"Effect":"Allow","Action":"iam:PassRole","Resource":"*","Condition":{"ArnLike":{"iam:AssociatedResourceArn":"arn:aws:ecs:*:123456789012:task-definition/web:*"}}},
              {"Effect":"Deny","Action":"*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}
            ]}
            """#)
        #expect(decide([p], "ecs:RunTask", "*", ["aws:RequestedRegion": ["us-east-1"]]) == .allowed)
        #expect(decide([p], "ecs:RunTask", "*", ["aws:RequestedRegion": ["ap-south-1"]]) == .implicitDeny)
        #expect(decide([p], "ecs:RunTask") == .implicitDeny)
        #expect(decide([p], "s3:ListBucket", "*", ["aws:username": ["ana"], "s3:prefix": ["home/ana/docs"]]) == .allowed)
        #expect(decide([p], "s3:ListBucket", "*", ["aws:username": ["ana"], "s3:prefix": ["home/bob/docs"]]) == .implicitDeny)
        #expect(decide([p], "iam:PassRole", "*", ["iam:AssociatedResourceArn": ["arn:aws:ecs:us-east-1:123456789012:task-definition/web:3"]]) == .allowed)
        #expect(decide([p], "iam:PassRole", "*", ["iam:associatedresourcearn": ["arn:aws:ecs:us-east-1:999999999999:task-definition/web:3"]]) == .implicitDeny)
        #expect(decide([p], "ecs:RunTask", "*", ["aws:RequestedRegion": ["us-east-1"], "aws:SecureTransport": ["false"]]) == .explicitDeny)
    }

    @Test func negatedOperatorsAndIfExistsOnMissingKeys() throws {
        let p = try policy(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringNotEquals":{"aws:PrincipalTag/team":"red"}}},{"Effect":"Allow","Action":"c:d","Resource":"*","Condition":{"StringEqualsIfExists":{"ec2:InstanceType":"t3.micro"}}}]}"#)
        #expect(decide([p], "a:b") == .allowed)
        #expect(decide([p], "a:b", "*", ["aws:PrincipalTag/team": ["red"]]) == .implicitDeny)
        #expect(decide([p], "c:d") == .allowed)
        #expect(decide([p], "c:d", "*", ["ec2:InstanceType": ["m5.large"]]) == .implicitDeny)
    }

    @Test func rolesAnswerRealQuestions() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "ecsTaskExecutionRole", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        let role = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
        let repo = "arn:aws:ecr:us-east-1:123456789012:repository/app"
        #expect(!world.iam.isAllowed(principalArn: role, action: "ecr:BatchGetImage", resource: repo))
        try world.call("iam", "AttachRolePolicy", ["RoleName": "ecsTaskExecutionRole",
                                                   "PolicyArn": "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"])
        #expect(world.iam.isAllowed(principalArn: role, action: "ecr:BatchGetImage", resource: repo))
        #expect(world.iam.isAllowed(principalArn: role, action: "logs:CreateLogStream", resource: "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*"))
        #expect(!world.iam.isAllowed(principalArn: role, action: "s3:GetObject", resource: "arn:aws:s3:::reports/a"))
        #expect(world.iam.isAllowed(principalArn: "arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/abc",
                                    action: "ecr:GetAuthorizationToken"))
        #expect(world.iam.trustAllows(roleArn: role, principal: .service("ecs-tasks.amazonaws.com")))
        #expect(!world.iam.trustAllows(roleArn: role, principal: .service("ec2.amazonaws.com")))
        // A repository policy can grant what the identity policy does not, and deny what it does.
        let repoPolicy = try PolicyDocument.parse(#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:role/ecsTaskExecutionRole"},"Action":"ecr:BatchGetImage"}]}"#, kind: .resource)
        #expect(world.iam.evaluate(principalArn: role, action: "ecr:BatchGetImage", resource: repo, resourcePolicy: repoPolicy).decision == .explicitDeny)
    }

    @Test func simulatePrincipalPolicyReportsDecisionsAndStatements() throws {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "task", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))])
        try world.call("iam", "PutRolePolicy", ["RoleName": "task", "PolicyName": "reports",
                                                "PolicyDocument": "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::reports/*\"\n    }\n  ]\n}"])
        let output = try world.call("iam", "SimulatePrincipalPolicy", [
            "PolicySourceArn": "arn:aws:iam::123456789012:role/task", "ActionNames": ["s3:GetObject", "s3:PutObject"],
            "ResourceArns": ["arn:aws:s3:::reports/q1.csv"],
        ])
        let results = try #require(output["EvaluationResults"].array)
        #expect(results.count == 2)
        #expect(results[0]["EvalDecision"] == "allowed")
        #expect(results[0]["MatchedStatements"][0]["SourcePolicyId"] == "reports")
        #expect(results[0]["MatchedStatements"][0]["StartPosition"] == ["Line": 4, "Column": 5])
        #expect(results[0]["MatchedStatements"][0]["EndPosition"] == ["Line": 8, "Column": 6])
        #expect(results[1]["EvalDecision"] == "implicitDeny")
        #expect(results[1]["MatchedStatements"] == [])
        #expect(world.error("iam", "SimulatePrincipalPolicy", ["PolicySourceArn": "arn:aws:iam::123456789012:role/ghost",
                                                               "ActionNames": ["s3:GetObject"]])?.code == "NoSuchEntity")
    }
}

@Suite struct PolicyPositionTests {
    @Test func spansOfArrayAndSingleStatements() {
        let array = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}},\n    {\"Effect\": \"Deny\"}\n  ]\n}"
        let spans = PolicyPositions.statementSpans(array)
        #expect(spans.map(\.start) == [.init(line: 4, column: 5), .init(line: 5, column: 5)])
        #expect(spans.map(\.end) == [.init(line: 4, column: 51), .init(line: 5, column: 23)])
        let single = "{\"Statement\": {\"Effect\": \"Allow\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}}, \"Version\": \"2012-10-17\"}"
        let one = PolicyPositions.statementSpans(single)
        #expect(one.count == 1)
        #expect(one.first?.start == .init(line: 1, column: 15))
        #expect(one.first?.end == .init(line: 1, column: 90))
    }
}
