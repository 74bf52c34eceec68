import JSONValue
import SimCore

/// An EC2 instance registered with a cluster by its ECS agent: what it offers to tasks, what
/// is left, and the attributes placement constraints match against.
struct ContainerInstance {
    let id: String
    let arn: String
    let clusterName: String
    let ec2InstanceID: String
    let instanceType: String
    let availabilityZone: String
    let subnetID: String
    let vpcID: String?
    let privateIPAddress: String
    let amiID: String
    let autoScalingGroupName: String?
    let registeredCPU: Int
    let registeredMemory: Int
    let registeredAt: SimTime
    var capacityProviderName: String?
    var status = "ACTIVE"
    var agentConnected = true
    var version = 1
    var used = ResourceReservation(cpu: 0, memory: 0, tcpPorts: [], udpPorts: [])
    /// Attributes set with PutAttributes, after the agent's own.
    var customAttributes: [(name: String, value: String?)] = []
    var tags: [ECSTag] = []
    /// Images already pulled on this host: later pulls are fast.
    var cachedImages: Set<String> = []

    /// Ports the agent reserves on every instance (SSH, Docker, the agent's introspection).
    static let reservedPorts = [22, 2376, 2375, 51678, 51679]
    static let agentVersion = "1.89.2"
    static let agentHash = "f3d4b1c2"
    static let dockerVersion = "DockerVersion: 25.0.8"

    var remainingCPU: Int { registeredCPU - used.cpu }
    var remainingMemory: Int { registeredMemory - used.memory }
    var isPlaceable: Bool { status == "ACTIVE" && agentConnected }

    /// The agent's attributes: capabilities and facts about the host.
    var attributes: [(name: String, value: String?)] {
        var list: [(String, String?)] = [
            ("ecs.capability.secrets.asm.environment-variables", nil),
            ("ecs.capability.branch-cni-plugin-version", "a21d3a41-"),
            ("ecs.ami-id", amiID),
            ("ecs.capability.secrets.asm.bootstrap.log-driver", nil),
            ("com.amazonaws.ecs.capability.logging-driver.none", nil),
            ("ecs.capability.ecr-endpoint", nil),
            ("ecs.capability.docker-plugin.local", nil),
            ("ecs.capability.task-cpu-mem-limit", nil),
            ("ecs.capability.secrets.ssm.bootstrap.log-driver", nil),
            ("ecs.capability.efsAuth", nil),
            ("ecs.capability.full-sync", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.30", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.31", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.32", nil),
            ("ecs.availability-zone", availabilityZone),
            ("ecs.capability.aws-appmesh", nil),
            ("com.amazonaws.ecs.capability.logging-driver.awslogs", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.24", nil),
            ("ecs.capability.task-eni-trunking", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.25", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.26", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.27", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.28", nil),
            ("com.amazonaws.ecs.capability.privileged-container", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.29", nil),
            ("ecs.cpu-architecture", "x86_64"),
            ("com.amazonaws.ecs.capability.ecr-auth", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.20", nil),
            ("ecs.os-type", "linux"),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.21", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.22", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.23", nil),
            ("com.amazonaws.ecs.capability.logging-driver.syslog", nil),
            ("com.amazonaws.ecs.capability.logging-driver.json-file", nil),
            ("ecs.capability.execution-role-awslogs", nil),
            ("ecs.vpc-id", vpcID),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.17", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.18", nil),
            ("com.amazonaws.ecs.capability.docker-remote-api.1.19", nil),
            ("ecs.capability.task-eni", nil),
            ("ecs.capability.execution-role-ecr-pull", nil),
            ("ecs.capability.container-health-check", nil),
            ("ecs.subnet-id", subnetID),
            ("ecs.instance-type", instanceType),
            ("com.amazonaws.ecs.capability.task-iam-role-network-host", nil),
            ("ecs.capability.container-ordering", nil),
            ("com.amazonaws.ecs.capability.task-iam-role", nil),
            ("ecs.os-family", "LINUX"),
        ]
        list.removeAll { $0.1 == nil && $0.0 == "ecs.vpc-id" }
        for custom in customAttributes {
            list.removeAll { $0.0 == custom.name }
            list.append((custom.name, custom.value))
        }
        return list.map { (name: $0.0, value: $0.1) }
    }

    /// An attribute's value for the cluster query language (`attribute:ecs.instance-type`).
    func attribute(_ name: String) -> String? {
        guard let entry = attributes.first(where: { $0.name == name }) else { return nil }
        return entry.value ?? ""
    }

    func json(running: Int, pending: Int, includeTags: Bool) -> JSON {
        var object = JSONObject()
        object["containerInstanceArn"] = .string(arn)
        object["ec2InstanceId"] = .string(ec2InstanceID)
        object["capacityProviderName"] = capacityProviderName.map(JSON.string)
        object["version"] = .int(version)
        object["versionInfo"] = ["agentVersion": .string(Self.agentVersion), "agentHash": .string(Self.agentHash),
                                 "dockerVersion": .string(Self.dockerVersion)]
        object["remainingResources"] = Self.resources(
            cpu: remainingCPU, memory: remainingMemory, tcp: Self.reservedPorts + used.tcpPorts, udp: used.udpPorts)
        object["registeredResources"] = Self.resources(
            cpu: registeredCPU, memory: registeredMemory, tcp: Self.reservedPorts, udp: [])
        object["status"] = .string(status)
        object["agentConnected"] = .bool(agentConnected)
        object["runningTasksCount"] = .int(running)
        object["pendingTasksCount"] = .int(pending)
        object["attributes"] = .array(attributes.map { attribute in
            var entry = JSONObject()
            entry["name"] = .string(attribute.name)
            entry["value"] = attribute.value.map(JSON.string)
            return .object(entry)
        })
        object["registeredAt"] = ECSTime.json(registeredAt)
        object["attachments"] = .array([])
        object["tags"] = includeTags ? tags.json : .array([])
        return .object(object)
    }

    static func resources(cpu: Int, memory: Int, tcp: [Int], udp: [Int]) -> JSON {
        func integer(_ name: String, _ value: Int) -> JSON {
            ["name": .string(name), "type": "INTEGER", "doubleValue": .double(0), "longValue": .int(0),
             "integerValue": .int(value)]
        }
        func ports(_ name: String, _ values: [Int]) -> JSON {
            ["name": .string(name), "type": "STRINGSET", "doubleValue": .double(0), "longValue": .int(0),
             "integerValue": .int(0), "stringSetValue": .array(values.map { .string(String($0)) })]
        }
        return [integer("CPU", cpu), integer("MEMORY", memory), ports("PORTS", tcp), ports("PORTS_UDP", udp)]
    }
}
