import JSONValue
import SimCore

/// Sets pod conditions the way the kubelet and scheduler do: in the kubelet's order, with
/// `lastTransitionTime` moving only when the status changes.
public enum PodConditions {
    static let order = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]

    public static func set(_ pod: inout JSON, type: String, status: String, reason: String? = nil,
                           message: String? = nil, now: SimTime) {
        var conditions = pod["status"]["conditions"].array ?? []
        update(&conditions, type: type, status: status, reason: reason, message: message, now: now)
        sort(&conditions)
        pod["status"]["conditions"] = .array(conditions)
    }

    /// Sets one condition in a list without re-sorting it: for writers that set several and
    /// sort once (the result is the same, the sort being stable and the types distinct).
    static func update(_ conditions: inout [JSON], type: String, status: String, reason: String? = nil,
                       message: String? = nil, now: SimTime) {
        let existing = conditions.firstIndex { $0["type"].string == type }
        // A condition that already reads exactly as it would be rebuilt stays as it is: no
        // new object, and the pod keeps sharing the old one.
        if let existing, isUnchanged(conditions[existing], type: type, status: status, reason: reason, message: message) {
            return
        }
        let transition = existing.flatMap { conditions[$0]["status"].string == status ? conditions[$0]["lastTransitionTime"] : nil }
            ?? .string(now.rfc3339)
        let made: JSON
        if let time = transition.string {
            made = SharedStatusValues.condition(type: type, status: status, reason: reason, message: message, transition: time)
        } else {
            var condition = JSONObject()
            condition["lastProbeTime"] = .null
            condition["lastTransitionTime"] = transition
            if let message { condition["message"] = .string(message) }
            if let reason { condition["reason"] = .string(reason) }
            condition["status"] = .string(status)
            condition["type"] = .string(type)
            made = .object(condition)
        }
        if let existing {
            conditions[existing] = made
        } else {
            conditions.append(made)
        }
    }

    /// Whether `condition` is what `update` would build from these values for a condition of
    /// the same status (keeping its transition time): the same members in the same order.
    private static func isUnchanged(_ condition: JSON, type: String, status: String, reason: String?,
                                    message: String?) -> Bool {
        guard let object = condition.object,
            object.count == 4 + (message == nil ? 0 : 1) + (reason == nil ? 0 : 1)
        else { return false }
        let members = object.entries
        guard members[0].key == "lastProbeTime", members[0].value.isNull, members[1].key == "lastTransitionTime",
            members[1].value.string != nil
        else { return false }
        var index = 2
        if let message {
            guard members[index].key == "message", members[index].value.string == message else { return false }
            index += 1
        }
        if let reason {
            guard members[index].key == "reason", members[index].value.string == reason else { return false }
            index += 1
        }
        return members[index].key == "status" && members[index].value.string == status
            && members[index + 1].key == "type" && members[index + 1].value.string == type
    }

    /// Puts conditions in the kubelet's order (unknown types last, as they were).
    static func sort(_ conditions: inout [JSON]) {
        func rank(_ condition: JSON) -> Int { order.firstIndex(of: condition["type"].string ?? "") ?? 99 }
        var previous = Int.min
        var sorted = true
        for condition in conditions {
            let current = rank(condition)
            if current < previous {
                sorted = false
                break
            }
            previous = current
        }
        guard !sorted else { return }
        conditions.sort { rank($0) < rank($1) }
    }
}
