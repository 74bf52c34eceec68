import JSONValue
import SimCore

/// A registered revision of a task definition family: `family:revision`, immutable once
/// registered except for its status (ACTIVE → INACTIVE → DELETE_IN_PROGRESS).
struct TaskDefinition {
    var family: String
    var revision: Int
    var arn: String
    var status: String
    var containers: [ContainerDefinition]
    var taskRoleArn: String?
    var executionRoleArn: String?
    /// As registered; nil means Docker's default, `bridge`.
    var networkMode: String?
    var volumes: [JSON]
    var requiresAttributes: [String]
    var placementConstraints: [JSON]
    var compatibilities: [String]
    var runtimePlatform: JSON?
    var requiresCompatibilities: [String]
    /// Task-level sizes, normalised to CPU units and MiB.
    var cpu: Int?
    var memory: Int?
    var pidMode: String?
    var ipcMode: String?
    var ephemeralStorage: JSON?
    var registeredAt: SimTime
    var deregisteredAt: SimTime?
    var deleteRequestedAt: SimTime?
    var registeredBy: String
    var tags: [ECSTag]

    var effectiveNetworkMode: String { networkMode ?? "bridge" }
    var familyRevision: String { "\(family):\(revision)" }

    var supportsFargate: Bool { compatibilities.contains("FARGATE") }

    /// The CPU architecture tasks report in their `ecs.cpu-architecture` attribute.
    var cpuArchitecture: String {
        runtimePlatform?["cpuArchitecture"].string == "ARM64" ? "arm64" : "x86_64"
    }

    /// The `TaskDefinition` shape, members in the API model's order.
    var json: JSON {
        var object = JSONObject()
        object["taskDefinitionArn"] = .string(arn)
        object["containerDefinitions"] = .array(containers.map(\.json))
        object["family"] = .string(family)
        object["taskRoleArn"] = taskRoleArn.map(JSON.string)
        object["executionRoleArn"] = executionRoleArn.map(JSON.string)
        object["networkMode"] = networkMode.map(JSON.string)
        object["revision"] = .int(revision)
        object["volumes"] = .array(volumes)
        object["status"] = .string(status)
        object["requiresAttributes"] = .array(requiresAttributes.map { ["name": .string($0)] })
        object["placementConstraints"] = .array(placementConstraints)
        object["compatibilities"] = .array(compatibilities.map(JSON.string))
        object["runtimePlatform"] = runtimePlatform
        object["requiresCompatibilities"] = requiresCompatibilities.isEmpty
            ? nil : .array(requiresCompatibilities.map(JSON.string))
        object["cpu"] = cpu.map { .string(String($0)) }
        object["memory"] = memory.map { .string(String($0)) }
        object["pidMode"] = pidMode.map(JSON.string)
        object["ipcMode"] = ipcMode.map(JSON.string)
        object["registeredAt"] = ECSTime.json(registeredAt)
        object["deregisteredAt"] = ECSTime.json(deregisteredAt)
        object["deleteRequestedAt"] = ECSTime.json(deleteRequestedAt)
        object["registeredBy"] = .string(registeredBy)
        object["ephemeralStorage"] = ephemeralStorage
        return .object(object)
    }
}

/// One container of a task definition: what to run and with what resources.
struct ContainerDefinition {
    struct PortMapping: Equatable {
        var containerPort: Int
        /// nil or 0 in bridge mode means a dynamic host port.
        var hostPort: Int?
        var transport: String
    }

    struct LogConfiguration {
        var driver: String
        var options: [String: String]
    }

    struct HealthCheck {
        var command: [String]
        var interval: Int
        var timeout: Int
        var retries: Int
        var startPeriod: Int?
    }

    var name: String
    var image: String
    var cpu: Int
    var memory: Int?
    var memoryReservation: Int?
    var essential: Bool
    var entryPoint: [String]?
    var command: [String]?
    var environment: [(name: String, value: String)]
    var portMappings: [PortMapping]
    var logConfiguration: LogConfiguration?
    var healthCheck: HealthCheck?
    var stopTimeout: Int?
    /// The definition as ECS echoes it: the caller's members in model order, defaults filled in.
    var json: JSON
}
