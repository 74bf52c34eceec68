import JSONValue

/// CreateCapacityProvider, DescribeCapacityProviders, UpdateCapacityProvider,
/// DeleteCapacityProvider and PutClusterCapacityProviders.
extension ECSBackend {
    func builtinCapacityProvider(_ name: String) -> CapacityProvider {
        CapacityProvider(name: name, arn: context.arn("ecs", "capacity-provider/\(name)"), status: "ACTIVE",
                         type: name, autoScalingGroupArn: nil, managedScaling: nil, managedTerminationProtection: nil,
                         managedDraining: nil, updateStatus: nil, tags: [])
    }

    /// A provider by name or ARN: built-in or created.
    func capacityProvider(_ reference: String) -> CapacityProvider? {
        let name = ECSResourceName.lastSegment(reference)
        if CapacityProvider.fargateNames.contains(name) { return builtinCapacityProvider(name) }
        return capacityProviders[name]
    }

    func createCapacityProvider(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let name = try request.requiredString("name")
        let lowered = name.lowercased()
        guard name.count <= 255,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
            !lowered.hasPrefix("aws"), !lowered.hasPrefix("ecs"), !lowered.hasPrefix("fargate")
        else {
            throw .ecsClient("The specified capacity provider name is invalid. Up to 255 characters are allowed, including letters (upper and lowercase), numbers, underscores, and hyphens. The name cannot be prefixed with \"aws\", \"ecs\", or \"fargate\".")
        }
        guard capacityProviders[name] == nil || capacityProviders[name]?.status == "INACTIVE" else {
            throw .ecsClient("The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.")
        }
        guard let groupInput = try request.object("autoScalingGroupProvider") else {
            if try request.object("managedInstancesProvider") != nil {
                throw .notSimulated("ecs", "CreateCapacityProvider with managedInstancesProvider")
            }
            throw .ecsInvalidParameter("An Auto Scaling group provider must be specified.")
        }
        let group = ECSInput(groupInput)
        let groupArn = try group.requiredString("autoScalingGroupArn")
        guard groupArn.hasPrefix("arn:aws:autoscaling:"), groupArn.contains(":autoScalingGroupName/") else {
            throw .ecsClient("The specified Auto Scaling group ARN is invalid. Specify a valid Auto Scaling group ARN and try again.")
        }
        if capacityProviders.values.contains(where: { $0.status == "ACTIVE" && $0.autoScalingGroupArn == groupArn }) {
            throw .ecsClient("The specified Auto Scaling group ARN is already being used by another capacity provider. Specify a unique Auto Scaling group ARN and try again.")
        }
        let scaling = try managedScaling(group.object("managedScaling"), existing: nil)
        let protection = try group.enumValue("managedTerminationProtection", allowed: ["ENABLED", "DISABLED"]) ?? "DISABLED"
        if protection == "ENABLED", scaling.status != "ENABLED" {
            throw .ecsClient("The managed termination protection setting for the capacity provider is invalid. To enable managed termination protection for a capacity provider, managed scaling must be enabled.")
        }
        let provider = CapacityProvider(
            name: name, arn: context.arn("ecs", "capacity-provider/\(name)"), status: "ACTIVE", type: "EC2_AUTOSCALING",
            autoScalingGroupArn: groupArn, managedScaling: scaling, managedTerminationProtection: protection,
            managedDraining: try group.enumValue("managedDraining", allowed: ["ENABLED", "DISABLED"]) ?? "ENABLED",
            updateStatus: nil, tags: try request.tags())
        if capacityProviders[name] == nil { capacityProviderOrder.append(name) }
        capacityProviders[name] = provider
        // Instances of this group that registered before the provider existed now belong to it.
        for id in containerInstanceOrder where containerInstances[id]?.autoScalingGroupName == provider.autoScalingGroupName {
            containerInstances[id]?.capacityProviderName = name
        }
        return ["capacityProvider": provider.json(includeTags: true)]
    }

