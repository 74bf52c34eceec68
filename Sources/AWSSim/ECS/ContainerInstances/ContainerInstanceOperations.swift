import JSONValue

/// ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState,
/// DeregisterContainerInstance and the custom-attribute operations.
extension ECSBackend {
    func taskCounts(instance id: String) -> (running: Int, pending: Int) {
        var running = 0
        var pending = 0
        for taskID in taskOrder {
            guard let task = tasks[taskID], task.containerInstanceID == id else { continue }
            if task.lastStatus == .running { running += 1 } else if task.isActive, task.lastStatus.isPending { pending += 1 }
        }
        return (running, pending)
    }

    func instanceJSON(_ instance: ContainerInstance, includeTags: Bool = false) -> JSON {
        let counts = taskCounts(instance: instance.id)
        return instance.json(running: counts.running, pending: counts.pending, includeTags: includeTags)
    }

    /// A registered container instance of `cluster`, by ID or ARN.
    func containerInstance(_ reference: String, cluster: String) -> ContainerInstance? {
        guard let instance = containerInstances[ECSResourceName.lastSegment(reference)], instance.clusterName == cluster
        else { return nil }
        return instance
    }

    func listContainerInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let status = try request.enumValue(
            "status", allowed: ["ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED"])
        let query = try request.string("filter").map { text throws(AWSServiceError) in try ClusterQuery(text) }
        let placer = placer(for: cluster.name)
        let arns = containerInstanceOrder.compactMap { containerInstances[$0] }.filter { instance in
            guard instance.clusterName == cluster.name, instance.status != "INACTIVE" else { return false }
            if let status, instance.status != status { return false }
            if let query, !query.matches(placer.subject(instance)) { return false }
            return true
        }.map { JSON.string($0.arn) }
        return Pagination.page(arns, key: "containerInstanceArns", input: input)
    }

    func describeContainerInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard let references = try request.strings("containerInstances"), !references.isEmpty else {
            throw .ecsInvalidParameter("Container instances cannot be empty.")
        }
        guard references.count <= 100 else { throw .ecsInvalidParameter("Container instances can have at most 100 items.") }
        let includeTags = (try request.strings("include") ?? []).contains("TAGS")
        var found: [JSON] = []
        var failures: [JSON] = []
        for reference in references {
            if let instance = containerInstance(reference, cluster: cluster.name) {
                found.append(instanceJSON(instance, includeTags: includeTags))
            } else {
                failures.append(["arn": .string(reference.hasPrefix("arn:") ? reference
                        : context.arn("ecs", "container-instance/\(cluster.name)/\(reference)")), "reason": "MISSING"])
            }
        }
        return ["containerInstances": .array(found), "failures": .array(failures)]
    }

    func updateContainerInstancesState(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard let references = try request.strings("containerInstances"), !references.isEmpty else {
            throw .ecsInvalidParameter("Container instances cannot be empty.")
        }
        let status = try request.enumValue(
            "status", allowed: ["ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED"]) ?? ""
        guard status == "ACTIVE" || status == "DRAINING" else {
            throw .ecsInvalidParameter("Container instances can only be set to ACTIVE or DRAINING.")
        }
        var updated: [JSON] = []
        var failures: [JSON] = []
        for reference in references {
            guard let instance = containerInstance(reference, cluster: cluster.name), instance.status != "INACTIVE" else {
                failures.append(["arn": .string(reference.hasPrefix("arn:") ? reference
                        : context.arn("ecs", "container-instance/\(cluster.name)/\(reference)")), "reason": "MISSING"])
                continue
            }
            if instance.status != status {
                updateInstance(instance.id) {
                    $0.status = status
                    $0.version += 1
                }
                emitContainerInstanceStateChange(instance.id)
                if status == "DRAINING" { drain(instance.id) } else { capacityBecameAvailable(cluster: cluster.name) }
            }
            if let current = containerInstances[instance.id] { updated.append(instanceJSON(current)) }
        }
        return ["containerInstances": .array(updated), "failures": .array(failures)]
    }

    /// DRAINING: service tasks still pending on the instance stop at once; the services
    /// replace their running ones elsewhere. Standalone tasks are left alone.
    func drain(_ instanceID: String) {
        var affected: Set<String> = []
        for id in taskOrder {
            guard let task = tasks[id], task.containerInstanceID == instanceID, task.isActive,
                let service = task.serviceName
            else { continue }
            affected.insert("\(task.clusterName)/\(service)")
            if task.lastStatus.isPending, let deployment = task.deploymentID {
                beginStop(id, code: "ServiceSchedulerInitiated",
                          reason: "Scaling activity initiated by (deployment \(deployment))", initiator: .scheduler)
            }
        }
        for key in affected.sorted() { queueSchedulerPass(key, soon: true) }
    }

    func deregisterContainerInstance(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let reference = try request.requiredString("containerInstance")
        guard let instance = containerInstance(reference, cluster: cluster.name), instance.status != "INACTIVE" else {
            throw .ecsInvalidParameter("The referenced container instance was not found.")
        }
        let force = try request.bool("force") ?? false
        let hosted = taskOrder.filter { tasks[$0]?.containerInstanceID == instance.id && tasks[$0]?.isStopped == false }
        if !hosted.isEmpty, !force {
            throw .ecsInvalidParameter("Found running tasks on the instance. Stop the tasks or deregister with force.")
        }
        updateInstance(instance.id) {
            $0.status = "INACTIVE"
            $0.version += 1
        }
        for id in hosted { hostLost(taskID: id, reason: "Container instance \(instance.id) was deregistered.") }
        guard let current = containerInstances[instance.id] else { return [:] }
        return ["containerInstance": instanceJSON(current)]
    }

    // MARK: Custom attributes

    func putAttributes(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard let attributes = try request.objects("attributes"), !attributes.isEmpty else {
            throw .ecsInvalidParameter("Attributes cannot be empty.")
        }
        var echoed: [JSON] = []
        for attribute in attributes {
            let entry = ECSInput(attribute)
            let name = try entry.requiredString("name")
            guard name.count <= 128, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_./@".contains($0) }) else {
                throw .ecsInvalidParameter("Attribute name \(name) is invalid.")
            }
            let value = try entry.string("value")
            guard let target = try entry.string("targetId"),
                let instance = containerInstance(target, cluster: cluster.name), instance.status != "INACTIVE"
            else {
                throw AWSServiceError(code: "TargetNotFoundException",
                                      message: "Could not find container instance \(try entry.string("targetId") ?? "").")
            }
            updateInstance(instance.id) { instance in
                instance.customAttributes.removeAll { $0.name == name }
                instance.customAttributes.append((name, value))
            }
            var echo = JSONObject()
            echo["name"] = .string(name)
            echo["value"] = value.map(JSON.string)
            echo["targetId"] = .string(instance.arn)
            echoed.append(.object(echo))
        }
        return ["attributes": .array(echoed)]
    }

    func listAttributes(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard try request.enumValue("targetType", allowed: ["container-instance"]) != nil else {
            throw .ecsInvalidParameter("targetType can not be null.")
        }
        let name = try request.string("attributeName")
        let value = try request.string("attributeValue")
        var list: [JSON] = []
        for id in containerInstanceOrder {
            guard let instance = containerInstances[id], instance.clusterName == cluster.name, instance.status != "INACTIVE"
            else { continue }
            for attribute in instance.attributes {
                if let name, attribute.name != name { continue }
                if let value, attribute.value != value { continue }
                var entry = JSONObject()
                entry["name"] = .string(attribute.name)
                entry["value"] = attribute.value.map(JSON.string)
                entry["targetType"] = "container-instance"
                entry["targetId"] = .string(instance.arn)
                list.append(.object(entry))
            }
        }
        return Pagination.page(list, key: "attributes", input: input)
    }

    func deleteAttributes(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        guard let attributes = try request.objects("attributes"), !attributes.isEmpty else {
            throw .ecsInvalidParameter("Attributes cannot be empty.")
        }
        var echoed: [JSON] = []
        for attribute in attributes {
            let entry = ECSInput(attribute)
            let name = try entry.requiredString("name")
            guard let target = try entry.string("targetId"), let instance = containerInstance(target, cluster: cluster.name)
            else {
                throw AWSServiceError(code: "TargetNotFoundException",
                                      message: "Could not find container instance \(try entry.string("targetId") ?? "").")
            }
            updateInstance(instance.id) { $0.customAttributes.removeAll { $0.name == name } }
            echoed.append(["name": .string(name), "targetId": .string(instance.arn)])
        }
        return ["attributes": .array(echoed)]
    }
}
