import JSONValue
import SimCore

/// RegisterTaskDefinition's request, checked as ECS checks it and normalised into a
/// `TaskDefinition`: sizes in units, defaults echoed, derived `compatibilities` and
/// `requiresAttributes`.
struct TaskDefinitionRegistration {
    static let networkModes = ["bridge", "host", "awsvpc", "none"]
    static let compatibilities = ["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"]
    static let maxContainers = 10

    /// Container definition members in the API model's order, for the echo.
    static let containerMemberOrder = [
        "name", "image", "repositoryCredentials", "cpu", "memory", "memoryReservation", "links", "portMappings",
        "essential", "restartPolicy", "entryPoint", "command", "environment", "environmentFiles", "mountPoints",
        "volumesFrom", "linuxParameters", "secrets", "dependsOn", "startTimeout", "stopTimeout",
        "versionConsistency", "hostname", "user", "workingDirectory", "disableNetworking", "privileged",
        "readonlyRootFilesystem", "dnsServers", "dnsSearchDomains", "extraHosts", "dockerSecurityOptions",
        "interactive", "pseudoTerminal", "dockerLabels", "ulimits", "logConfiguration", "healthCheck",
        "systemControls", "resourceRequirements", "firelensConfiguration", "credentialSpecs",
    ]

    let input: ECSInput

    init(_ input: JSON) { self.input = ECSInput(input) }

    /// Validates the request and builds revision `revision` of its family.
    func build(revision: Int, arn: (String) -> String, now: SimTime, registeredBy: String)
        throws(AWSServiceError) -> TaskDefinition
    {
        let family = try input.requiredString("family")
        guard family.count <= 255, family.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw .ecsClient("Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.")
        }
        let networkMode = try input.enumValue("networkMode", allowed: Self.networkModes)
        let requires = try input.strings("requiresCompatibilities") ?? []
        for value in requires where !Self.compatibilities.contains(value) {
            throw .ecsInvalidParameter(
                "1 validation error detected: Value '[\(requires.joined(separator: ", "))]' at 'requiresCompatibilities' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [\(Self.compatibilities.joined(separator: ", "))]]")
        }
        let fargate = requires.contains("FARGATE")
        let executionRole = try input.string("executionRoleArn").flatMap { $0.isEmpty ? nil : $0 }
        let taskRole = try input.string("taskRoleArn").flatMap { $0.isEmpty ? nil : $0 }

        // Task-level sizes.
        var cpu: Int?
        if let text = try taskSize("cpu") {
            guard let units = TaskSizeValue.cpuUnits(text) else { throw Self.invalidCPU }
            cpu = units
        }
        var memory: Int?
        if let text = try taskSize("memory") {
            guard let mib = TaskSizeValue.memoryMiB(text) else {
                throw .ecsClient("Invalid 'memory' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")
            }
            memory = mib
        }

        // Containers.
        guard let rawContainers = try input.objects("containerDefinitions"), !rawContainers.isEmpty else {
            throw .ecsClient("Container list cannot be empty.")
        }
        guard rawContainers.count <= Self.maxContainers else {
            throw .ecsClient("Too many containers. The maximum number of containers in a task definition is \(Self.maxContainers).")
        }
        var containers: [ContainerDefinition] = []
        for raw in rawContainers {
            let container = try ContainerDefinitionParser(raw: raw, networkMode: networkMode ?? "bridge").parse()
            guard !containers.contains(where: { $0.name == container.name }) else {
                throw .ecsClient("Duplicate container names are not allowed: \(container.name)")
            }
            containers.append(container)
        }
        guard containers.contains(where: \.essential) else {
            throw .ecsClient("Task definition must contain at least one essential container.")
        }

        if fargate {
            guard networkMode == "awsvpc" else { throw .ecsClient("Fargate only supports network mode \u{2018}awsvpc\u{2019}.") }
            guard let cpu else { throw .ecsClient("Fargate requires that 'cpu' be defined at the task level.") }
            guard let memory else { throw .ecsClient("Fargate requires that 'memory' be defined at the task level.") }
            guard FargateTaskSizes.isValidCPU(cpu) else { throw Self.invalidCPU }
            guard FargateTaskSizes.isValid(cpu: cpu, memory: memory) else {
                throw .ecsClient("No Fargate configuration exists for given values: \(cpu) CPU, \(memory) memory. See the Amazon ECS documentation for the valid values.")
            }
            if executionRole == nil, containers.contains(where: { $0.logConfiguration?.driver == "awslogs" }) {
                throw .ecsClient("Fargate requires task definition to have execution role ARN to support log driver awslogs.")
            }
            if executionRole == nil, containers.contains(where: { Self.isECRImage($0.image) }) {
                throw .ecsClient("Fargate requires task definition to have execution role ARN to support ECR images.")
            }
        } else if let cpu, !(128...196_608).contains(cpu) {
            throw Self.invalidCPU
        }
        for container in containers {
            if memory == nil, container.memory == nil, container.memoryReservation == nil {
                throw .ecsClient("Invalid setting for container '\(container.name)'. At least one of 'memory' or 'memoryReservation' must be specified.")
            }
            if let memory, let own = container.memory ?? container.memoryReservation, own > memory {
                throw .ecsClient("The 'memory' setting for container '\(container.name)' is greater than for the task.")
            }
            if let cpu, container.cpu > cpu {
                throw .ecsClient("The 'cpu' setting for container '\(container.name)' is greater than for the task.")
            }
        }