    private func managedScaling(_ json: JSON?, existing: CapacityProvider.ManagedScaling?)
        throws(AWSServiceError) -> CapacityProvider.ManagedScaling
    {
        var scaling = existing ?? .init(status: "DISABLED", targetCapacity: 100, minimumScalingStepSize: 1,
                                        maximumScalingStepSize: 10000, instanceWarmupPeriod: 300)
        guard let json else { return scaling }
        let input = ECSInput(json)
        scaling.status = try input.enumValue("status", allowed: ["ENABLED", "DISABLED"]) ?? scaling.status
        if let target = try input.int("targetCapacity") {
            guard (1...100).contains(target) else {
                throw .ecsClient("The specified target capacity is invalid. The target capacity must be between 1 and 100.")
            }
            scaling.targetCapacity = target
        }
        scaling.minimumScalingStepSize = try input.int("minimumScalingStepSize") ?? scaling.minimumScalingStepSize
        scaling.maximumScalingStepSize = try input.int("maximumScalingStepSize") ?? scaling.maximumScalingStepSize
        scaling.instanceWarmupPeriod = try input.int("instanceWarmupPeriod") ?? scaling.instanceWarmupPeriod
        return scaling
    }

    func describeCapacityProviders(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let includeTags = (try request.strings("include") ?? []).contains("TAGS")
        var found: [JSON] = []
        var failures: [JSON] = []
        if let names = try request.strings("capacityProviders"), !names.isEmpty {
            for reference in names {
                if let provider = capacityProvider(reference) {
                    found.append(provider.json(includeTags: includeTags))
                } else {
                    let name = ECSResourceName.lastSegment(reference)
                    failures.append(["arn": .string(context.arn("ecs", "capacity-provider/\(name)")), "reason": "MISSING"])
                }
            }
            return ["capacityProviders": .array(found), "failures": .array(failures)]
        }
        let all = capacityProviderOrder.compactMap { capacityProviders[$0] }.filter { $0.status == "ACTIVE" }
            + CapacityProvider.fargateNames.map(builtinCapacityProvider)
        var page = Pagination.page(all.map { $0.json(includeTags: includeTags) }, key: "capacityProviders",
                                   input: input, defaultLimit: 10)
        page["failures"] = .array([])
        if let token = page["nextToken"].string {
            page.remove("nextToken")
            page["nextToken"] = .string(token)
        }
        return page
    }

    func updateCapacityProvider(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let name = ECSResourceName.lastSegment(try request.requiredString("name"))
        guard var provider = capacityProviders[name], provider.status == "ACTIVE" else {
            throw .ecsClient("The specified capacity provider does not exist. Specify a valid name or ARN and try again.")
        }
        if let groupInput = try request.object("autoScalingGroupProvider") {
            let group = ECSInput(groupInput)
            provider.managedScaling = try managedScaling(group.object("managedScaling"), existing: provider.managedScaling)
            provider.managedTerminationProtection = try group.enumValue(
                "managedTerminationProtection", allowed: ["ENABLED", "DISABLED"]) ?? provider.managedTerminationProtection
            provider.managedDraining = try group.enumValue("managedDraining", allowed: ["ENABLED", "DISABLED"])
                ?? provider.managedDraining
        }
        provider.updateStatus = "UPDATE_COMPLETE"
        capacityProviders[name] = provider
        return ["capacityProvider": provider.json(includeTags: false)]
    }

    func deleteCapacityProvider(_ input: JSON) throws(AWSServiceError) -> JSON {
        let reference = try ECSInput(input).requiredString("capacityProvider")
        let name = ECSResourceName.lastSegment(reference)
        if CapacityProvider.fargateNames.contains(name) {
            throw .ecsInvalidParameter("The specified capacity provider is reserved and cannot be deleted.")
        }
        guard var provider = capacityProviders[name], provider.status == "ACTIVE" else {
            throw .ecsClient("The specified capacity provider does not exist. Specify a valid name or ARN and try again.")
        }
        if clusterOrder.contains(where: { clusters[$0]?.status == "ACTIVE" && clusters[$0]?.capacityProviders.contains(name) == true }) {
            throw .ecsResourceInUse("The specified capacity provider is in use and cannot be deleted. Remove it from the cluster's capacity providers and try again.")
        }
        provider.status = "INACTIVE"
        provider.updateStatus = "DELETE_COMPLETE"
        capacityProviders[name] = provider
        var output = provider.json(includeTags: false)
        output["updateStatus"] = "DELETE_IN_PROGRESS"
        output["status"] = "ACTIVE"
        return ["capacityProvider": output]
    }

