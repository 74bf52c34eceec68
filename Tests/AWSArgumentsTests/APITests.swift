import AWSArguments
import JSONValue
import Testing

/// The public conveniences, on cases whose expected values come from the oracle fixtures.
@Suite struct APITests {
    /// Expected value from the oracle's `nc-shorthand` case (cli.jsonl), as JSON.
    @Test func jsonFacade() throws {
        let model = Fixtures.model("ecs")
        let shape = try #require(model.shape("NetworkConfiguration"))
        let json = try ParameterConversion.value(
            for: "--network-configuration",
            values: ["awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}"],
            shape: shape, model: model)
        let expected: JSON = ["awsvpcConfiguration": ["subnets": ["subnet-1", "subnet-2"], "securityGroups": ["sg-1"],
                                                      "assignPublicIp": "ENABLED"]]
        #expect(Fixtures.canonical(json) == Fixtures.canonical(expected))
    }

    /// The oracle's `desired-count-abc` case: aws-cli prints the `ValueError` and exits 255.
    @Test func integerError() throws {
        let model = Fixtures.model("ecs")
        let shape = try #require(model.shape("BoxedInteger") ?? model.shape("Integer"))
        #expect(throws: ArgumentError(kind: .general, message: "invalid literal for int() with base 10: 'abc'")) {
            try ParameterConversion.value(for: "--desired-count", values: ["abc"], shape: shape, model: model)
        }
    }

    /// The argument table for `ecs create-service`, checked against what aws-cli 2.27.0 accepted
    /// in the oracle runs (`--disable-execute-command`, `--no-enable-ecs-managed-tags`).
    @Test func argumentTable() throws {
        let op = try #require(OperationInput(model: Fixtures.model("ecs"), operation: "create-service"))
        let byMember = Dictionary(uniqueKeysWithValues: op.arguments.map { ($0.member, $0) })
        #expect(byMember["serviceName"]?.flag == "--service-name")
        #expect(byMember["serviceName"]?.isRequired == true)
        #expect(byMember["cluster"]?.isRequired == false)
        #expect(byMember["enableExecuteCommand"]?.negativeFlag == "--disable-execute-command")
        #expect(byMember["enableECSManagedTags"]?.negativeFlag == "--no-enable-ecs-managed-tags")
        #expect(byMember["tags"]?.takesList == true)
        #expect(op.arguments.first?.member == "cluster")
        let runTask = try #require(OperationInput(model: Fixtures.model("ecs"), operation: "run-task"))
        #expect(runTask.arguments.first { $0.member == "clientToken" }?.isRequired == false)
    }

    /// The oracle's `tags-empty-key` case, through `ParamValidator.validate` on JSON.
    @Test func validateJSON() throws {
        let model = Fixtures.model("ecs")
        let input = try #require(model.shape("TagResourceRequest"))
        let problems = ParamValidator.validate(["resourceArn": "arn", "tags": [["key": "", "value": ""]]], shape: input, model: model)
        #expect(problems == ["Invalid length for parameter tags[0].key, value: 0, valid min length: 1"])
    }
}

extension APITests {
    @Test func booleanFlagValues() throws {
        let model = Fixtures.model("ecs")
        let shape = try #require(model.shape("Boolean"))
        let conversion = ParameterConversion(model: model, service: "ecs", operation: "update-service")
        #expect(try conversion.pythonValue(for: "--enable-execute-command", values: [], shape: shape) == .bool(true))
        #expect(try conversion.pythonValue(for: "--disable-execute-command", values: [], shape: shape) == .bool(false))
        #expect(try conversion.pythonValue(for: "--no-force-new-deployment", values: [], shape: shape) == .bool(false))
    }
}
