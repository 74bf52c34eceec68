import JSONValue

/// CreateCluster, ListClusters, DescribeClusters, DeleteCluster, UpdateClusterSettings and
/// UpdateCluster.
extension ECSBackend {
    func counts(for cluster: ECSCluster) -> ECSClusterCounts {
        var counts = ECSClusterCounts()
        for id in containerInstanceOrder {
            guard let instance = containerInstances[id], instance.clusterName == cluster.name else { continue }
            if instance.status == "ACTIVE" || instance.status == "DRAINING" { counts.containerInstances += 1 }
        }
        for id in taskOrder {
            guard let task = tasks[id], task.clusterName == cluster.name else { continue }
            if task.lastStatus == .running {
                counts.running += 1
                if task.isFargate { counts.runningFargate += 1 } else { counts.runningEC2 += 1 }
            } else if task.lastStatus.isPending {
                counts.pending += 1
                if task.isFargate { counts.pendingFargate += 1 } else { counts.pendingEC2 += 1 }
            }
        }
        for key in serviceOrder {
            guard let service = services[key], service.clusterName == cluster.name else { continue }
            let fargate = service.launchType == "FARGATE"
                || service.capacityProviderStrategy.contains { CapacityProvider.fargateNames.contains($0.capacityProvider) }
            if service.status == "ACTIVE" {
                counts.services += 1
                if fargate { counts.activeFargateServices += 1 } else { counts.activeEC2Services += 1 }
            } else if service.status == "DRAINING" {
                if fargate { counts.drainingFargateServices += 1 } else { counts.drainingEC2Services += 1 }
            }
        }
        return counts
    }

    func createCluster(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let name = try request.string("clusterName") ?? "default"
        guard !name.isEmpty, name.count <= 255,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw AWSServiceError.ecsInvalidParameter(
                "Cluster name must be between 1 and 255 characters and can contain letters, numbers, underscores and hyphens.")
        }
        // Creating an existing active cluster returns it unchanged (the call is idempotent).
        if let existing = clusters[name], existing.status == "ACTIVE" {
            return ["cluster": existing.json(counts: counts(for: existing), include: [], always: true)]
        }
        var settings: [(name: String, value: String)] = [("containerInsights", "disabled")]
        for setting in try request.objects("settings") ?? [] {
            let (key, value) = try clusterSetting(setting)
            settings.removeAll { $0.name == key }
            settings.append((key, value))
        }
        let providers = (try request.strings("capacityProviders") ?? []).map(ECSResourceName.lastSegment)
        for provider in providers where capacityProvider(provider)?.status != "ACTIVE" {
            throw .ecsInvalidParameter("The specified capacity provider '\(provider)' is not in an ACTIVE state. Specify a valid capacity provider and try again.")
        }
        let strategy = try CapacityProviderStrategyItem.parse(request.objects("defaultCapacityProviderStrategy") ?? [])
        try checkStrategyProviders(strategy, clusterProviders: providers)
        var cluster = ECSCluster(
            name: name, arn: context.arn("ecs", "cluster/\(name)"), status: "ACTIVE", settings: settings,
            tags: try request.tags(), capacityProviders: providers, defaultStrategy: strategy,
            configuration: try request.object("configuration"),
            serviceConnectDefaults: try request.object("serviceConnectDefaults"))
        updateScalingAttachments(&cluster)
        if clusters[name] == nil { clusterOrder.append(name) }
        clusters[name] = cluster
        registerWaitingAgents(cluster: name)
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }

    private func clusterSetting(_ json: JSON) throws(AWSServiceError) -> (String, String) {
        let entry = ECSInput(json)
        guard let name = try entry.enumValue("name", allowed: ["containerInsights"]) else {
            throw .ecsInvalidParameter("Cluster setting name must be specified.")
        }
        guard let value = try entry.string("value"), ["enabled", "disabled", "enhanced"].contains(value) else {
            throw .ecsInvalidParameter("Invalid value for containerInsights. Valid values are: enabled, disabled, enhanced.")
        }
        return (name, value)
    }

    func listClusters(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arns = clusterOrder.compactMap { clusters[$0] }.filter { $0.status == "ACTIVE" }.map { JSON.string($0.arn) }
        return Pagination.page(arns, key: "clusterArns", input: input)
    }

    func describeClusters(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let requested = try request.strings("clusters") ?? []
        let include = Set(try request.strings("include") ?? [])
        var found: [JSON] = []
        var failures: [JSON] = []
        for reference in requested.isEmpty ? ["default"] : requested {
            let name = clusterName(reference)
            if let cluster = clusters[name] {
                found.append(cluster.json(counts: counts(for: cluster), include: include, always: false))
            } else {
                failures.append(["arn": .string(context.arn("ecs", "cluster/\(name)")), "reason": "MISSING"])
            }
        }
        return ["clusters": .array(found), "failures": .array(failures)]
    }

    func deleteCluster(_ input: JSON) throws(AWSServiceError) -> JSON {
        var cluster = try activeCluster(ECSInput(input).string("cluster"))
        if serviceOrder.contains(where: { services[$0]?.clusterName == cluster.name && services[$0]?.status != "INACTIVE" }) {
            throw AWSServiceError(code: "ClusterContainsServicesException",
                                  message: "The Cluster cannot be deleted while Services are active.")
        }
        if containerInstanceOrder.contains(where: {
            containerInstances[$0]?.clusterName == cluster.name
                && ["ACTIVE", "DRAINING"].contains(containerInstances[$0]?.status ?? "")
        }) {
            throw AWSServiceError(code: "ClusterContainsContainerInstancesException",
                                  message: "The Cluster cannot be deleted while Container Instances are active or draining.")
        }
        if taskOrder.contains(where: { tasks[$0]?.clusterName == cluster.name && tasks[$0]?.isStopped == false }) {
            throw AWSServiceError(code: "ClusterContainsTasksException",
                                  message: "The Cluster cannot be deleted while Tasks are active.")
        }
        cluster.status = "INACTIVE"
        cluster.attachments = []
        cluster.attachmentsStatus = nil
        clusters[cluster.name] = cluster
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }

    func updateClusterSettings(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        var cluster = try activeCluster(request.requiredString("cluster"))
        guard let settings = try request.objects("settings") else {
            throw .ecsInvalidParameter("settings can not be null.")
        }
        for setting in settings {
            let (key, value) = try clusterSetting(setting)
            if let index = cluster.settings.firstIndex(where: { $0.name == key }) {
                cluster.settings[index].value = value
            } else {
                cluster.settings.append((key, value))
            }
        }
        clusters[cluster.name] = cluster
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }

    func updateCluster(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        var cluster = try activeCluster(request.requiredString("cluster"))
        for setting in try request.objects("settings") ?? [] {
            let (key, value) = try clusterSetting(setting)
            if let index = cluster.settings.firstIndex(where: { $0.name == key }) {
                cluster.settings[index].value = value
            } else {
                cluster.settings.append((key, value))
            }
        }
        if let configuration = try request.object("configuration") { cluster.configuration = configuration }
        if let defaults = try request.object("serviceConnectDefaults") { cluster.serviceConnectDefaults = defaults }
        clusters[cluster.name] = cluster
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }
}
