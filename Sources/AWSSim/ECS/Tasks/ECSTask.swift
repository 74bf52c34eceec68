import ContainerImages
import JSONValue
import SimCore

/// A task: one running copy of a task definition, with its own lifecycle
/// (PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING → STOPPING → DEPROVISIONING →
/// STOPPED), its containers, and where it runs (a Fargate ENI, or a container instance).
struct ECSTask {
    let id: String
    let arn: String
    let clusterName: String
    let clusterArn: String
    let definition: TaskDefinition
    /// `FARGATE` or `EC2`.
    let launchType: String
    let capacityProviderName: String?
    let platformVersion: String?
    let cpu: Int
    let memory: Int
    let group: String
    let startedBy: String?
    let overrides: JSON
    var tags: [ECSTag]
    let enableExecuteCommand: Bool
    let availabilityZone: String
    /// The awsvpc settings the task's ENI is created with.
    let network: AwsVpcSettings?
    let containerInstanceID: String?
    let containerInstanceArn: String?
    let createdAt: SimTime
    /// The service and deployment that launched it, if any.
    let serviceName: String?
    let deploymentID: String?

    var containers: [TaskContainer]
    var lastStatus: TaskStatus
    var desiredStatus: String = "RUNNING"
    var attachment: TaskAttachment?
    var connectivityAt: SimTime?
    var pullStartedAt: SimTime?
    var pullStoppedAt: SimTime?
    var startedAt: SimTime?
    var stoppingAt: SimTime?
    var executionStoppedAt: SimTime?
    var stoppedAt: SimTime?
    var stopCode: String?
    var stoppedReason: String?
    var healthStatus: String?
    var version = 1
    /// Whether the task ever reached RUNNING: the deployment circuit breaker and the service
    /// throttle only count tasks that did not.
    var reachedRunning = false
    /// Why the task is being stopped, for the service scheduler's bookkeeping.
    var stopInitiator: StopInitiator?
    /// The next lifecycle step, cancelled when a stop overtakes it.
    var lifecycleTimer: TimerID?
    /// What the task holds on its container instance while it runs.
    var reservation: ResourceReservation?
    /// Set while the task waits for capacity from an Auto Scaling group capacity provider.
    var waitingSpec: TaskSpec?
    /// The ID under which the agent serves the task role's credentials
    /// (`/v2/credentials/<id>`), given when the containers start, if the task has a role.
    var credentialsID: String?

    /// The task role: the overrides' or the task definition's.
    var taskRoleArn: String? { overrides["taskRoleArn"].string ?? definition.taskRoleArn }

    enum StopInitiator { case user, scheduler, failure, host }

    var isFargate: Bool { launchType == "FARGATE" }
    var isStopped: Bool { lastStatus == .stopped }
    var isActive: Bool { desiredStatus == "RUNNING" }
    var family: String { definition.family }

    var json: JSON { json(eventStyle: false) }

    /// The `Task` shape, members in the API model's order (which is the order ECS sends them).
    /// `eventStyle` renders timestamps as EventBridge's ISO strings and adds `updatedAt`.
    func json(eventStyle: Bool, updatedAt: SimTime? = nil) -> JSON {
        func time(_ value: SimTime?) -> JSON? {
            guard let value else { return nil }
            return eventStyle ? .string(ECSTime.eventString(value)) : ECSTime.json(value)
        }
        var object = JSONObject()
        object["attachments"] = .array(attachment.map { [$0.json] } ?? [])
        object["attributes"] = [["name": "ecs.cpu-architecture", "value": .string(definition.cpuArchitecture)]]
        object["availabilityZone"] = .string(availabilityZone)
        object["capacityProviderName"] = capacityProviderName.map(JSON.string)
        object["clusterArn"] = .string(clusterArn)
        if let connectivityAt {
            object["connectivity"] = "CONNECTED"
            object["connectivityAt"] = time(connectivityAt)
        }
        object["containerInstanceArn"] = containerInstanceArn.map(JSON.string)
        object["containers"] = .array(containers.map { $0.json(taskArn: arn, execAgent: enableExecuteCommand) })
        object["cpu"] = .string(String(cpu))
        object["createdAt"] = time(createdAt)
        object["desiredStatus"] = .string(desiredStatus)
        object["enableExecuteCommand"] = .bool(enableExecuteCommand)
        object["executionStoppedAt"] = time(executionStoppedAt)
        object["group"] = .string(group)
        object["healthStatus"] = healthStatus.map(JSON.string)
        object["lastStatus"] = .string(lastStatus.rawValue)
        object["launchType"] = .string(launchType)
        object["memory"] = .string(String(memory))
        object["overrides"] = overrides
        object["platformVersion"] = platformVersion.map(JSON.string)
        object["platformFamily"] = isFargate ? "Linux" : nil
        object["pullStartedAt"] = time(pullStartedAt)
        object["pullStoppedAt"] = time(pullStoppedAt)
        object["startedAt"] = time(startedAt)
        object["startedBy"] = startedBy.map(JSON.string)
        object["stopCode"] = stopCode.map(JSON.string)
        object["stoppedAt"] = time(stoppedAt)
        object["stoppedReason"] = stoppedReason.map(JSON.string)
        object["stoppingAt"] = time(stoppingAt)
        object["tags"] = tags.json
        object["taskArn"] = .string(arn)
        object["taskDefinitionArn"] = .string(definition.arn)
        if eventStyle { object["updatedAt"] = time(updatedAt) }
        object["version"] = .int(version)
        if isFargate {
            let storage = definition.ephemeralStorage?["sizeInGiB"].int ?? 20
            object["ephemeralStorage"] = ["sizeInGiB": .int(storage)]
            object["fargateEphemeralStorage"] = ["sizeInGiB": .int(storage)]
        }
        return .object(object)
    }
}

