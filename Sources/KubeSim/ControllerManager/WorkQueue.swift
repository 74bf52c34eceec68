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

    /// The owner named last by `addForChild(namespace:name:)`, its key, and until when that key
    /// is known to wait in `deferred` (so another change of its children asks nothing more).
    /// A ReplicaSet's pods change one after another, thousands of times in a big rollout.
    private var lastOwner: (namespace: String, name: String, key: String, deferredUntil: SimTime?)?

    /// Queues the object `namespace/name` because something it owns changed: at most once
    /// per `childInterval`.
    func addForChild(namespace: String, name: String) {
        if let last = lastOwner, last.name == name, last.namespace == namespace {
            if let until = last.deferredUntil, simulation.now < until { return }
            addForChild(last.key)
            return
        }
        let key = ObjectKey.make(namespace, name)
        lastOwner = (namespace, name, key, nil)
        addForChild(key)
    }

    /// Queues `key` because something it owns changed: at most once per `childInterval`.
    private func addForChild(_ key: String) {
        if let last = lastSync[key], simulation.now < last + childInterval {
            guard deferred.insert(key).inserted else { return }
            if lastOwner?.key == key { lastOwner?.deferredUntil = last + childInterval }
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
