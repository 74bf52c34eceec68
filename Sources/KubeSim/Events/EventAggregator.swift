import SimCore

/// client-go's event aggregator, the first half of its correlator: events about one object
/// from one component that differ only in their message ("Created pod: web-…-x8kq2",
/// "Created pod: web-…-9mz4t", …) are counted per object, type and reason; from the tenth
/// distinct message within ten minutes on, they become one Event whose message reads
/// `(combined from similar events): <the latest message>` and whose count goes up.
struct EventAggregator {
    static let maxDistinctMessages = 10
    static let interval = SimDuration.seconds(Int64(600))
    static let prefix = "(combined from similar events): "

    /// What similar events share: the source, the object, the type and the reason — all but
    /// the message (and the container's field path, which the real key leaves out too).
    struct Similarity: Hashable {
        var component: String
        var host: String
        var uid: String
        var type: String
        var reason: String

        /// The object and the reason tell similar events apart; equality compares every part.
        func hash(into hasher: inout Hasher) {
            hasher.combine(uid)
            hasher.combine(reason)
        }
    }

    typealias Key = HashedKey<Similarity>

    private struct Similar {
        /// Distinct messages seen, oldest first; never more than `maxDistinctMessages`. The
        /// first apart, so the usual object with one message of a kind allocates nothing more.
        var first: String
        var more: [String] = []
        var last: SimTime

        var count: Int { 1 + more.count }

        func contains(_ message: String) -> Bool { first == message || more.contains(message) }

        /// Drops the oldest message other than `message`.
        mutating func dropOldest(keeping message: String) {
            if first != message, !more.isEmpty {
                first = more.removeFirst()
            } else if let index = more.firstIndex(where: { $0 != message }) {
                more.remove(at: index)
            }
        }
    }

    /// The real aggregator's cache holds 4,096 keys, like the rest of the correlator.
    private var seen = LRUCache<Key, Similar>(capacity: 4096, hash: \.fingerprint)

    /// Notes an event; returns the combined message when it is to be folded into the
    /// aggregate Event, or nil when it stands on its own.
    mutating func aggregate(_ key: Key, message: String, now: SimTime) -> String? {
        seen.update(key, orInsert: { Similar(first: message, last: now) }) { similar in
            if now - similar.last > Self.interval { similar = Similar(first: message, last: now) }
            if !similar.contains(message) { similar.more.append(message) }
            similar.last = now
            guard similar.count >= Self.maxDistinctMessages else { return nil }
            // The set never grows past the threshold: one of the earlier messages makes room
            // (the real one drops an arbitrary member; the oldest keeps the simulation repeatable).
            similar.dropOldest(keeping: message)
            return Self.prefix + message
        }
    }
}
