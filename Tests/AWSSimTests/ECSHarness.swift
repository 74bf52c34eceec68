@testable import AWSSim
import JSONValue
import SimCore

/// A region's ECS on a private clock, with helpers to call operations and let time pass.
final class ECSHarness {
    let simulation: Simulation
    let cloud: AWSCloud
    let region: AWSRegion

    static let start = SimTime(rfc3339: "2026-01-01T00:00:00Z") ?? SimTime(milliseconds: 0)

    init(seed: UInt64 = 42) {
        simulation = Simulation(start: Self.start, seed: seed)
        cloud = AWSCloud(simulation: simulation)
        region = cloud.region("us-east-1")
    }

    var ecs: ECSBackend { region.ecs }
    var subnets: [String] { region.ec2.subnets.map(\.id) }
    var defaultSecurityGroup: String { region.ec2.securityGroups.first?.id ?? "" }

    @discardableResult
    func call(_ operation: String, _ input: JSON = [:]) throws(AWSServiceError) -> JSON {
        let output = try cloud.call(service: "ecs", operation: operation, input: input, region: "us-east-1")
        simulation.settle()
        return output
    }

    /// The error an operation fails with, or nil if it succeeds.
    func error(_ operation: String, _ input: JSON) -> AWSServiceError? {
        do {
            _ = try call(operation, input)
            return nil
        } catch {
            return error
        }
    }

    func wait(_ seconds: Int64) { simulation.advance(by: .seconds(seconds)) }

    /// Advances until `condition` holds (at most `limit` seconds); returns whether it did.
    @discardableResult
    func wait(upTo limit: Int64, until condition: () -> Bool) -> Bool {
        simulation.advance(until: condition, timeout: .seconds(limit))
    }

    func cluster(_ name: String = "demo") throws(AWSServiceError) {
        try call("CreateCluster", ["clusterName": .string(name)])
    }

    /// Registers a Fargate-ready definition: one essential container of `image`.
    @discardableResult
    func fargateDefinition(family: String = "web", image: String = "nginx:1.27", command: [String]? = nil,
                           cpu: String = "256", memory: String = "512", extra: JSON = [:]) throws(AWSServiceError) -> JSON {
        var container: JSON = ["name": .string(family), "image": .string(image), "essential": true,
                               "portMappings": [["containerPort": 80]]]
        if let command { container["command"] = .array(command.map(JSON.string)) }
        for (key, value) in extra.object?.pairs ?? [] { container[key] = value }
        return try call("RegisterTaskDefinition", [
            "family": .string(family), "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
            "cpu": .string(cpu), "memory": .string(memory), "containerDefinitions": [container],
        ])
    }

    var network: JSON {
        ["awsvpcConfiguration": ["subnets": [.string(subnets[0])], "securityGroups": [.string(defaultSecurityGroup)],
                                 "assignPublicIp": "ENABLED"]]
    }

    func runFargate(_ family: String = "web", count: Int = 1, cluster: String = "demo") throws(AWSServiceError) -> [String] {
        let output = try call("RunTask", ["cluster": .string(cluster), "taskDefinition": .string(family),
                                          "launchType": "FARGATE", "count": .int(count), "networkConfiguration": network])
        return (output["tasks"].array ?? []).compactMap { $0["taskArn"].string }
    }

    func describeTask(_ arn: String, cluster: String = "demo") -> JSON {
        (try? call("DescribeTasks", ["cluster": .string(cluster), "tasks": [.string(arn)]]))?["tasks"][0] ?? .null
    }

    func describeService(_ name: String, cluster: String = "demo") -> JSON {
        (try? call("DescribeServices", ["cluster": .string(cluster), "services": [.string(name)]]))?["services"][0] ?? .null
    }

    func taskArns(cluster: String = "demo", status: String = "RUNNING", service: String? = nil) -> [String] {
        var input: JSON = ["cluster": .string(cluster), "desiredStatus": .string(status)]
        if let service { input["serviceName"] = .string(service) }
        return ((try? call("ListTasks", input))?["taskArns"].array ?? []).compactMap(\.string)
    }

    /// Registers an EC2 container instance as the agent on a booted instance would.
    func addInstance(_ number: Int, cluster: String = "demo", cpu: Int = 2048, memory: Int = 3904,
                     zone: Int = 0, instanceType: String = "t3.medium", group: String? = nil) {
        let subnet = region.ec2.subnets[zone]
        ecs.agentConnected(ECSAgentRegistration(
            clusterName: cluster, ec2InstanceID: "i-\(String(repeating: "0", count: 16))\(number)",
            instanceType: instanceType, availabilityZone: subnet.availabilityZone, subnetID: subnet.id,
            privateIPAddress: "172.31.\(zone * 16).\(10 + number)", cpu: cpu, memoryMiB: memory,
            amiID: "ami-0a1b2c3d4e5f67890", autoScalingGroupName: group))
        simulation.settle()
    }
}
