import JSONValue

/// DescribeAutoScalingInstances, TerminateInstanceInAutoScalingGroup, SetInstanceProtection.
extension AutoScalingBackend {
    func describeAutoScalingInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = EC2Backend.strings(input["InstanceIds"])
        var items: [JSON] = []
        for group in groups {
            for member in group.members where member.lifecycleState != "Terminated" {
                if !wanted.isEmpty && !wanted.contains(member.instanceID) { continue }
                var object = JSONObject()
                object["InstanceId"] = .string(member.instanceID)
                object["InstanceType"] = .string(member.instanceType)
                object["AutoScalingGroupName"] = .string(group.name)
                object["AvailabilityZone"] = .string(member.availabilityZone)
                object["LifecycleState"] = .string(member.lifecycleState)
                // This API spells health in capitals, unlike DescribeAutoScalingGroups.
                object["HealthStatus"] = .string(member.healthStatus.uppercased())
                object["LaunchTemplate"] = launchTemplateJSON(id: group.launchTemplateID, name: group.launchTemplateName,
                                                              version: member.launchTemplateVersion)
                object["ProtectedFromScaleIn"] = .bool(member.protectedFromScaleIn)
                items.append(.object(object))
            }
        }
        return try AutoScalingPaging.page(items, key: "AutoScalingInstances", input: input, defaultLimit: 50)
    }

    func groupOwning(_ instanceID: String) -> AutoScalingGroup? {
        groups.first { $0.members.contains { $0.instanceID == instanceID && $0.lifecycleState != "Terminated" } }
    }

    func terminateInstanceInAutoScalingGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let instanceID = input["InstanceId"].string ?? ""
        guard let group = groupOwning(instanceID),
            let member = group.members.first(where: { $0.instanceID == instanceID })
        else {
            throw AWSServiceError.autoScalingValidation("Instance Id not found - No managed instance found for instance ID: \(instanceID)")
        }
        let decrement = input["ShouldDecrementDesiredCapacity"].bool ?? false
        if decrement && group.desiredCapacity - 1 < group.minSize {
            throw AWSServiceError.autoScalingValidation("Currently, desiredSize equals minSize (\(group.minSize)). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.")
        }
        var cause = "At \(causeTime(simulation.now)) instance \(instanceID) was taken out of service in response to a user request"
        if decrement {
            cause += ", shrinking the capacity from \(group.desiredCapacity) to \(group.desiredCapacity - 1)."
            update(group.name) { $0.desiredCapacity -= 1 }
        } else {
            cause += "."
        }
        guard let current = self.group(group.name) else { return [:] }
        retire(member, in: current, cause: cause)
        scheduleReconcile(group.name)
        guard let activity = activities.last else { return [:] }
        return ["Activity": activityJSON(activity)]
    }

    func setInstanceProtection(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try existingGroup(input["AutoScalingGroupName"].string)
        let ids = EC2Backend.strings(input["InstanceIds"])
        for id in ids where !group.members.contains(where: { $0.instanceID == id }) {
            throw AWSServiceError.autoScalingValidation("The instance \(id) is not part of Auto Scaling group \(group.name).")
        }
        let protected = input["ProtectedFromScaleIn"].bool ?? false
        update(group.name) {
            for index in $0.members.indices where ids.contains($0.members[index].instanceID) {
                $0.members[index].protectedFromScaleIn = protected
            }
        }
        return [:]
    }

    /// The instances of a group that are in service (for ECS capacity providers).
    public func inServiceInstances(group name: String) -> [String] {
        group(name)?.members.filter { $0.lifecycleState == "InService" }.map(\.instanceID) ?? []
    }

    /// A group's ARN, for ECS capacity providers' `autoScalingGroupArn`.
    public func groupARN(name: String) -> String? { group(name)?.arn }

    /// The group an ARN or name refers to.
    public func groupName(forARNOrName reference: String) -> String? {
        groups.first { $0.arn == reference || $0.name == reference }?.name
    }
}