    func putClusterCapacityProviders(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        var cluster = try activeCluster(request.string("cluster"))
        guard let names = try request.strings("capacityProviders") else {
            throw .ecsInvalidParameter("capacityProviders can not be null.")
        }
        let strategy = try CapacityProviderStrategyItem.parse(request.objects("defaultCapacityProviderStrategy") ?? [])
        var resolved: [String] = []
        for reference in names {
            let name = ECSResourceName.lastSegment(reference)
            guard let provider = capacityProvider(name), provider.status == "ACTIVE" else {
                throw .ecsInvalidParameter("The specified capacity provider '\(name)' is not in an ACTIVE state. Specify a valid capacity provider and try again.")
            }
            if !provider.isFargate, let other = clusterOrder.first(where: {
                $0 != cluster.name && clusters[$0]?.status == "ACTIVE" && clusters[$0]?.capacityProviders.contains(name) == true
            }) {
                throw .ecsResourceInUse("The specified capacity provider '\(name)' is already associated with the cluster '\(other)'. A capacity provider can only be associated with one cluster.")
            }
            if !resolved.contains(name) { resolved.append(name) }
        }
        try checkStrategyProviders(strategy, clusterProviders: resolved)
        for removed in cluster.capacityProviders where !resolved.contains(removed) {
            let inUse = serviceOrder.compactMap { services[$0] }.contains {
                $0.clusterName == cluster.name && $0.status != "INACTIVE"
                    && $0.capacityProviderStrategy.contains { $0.capacityProvider == removed }
            }
            if inUse {
                throw .ecsResourceInUse("The specified capacity provider '\(removed)' is in use and cannot be removed.")
            }
        }
        cluster.capacityProviders = resolved
        cluster.defaultStrategy = strategy
        updateScalingAttachments(&cluster)
        clusters[cluster.name] = cluster
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }

    /// A strategy may only name providers associated with the cluster, and may not mix Fargate
    /// with Auto Scaling group providers.
    func checkStrategyProviders(_ strategy: [CapacityProviderStrategyItem], clusterProviders: [String])
        throws(AWSServiceError)
    {
        for item in strategy where !clusterProviders.contains(item.capacityProvider) {
            throw .ecsInvalidParameter("The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.")
        }
        let kinds = Set(strategy.map { CapacityProvider.fargateNames.contains($0.capacityProvider) })
        if kinds.count > 1 {
            throw .ecsInvalidParameter("The specified capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.")
        }
    }

    /// Managed scaling creates a target-tracking policy on each provider's group; the cluster
    /// lists it as an `as_policy` attachment while the change settles.
    func updateScalingAttachments(_ cluster: inout ECSCluster) {
        var changed = false
        for name in cluster.capacityProviders {
            guard let provider = capacityProviders[name], provider.managedScaling?.status == "ENABLED",
                !cluster.attachments.contains(where: { $0.capacityProviderName == name && $0.status == "ACTIVE" })
            else { continue }
            cluster.attachments.append(ClusterAttachment(
                id: ids.uuid(), status: "ACTIVE", capacityProviderName: name,
                scalingPolicyName: "ECSManagedAutoScalingPolicy-\(ids.uuid())"))
            changed = true
        }
        for index in cluster.attachments.indices where !cluster.capacityProviders.contains(cluster.attachments[index].capacityProviderName) {
            if cluster.attachments[index].status != "DELETING" {
                cluster.attachments[index].status = "DELETING"
                changed = true
            }
        }
        guard changed else { return }
        cluster.attachmentsStatus = "UPDATE_IN_PROGRESS"
        let name = cluster.name
        simulation.schedule(after: .seconds(in: 8...15, from: timing)) { [weak self] in
            guard let self, var settled = self.clusters[name] else { return }
            settled.attachments.removeAll { $0.status == "DELETING" }
            settled.attachmentsStatus = "UPDATE_COMPLETE"
            self.clusters[name] = settled
        }
    }
}
