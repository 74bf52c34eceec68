import JSONValue

/// CreateService, UpdateService, DeleteService, DescribeServices and ListServices.
extension ECSBackend {
    func serviceRoleArn() -> String {
        "arn:aws:iam::\(context.accountID):role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS"
    }

    /// Running and pending tasks per deployment of `service`.
    func deploymentCounts(_ service: ECSService) -> [String: (running: Int, pending: Int)] {
        var counts: [String: (running: Int, pending: Int)] = [:]
        for id in taskOrder {
            guard let task = tasks[id], task.clusterName == service.clusterName, task.serviceName == service.name,
                let deployment = task.deploymentID
            else { continue }
            var entry = counts[deployment] ?? (0, 0)
            if task.lastStatus == .running { entry.running += 1 }
            else if task.isActive, task.lastStatus.isPending { entry.pending += 1 }
            counts[deployment] = entry
        }
        return counts
    }

    func serviceJSON(_ service: ECSService, includeTags: Bool = true) -> JSON {
        service.json(counts: deploymentCounts(service), includeTags: includeTags)
    }

    func createService(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let name = try request.requiredString("serviceName")
        guard name.count <= 255, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw .ecsInvalidParameter("Service name can only contain letters (uppercase and lowercase), numbers, hyphens, and underscores, and must be 255 characters or fewer.")
        }
        if let existing = services["\(cluster.name)/\(name)"], existing.status != "INACTIVE" {
            throw .ecsInvalidParameter("Creation of service was not idempotent.")
        }
        if let controller = try request.object("deploymentController"),
            let type = try ECSInput(controller).string("type"), type != "ECS"
        {
            throw .notSimulated("ecs", "CreateService with the \(type) deployment controller")
        }
        if !(try request.objects("loadBalancers") ?? []).isEmpty {
            throw .notSimulated("ecs", "CreateService with loadBalancers (load balancing comes in a later issue)")
        }
        let scheduling = try request.enumValue("schedulingStrategy", allowed: ["REPLICA", "DAEMON"]) ?? "REPLICA"
        guard scheduling == "REPLICA" else { throw .notSimulated("ecs", "CreateService with the DAEMON scheduling strategy") }
        guard let reference = try request.string("taskDefinition"), !reference.isEmpty else {
            throw .ecsInvalidParameter("TaskDefinition must be specified.")
        }
        let definition = try launchableDefinition(reference)
        guard let desired = try request.int("desiredCount") else {
            throw .ecsInvalidParameter("The desired count must be specified for services using the REPLICA scheduling strategy.")
        }
        guard desired >= 0 else { throw .ecsInvalidParameter("Desired count must be greater than or equal to 0.") }

