import JSONValue
import SimCore

/// Amazon EC2 Auto Scaling in one region: groups that keep a desired number of instances
/// running from a launch template, launching and terminating them over time and recording
/// each change as a scaling activity. ECS's EC2 capacity grows and shrinks this way.
public final class AutoScalingBackend: AWSService {
    public let serviceName = "autoscaling"
    let context: AWSContext
    let simulation: Simulation
    let ec2: EC2Backend
    var groups: [AutoScalingGroup] = []
    var activities: [ScalingActivity] = []
    /// Records the EC2 calls the service makes on the account's behalf (CloudTrail).
    var recordServiceCall: ((String, JSON, JSON, AWSServiceError?) -> Void)?
    /// IAM, for the service-linked role the first group creates.
    weak var iam: IAMBackend?

    init(context: AWSContext, simulation: Simulation, ec2: EC2Backend) {
        self.context = context
        self.simulation = simulation
        self.ec2 = ec2
        ec2.instanceStateObservers.append { [weak self] instance in self?.instanceChanged(instance) }
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "CreateAutoScalingGroup": return try createAutoScalingGroup(input)
        case "DescribeAutoScalingGroups": return try describeAutoScalingGroups(input)
        case "UpdateAutoScalingGroup": return try updateAutoScalingGroup(input)
        case "SetDesiredCapacity": return try setDesiredCapacity(input)
        case "DeleteAutoScalingGroup": return try deleteAutoScalingGroup(input)
        case "DescribeScalingActivities": return try describeScalingActivities(input)
        case "DescribeAutoScalingInstances": return try describeAutoScalingInstances(input)
        case "TerminateInstanceInAutoScalingGroup": return try terminateInstanceInAutoScalingGroup(input)
        case "SetInstanceProtection": return try setInstanceProtection(input)
        case "CreateOrUpdateTags": return try createOrUpdateTags(input)
        case "DeleteTags": return try deleteTags(input)
        case "DescribeTags": return try describeTags(input)
        default: throw AWSServiceError.notSimulated("autoscaling", operation)
        }
    }

    func group(_ name: String?) -> AutoScalingGroup? { groups.first { $0.name == name } }

    func existingGroup(_ name: String?) throws(AWSServiceError) -> AutoScalingGroup {
        guard let group = group(name), group.status == nil else {
            throw AWSServiceError.autoScalingValidation("AutoScalingGroup name not found - AutoScalingGroup \(name ?? "null") not found")
        }
        return group
    }

    func update(_ name: String, _ change: (inout AutoScalingGroup) -> Void) {
        guard let index = groups.firstIndex(where: { $0.name == name }) else { return }
        change(&groups[index])
    }

    /// `2026-01-01T00:00:05Z`, as scaling activity causes write times.
    func causeTime(_ time: SimTime) -> String { time.rfc3339 }
}

extension AWSServiceError {
    static func autoScalingValidation(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ValidationError", message: message)
    }
}
