import JSONValue
import SimCore

/// Sets pod conditions the way the kubelet and scheduler do: in the kubelet's order, with
/// `lastTransitionTime` moving only when the status changes.
public enum PodConditions {
    static let order = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]

    public static func set(_ pod: inout JSON, type: String, status: String, reason: String? = nil,
                           message: String? = nil, now: SimTime) {
        var conditions = pod["status"]["conditions"].array ?? []
        var condition = JSONObject()
        condition["lastProbeTime"] = .null
        let existing = conditions.firstIndex { $0["type"].string == type }
        if let existing, conditions[existing]["status"].string == status {
            condition["lastTransitionTime"] = conditions[existing]["lastTransitionTime"]
        } else {
            condition["lastTransitionTime"] = .string(now.rfc3339)
        }
        if let message { condition["message"] = .string(message) }
        if let reason { condition["reason"] = .string(reason) }
        condition["status"] = .string(status)
        condition["type"] = .string(type)
        if let existing {
            conditions[existing] = .object(condition)
        } else {
            conditions.append(.object(condition))
        }
        conditions.sort {
            (order.firstIndex(of: $0["type"].string ?? "") ?? 99) < (order.firstIndex(of: $1["type"].string ?? "") ?? 99)
        }
        pod["status"]["conditions"] = .array(conditions)
    }
}
