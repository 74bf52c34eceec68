import JSONValue
import SimCore

/// CreateAutoScalingGroup, UpdateAutoScalingGroup, SetDesiredCapacity,
/// DescribeAutoScalingGroups, DeleteAutoScalingGroup.
extension AutoScalingBackend {
    func createAutoScalingGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let name = input["AutoScalingGroupName"].string, !name.isEmpty, name.count <= 255 else {
            throw AWSServiceError.autoScalingValidation("1 validation error detected: Value at 'autoScalingGroupName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        }
        if groups.contains(where: { $0.name == name }) {
            throw AWSServiceError(code: "AlreadyExists",
                                  message: "AutoScalingGroup by this name already exists - A group with the name \(name) already exists")
        }
        if input["LaunchConfigurationName"].string != nil {
            throw AWSServiceError.autoScalingValidation("Launch configuration name not found - Launch configuration \(input["LaunchConfigurationName"].string ?? "") not found")
        }
        if !input["MixedInstancesPolicy"].isNull || input["InstanceId"].string != nil {
            throw AWSServiceError.notSimulated("autoscaling", "CreateAutoScalingGroup with MixedInstancesPolicy or InstanceId")
        }
        guard !input["LaunchTemplate"].isNull else {
            throw AWSServiceError.autoScalingValidation("Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.")
        }
        let (templateID, templateName, version) = try validLaunchTemplate(input["LaunchTemplate"])
        let minSize = input["MinSize"].int ?? 0
        let maxSize = input["MaxSize"].int ?? 0
        let desired = input["DesiredCapacity"].int ?? minSize
        try checkBounds(min: minSize, max: maxSize, desired: desired)
        let (subnetIDs, zones) = try placement(vpcZoneIdentifier: input["VPCZoneIdentifier"].string,
                                               availabilityZones: EC2Backend.strings(input["AvailabilityZones"]))
        let healthCheckType = input["HealthCheckType"].string ?? "EC2"
        guard ["EC2", "ELB", "EBS", "VPC_LATTICE"].contains(healthCheckType) else {
            throw AWSServiceError.autoScalingValidation("Invalid health check type: \(healthCheckType)")
        }
        let tags = (input["Tags"].array ?? []).compactMap { tag -> AutoScalingGroup.Tag? in
            guard let key = tag["Key"].string else { return nil }
            return AutoScalingGroup.Tag(key: key, value: tag["Value"].string ?? "", propagateAtLaunch: tag["PropagateAtLaunch"].bool ?? false)
        }
        let uuid = simulation.random.stream("autoscaling-ids-\(context.region)").uuid()
        var group = AutoScalingGroup(
            name: name, arn: context.arn("autoscaling", "autoScalingGroup:\(uuid):autoScalingGroupName/\(name)"),
            launchTemplateID: templateID, launchTemplateName: templateName, launchTemplateVersion: version,
            minSize: minSize, maxSize: maxSize, desiredCapacity: desired,
            defaultCooldown: input["DefaultCooldown"].int ?? 300, subnetIDs: subnetIDs, availabilityZones: zones,
            healthCheckType: healthCheckType, healthCheckGracePeriod: input["HealthCheckGracePeriod"].int ?? 0,
            createdTime: simulation.now,
            terminationPolicies: EC2Backend.strings(input["TerminationPolicies"]).isEmpty
                ? ["Default"] : EC2Backend.strings(input["TerminationPolicies"]),
            newInstancesProtectedFromScaleIn: input["NewInstancesProtectedFromScaleIn"].bool ?? false,
            capacityRebalance: input["CapacityRebalance"].bool ?? false, tags: tags)
        group.pendingCause = "At \(causeTime(simulation.now)) a user request created an AutoScalingGroup changing the desired capacity from 0 to \(desired)."
        groups.append(group)
        iam?.ensureServiceLinkedRole(service: "autoscaling.amazonaws.com")
        scheduleReconcile(name)
        return [:]
    }

    /// The group's launch template, checked as Auto Scaling checks it against EC2.
    func validLaunchTemplate(_ spec: JSON) throws(AWSServiceError) -> (String, String, String) {
        let version = spec["Version"].string ?? "$Default"
        do throws(AWSServiceError) {
            let template = try ec2.launchTemplate(id: spec["LaunchTemplateId"].string, name: spec["LaunchTemplateName"].string)
            _ = try ec2.version(template, version)
            return (template.id, template.name, version)
        } catch {
            throw AWSServiceError.autoScalingValidation("You must use a valid fully-formed launch template. \(error.message)")
        }
    }

    func checkBounds(min: Int, max: Int, desired: Int) throws(AWSServiceError) {
        for (member, value) in [("minSize", min), ("maxSize", max), ("desiredCapacity", desired)] where value < 0 {
            throw AWSServiceError.autoScalingValidation("1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: Member must have value greater than or equal to 0")
        }
        if min > max {
            throw AWSServiceError.autoScalingValidation("Max bound, \(max), must be greater than or equal to min bound, \(min)")
        }
        if desired < min || desired > max {
            throw AWSServiceError.autoScalingValidation("Desired capacity:\(desired) must be between the specified min size:\(min) and max size:\(max)")
        }
    }

    /// Subnets from `VPCZoneIdentifier`, or the default subnets of the named zones.
    func placement(vpcZoneIdentifier: String?, availabilityZones: [String]) throws(AWSServiceError) -> ([String], [String]) {
        if let identifier = vpcZoneIdentifier, !identifier.isEmpty {
            let ids = identifier.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
            var zones: [String] = []
            var vpc: String?
            for id in ids {
                guard let subnet = ec2.subnets.first(where: { $0.id == id }) else {
                    throw AWSServiceError.autoScalingValidation("The subnet ID '\(id)' does not exist")
                }
                if let vpc, vpc != subnet.vpcID {
                    throw AWSServiceError.autoScalingValidation("The subnets '\(ids.joined(separator: ","))' must belong to the same VPC.")
                }
                vpc = subnet.vpcID
                if !zones.contains(subnet.availabilityZone) { zones.append(subnet.availabilityZone) }
            }
            return (ids, zones.sorted())
        }
        guard !availabilityZones.isEmpty else {
            throw AWSServiceError.autoScalingValidation("At least one Availability Zone or VPC Subnet is required.")
        }
        var ids: [String] = []
        for zone in availabilityZones {
            guard let subnet = ec2.subnets.first(where: { $0.availabilityZone == zone && $0.defaultForAZ }) else {
                throw AWSServiceError.autoScalingValidation("Invalid Availability Zone: \(zone)")
            }
            ids.append(subnet.id)
        }
        return (ids, availabilityZones.sorted())
    }

    func updateAutoScalingGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try existingGroup(input["AutoScalingGroupName"].string)
        var updated = group
        if !input["LaunchTemplate"].isNull {
            (updated.launchTemplateID, updated.launchTemplateName, updated.launchTemplateVersion) = try validLaunchTemplate(input["LaunchTemplate"])
        }
        if let min = input["MinSize"].int { updated.minSize = min }
        if let max = input["MaxSize"].int { updated.maxSize = max }
        if let desired = input["DesiredCapacity"].int {
            updated.desiredCapacity = desired
        } else {
            // New bounds pull the desired capacity along with them.
            updated.desiredCapacity = Swift.min(Swift.max(updated.desiredCapacity, updated.minSize), updated.maxSize)
        }
        try checkBounds(min: updated.minSize, max: updated.maxSize, desired: updated.desiredCapacity)
        if input["VPCZoneIdentifier"].string != nil || input["AvailabilityZones"].array != nil {
            (updated.subnetIDs, updated.availabilityZones) = try placement(
                vpcZoneIdentifier: input["VPCZoneIdentifier"].string,
                availabilityZones: EC2Backend.strings(input["AvailabilityZones"]))
        }
        if let type = input["HealthCheckType"].string { updated.healthCheckType = type }
        if let grace = input["HealthCheckGracePeriod"].int { updated.healthCheckGracePeriod = grace }
        if let cooldown = input["DefaultCooldown"].int { updated.defaultCooldown = cooldown }
        if let protected = input["NewInstancesProtectedFromScaleIn"].bool { updated.newInstancesProtectedFromScaleIn = protected }
        if let rebalance = input["CapacityRebalance"].bool { updated.capacityRebalance = rebalance }
        if updated.desiredCapacity != group.desiredCapacity {
            updated.pendingCause = "At \(causeTime(simulation.now)) a user request update of AutoScalingGroup constraints to min: \(updated.minSize), max: \(updated.maxSize), desired: \(updated.desiredCapacity) changing the desired capacity from \(group.desiredCapacity) to \(updated.desiredCapacity)."
        }
        update(group.name) { $0 = updated }
        scheduleReconcile(group.name)
        return [:]
    }