/// A task's `lastStatus`.
enum TaskStatus: String {
    case provisioning = "PROVISIONING"
    case pending = "PENDING"
    case activating = "ACTIVATING"
    case running = "RUNNING"
    case deactivating = "DEACTIVATING"
    case stopping = "STOPPING"
    case deprovisioning = "DEPROVISIONING"
    case stopped = "STOPPED"

    /// Counted as pending in a cluster's, service's and container instance's counts.
    var isPending: Bool { self == .provisioning || self == .pending || self == .activating }
}

/// The elastic network interface of an awsvpc task, as its attachment reports it.
struct TaskAttachment {
    let id: String
    let subnetID: String
    var status: String
    var networkInterfaceID: String?
    var macAddress: String?
    var privateDNSName: String?
    var privateIPv4Address: String?

    var json: JSON {
        var details: [JSON] = [["name": "subnetId", "value": .string(subnetID)]]
        if let networkInterfaceID, let macAddress, let privateDNSName, let privateIPv4Address {
            details.append(["name": "networkInterfaceId", "value": .string(networkInterfaceID)])
            details.append(["name": "macAddress", "value": .string(macAddress)])
            details.append(["name": "privateDnsName", "value": .string(privateDNSName)])
            details.append(["name": "privateIPv4Address", "value": .string(privateIPv4Address)])
        }
        return ["id": .string(id), "type": "ElasticNetworkInterface", "status": .string(status),
                "details": .array(details)]
    }
}

/// One container of a task and the process running in it.
struct TaskContainer {
    let uuid: String
    let arn: String
    let definition: ContainerDefinition
    /// The command, environment and sizes after the task's overrides.
    let command: [String]?
    let environment: [(name: String, value: String)]
    let cpu: Int
    let memory: Int?
    let memoryReservation: Int?

    var imageDigest: String?
    var runtimeID: String?
    var lastStatus = "PENDING"
    var exitCode: Int?
    var reason: String?
    var networkBindings: [JSON]?
    var networkInterfaces: [JSON] = []
    var healthStatus: String?
    /// What the process does, decided when it starts.
    var plan: ProcessPlan?
    var processStartedAt: SimTime?
    var exitTimer: TimerID?
    var logTimer: TimerID?
    /// Seconds of the process's output already shipped to CloudWatch Logs.
    var loggedThrough: Double = -1
    var resolvedImage: ResolvedImage?
    /// The path of the container's task metadata endpoint v4 (`/v4/<id>`): the runtime ID on
    /// Fargate, a UUID the agent makes on EC2.
    var metadataEndpointID: String?
    var hostname: String?
    /// Files written through ECS Exec, as they were left: the container's writable layer,
    /// gone with the container.
    var writableLayer: [String: String] = [:]
    /// The image's files an ECS Exec session removed (`rm`), hidden until the task stops.
    var removedFiles: Set<String> = []

    var name: String { definition.name }
    var essential: Bool { definition.essential }

    /// `execAgent`: the task has ECS Exec on, so the container reports its SSM agent.
    func json(taskArn: String, execAgent: Bool = false) -> JSON {
        var object = JSONObject()
        object["containerArn"] = .string(arn)
        object["taskArn"] = .string(taskArn)
        object["name"] = .string(name)
        object["image"] = .string(definition.image)
        object["imageDigest"] = imageDigest.map(JSON.string)
        object["runtimeId"] = runtimeID.map(JSON.string)
        object["lastStatus"] = .string(lastStatus)
        object["exitCode"] = exitCode.map(JSON.int)
        object["reason"] = reason.map(JSON.string)
        object["networkBindings"] = networkBindings.map(JSON.array)
        object["networkInterfaces"] = .array(networkInterfaces)
        object["healthStatus"] = healthStatus.map(JSON.string)
        if execAgent {
            var agent = JSONObject()
            agent["lastStartedAt"] = processStartedAt.map { ECSTime.json($0) }
            agent["name"] = "ExecuteCommandAgent"
            agent["lastStatus"] = .string(lastStatus == "RUNNING" ? "RUNNING" : (lastStatus == "STOPPED" ? "STOPPED" : "PENDING"))
            object["managedAgents"] = [.object(agent)]
        }
        object["cpu"] = .string(String(cpu))
        object["memory"] = memory.map { .string(String($0)) }
        object["memoryReservation"] = memoryReservation.map { .string(String($0)) }
        return .object(object)
    }
}

/// CPU, memory and host ports a task holds on a container instance.
struct ResourceReservation: Equatable {
    var cpu: Int
    var memory: Int
    var tcpPorts: [Int]
    var udpPorts: [Int]
}
