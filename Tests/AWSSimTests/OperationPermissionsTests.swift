@testable import AWSCLI
@testable import AWSSim
import JSONValue
import Testing

/// The permissions table: it covers every operation Shipyard serves, speaks only the template
/// language it knows, and fills in the resources IAM authorizes each call against.
@Suite struct OperationPermissionsTests {
    let table = OperationPermissions.shared

    func environment(_ input: JSON, service: String = "ecs", roles: [String: String] = [:]) -> ResourceTemplate.Environment {
        ResourceTemplate.Environment(region: "us-east-1", account: "123456789012", input: input,
                                     idPrefixes: table.services[service]?.idPrefixes ?? [], roleArn: { roles[$0] })
    }

    func checks(_ service: String, _ operation: String, _ input: JSON = [:],
                roles: [String: String] = [:]) throws -> [OperationPermissions.ResolvedCheck] {
        let spec = try #require(table.services[service]?.operations[operation])
        return spec.checks(in: environment(input, service: service, roles: roles))
    }

    func check(_ action: String, _ resources: [String]) -> OperationPermissions.ResolvedCheck {
        OperationPermissions.ResolvedCheck(action: action, resources: resources)
    }

    /// Every operation a backend answers (anything but "not simulated") has an entry, so no
    /// served call escapes authorization.
    @Test func coversEveryOperationTheBackendsServe() throws {
        let catalog = ServiceCatalog()
        for service in ["ecs", "ecr", "ec2", "autoscaling", "logs", "cloudtrail", "cloudwatch", "events", "iam", "sts"] {
            let model = try #require(catalog.model(service))
            let world = InfraWorld()
            let backend: AWSService? = switch service {
            case "iam": world.cloud.iam
            case "sts": world.cloud.sts
            default: world.region.service(service)
            }
            let served = try #require(backend)
            let listed = try #require(table.services[service]).operations
            for operation in model.operations.keys.sorted() {
                var simulated = true
                do { _ = try served.call(operation, input: [:]) } catch { simulated = error.code != "ShipyardNotSimulated" }
                if simulated { #expect(listed[operation] != nil, "\(service) \(operation) is served but has no permissions entry") }
            }
            for operation in listed.keys { #expect(model.operations[operation] != nil, "\(service) has no operation \(operation)") }
        }
    }

    @Test func templatesUseOnlyKnownFiltersAndCloseTheirPlaceholders() {
        for (service, rules) in table.services {
            for (operation, spec) in rules.operations {
                let templates = spec.checks.flatMap(\.resources) + spec.context.map(\.value) + [spec.messageResource].compactMap { $0 }
                for template in templates {
                    #expect(template.filterNames.allSatisfy(ResourceTemplate.filters.contains), "\(service) \(operation): \(template.text)")
                    #expect(template.text.components("${") == template.text.components("}"), "\(service) \(operation): \(template.text)")
                }
                #expect(!spec.noPermissionRequired || spec.checks.allSatisfy { $0.resources.isEmpty })
            }
        }
        #expect(table.services["ecs"]?.wire == .json && table.services["ec2"]?.wire == .ec2
            && table.services["autoscaling"]?.wire == .query && table.services["iam"]?.wire == .query)
    }

    @Test func ecsNamesClustersTasksAndDefinitionsByNameOrArn() throws {
        #expect(try checks("ecs", "ListTasks", ["cluster": "demo"]) == [check("ecs:ListTasks", ["*"])])
        let spec = try #require(table.services["ecs"]?.operations["ListTasks"])
        #expect(spec.conditionContext(in: environment([:])) == ["ecs:cluster": ["arn:aws:ecs:us-east-1:123456789012:cluster/default"]])
        #expect(try checks("ecs", "DescribeTasks", [
            "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
            "tasks": ["abc", "arn:aws:ecs:us-east-1:123456789012:task/demo/def"],
        ]) == [check("ecs:DescribeTasks", ["arn:aws:ecs:us-east-1:123456789012:task/demo/abc",
                                           "arn:aws:ecs:us-east-1:123456789012:task/demo/def"])])
        #expect(try checks("ecs", "RunTask", ["taskDefinition": "app"])
            == [check("ecs:RunTask", ["arn:aws:ecs:us-east-1:123456789012:task-definition/app"])])
        #expect(try checks("ecs", "RunTask", ["taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/app:3",
                                              "overrides": ["taskRoleArn": "other"]], roles: ["other": "arn:aws:iam::123456789012:role/team/other"])
            == [check("ecs:RunTask", ["arn:aws:ecs:us-east-1:123456789012:task-definition/app:3"]),
                check("iam:PassRole", ["arn:aws:iam::123456789012:role/team/other"])])
        #expect(try checks("ecs", "DescribeClusters") == [check("ecs:DescribeClusters", ["arn:aws:ecs:us-east-1:123456789012:cluster/default"])])
        #expect(try checks("ecs", "ExecuteCommand", ["cluster": "demo", "task": "abc"]).first?.resources
            == ["arn:aws:ecs:us-east-1:123456789012:cluster/demo", "arn:aws:ecs:us-east-1:123456789012:task/demo/abc"])
    }

    @Test func logsNamesGroupsAndStreamsTheWayItsMessagesDo() throws {
        #expect(try checks("logs", "DescribeLogGroups", ["logGroupNamePrefix": "/ecs"])
            == [check("logs:DescribeLogGroups", ["arn:aws:logs:us-east-1:123456789012:log-group::log-stream:"])])
        #expect(try checks("logs", "GetLogEvents", ["logGroupName": "/ecs/app", "logStreamName": "app/app/1"])
            == [check("logs:GetLogEvents", ["arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:log-stream:app/app/1"])])
        #expect(try checks("logs", "FilterLogEvents", ["logGroupIdentifier": "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:*"])
            == [check("logs:FilterLogEvents", ["arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:log-stream:"])])
    }

    @Test func ec2ListsNewResourcesAsWildcardsAndTagsByIdPrefix() throws {
        #expect(try checks("ec2", "DescribeInstances", ["InstanceIds": ["i-1"]]) == [check("ec2:DescribeInstances", ["*"])])
        #expect(try checks("ec2", "CreateVpc", ["CidrBlock": "10.0.0.0/16"]) == [check("ec2:CreateVpc", ["arn:aws:ec2:us-east-1:123456789012:vpc/*"])])
        #expect(try checks("ec2", "CreateTags", ["Resources": ["i-0abc", "ami-0def", "nope"]])
            == [check("ec2:CreateTags", ["arn:aws:ec2:us-east-1:123456789012:instance/i-0abc", "arn:aws:ec2:us-east-1::image/ami-0def"])])
        let run = try checks("ec2", "RunInstances", ["ImageId": "ami-1", "SubnetId": "subnet-1"])
        #expect(run.first?.resources == ["arn:aws:ec2:us-east-1:123456789012:instance/*", "arn:aws:ec2:us-east-1::image/ami-1",
                                         "arn:aws:ec2:us-east-1:123456789012:network-interface/*",
                                         "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1", "arn:aws:ec2:us-east-1:123456789012:volume/*"])
    }

    @Test func queryServicesNameGroupsRolesAndPaths() throws {
        #expect(try checks("autoscaling", "CreateOrUpdateTags", ["Tags": [["ResourceId": "web", "Key": "a"]]])
            == [check("autoscaling:CreateOrUpdateTags", ["arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:*:autoScalingGroupName/web"])])
        #expect(try checks("iam", "GetRole", ["RoleName": "svc"], roles: ["svc": "arn:aws:iam::123456789012:role/team/svc"])
            == [check("iam:GetRole", ["arn:aws:iam::123456789012:role/team/svc"])])
        #expect(try checks("iam", "GetRole", ["RoleName": "ghost"]) == [check("iam:GetRole", ["arn:aws:iam::123456789012:role/ghost"])])
        #expect(try checks("iam", "ListRoles") == [check("iam:ListRoles", ["arn:aws:iam::123456789012:role/"])])
        let list = try #require(table.services["iam"]?.operations["ListPolicies"])
        #expect(list.messageResource?.expand(in: environment(["PathPrefix": "/team/"])) == ["policy path /team/"])
        #expect(try #require(table.services["sts"]?.operations["GetCallerIdentity"]).noPermissionRequired)
    }
}

private extension String {
    func components(_ separator: String) -> Int { split(separator: separator, omittingEmptySubsequences: false).count - 1 }
}
