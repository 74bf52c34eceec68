import JSONValue
import SimCore
import Synchronization

/// Sets pod conditions the way the kubelet and scheduler do: in the kubelet's order, with
/// `lastTransitionTime` moving only when the status changes.
public enum PodConditions {
    static let order = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]

    public static func set(_ pod: inout JSON, type: String, status: String, reason: String? = nil,
                           message: String? = nil, now: SimTime) {
        let wanted = [Wanted(type: type, status: status, reason: reason, message: message)]
        pod["status"]["conditions"] = .array(setting(wanted, in: pod["status"]["conditions"].array ?? [], now: now))
    }

    /// Whether the pod's `Ready` condition is `True` (podutil.IsPodReady).
    public static func isReady(_ pod: JSON) -> Bool {
        (pod["status"]["conditions"].array ?? []).contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }

    /// One condition as a writer sets it.
    struct Wanted: Equatable {
        var type: String
        var status: String
        var reason: String? = nil
        var message: String? = nil
    }

    /// `conditions` with each of `wanted` set in turn, in the kubelet's order.
    ///
    /// Thousands of pods go through the same conditions within a second (bound, then
    /// started), so the last few results are kept: the same conditions (the very same
    /// values, not merely equal ones) set alike in the same second give the very same array,
    /// which the pods then share.
    static func setting(_ wanted: [Wanted], in conditions: [JSON], now: SimTime) -> [JSON] {
        let second = now.seconds
        let found = recent.withLock { recent in
            recent.first { $0.second == second && $0.wanted == wanted && Self.identical($0.input, conditions) }?.output
        }
        if let found { return found }
        var editor = Editor(conditions)
        for change in wanted {
            editor.update(type: change.type, status: change.status, reason: change.reason, message: change.message,
                          now: now)
        }
        let output = editor.sorted()
        recent.withLock { recent in
            if recent.count == recentLimit { recent.removeLast() }
            recent.insert(Setting(second: second, wanted: wanted, input: conditions, output: output), at: 0)
        }
        return output
    }

    /// A result of `setting` and what it was made from. The input is kept, so the values it
    /// holds stay alive and no other value can take their place in memory.
    private struct Setting {
        var second: Int64
        var wanted: [Wanted]
        var input: [JSON]
        var output: [JSON]
    }

    private static let recent = Mutex<[Setting]>([])
    private static let recentLimit = 16

    /// Whether both hold the very same values (objects sharing storage, or equal scalars).
    private static func identical(_ lhs: [JSON], _ rhs: [JSON]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (left, right) in zip(lhs, rhs) {
            switch (left, right) {
            case let (.object(a), .object(b)): if !a.isIdentical(to: b) { return false }
            case (.object, _), (_, .object), (.array, _), (_, .array): return false
            default: if left != right { return false }
            }
        }
        return true
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
