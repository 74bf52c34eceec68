import JSONValue
import SimCore

/// A Fargate profile: which pods (by namespace and labels) run on Fargate — each on a
/// micro-VM of its own, in the profile's private subnets, acting as the pod execution role.
struct EKSFargateProfile {
    enum Status: String {
        case creating = "CREATING", active = "ACTIVE", deleting = "DELETING"
    }

    struct Selector {
        var namespace: String
        var labels: [String: String]

        func matches(namespace: String, labels podLabels: [String: String]) -> Bool {
            namespace == self.namespace && labels.allSatisfy { podLabels[$0.key] == $0.value }
        }

        var json: JSON {
            var object = JSONObject()
            object["namespace"] = .string(namespace)
            if !labels.isEmpty {
                object["labels"] = EKSStringMap.json(labels)
            }
            return .object(object)
        }
    }

    var name: String
    var arn: String
    var clusterName: String
    var createdAt: SimTime
    var podExecutionRoleArn: String
    var subnets: [String]
    var selectors: [Selector]
    var status: Status
    var tags: [String: String]

    var json: JSON {
        var object = JSONObject()
        object["fargateProfileName"] = .string(name)
        object["fargateProfileArn"] = .string(arn)
        object["clusterName"] = .string(clusterName)
        object["createdAt"] = EpochJSON.millis(createdAt)
        object["podExecutionRoleArn"] = .string(podExecutionRoleArn)
        object["subnets"] = .array(subnets.map(JSON.string))
        object["selectors"] = .array(selectors.map(\.json))
        object["status"] = .string(status.rawValue)
        object["tags"] = EKSStringMap.json(tags)
        object["health"] = ["issues": []]
        return .object(object)
    }
}
