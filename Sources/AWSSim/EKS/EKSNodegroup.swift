import JSONValue
import SimCore

/// A managed node group: an Auto Scaling group of EC2 instances from an EKS-optimized AMI,
/// launched from a launch template EKS made, whose instances join the cluster as nodes.
struct EKSNodegroup {
    enum Status: String {
        case creating = "CREATING", active = "ACTIVE", deleting = "DELETING", createFailed = "CREATE_FAILED"
    }

    var name: String
    var arn: String
    var clusterName: String
    var version: String
    var releaseVersion: String
    var createdAt: SimTime
    var modifiedAt: SimTime
    var status: Status
    var capacityType: String
    var minSize: Int
    var maxSize: Int
    var desiredSize: Int
    var instanceTypes: [String]
    var subnets: [String]
    var amiType: String
    var nodeRole: String
    var labels: [String: String]
    var diskSize: Int
    var tags: [String: String]
    /// The ARN's last part: it names the Auto Scaling group and the launch template.
    var uuid: String
    var autoScalingGroupName: String { "eks-\(name)-\(uuid)" }
    var launchTemplateName: String { "eks-\(uuid)" }
    var healthIssues: [(code: String, message: String, resourceIDs: [String])] = []

    var json: JSON {
        var object = JSONObject()
        object["nodegroupName"] = .string(name)
        object["nodegroupArn"] = .string(arn)
        object["clusterName"] = .string(clusterName)
        object["version"] = .string(version)
        object["releaseVersion"] = .string(releaseVersion)
        object["createdAt"] = EpochJSON.millis(createdAt)
        object["modifiedAt"] = EpochJSON.millis(modifiedAt)
        object["status"] = .string(status.rawValue)
        object["capacityType"] = .string(capacityType)
        object["scalingConfig"] = ["minSize": .int(minSize), "maxSize": .int(maxSize), "desiredSize": .int(desiredSize)]
        object["instanceTypes"] = .array(instanceTypes.map(JSON.string))
        object["subnets"] = .array(subnets.map(JSON.string))
        object["amiType"] = .string(amiType)
        object["nodeRole"] = .string(nodeRole)
        if status != .creating {
            object["labels"] = EKSStringMap.json(labels)
            object["resources"] = ["autoScalingGroups": [["name": .string(autoScalingGroupName)]]]
        }
        object["diskSize"] = .int(diskSize)
        object["health"] = ["issues": .array(healthIssues.map { issue in
            ["code": .string(issue.code), "message": .string(issue.message),
             "resourceIds": .array(issue.resourceIDs.map(JSON.string))]
        })]
        object["updateConfig"] = ["maxUnavailable": 1]
        object["tags"] = EKSStringMap.json(tags)
        return .object(object)
    }
}