        let launchType = try request.enumValue("launchType", allowed: Self.launchTypes)
        if launchType != nil, !(try request.objects("capacityProviderStrategy") ?? []).isEmpty {
            throw .ecsInvalidParameter("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
        }
        var strategy = try CapacityProviderStrategyItem.parse(request.objects("capacityProviderStrategy") ?? [])
        if launchType != nil, !strategy.isEmpty {
            throw .ecsInvalidParameter("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
        }
        // A service without either takes the cluster's default strategy, or EC2.
        var effectiveLaunchType = launchType
        if launchType == nil, strategy.isEmpty {
            if cluster.defaultStrategy.isEmpty { effectiveLaunchType = "EC2" } else { strategy = cluster.defaultStrategy }
        }
        if !strategy.isEmpty { try checkStrategyProviders(strategy, clusterProviders: cluster.capacityProviders) }
        if let effectiveLaunchType, effectiveLaunchType != "EC2", effectiveLaunchType != "FARGATE" {
            throw .ecsInvalidParameter("The \(effectiveLaunchType) launch type is not simulated by Shipyard; use EC2 or FARGATE.")
        }
        let fargate = effectiveLaunchType == "FARGATE"
            || strategy.contains { CapacityProvider.fargateNames.contains($0.capacityProvider) }
        let target: LaunchTarget = fargate ? .fargate(capacityProvider: nil) : .ec2(capacityProvider: nil)
        var platformVersion = try request.string("platformVersion")
        try checkCompatibility(definition, target: target, platformVersion: platformVersion)
        if fargate, platformVersion == nil { platformVersion = "LATEST" }
        let network = try awsvpcSettings(request.object("networkConfiguration"), definition: definition, fargate: fargate)
        let constraints = try PlacementConstraintRule.parse(request.objects("placementConstraints") ?? [])
        let placementStrategy = try PlacementStrategyRule.parse(request.objects("placementStrategy") ?? [])
        if fargate, !constraints.isEmpty || !placementStrategy.isEmpty {
            throw .ecsInvalidParameter("Task placement constraints and strategies are not supported for the Fargate launch type.")
        }
        let configuration = try DeploymentConfiguration().updated(with: request.object("deploymentConfiguration"))
        let propagate = try request.enumValue("propagateTags", allowed: ["TASK_DEFINITION", "SERVICE", "NONE"]) ?? "NONE"
        let grace = try request.int("healthCheckGracePeriodSeconds") ?? 0

        let deploymentID = ids.deploymentID()
        let deployment = Deployment(
            id: deploymentID, status: "PRIMARY", taskDefinition: definition, desiredCount: 0, createdAt: simulation.now,
            updatedAt: simulation.now, launchType: effectiveLaunchType, capacityProviderStrategy: strategy,
            platformVersion: platformVersion, network: network,
            rolloutStateReason: "ECS deployment \(deploymentID) in progress.")
        let service = ECSService(
            name: name, arn: context.arn("ecs", "service/\(cluster.name)/\(name)"), clusterName: cluster.name,
            clusterArn: cluster.arn, desiredCount: desired, launchType: effectiveLaunchType,
            capacityProviderStrategy: strategy, platformVersion: platformVersion, taskDefinition: definition,
            deploymentConfiguration: configuration, deployments: [deployment],
            roleArn: network == nil ? nil : serviceRoleArn(), createdAt: simulation.now,
            placementConstraints: constraints, placementStrategy: placementStrategy, network: network,
            healthCheckGracePeriodSeconds: grace, schedulingStrategy: scheduling, tags: try request.tags(),
            createdBy: callerArn(), enableECSManagedTags: try request.bool("enableECSManagedTags") ?? false,
            propagateTags: propagate, enableExecuteCommand: try request.bool("enableExecuteCommand") ?? false,
            availabilityZoneRebalancing: try request.enumValue("availabilityZoneRebalancing", allowed: ["ENABLED", "DISABLED"])
                ?? "ENABLED")
        if services[service.key] == nil { serviceOrder.append(service.key) }
        services[service.key] = service
        emitDeploymentStateChange(service: service, deploymentID: deploymentID, name: "SERVICE_DEPLOYMENT_IN_PROGRESS",
                                  reason: "ECS deployment \(deploymentID) in progress.")
        queueSchedulerPass(service.key)
        return ["service": serviceJSON(service)]
    }

    /// An ACTIVE service by name or ARN.
    func activeService(_ reference: String, cluster: ECSCluster) throws(AWSServiceError) -> ECSService {
        let name = ECSResourceName.lastSegment(reference)
        if let inARN = ECSResourceName.clusterInARN(reference), reference.contains(":service/"),
            inARN != cluster.name, services["\(inARN)/\(name)"] == nil
        {
            throw .serviceNotFound
        }
        guard let service = services["\(cluster.name)/\(name)"] else { throw .serviceNotFound }
        guard service.status == "ACTIVE" else { throw .serviceNotActive }
        return service
    }

    func updateService(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        var service = try activeService(request.requiredString("service"), cluster: cluster)
        if !(try request.objects("loadBalancers") ?? []).isEmpty {
            throw .notSimulated("ecs", "UpdateService with loadBalancers (load balancing comes in a later issue)")
        }
        if let desired = try request.int("desiredCount") {
            guard desired >= 0 else { throw .ecsInvalidParameter("Desired count must be greater than or equal to 0.") }
            service.desiredCount = desired
        }
        service.deploymentConfiguration = try service.deploymentConfiguration.updated(
            with: request.object("deploymentConfiguration"))
        var newDeployment = try request.bool("forceNewDeployment") ?? false
        var definition = service.taskDefinition
        if let reference = try request.string("taskDefinition"), !reference.isEmpty {
            definition = try launchableDefinition(reference)
            if definition.arn != service.taskDefinition.arn { newDeployment = true }
        }
        var strategy = service.capacityProviderStrategy
        var launchType = service.launchType
        if let items = try request.objects("capacityProviderStrategy") {
            let parsed = try CapacityProviderStrategyItem.parse(items)
            if parsed.isEmpty {
                strategy = cluster.defaultStrategy
            } else {
                try checkStrategyProviders(parsed, clusterProviders: cluster.capacityProviders)
                strategy = parsed
            }
            if strategy != service.capacityProviderStrategy {
                guard newDeployment else {
                    throw .ecsInvalidParameter("Updating the capacity provider strategy requires a new deployment. Specify forceNewDeployment and try again.")
                }
                launchType = strategy.isEmpty ? launchType : nil
                newDeployment = true
            }
        }
        let fargate = launchType == "FARGATE" || strategy.contains { CapacityProvider.fargateNames.contains($0.capacityProvider) }
        var platformVersion = service.platformVersion
        if let requested = try request.string("platformVersion") {
            if requested != platformVersion { newDeployment = true }
            platformVersion = requested
        }
        try checkCompatibility(definition, target: fargate ? .fargate(capacityProvider: nil) : .ec2(capacityProvider: nil),
                               platformVersion: fargate ? platformVersion : nil)
        var network = service.network
        if let config = try request.object("networkConfiguration") {
            network = try awsvpcSettings(config, definition: definition, fargate: fargate)
            if network != service.network { newDeployment = true }
        } else if definition.effectiveNetworkMode == "awsvpc", network == nil {
            throw .ecsInvalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.")
        } else if definition.effectiveNetworkMode != "awsvpc" {
            network = nil
        }
        if let items = try request.objects("placementConstraints") {
            service.placementConstraints = try PlacementConstraintRule.parse(items)
            newDeployment = true
        }
        if let items = try request.objects("placementStrategy") {
            service.placementStrategy = try PlacementStrategyRule.parse(items)
            newDeployment = true
        }
        if let grace = try request.int("healthCheckGracePeriodSeconds") { service.healthCheckGracePeriodSeconds = grace }
        if let flag = try request.bool("enableExecuteCommand") { service.enableExecuteCommand = flag }
        if let flag = try request.bool("enableECSManagedTags") { service.enableECSManagedTags = flag }
        if let value = try request.enumValue("propagateTags", allowed: ["TASK_DEFINITION", "SERVICE", "NONE"]) {
            service.propagateTags = value
        }
        if let value = try request.enumValue("availabilityZoneRebalancing", allowed: ["ENABLED", "DISABLED"]) {
            service.availabilityZoneRebalancing = value
        }

        if newDeployment {
            let deploymentID = ids.deploymentID()
            for index in service.deployments.indices where service.deployments[index].status == "PRIMARY" {
                service.deployments[index].status = "ACTIVE"
                service.deployments[index].updatedAt = simulation.now
            }
            service.deployments.insert(Deployment(
                id: deploymentID, status: "PRIMARY", taskDefinition: definition, desiredCount: 0,
                createdAt: simulation.now, updatedAt: simulation.now, launchType: launchType,
                capacityProviderStrategy: strategy, platformVersion: platformVersion, network: network,
                rolloutStateReason: "ECS deployment \(deploymentID) in progress."), at: 0)
            service.taskDefinition = definition
            service.launchType = launchType
            service.capacityProviderStrategy = strategy
            service.platformVersion = platformVersion
            service.network = network
            service.roleArn = network == nil ? service.roleArn : serviceRoleArn()
            // A new deployment leaves the throttled state at once.
            service.consecutiveLaunchFailures = 0
            service.throttledUntil = nil
            service.recentWarnings = [:]
            service.steady = false
            emitDeploymentStateChange(service: service, deploymentID: deploymentID,
                                      name: "SERVICE_DEPLOYMENT_IN_PROGRESS",
                                      reason: "ECS deployment \(deploymentID) in progress.")
        }
        services[service.key] = service
        queueSchedulerPass(service.key)
        return ["service": serviceJSON(service)]
    }

    func deleteService(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let name = ECSResourceName.lastSegment(try request.requiredString("service"))
        guard var service = services["\(cluster.name)/\(name)"] else { throw .serviceNotFound }
        guard service.status != "INACTIVE" else { throw .serviceNotActive }
        if service.status == "DRAINING" { return ["service": serviceJSON(service)] }
        let force = try request.bool("force") ?? false
        if service.desiredCount > 0, !force {
            throw .ecsInvalidParameter("The service cannot be stopped while it is scaled above 0.")
        }
        service.status = "DRAINING"
        service.desiredCount = 0
        service.steady = false
        services[service.key] = service
        queueSchedulerPass(service.key, soon: true)
        return ["service": serviceJSON(service)]
    }

    func describeServices(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard let references = try request.strings("services"), !references.isEmpty else {
            throw .ecsInvalidParameter("Services cannot be empty.")
        }
        guard references.count <= 10 else { throw .ecsInvalidParameter("Services cannot contain more than 10 items.") }
        let includeTags = (try request.strings("include") ?? []).contains("TAGS")
        var found: [JSON] = []
        var failures: [JSON] = []
        for reference in references {
            let name = ECSResourceName.lastSegment(reference)
            if let service = services["\(cluster.name)/\(name)"] {
                found.append(serviceJSON(service, includeTags: includeTags))
            } else {
                failures.append(["arn": .string(context.arn("ecs", "service/\(cluster.name)/\(name)")), "reason": "MISSING"])
            }
        }
        return ["services": .array(found), "failures": .array(failures)]
    }

    func listServices(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let launchType = try request.enumValue("launchType", allowed: Self.launchTypes)
        let scheduling = try request.enumValue("schedulingStrategy", allowed: ["REPLICA", "DAEMON"])
        let arns = serviceOrder.compactMap { services[$0] }.filter {
            $0.clusterName == cluster.name && $0.status != "INACTIVE"
                && (launchType == nil || $0.launchType == launchType)
                && (scheduling == nil || $0.schedulingStrategy == scheduling)
        }.map { JSON.string($0.arn) }
        return Pagination.page(arns, key: "serviceArns", input: input, defaultLimit: 10)
    }
}
