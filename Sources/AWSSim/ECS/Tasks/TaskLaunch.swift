import JSONValue
import SimCore

/// Turning a launch request into tasks: resolving launch type or capacity providers, checking
/// the network configuration against the VPC, placing EC2 tasks, and creating each task in its
/// first state.
extension ECSBackend {
    static let fargatePlatformVersions = ["LATEST", "1.4.0", "1.3.0"]

    /// The task definition a launch names: ACTIVE, or the service's own revision.
    func launchableDefinition(_ reference: String) throws(AWSServiceError) -> TaskDefinition {
        guard let definition = taskDefinition(reference, activeOnlyForFamily: true) else {
            throw .taskDefinitionNotFound
        }
        guard definition.status == "ACTIVE" else { throw .ecsClient("TaskDefinition is inactive") }
        return definition
    }

    /// Where each of `count` tasks runs: the launch type given, else the capacity provider
    /// strategy given, else the cluster's default strategy, else EC2.
    func launchTargets(cluster: ECSCluster, launchType: String?, strategy: [CapacityProviderStrategyItem],
                       count: Int, existing: [String: Int] = [:]) throws(AWSServiceError) -> [LaunchTarget] {
        if launchType != nil, !strategy.isEmpty {
            throw .ecsInvalidParameter("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
        }
        if let launchType {
            switch launchType {
            case "FARGATE": return Array(repeating: .fargate(capacityProvider: nil), count: count)
            case "EC2", "EXTERNAL": return Array(repeating: .ec2(capacityProvider: nil), count: count)
            default:
                throw .ecsInvalidParameter("The \(launchType) launch type is not simulated by Shipyard; use EC2 or FARGATE.")
            }
        }
        let effective = strategy.isEmpty ? cluster.defaultStrategy : strategy
        guard !effective.isEmpty else { return Array(repeating: .ec2(capacityProvider: nil), count: count) }
        try checkStrategyProviders(effective, clusterProviders: cluster.capacityProviders)
        return CapacityProviderStrategyItem.assign(count, strategy: effective, existing: existing).map { name in
            CapacityProvider.fargateNames.contains(name) ? .fargate(capacityProvider: name) : .ec2(capacityProvider: name)
        }
    }

    /// Checks `networkConfiguration` against the task definition's network mode and the VPC.
    func awsvpcSettings(_ json: JSON?, definition: TaskDefinition, fargate: Bool) throws(AWSServiceError) -> AwsVpcSettings? {
        let config = json?["awsvpcConfiguration"] ?? .null
        guard definition.effectiveNetworkMode == "awsvpc" else {
            if json != nil, !config.isNull {
                throw .ecsInvalidParameter("Network Configuration is not valid for the given networkMode of this task definition.")
            }
            return nil
        }
        guard !config.isNull else {
            throw .ecsInvalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.")
        }
        let input = ECSInput(config)
        let subnets = try input.strings("subnets") ?? []
        guard !subnets.isEmpty else { throw .ecsInvalidParameter("subnets can not be empty.") }
        guard subnets.count <= 16 else { throw .ecsInvalidParameter("subnets can have at most 16 items.") }
        let groups = try input.strings("securityGroups") ?? []
        guard groups.count <= 5 else { throw .ecsInvalidParameter("securityGroups can have at most 5 items.") }
        let publicIP = try input.enumValue("assignPublicIp", allowed: ["ENABLED", "DISABLED"]) == "ENABLED"
        if publicIP, !fargate {
            throw .ecsInvalidParameter("Assign public IP is not supported for this launch type.")
        }
        if let ec2 {
            for subnet in subnets where !ec2.subnets.contains(where: { $0.id == subnet }) {
                throw .ecsInvalidParameter("Error retrieving subnet information for [\(subnet)]: The subnet ID '\(subnet)' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidSubnetID.NotFound; Request ID: \(ids.requestID()); Proxy: null)")
            }
            for group in groups where !ec2.securityGroups.contains(where: { $0.id == group }) {
                throw .ecsInvalidParameter("Error retrieving security group information for [\(group)]: The security group '\(group)' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidGroup.NotFound; Request ID: \(ids.requestID()); Proxy: null)")
            }
            let vpcs = Set(subnets.compactMap { id in ec2.subnets.first { $0.id == id }?.vpcID })
            if vpcs.count > 1 { throw .ecsInvalidParameter("All subnets must belong to the same VPC.") }
            for group in groups {
                if let vpc = ec2.securityGroups.first(where: { $0.id == group })?.vpcID, !vpcs.contains(vpc) {
                    throw .ecsInvalidParameter("Security group \(group) does not belong to the VPC of the specified subnets.")
                }
            }
        }
        return AwsVpcSettings(subnets: subnets, securityGroups: groups, assignPublicIp: publicIP)
    }

    /// Checks that the definition can run on `target`.
    func checkCompatibility(_ definition: TaskDefinition, target: LaunchTarget, platformVersion: String?)
        throws(AWSServiceError)
    {
        switch target {
        case .fargate:
            guard definition.supportsFargate else {
                throw .ecsInvalidParameter("Task definition does not support launch_type FARGATE.")
            }
            if let platformVersion, !Self.fargatePlatformVersions.contains(platformVersion) {
                throw .ecsInvalidParameter("The specified platform version does not exist.")
            }
        case .ec2:
            if platformVersion != nil {
                throw .ecsInvalidParameter("The platform version must be null when specifying an EC2 launch type.")
            }
        }
    }

    struct LaunchResult {
        var taskIDs: [String] = []
        var failures: [JSON] = []
        /// The first placement that failed, for the service scheduler's event.
        var placementFailure: TaskPlacement.Outcome?
    }

    /// Creates one task per target: Fargate tasks straight into PROVISIONING, EC2 tasks onto
    /// the container instance placement chooses (or into `failures`).
    func launch(_ spec: TaskSpec, targets: [LaunchTarget]) -> LaunchResult {
        var result = LaunchResult()
        for target in targets {
            let taskID = ids.taskID()
            let containers = makeContainers(spec, taskID: taskID)
            let sizes = spec.sizes(for: containers)
            switch target {
            case .fargate(let provider):
                guard let subnet = chooseSubnet(spec) else { continue }
                let zone = ec2?.subnets.first { $0.id == subnet }?.availabilityZone ?? "\(context.region)a"
                let task = newTask(spec, id: taskID, containers: containers, target: target, provider: provider,
                                   cpu: sizes.cpu, memory: sizes.memory, zone: zone, instance: nil,
                                   attachment: TaskAttachment(id: ids.uuid(), subnetID: subnet, status: "PRECREATED"))
                add(task)
                result.taskIDs.append(taskID)
            case .ec2(let provider):
                let needs = reservation(spec, containers: containers, memory: sizes.reservedMemory)
                let request = placementRequest(spec, needs: needs, provider: provider)
                let outcome = placer(for: spec.cluster.name).place(request)
                switch outcome {
                case .placed(let instanceID):
                    guard let instance = containerInstances[instanceID] else { continue }
                    var attachment: TaskAttachment?
                    if let network = spec.network {
                        let subnet = network.subnets.first {
                            id in ec2?.subnets.first { $0.id == id }?.availabilityZone == instance.availabilityZone
                        } ?? network.subnets.first ?? ""
                        attachment = TaskAttachment(id: ids.uuid(), subnetID: subnet, status: "PRECREATED")
                    }
                    var task = newTask(spec, id: taskID, containers: containers, target: target, provider: provider,
                                       cpu: sizes.cpu, memory: sizes.memory, zone: instance.availabilityZone,
                                       instance: instance, attachment: attachment)
                    task.reservation = needs
                    containerInstances[instanceID]?.used.cpu += needs.cpu
                    containerInstances[instanceID]?.used.memory += needs.memory
                    containerInstances[instanceID]?.used.tcpPorts += needs.tcpPorts
                    containerInstances[instanceID]?.used.udpPorts += needs.udpPorts
                    containerInstances[instanceID]?.version += 1
                    add(task)
                    result.taskIDs.append(taskID)
                case .failed(let reasons):
                    if let provider, capacityProviders[provider]?.managedScaling?.status == "ENABLED" {
                        result.taskIDs.append(waitForCapacity(spec, id: taskID, containers: containers, target: target,
                                                              provider: provider, sizes: sizes))
                        continue
                    }
                    result.placementFailure = result.placementFailure ?? outcome
                    for (instanceID, reason) in reasons {
                        guard let arn = containerInstances[instanceID]?.arn else { continue }
                        let failure: JSON = ["arn": .string(arn), "reason": .string(reason)]
                        if !result.failures.contains(failure) { result.failures.append(failure) }
                    }
                case .noInstances:
                    if let provider, capacityProviders[provider]?.managedScaling?.status == "ENABLED" {
                        result.taskIDs.append(waitForCapacity(spec, id: taskID, containers: containers, target: target,
                                                              provider: provider, sizes: sizes))
                        continue
                    }
                    result.placementFailure = result.placementFailure ?? outcome
                }
            }
        }
        return result
    }

    /// A task launched through an Auto Scaling group provider with managed scaling waits in
    /// PROVISIONING until the group has an instance with room for it.
    private func waitForCapacity(_ spec: TaskSpec, id: String, containers: [TaskContainer], target: LaunchTarget,
                                 provider: String, sizes: (cpu: Int, memory: Int, reservedMemory: Int)) -> String {
        var task = newTask(spec, id: id, containers: containers, target: target, provider: provider, cpu: sizes.cpu,
                           memory: sizes.memory, zone: "", instance: nil, attachment: nil, provisioning: true)
        task.waitingSpec = spec
        tasks[id] = task
        taskOrder.append(id)
        emitTaskStateChange(id)
        return id
    }

    func placer(for cluster: String) -> TaskPlacement {
        var groups: [String: [String]] = [:]
        var running: [String: Int] = [:]
        for id in taskOrder {
            guard let task = tasks[id], task.clusterName == cluster, task.isActive, let instance = task.containerInstanceID
            else { continue }
            groups[instance, default: []].append(task.group)
            if task.lastStatus == .running { running[instance, default: 0] += 1 }
        }
        let instances = containerInstanceOrder.compactMap { containerInstances[$0] }.filter { $0.clusterName == cluster }
        return TaskPlacement(instances: instances, groupsByInstance: groups, runningByInstance: running, random: choices)
    }

    func placementRequest(_ spec: TaskSpec, needs: ResourceReservation, provider: String?) -> TaskPlacement.Request {
        let constraints = spec.constraints + spec.definition.placementConstraints.compactMap { json in
            json["expression"].string.flatMap { try? ClusterQuery($0) }.map {
                PlacementConstraintRule(type: "memberOf", expression: json["expression"].string, query: $0)
            }
        }
        let strategy = spec.strategy.isEmpty && spec.serviceName != nil
            ? [PlacementStrategyRule(type: "spread", field: "attribute:ecs.availability-zone"),
               PlacementStrategyRule(type: "spread", field: "instanceId")]
            : (spec.strategy.isEmpty ? [PlacementStrategyRule(type: "random", field: nil)] : spec.strategy)
        var zones: Set<String>?
        if let network = spec.network, let ec2 {
            zones = Set(network.subnets.compactMap { id in ec2.subnets.first { $0.id == id }?.availabilityZone })
        }
        return TaskPlacement.Request(needs: needs, group: spec.group, constraints: constraints, strategy: strategy,
                                     capacityProvider: provider, availabilityZones: zones)
    }

    /// CPU, memory and fixed host ports the task holds on its instance; dynamic ports are
    /// chosen when containers start.
    func reservation(_ spec: TaskSpec, containers: [TaskContainer], memory: Int) -> ResourceReservation {
        var tcp: [Int] = []
        var udp: [Int] = []
        let mode = spec.definition.effectiveNetworkMode
        if mode == "bridge" || mode == "host" {
            for container in containers {
                for mapping in container.definition.portMappings {
                    let port = mode == "host" ? mapping.containerPort : (mapping.hostPort ?? 0)
                    guard port > 0 else { continue }
                    if mapping.transport == "udp" { udp.append(port) } else { tcp.append(port) }
                }
            }
        }
        let cpu = spec.overrides.cpu ?? spec.definition.cpu ?? containers.reduce(0) { $0 + $1.cpu }
        return ResourceReservation(cpu: cpu, memory: memory, tcpPorts: tcp, udpPorts: udp)
    }

    /// One subnet of the task's network configuration: for a service, the Availability Zone
    /// with the fewest of its tasks; otherwise any, at random.
    func chooseSubnet(_ spec: TaskSpec) -> String? {
        guard let subnets = spec.network?.subnets, !subnets.isEmpty else { return nil }
        guard spec.serviceName != nil, let ec2 else {
            return subnets[choices.int(in: 0...(subnets.count - 1))]
        }
        var load: [String: Int] = [:]
        for id in taskOrder {
            guard let task = tasks[id], task.group == spec.group, task.clusterName == spec.cluster.name, task.isActive
            else { continue }
            load[task.availabilityZone, default: 0] += 1
        }
        let zoneOf: (String) -> String = { id in ec2.subnets.first { $0.id == id }?.availabilityZone ?? "" }
        let least = subnets.map { load[zoneOf($0)] ?? 0 }.min() ?? 0
        let candidates = subnets.filter { (load[zoneOf($0)] ?? 0) == least }
        return candidates[choices.int(in: 0...(candidates.count - 1))]
    }

    func makeContainers(_ spec: TaskSpec, taskID: String) -> [TaskContainer] {
        spec.definition.containers.map { container in
            let uuid = ids.uuid()
            return TaskContainer(
                uuid: uuid, arn: context.arn("ecs", "container/\(spec.cluster.name)/\(taskID)/\(uuid)"),
                definition: container, command: spec.overrides.command(for: container),
                environment: spec.overrides.environment(for: container), cpu: spec.overrides.cpu(for: container),
                memory: spec.overrides.memory(for: container),
                memoryReservation: spec.overrides.memoryReservation(for: container))
        }
    }

    func newTask(_ spec: TaskSpec, id: String, containers: [TaskContainer], target: LaunchTarget, provider: String?,
                 cpu: Int, memory: Int, zone: String, instance: ContainerInstance?, attachment: TaskAttachment?,
                 provisioning: Bool = false) -> ECSTask {
        let fargate = target.launchType == "FARGATE"
        let platform = fargate ? ((spec.platformVersion ?? "LATEST") == "LATEST" ? "1.4.0" : spec.platformVersion) : nil
        return ECSTask(
            id: id, arn: context.arn("ecs", "task/\(spec.cluster.name)/\(id)"), clusterName: spec.cluster.name,
            clusterArn: spec.cluster.arn, definition: spec.definition, launchType: target.launchType,
            capacityProviderName: provider, platformVersion: platform, cpu: cpu, memory: memory, group: spec.group,
            startedBy: spec.startedBy, overrides: spec.overrides.json, tags: spec.tags,
            enableExecuteCommand: spec.enableExecuteCommand, availabilityZone: zone, network: spec.network,
            containerInstanceID: instance?.id, containerInstanceArn: instance?.arn, createdAt: simulation.now,
            serviceName: spec.serviceName, deploymentID: spec.deploymentID, containers: containers,
            lastStatus: (attachment != nil || provisioning) ? .provisioning : .pending, attachment: attachment)
    }

    /// Records a new task and sets its lifecycle going.
    func add(_ task: ECSTask) {
        tasks[task.id] = task
        taskOrder.append(task.id)
        emitTaskStateChange(task.id)
        startLifecycle(task.id)
    }

    /// Tasks waiting for Auto Scaling group capacity try again when an instance registers or
    /// a task frees resources.
    func capacityBecameAvailable(cluster: String) {
        for id in taskOrder {
            guard let task = tasks[id], task.clusterName == cluster, let spec = task.waitingSpec, task.isActive,
                let provider = task.capacityProviderName
            else { continue }
            let needs = reservation(spec, containers: task.containers, memory: spec.sizes(for: task.containers).reservedMemory)
            guard case .placed(let instanceID) = placer(for: cluster).place(
                placementRequest(spec, needs: needs, provider: provider)),
                let instance = containerInstances[instanceID]
            else { continue }
            var placed = ECSTask(
                id: task.id, arn: task.arn, clusterName: task.clusterName, clusterArn: task.clusterArn,
                definition: task.definition, launchType: task.launchType, capacityProviderName: provider,
                platformVersion: nil, cpu: task.cpu, memory: task.memory, group: task.group, startedBy: task.startedBy,
                overrides: task.overrides, tags: task.tags, enableExecuteCommand: task.enableExecuteCommand,
                availabilityZone: instance.availabilityZone, network: task.network, containerInstanceID: instance.id,
                containerInstanceArn: instance.arn, createdAt: task.createdAt, serviceName: task.serviceName,
                deploymentID: task.deploymentID, containers: task.containers, lastStatus: .pending)
            placed.version = task.version + 1
            placed.reservation = needs
            containerInstances[instanceID]?.used.cpu += needs.cpu
            containerInstances[instanceID]?.used.memory += needs.memory
            containerInstances[instanceID]?.used.tcpPorts += needs.tcpPorts
            containerInstances[instanceID]?.used.udpPorts += needs.udpPorts
            tasks[id] = placed
            emitTaskStateChange(id)
            startLifecycle(id)
        }
    }
}
