import JSONValue
import Synchronization

/// Status values that many pods hold in identical form — a Ready condition that became True
/// at the same second, a container running since the same second — made once and shared.
///
/// A 150,000-pod rollout happens within a few simulated seconds, so nearly every pod's five
/// conditions and container state equal some other pod's; sharing them is most of the memory
/// a pod's status takes. Values are immutable JSON, so sharing is invisible to readers.
enum SharedStatusValues {
    private struct ConditionKey: Hashable {
        var type: String
        var status: String
        var reason: String?
        var message: String?
        var transition: String
    }

    private static let limit = 4096
    private static let conditions = Mutex<[ConditionKey: JSON]>([:])
    private static let runningStates = Mutex<[String: JSON]>([:])

    /// `{lastProbeTime: null, lastTransitionTime, message?, reason?, status, type}`.
    static func condition(type: String, status: String, reason: String?, message: String?, transition: String) -> JSON {
        let key = ConditionKey(type: type, status: status, reason: reason, message: message, transition: transition)
        if let shared = conditions.withLock({ $0[key] }) { return shared }
        var condition = JSONObject()
        condition.reserveCapacity(6)
        condition["lastProbeTime"] = .null
        condition["lastTransitionTime"] = .string(transition)
        if let message { condition["message"] = .string(message) }
        if let reason { condition["reason"] = .string(reason) }
        condition["status"] = .string(status)
        condition["type"] = .string(type)
        let made = JSON.object(condition)
        conditions.withLock { cache in
            if cache.count >= limit { cache.removeAll() }
            cache[key] = made
        }
        return made
    }

    /// A container status's `state` while running: `{running: {startedAt}}`.
    static func runningState(startedAt: String) -> JSON {
        if let shared = runningStates.withLock({ $0[startedAt] }) { return shared }
        let made: JSON = ["running": ["startedAt": .string(startedAt)]]
        runningStates.withLock { cache in
            if cache.count >= limit { cache.removeAll() }
            cache[startedAt] = made
        }
        return made
    }
}