    func setDesiredCapacity(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try existingGroup(input["AutoScalingGroupName"].string)
        guard let desired = input["DesiredCapacity"].int else {
            throw AWSServiceError.autoScalingValidation("DesiredCapacity is required")
        }
        try setDesiredCapacity(group: group.name, to: desired)
        return [:]
    }

    /// Sets a group's desired capacity, as `set-desired-capacity` and ECS managed scaling do.
    public func setDesiredCapacity(group name: String, to desired: Int) throws(AWSServiceError) {
        let group = try existingGroup(name)
        if desired > group.maxSize {
            throw AWSServiceError.autoScalingValidation("New SetDesiredCapacity value \(desired) is above max value \(group.maxSize) for the AutoScalingGroup.")
        }
        if desired < group.minSize {
            throw AWSServiceError.autoScalingValidation("New SetDesiredCapacity value \(desired) is below min value \(group.minSize) for the AutoScalingGroup.")
        }
        guard desired != group.desiredCapacity else { return }
        update(name) {
            $0.pendingCause = "At \(causeTime(simulation.now)) a user request explicitly set group desired capacity changing the desired capacity from \($0.desiredCapacity) to \(desired)."
            $0.desiredCapacity = desired
        }
        scheduleReconcile(name)
    }

    func describeAutoScalingGroups(_ input: JSON) throws(AWSServiceError) -> JSON {
        let names = EC2Backend.strings(input["AutoScalingGroupNames"])
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for group in groups where names.isEmpty || names.contains(group.name) {
            let tags = group.tags.map { EC2Tag(key: $0.key, value: $0.value) }
            let passes = try EC2Filter.matches(filters, tags: tags) { _ in nil }
            if passes { items.append(groupJSON(group)) }
        }
        if let limit = input["MaxRecords"].int, !(1...100).contains(limit) {
            throw AWSServiceError.autoScalingValidation("1 validation error detected: Value '\(limit)' at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to 100")
        }
        return try AutoScalingPaging.page(items, key: "AutoScalingGroups", input: input, defaultLimit: 50)
    }

