import AWSArguments
import JSONValue
import Testing

/// Goldens from aws-cli 2.27.0's `xform_name(name, '-')` over real API names (Tools/oracle/names_cases.py).
@Suite struct NamingTests {
    static let cases = Fixtures.lines("names.jsonl")

    @Test func allNamesMatchBotocore() {
        #expect(Self.cases.count > 4000)
        var mismatches: [String] = []
        for c in Self.cases {
            let name = c["name"].string ?? ""
            let got = CLINames.transform(name)
            if got != c["cli"].string { mismatches.append("\(name): \(got) != \(c["cli"].string ?? "")") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func flags() {
        #expect(CLINames.flag(forMember: "clusterName") == "--cluster-name")
        #expect(CLINames.flag(forMember: "taskRoleArn") == "--task-role-arn")
        #expect(CLINames.flag(forMember: "DBInstanceIdentifier") == "--db-instance-identifier")
        #expect(CLINames.flag(forMember: "VPCId") == "--vpc-id")
        #expect(CLINames.booleanFlags(forMember: "forceNewDeployment") == ("--force-new-deployment", "--no-force-new-deployment"))
    }

    /// aws-cli 2.27.0 renames ECS's negative execute-command flag (the oracle's `boolean-flags` and
    /// `boolean-flags-renamed-away` cases show `--no-enable-execute-command` is an unknown option).
    @Test func renamedBooleanFlags() {
        #expect(ArgumentRenames.flags(forMember: "enableExecuteCommand", isBoolean: true, service: "ecs", operation: "update-service")
            == ["--enable-execute-command", "--disable-execute-command"])
        #expect(ArgumentRenames.flags(forMember: "enableECSManagedTags", isBoolean: true, service: "ecs", operation: "create-service")
            == ["--enable-ecs-managed-tags", "--no-enable-ecs-managed-tags"])
        #expect(ArgumentRenames.flags(forMember: "version", isBoolean: false, service: "eks", operation: "create-cluster")
            == ["--kubernetes-version"])
    }
}
