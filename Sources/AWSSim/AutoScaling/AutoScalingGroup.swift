import JSONValue
import SimCore

/// An Auto Scaling group: bounds, a desired capacity, a launch template and subnets, and the
/// instances it owns.
struct AutoScalingGroup {
    struct Member {
        var instanceID: String
        var instanceType: String
        var availabilityZone: String
        var subnetID: String
        /// `Pending`, `InService`, `Terminating`, `Terminated`.
        var lifecycleState: String
        var healthStatus = "Healthy"
        var launchTemplateVersion: String
        var protectedFromScaleIn: Bool
        var launchedAt: SimTime
        /// The activity that launched or is terminating it.
        var activityID: String?
    }

    struct Tag {
        var key: String
        var value: String
        var propagateAtLaunch: Bool
    }

    var name: String
    var arn: String
    var launchTemplateID: String
    var launchTemplateName: String
    /// As given: `$Default` (when omitted), `$Latest` or a number.
    var launchTemplateVersion: String
    var minSize: Int
    var maxSize: Int
    var desiredCapacity: Int
    var defaultCooldown: Int
    var subnetIDs: [String]
    var availabilityZones: [String]
    var healthCheckType: String
    var healthCheckGracePeriod: Int
    var createdTime: SimTime
    var terminationPolicies: [String]
    var newInstancesProtectedFromScaleIn: Bool
    var capacityRebalance: Bool
    var tags: [Tag]
    var members: [Member] = []
    /// Set while a forced delete runs (`Delete in progress`).
    var status: String?
    /// Consecutive launch failures, for the retry back-off.
    var launchFailures = 0
    var reconcileScheduled = false
    /// The cause of the capacity change being acted on, for the next activity.
    var pendingCause: String?

    var active: [Member] { members.filter { $0.lifecycleState != "Terminating" && $0.lifecycleState != "Terminated" } }
}

extension AutoScalingBackend {
    func launchTemplateJSON(id: String, name: String, version: String) -> JSON {
        ["LaunchTemplateId": .string(id), "LaunchTemplateName": .string(name), "Version": .string(version)]
    }

    func groupJSON(_ group: AutoScalingGroup) -> JSON {
        var object = JSONObject()
        object["AutoScalingGroupName"] = .string(group.name)
        object["AutoScalingGroupARN"] = .string(group.arn)
        object["LaunchTemplate"] = launchTemplateJSON(id: group.launchTemplateID, name: group.launchTemplateName,
                                                      version: group.launchTemplateVersion)
        object["MinSize"] = .int(group.minSize)
        object["MaxSize"] = .int(group.maxSize)
        object["DesiredCapacity"] = .int(group.desiredCapacity)
        object["DefaultCooldown"] = .int(group.defaultCooldown)
        object["AvailabilityZones"] = .array(group.availabilityZones.map(JSON.string))
        object["LoadBalancerNames"] = []
        object["TargetGroupARNs"] = []
        object["HealthCheckType"] = .string(group.healthCheckType)
        object["HealthCheckGracePeriod"] = .int(group.healthCheckGracePeriod)
        object["Instances"] = .array(group.members.filter { $0.lifecycleState != "Terminated" }.map { member in
            var instance = JSONObject()
            instance["InstanceId"] = .string(member.instanceID)
            instance["InstanceType"] = .string(member.instanceType)
            instance["AvailabilityZone"] = .string(member.availabilityZone)
            instance["LifecycleState"] = .string(member.lifecycleState)
            instance["HealthStatus"] = .string(member.healthStatus)
            instance["LaunchTemplate"] = launchTemplateJSON(id: group.launchTemplateID, name: group.launchTemplateName,
                                                            version: member.launchTemplateVersion)
            instance["ProtectedFromScaleIn"] = .bool(member.protectedFromScaleIn)
            return .object(instance)
        })
        object["CreatedTime"] = EpochJSON.millis(group.createdTime)
        object["SuspendedProcesses"] = []
        object["VPCZoneIdentifier"] = .string(group.subnetIDs.joined(separator: ","))
        object["EnabledMetrics"] = []
        if let status = group.status { object["Status"] = .string(status) }
        object["Tags"] = .array(group.tags.map { tagJSON($0, group: group.name) })
        object["TerminationPolicies"] = .array(group.terminationPolicies.map(JSON.string))
        object["NewInstancesProtectedFromScaleIn"] = .bool(group.newInstancesProtectedFromScaleIn)
        object["ServiceLinkedRoleARN"] = .string("arn:aws:iam::\(context.accountID):role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling")
        object["CapacityRebalance"] = .bool(group.capacityRebalance)
        object["TrafficSources"] = []
        object["AvailabilityZoneDistribution"] = ["CapacityDistributionStrategy": "balanced-best-effort"]
        return .object(object)
    }

    func tagJSON(_ tag: AutoScalingGroup.Tag, group: String) -> JSON {
        ["ResourceId": .string(group), "ResourceType": "auto-scaling-group", "Key": .string(tag.key),
         "Value": .string(tag.value), "PropagateAtLaunch": .bool(tag.propagateAtLaunch)]
    }
}
