import JSONValue
import SimCore

/// Sets pod conditions the way the kubelet and scheduler do: in the kubelet's order, with
/// `lastTransitionTime` moving only when the status changes.
public enum PodConditions {
    static let order = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]

    public static func set(_ pod: inout JSON, type: String, status: String, reason: String? = nil,
                           message: String? = nil, now: SimTime) {
        var editor = Editor(pod["status"]["conditions"].array ?? [])
        editor.update(type: type, status: status, reason: reason, message: message, now: now)
        pod["status"]["conditions"] = .array(editor.sorted())
    }

    /// A pod's conditions being changed: each condition's type is read once, so setting
    /// several conditions compares a few short strings instead of every member of each.
    struct Editor {
        private var conditions: [JSON]
        private var types: [String]

        init(_ conditions: [JSON]) {
            self.conditions = conditions
            types = conditions.map(PodConditions.type(of:))
        }

        /// Sets one condition; `lastTransitionTime` moves only when its status changes.
        mutating func update(type: String, status: String, reason: String? = nil, message: String? = nil,
                             now: SimTime) {
            let existing = types.firstIndex(of: type)
            // A condition that already reads exactly as it would be rebuilt stays as it is: no
            // new object, and the pod keeps sharing the old one.
            if let existing,
                isUnchanged(conditions[existing], type: type, status: status, reason: reason, message: message)
            {
                return
            }
            let transition = existing.flatMap {
                conditions[$0]["status"].string == status ? conditions[$0]["lastTransitionTime"] : nil
            } ?? .string(now.rfc3339)
            let made: JSON
            if let time = transition.string {
                made = SharedStatusValues.condition(type: type, status: status, reason: reason, message: message,
                                                    transition: time)
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
                types.append(type)
            }
        }

        /// The conditions in the kubelet's order (unknown types last, as they were).
        func sorted() -> [JSON] {
            let ranks = types.map { order.firstIndex(of: $0) ?? order.count }
            guard zip(ranks, ranks.dropFirst()).contains(where: { $0 > $1 }) else { return conditions }
            return conditions.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { conditions[$0] }
        }
    }

    /// A condition's `type`: the last member of every condition the cluster writes.
    private static func type(of condition: JSON) -> String {
        if case .object(let object) = condition, let last = object.entries.last, last.key == "type",
            let type = last.value.string
        {
            return type
        }
        return condition["type"].string ?? ""
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
}
