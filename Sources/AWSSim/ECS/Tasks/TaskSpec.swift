import JSONValue

/// Everything about a new task decided before it exists: what runs, where, and who asked.
/// RunTask, StartTask and the service scheduler all launch tasks from one.
struct TaskSpec {
    var cluster: ECSCluster
    var definition: TaskDefinition
    var platformVersion: String?
    var network: AwsVpcSettings?
    var overrides: TaskOverrides
    var group: String
    var startedBy: String?
    var constraints: [PlacementConstraintRule]
    var strategy: [PlacementStrategyRule]
    var tags: [ECSTag]
    var enableExecuteCommand: Bool
    var serviceName: String?
    var deploymentID: String?

    /// CPU units and MiB the task reports and reserves: the task-level sizes (or their
    /// overrides), else the sum over its containers.
    func sizes(for containers: [TaskContainer]) -> (cpu: Int, memory: Int, reservedMemory: Int) {
        let cpu = overrides.cpu ?? definition.cpu ?? containers.reduce(0) { $0 + $1.cpu }
        let hard = containers.reduce(0) { $0 + ($1.memory ?? $1.memoryReservation ?? 0) }
        let soft = containers.reduce(0) { $0 + ($1.memoryReservation ?? $1.memory ?? 0) }
        let taskMemory = overrides.memory ?? definition.memory
        return (cpu, taskMemory ?? hard, taskMemory ?? soft)
    }
}

/// Where a task runs.
enum LaunchTarget: Equatable {
    case fargate(capacityProvider: String?)
    case ec2(capacityProvider: String?)

    var launchType: String {
        if case .fargate = self { return "FARGATE" }
        return "EC2"
    }

    var capacityProvider: String? {
        switch self {
        case .fargate(let provider), .ec2(let provider): return provider
        }
    }
}

/// An `awsvpcConfiguration`: the subnets a task's ENI may go in, its security groups, and
/// whether it gets a public IP.
struct AwsVpcSettings: Equatable {
    var subnets: [String]
    var securityGroups: [String]
    var assignPublicIp: Bool

    var json: JSON {
        var config = JSONObject()
        config["subnets"] = .array(subnets.map(JSON.string))
        config["securityGroups"] = securityGroups.isEmpty ? nil : .array(securityGroups.map(JSON.string))
        config["assignPublicIp"] = .string(assignPublicIp ? "ENABLED" : "DISABLED")
        return ["awsvpcConfiguration": .object(config)]
    }
}

/// RunTask's `overrides`, and the echo tasks carry of them.
struct TaskOverrides {
    var json: JSON
    var containers: [String: JSON]
    var cpu: Int?
    var memory: Int?

    static let containerMemberOrder = [
        "name", "command", "environment", "environmentFiles", "cpu", "memory", "memoryReservation",
        "resourceRequirements",
    ]

    /// No overrides: each container as defined.
    static func none(for definition: TaskDefinition) -> TaskOverrides {
        var echo = JSONObject()
        echo["containerOverrides"] = .array(definition.containers.map { ["name": .string($0.name)] })
        echo["inferenceAcceleratorOverrides"] = .array([])
        return TaskOverrides(json: .object(echo), containers: [:], cpu: nil, memory: nil)
    }

    private init(json: JSON, containers: [String: JSON], cpu: Int?, memory: Int?) {
        self.json = json
        self.containers = containers
        self.cpu = cpu
        self.memory = memory
    }

    /// Parses overrides against `definition`; every container appears in the echo, as ECS
    /// returns it.
    init(_ raw: JSON?, definition: TaskDefinition) throws(AWSServiceError) {
        let input = ECSInput(raw ?? .null)
        var byName: [String: JSON] = [:]
        for item in try input.objects("containerOverrides") ?? [] {
            guard let name = try ECSInput(item).string("name") else {
                throw .ecsInvalidParameter("Container override must specify a container name.")
            }
            guard definition.containers.contains(where: { $0.name == name }) else {
                throw .ecsInvalidParameter("Override for container named \(name) is not a container in the TaskDefinition.")
            }
            let entry = ECSInput(item)
            _ = try entry.strings("command")
            _ = try entry.objects("environment")
            _ = try entry.int("cpu")
            _ = try entry.int("memory")
            byName[name] = item
        }
        containers = byName
        cpu = try Self.size(input.string("cpu"), TaskSizeValue.cpuUnits, label: "cpu")
        memory = try Self.size(input.string("memory"), TaskSizeValue.memoryMiB, label: "memory")

        var echo = JSONObject()
        echo["containerOverrides"] = .array(definition.containers.map { container in
            var object = JSONObject()
            let given = byName[container.name] ?? .null
            for key in Self.containerMemberOrder {
                object[key] = key == "name" ? .string(container.name) : (given[key].isNull ? nil : given[key])
            }
            return .object(object)
        })
        echo["cpu"] = cpu.map { .string(String($0)) }
        echo["inferenceAcceleratorOverrides"] = .array([])
        echo["executionRoleArn"] = try input.string("executionRoleArn").map(JSON.string)
        echo["memory"] = memory.map { .string(String($0)) }
        echo["taskRoleArn"] = try input.string("taskRoleArn").map(JSON.string)
        echo["ephemeralStorage"] = try input.object("ephemeralStorage")
        json = .object(echo)
    }

    private static func size(_ text: String?, _ parse: (String) -> Int?, label: String) throws(AWSServiceError) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = parse(text) else {
            throw .ecsInvalidParameter("Invalid '\(label)' setting for task override.")
        }
        return value
    }

    func command(for container: ContainerDefinition) -> [String]? {
        containers[container.name]?["command"].array?.compactMap(\.string) ?? container.command
    }

    func environment(for container: ContainerDefinition) -> [(name: String, value: String)] {
        var environment = container.environment
        for item in containers[container.name]?["environment"].array ?? [] {
            guard let name = item["name"].string else { continue }
            environment.removeAll { $0.name == name }
            environment.append((name, item["value"].string ?? ""))
        }
        return environment
    }

    func cpu(for container: ContainerDefinition) -> Int { containers[container.name]?["cpu"].int ?? container.cpu }
    func memory(for container: ContainerDefinition) -> Int? { containers[container.name]?["memory"].int ?? container.memory }
    func memoryReservation(for container: ContainerDefinition) -> Int? {
        containers[container.name]?["memoryReservation"].int ?? container.memoryReservation
    }
}