        let placementConstraints = try input.objects("placementConstraints") ?? []
        for constraint in placementConstraints {
            let type = try ECSInput(constraint).string("type") ?? ""
            guard type == "memberOf" else { throw .ecsClient("constraint.type '\(type)' is not supported.") }
        }
        if fargate, !placementConstraints.isEmpty {
            throw .ecsClient("Task definition placement constraints are not supported for the Fargate launch type.")
        }

        let fargateCompatible = networkMode == "awsvpc" && cpu.map { c in
            memory.map { FargateTaskSizes.isValid(cpu: c, memory: $0) } ?? false
        } == true
        let derivedCompatibilities: [String] = networkMode == "awsvpc"
            ? (fargateCompatible ? ["EC2", "FARGATE"] : ["EC2"]) : ["EXTERNAL", "EC2"]

        return TaskDefinition(
            family: family, revision: revision, arn: arn("task-definition/\(family):\(revision)"), status: "ACTIVE",
            containers: containers, taskRoleArn: taskRole, executionRoleArn: executionRole, networkMode: networkMode,
            volumes: try input.objects("volumes") ?? [],
            requiresAttributes: Self.requiredAttributes(containers: containers, networkMode: networkMode,
                                                        taskRole: taskRole, executionRole: executionRole,
                                                        taskSized: !fargate && (cpu != nil || memory != nil)),
            placementConstraints: placementConstraints, compatibilities: derivedCompatibilities,
            runtimePlatform: try input.object("runtimePlatform"), requiresCompatibilities: requires,
            cpu: cpu, memory: memory, pidMode: try input.string("pidMode"), ipcMode: try input.string("ipcMode"),
            ephemeralStorage: try input.object("ephemeralStorage"), registeredAt: now, deregisteredAt: nil,
            deleteRequestedAt: nil, registeredBy: registeredBy, tags: try input.tags())
    }

    static let invalidCPU = AWSServiceError.ecsClient(
        "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")

    /// `cpu` and `memory` are strings in the API, but numbers from a hand-written JSON file
    /// are accepted as the console accepts them.
    private func taskSize(_ key: String) throws(AWSServiceError) -> String? {
        switch input[key] {
        case .null: return nil
        case .string(let text): return text.isEmpty ? nil : text
        case .int(let number): return String(number)
        default: throw .serialization(input[key], expected: "String")
        }
    }

    static func isECRImage(_ image: String) -> Bool {
        let host = image.split(separator: "/").first.map(String.init) ?? ""
        return host.contains(".dkr.ecr.") && host.hasSuffix(".amazonaws.com")
    }

    /// The container-agent capabilities a task definition needs, derived as ECS derives them.
    static func requiredAttributes(containers: [ContainerDefinition], networkMode: String?, taskRole: String?,
                                   executionRole: String?, taskSized: Bool) -> [String] {
        var names: [String] = []
        let awslogs = containers.contains { $0.logConfiguration?.driver == "awslogs" }
        let ecr = containers.contains { isECRImage($0.image) }
        for driver in Set(containers.compactMap { $0.logConfiguration?.driver }).sorted() {
            names.append("com.amazonaws.ecs.capability.logging-driver.\(driver)")
        }
        if awslogs, executionRole != nil { names.append("ecs.capability.execution-role-awslogs") }
        if ecr { names.append("com.amazonaws.ecs.capability.ecr-auth") }
        if awslogs { names.append("com.amazonaws.ecs.capability.docker-remote-api.1.19") }
        if containers.contains(where: { $0.memoryReservation != nil }) {
            names.append("com.amazonaws.ecs.capability.docker-remote-api.1.21")
        }
        if taskRole != nil { names.append("com.amazonaws.ecs.capability.task-iam-role") }
        if containers.contains(where: { $0.healthCheck != nil }) { names.append("ecs.capability.container-health-check") }
        if ecr, executionRole != nil { names.append("ecs.capability.execution-role-ecr-pull") }
        if networkMode == "awsvpc" {
            names.append("com.amazonaws.ecs.capability.docker-remote-api.1.18")
            names.append("ecs.capability.task-eni")
        }
        if containers.contains(where: { $0.stopTimeout != nil || !$0.json["startTimeout"].isNull || !$0.json["dependsOn"].isNull }) {
            names.append("ecs.capability.container-ordering")
        }
        if taskSized { names.append("ecs.capability.task-cpu-mem-limit") }
        return names
    }
}