    func deleteAutoScalingGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try existingGroup(input["AutoScalingGroupName"].string)
        let force = input["ForceDelete"].bool ?? false
        if !group.members.isEmpty && !force {
            throw AWSServiceError(code: "ResourceInUse", message: "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.")
        }
        if group.members.isEmpty {
            groups.removeAll { $0.name == group.name }
            return [:]
        }
        let cause = "At \(causeTime(simulation.now)) a user request deleted the AutoScalingGroup changing the desired capacity from \(group.desiredCapacity) to 0."
        update(group.name) {
            $0.status = "Delete in progress"
            $0.desiredCapacity = 0
            $0.minSize = 0
            $0.maxSize = 0
            $0.pendingCause = cause
        }
        scheduleReconcile(group.name)
        return [:]
    }
}

/// Auto Scaling's list pagination: `MaxRecords` and an opaque `NextToken`.
enum AutoScalingPaging {
    static func page(_ items: [JSON], key: String, input: JSON, defaultLimit: Int) throws(AWSServiceError) -> JSON {
        var start = 0
        if let token = input["NextToken"].string {
            guard let offset = Pagination.decode(token), offset >= 0 else {
                throw AWSServiceError(code: "InvalidNextToken", message: "The token '\(token)' is invalid.")
            }
            start = offset
        }
        let limit = max(1, input["MaxRecords"].int ?? defaultLimit)
        start = min(start, items.count)
        let end = min(items.count, start + limit)
        var output = JSONObject()
        output[key] = .array(start < items.count ? Array(items[start..<end]) : [])
        if end < items.count { output["NextToken"] = .string(Pagination.encode(end)) }
        return .object(output)
    }
}
