import SimCore

/// A controller's queue of object keys to reconcile: each key once, processed after the
/// changes that queued it, in the order first queued — client-go's workqueue on the
/// simulated clock.
final class WorkQueue {
    private let simulation: Simulation
    private let handler: (String) -> Void
    private var pending: [String] = []
    private var queued: Set<String> = []
    private var scheduled = false
    /// When each key was last reconciled, and keys already waiting for their next turn.
    private var lastSync: [String: SimTime] = [:]
    private var deferred: Set<String> = []
    /// The shortest gap between two reconciles of one key caused by its children changing —
    /// the batching a real controller gets from the time each sync takes. Without it a
    /// ReplicaSet of 5,000 pods would be recounted for every one of their status changes.
    let childInterval = SimDuration.seconds(Int64(1))

    init(simulation: Simulation, handler: @escaping (String) -> Void) {
        self.simulation = simulation
        self.handler = handler
    }

    /// Owners named by `addForChild(namespace:name:)`, by name: each one's key, and until when
    /// that key is known to wait in `deferred` (so another change of its children asks
    /// nothing more). The pods of a big rollout's ReplicaSets change thousands of times,
    /// their owners' changes interleaved.
    private var owners: [String: (namespace: String, key: String, deferredUntil: SimTime?)] = [:]
    private static let ownersKept = 4096

    /// Queues the object `namespace/name` because something it owns changed: at most once
    /// per `childInterval`.
    func addForChild(namespace: String, name: String) {
        if let owner = owners[name], owner.namespace == namespace {
            if let until = owner.deferredUntil, simulation.now < until { return }
            addForChild(owner.key, owner: name)
            return
        }
        if owners.count >= Self.ownersKept { owners.removeAll() }
        let key = ObjectKey.make(namespace, name)
        owners[name] = (namespace, key, nil)
        addForChild(key, owner: name)
    }

    /// Queues `key` because something it owns changed: at most once per `childInterval`.
    private func addForChild(_ key: String, owner: String) {
        if let last = lastSync[key], simulation.now < last + childInterval {
            guard deferred.insert(key).inserted else { return }
            owners[owner]?.deferredUntil = last + childInterval
            simulation.schedule(at: last + childInterval) { [weak self] in
                self?.deferred.remove(key)
                self?.add(key)
            }
            return
        }
        add(key)
    }

    func add(_ key: String) {
        guard queued.insert(key).inserted else { return }
        pending.append(key)
        guard !scheduled else { return }
        scheduled = true
        simulation.react { [weak self] in self?.drain() }
    }

    /// Re-queues `key` after `delay` (a requeue-after, e.g. to re-check availability).
    func add(_ key: String, after delay: SimDuration) {
        simulation.schedule(after: delay) { [weak self] in self?.add(key) }
    }

    private func drain() {
        scheduled = false
        let batch = pending
        pending.removeAll()
        for key in batch {
            queued.remove(key)
            lastSync[key] = simulation.now
            handler(key)
        }
    }
}

/// `namespace/name` ↔ parts.
enum ObjectKey {
    static func make(_ namespace: String, _ name: String) -> String { "\(namespace)/\(name)" }

    static func split(_ key: String) -> (namespace: String, name: String) {
        let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : ("", key)
    }
}
