import JSONValue

/// RunTask, StartTask, DescribeTasks, ListTasks and StopTask.
extension ECSBackend {
    static let launchTypes = ["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"]

    func runTask(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let definition = try launchableDefinition(request.requiredString("taskDefinition"))
        let count = try request.int("count") ?? 1
        guard (1...10).contains(count) else {
            throw .ecsInvalidParameter("The count parameter must be between 1 and 10.")
        }
        let launchType = try request.enumValue("launchType", allowed: Self.launchTypes)
        if launchType != nil, !(try request.objects("capacityProviderStrategy") ?? []).isEmpty {
            throw .ecsInvalidParameter("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
        }
        let strategy = try CapacityProviderStrategyItem.parse(request.objects("capacityProviderStrategy") ?? [])
        let targets = try launchTargets(cluster: cluster, launchType: launchType, strategy: strategy, count: count)
        let platformVersion = try request.string("platformVersion")
        for target in Set(targets.map(\.launchType)) {
            try checkCompatibility(definition, target: target == "FARGATE" ? .fargate(capacityProvider: nil)
                                   : .ec2(capacityProvider: nil), platformVersion: platformVersion)
        }
        let fargate = targets.contains { $0.launchType == "FARGATE" }
        let network = try awsvpcSettings(request.object("networkConfiguration"), definition: definition, fargate: fargate)
        let overrides = try TaskOverrides(request.object("overrides"), definition: definition)
        if fargate, let cpu = overrides.cpu ?? definition.cpu, let memory = overrides.memory ?? definition.memory,
            !FargateTaskSizes.isValid(cpu: cpu, memory: memory)
        {
            throw .ecsInvalidParameter("No Fargate configuration exists for given values: \(cpu) CPU, \(memory) memory. See the Amazon ECS documentation for the valid values.")
        }
        let startedBy = try request.string("startedBy")
        if let startedBy, startedBy.count > 128 {
            throw .ecsInvalidParameter("startedBy must be 128 characters or fewer.")
        }
        let group = try request.string("group") ?? "family:\(definition.family)"
        let constraints = try PlacementConstraintRule.parse(request.objects("placementConstraints") ?? [])
        let placementStrategy = try PlacementStrategyRule.parse(request.objects("placementStrategy") ?? [])
        if fargate, !constraints.isEmpty || !placementStrategy.isEmpty {
            throw .ecsInvalidParameter("Task placement constraints and strategies are not supported for the Fargate launch type.")
        }
        if targets.allSatisfy({ $0.launchType == "EC2" && $0.capacityProvider == nil }),
            !containerInstanceOrder.contains(where: {
                containerInstances[$0]?.clusterName == cluster.name && containerInstances[$0]?.status == "ACTIVE"
            })
        {
            throw .ecsInvalidParameter("No Container Instances were found in your cluster.")
        }
        let spec = TaskSpec(
            cluster: cluster, definition: definition, platformVersion: platformVersion, network: network,
            overrides: overrides, group: group, startedBy: startedBy, constraints: constraints,
            strategy: placementStrategy, tags: try request.tags(),
            enableExecuteCommand: try request.bool("enableExecuteCommand") ?? false, serviceName: nil, deploymentID: nil)
        let result = launch(spec, targets: targets)
        return ["tasks": .array(result.taskIDs.compactMap { tasks[$0]?.json }), "failures": .array(result.failures)]
    }

    /// StartTask: the caller picks the container instances (EC2 only).
    func startTask(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let definition = try launchableDefinition(request.requiredString("taskDefinition"))
        guard let references = try request.strings("containerInstances"), !references.isEmpty else {
            throw .ecsInvalidParameter("containerInstances can not be empty.")
        }
        guard references.count <= 10 else {
            throw .ecsInvalidParameter("containerInstances can have at most 10 items.")
        }
        let network = try awsvpcSettings(request.object("networkConfiguration"), definition: definition, fargate: false)
        let overrides = try TaskOverrides(request.object("overrides"), definition: definition)
        var spec = TaskSpec(
            cluster: cluster, definition: definition, platformVersion: nil, network: network, overrides: overrides,
            group: try request.string("group") ?? "family:\(definition.family)", startedBy: try request.string("startedBy"),
            constraints: [], strategy: [], tags: try request.tags(),
            enableExecuteCommand: try request.bool("enableExecuteCommand") ?? false, serviceName: nil, deploymentID: nil)
        var launched: [JSON] = []
        var failures: [JSON] = []
        for reference in references {
            let id = ECSResourceName.lastSegment(reference)
            guard let instance = containerInstances[id], instance.clusterName == cluster.name,
                instance.status != "INACTIVE"
            else {
                failures.append(["arn": .string(context.arn("ecs", "container-instance/\(cluster.name)/\(id)")),
                                 "reason": "MISSING"])
                continue
            }
            spec.constraints = [PlacementConstraintRule(
                type: "memberOf", expression: "ec2InstanceId == \(instance.ec2InstanceID)",
                query: try ClusterQuery("ec2InstanceId == \(instance.ec2InstanceID)"))]
            let result = launch(spec, targets: [.ec2(capacityProvider: nil)])
            launched += result.taskIDs.compactMap { tasks[$0]?.json }
            failures += result.failures.filter { $0["arn"].string == instance.arn }
        }
        return ["tasks": .array(launched), "failures": .array(failures)]
    }

    /// A task by ID or ARN, in `cluster`.
    func task(_ reference: String, cluster: String) -> ECSTask? {
        let id = ECSResourceName.lastSegment(reference)
        guard let task = tasks[id], task.clusterName == cluster else { return nil }
        return task
    }

    func describeTasks(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard let references = try request.strings("tasks"), !references.isEmpty else {
            throw .ecsInvalidParameter("Tasks cannot be empty.")
        }
        guard references.count <= 100 else { throw .ecsInvalidParameter("Tasks can have at most 100 items.") }
        let includeTags = (try request.strings("include") ?? []).contains("TAGS")
        var found: [JSON] = []
        var failures: [JSON] = []
        for reference in references {
            if let task = task(reference, cluster: cluster.name) {
                var json = task.json
                if !includeTags { json["tags"] = .array([]) }
                found.append(json)
            } else {
                let arn = reference.hasPrefix("arn:") ? reference
                    : context.arn("ecs", "task/\(cluster.name)/\(reference)")
                failures.append(["arn": .string(arn), "reason": "MISSING"])
            }
        }
        return ["tasks": .array(found), "failures": .array(failures)]
    }

    func listTasks(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let desired = try request.enumValue("desiredStatus", allowed: ["RUNNING", "PENDING", "STOPPED"]) ?? "RUNNING"
        let family = try request.string("family")
        let startedBy = try request.string("startedBy")
        let launchType = try request.enumValue("launchType", allowed: Self.launchTypes)
        var instanceID: String?
        if let reference = try request.string("containerInstance") {
            let id = ECSResourceName.lastSegment(reference)
            guard containerInstances[id]?.clusterName == cluster.name else {
                throw .ecsInvalidParameter("The referenced container instance was not found.")
            }
            instanceID = id
        }
        var serviceName: String?
        if let reference = try request.string("serviceName") {
            let name = ECSResourceName.lastSegment(reference)
            guard services["\(cluster.name)/\(name)"] != nil else { throw .serviceNotFound }
            serviceName = name
        }
        var arns: [JSON] = []
        for id in taskOrder {
            guard let task = tasks[id], task.clusterName == cluster.name else { continue }
            let status = task.desiredStatus
            guard desired == "PENDING" ? (task.isActive && task.lastStatus.isPending) : status == desired else { continue }
            if let family, task.family != family { continue }
            if let startedBy, task.startedBy != startedBy { continue }
            if let launchType, task.launchType != launchType { continue }
            if let instanceID, task.containerInstanceID != instanceID { continue }
            if let serviceName, task.serviceName != serviceName { continue }
            arns.append(.string(task.arn))
        }
        return Pagination.page(arns, key: "taskArns", input: input)
    }

    func stopTask(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let reference = try request.requiredString("task")
        guard let found = task(reference, cluster: cluster.name) else {
            throw .ecsInvalidParameter("The referenced task was not found.")
        }
        let reason = try request.string("reason")
        if let reason, reason.count > 255 {
            throw .ecsInvalidParameter("The reason must be 255 characters or fewer.")
        }
        beginStop(found.id, code: "UserInitiated", reason: reason ?? "Task stopped by user", initiator: .user)
        return ["task": tasks[found.id]?.json ?? found.json]
    }
}
