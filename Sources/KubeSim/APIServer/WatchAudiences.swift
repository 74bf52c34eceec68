/// Who hears of changes, by etcd prefix: plain watchers, and watchers of the objects a kind of
/// controller owns (a ReplicaSet's pods).
///
/// Every write asks; nearly every write in a big rollout is to a pod or an Event about one.
/// So the two audiences asked for last are kept at hand, and owners' kinds are found by
/// comparing a few short strings rather than by hashing one.
struct WatchAudiences {
    typealias Handler = (WatchEvent) -> Void
    typealias OwnedHandler = (WatchEvent, OwnerReference) -> Void

    struct Audience {
        var watchers: [(id: Int, only: WatchEvent.EventType?, handler: Handler)] = []
        var owned: [(kind: String, handlers: [OwnedHandler])] = []

        /// The handlers for objects whose controller is of `kind`.
        func owned(by kind: String) -> [OwnedHandler]? {
            owned.first { $0.kind == kind }?.handlers
        }

        func hears(_ type: WatchEvent.EventType) -> Bool {
            watchers.contains { $0.only == nil || $0.only == type }
        }
    }

    private var byPrefix: [String: Audience] = [:]
    private var last: (prefix: String, audience: Audience)?
    private var beforeLast: (prefix: String, audience: Audience)?

    subscript(prefix: String) -> Audience {
        mutating get {
            if let last, last.prefix == prefix { return last.audience }
            let audience: Audience
            if let beforeLast, beforeLast.prefix == prefix {
                audience = beforeLast.audience
            } else {
                audience = byPrefix[prefix] ?? Audience()
            }
            beforeLast = last
            last = (prefix, audience)
            return audience
        }
    }

    mutating func add(_ prefix: String, id: Int, only: WatchEvent.EventType?, _ handler: @escaping Handler) {
        change(prefix) { $0.watchers.append((id, only, handler)) }
    }

    mutating func add(_ prefix: String, ownerKind: String, _ handler: @escaping OwnedHandler) {
        change(prefix) { audience in
            if let index = audience.owned.firstIndex(where: { $0.kind == ownerKind }) {
                audience.owned[index].handlers.append(handler)
            } else {
                audience.owned.append((ownerKind, [handler]))
            }
        }
    }

    /// Removes watch `id`; returns how many watchers it took away.
    mutating func remove(_ prefix: String, id: Int) -> Int {
        var removed = 0
        change(prefix) { audience in
            let before = audience.watchers.count
            audience.watchers.removeAll { $0.id == id }
            removed = before - audience.watchers.count
        }
        return removed
    }

    private mutating func change(_ prefix: String, _ edit: (inout Audience) -> Void) {
        last = nil
        beforeLast = nil
        edit(&byPrefix[prefix, default: Audience()])
    }
}
