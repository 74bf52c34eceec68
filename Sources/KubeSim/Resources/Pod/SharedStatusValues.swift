import JSONValue
import Synchronization

/// Status values that many pods hold in identical form — a Ready condition that became True
/// at the same second, a container running since the same second — made once and shared.
///
/// A 150,000-pod rollout happens within a few simulated seconds, so nearly every pod's five
/// conditions and container state equal some other pod's; sharing them is most of the memory
/// a pod's status takes. Values are immutable JSON, so sharing is invisible to readers.
enum SharedStatusValues {
    /// One shared condition and what it was made from.
    private struct Condition {
        var type: String
        var status: String
        var reason: String?
        var message: String?
        var json: JSON
    }

    /// The conditions made in the last few distinct seconds, newest first. Nearly every
    /// condition is made at the present second; equal strings compare far faster than
    /// Swift hashes them, so a short scan beats a dictionary here.
    private static let conditions = Mutex<[(transition: String, made: [Condition])]>([])
    private static let secondsKept = 4
    private static let conditionsPerSecond = 32
    /// Running states of the last few seconds, newest first.
    private static let runningStates = Mutex<[(startedAt: String, json: JSON)]>([])

    /// `{lastProbeTime: null, lastTransitionTime, message?, reason?, status, type}`.
    static func condition(type: String, status: String, reason: String?, message: String?, transition: String) -> JSON {
        let shared = conditions.withLock { cache in
            cache.first { $0.transition == transition }?.made.first {
                $0.type == type && $0.status == status && $0.reason == reason && $0.message == message
            }?.json
        }
        if let shared { return shared }
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
            let entry = Condition(type: type, status: status, reason: reason, message: message, json: made)
            if let index = cache.firstIndex(where: { $0.transition == transition }) {
                if cache[index].made.count >= conditionsPerSecond { cache[index].made.removeFirst() }
                cache[index].made.append(entry)
            } else {
                if cache.count >= secondsKept { cache.removeLast() }
                cache.insert((transition, [entry]), at: 0)
            }
        }
        return made
    }

    /// A container status's `state` while running: `{running: {startedAt}}`.
    static func runningState(startedAt: String) -> JSON {
        if let shared = runningStates.withLock({ $0.first { $0.startedAt == startedAt }?.json }) { return shared }
        let made: JSON = ["running": ["startedAt": .string(startedAt)]]
        runningStates.withLock { cache in
            if cache.count >= secondsKept { cache.removeLast() }
            cache.insert((startedAt, made), at: 0)
        }
        return made
    }
}
