import JSONValue
import SimCore

/// Records core/v1 Events the way components do through client-go's recorder: one Event per
/// (object, reason, message), counted and re-stamped when it repeats ("x5 over 3m").
public final class EventRecorder {
    /// Who reports: a component, and the node it runs on. A class, so the million events of a
    /// big rollout share their reporters instead of each keeping two strings.
    public final class Source: Sendable {
        public let component: String
        public let host: String?

        public init(component: String, host: String? = nil) {
            self.component = component
            self.host = host
        }
    }

    private let server: APIServer
    /// What makes two events the same Event (client-go's event key, less the parts that never
    /// differ here).
    private struct EventKey: Hashable {
        var uid: String
        var reason: String
        var message: String
        var component: String
        var fieldPath: String
        /// The key of an aggregate Event (`(combined from similar events): …`), which has no
        /// message or field path of its own.
        var combined = false

        /// The parts that tell one object's events apart; equality still compares them all.
        func hash(into hasher: inout Hasher) {
            hasher.combine(uid)
            hasher.combine(reason)
            hasher.combine(message)
        }
    }

    private typealias Key = HashedKey<EventKey>

    /// Aggregation key → the recorded event's stamp, so repeats update the same Event — for as
    /// long as client-go's correlator would remember it (its LRU cache holds 4,096 keys).
    private var seen = LRUCache<Key, (namespace: String, stamp: UInt64)>(capacity: 4096, hash: \.fingerprint)
    /// Folds many events that differ only in their message into one.
    private var aggregator = EventAggregator()
    private var lastNanos: Int64 = 0
    /// The object the last event was about: the events of one object mostly come together
    /// (pulled, created, started), and share it.
    private var lastSubject: InvolvedObject.Subject?
    private var recorded = 0
    /// Off for very large simulations, where per-pod events would dominate.
    public var enabled = true

    public init(server: APIServer) { self.server = server }

    private func subject(kind: String, namespace: String, name: String, uid: String, apiVersion: JSON)
        -> InvolvedObject.Subject
    {
        if let last = lastSubject, last.uid == uid, last.name == name, last.namespace == namespace, last.kind == kind,
            last.apiVersion == apiVersion
        {
            return last
        }
        let subject = InvolvedObject.Subject(kind: kind, namespace: namespace, name: name, uid: uid, apiVersion: apiVersion)
        lastSubject = subject
        return subject
    }

    /// Records an event about `object`. `fieldPath` names a container: `spec.containers{nginx}`.
    public func record(_ object: JSON, type: String = "Normal", reason: String, message: String,
                       source: Source, fieldPath: String? = nil) {
        guard enabled else { return }
        let now = server.now
        let metadata = object["metadata"]
        let objectName = metadata["name"].string ?? ""
        let objectNamespace = metadata["namespace"].string ?? ""
        let uid = metadata["uid"].string ?? ""
        let similar = EventAggregator.Key(.init(component: source.component, host: source.host ?? "", uid: uid,
                                                type: type, reason: reason))
        let combined = aggregator.aggregate(similar, message: message, now: now)
        let message = combined ?? message
        let key = combined == nil
            ? Key(EventKey(uid: uid, reason: reason, message: message, component: source.component,
                           fieldPath: fieldPath ?? ""))
            : Key(EventKey(uid: uid, reason: reason, message: "", component: source.component, fieldPath: "",
                           combined: true))
        if let existing = seen.get(key),
            server.updateEvent(namespace: existing.namespace, stamp: existing.stamp, { record in
                record.count += 1
                record.last = now
                // An aggregate Event reads as the latest of the events it stands for.
                if combined != nil { record.message = message }
            })
        {
            return
        }
        let subject = self.subject(kind: object.kind, namespace: objectNamespace, name: objectName, uid: uid,
                                   apiVersion: object["apiVersion"])

        // Names are `<object>.<unix nanoseconds in hex>`, unique per event (and never below 1).
        var nanos = now.milliseconds * 1_000_000
        if nanos <= lastNanos { nanos = lastNanos + 1 }
        lastNanos = nanos
        let namespace = objectNamespace.isEmpty ? "default" : objectNamespace
        let stamp = UInt64(nanos)
        let record = EventStore.Record(
            naming: .stamped(stamp), namespace: namespace,
            involved: .reference(subject, resourceVersion: metadata["resourceVersion"].string ?? "", fieldPath: fieldPath),
            reason: reason, message: message, source: source, type: type, first: now, last: now, count: 1,
            resourceVersion: 0)
        server.addEvent(record)
        seen.set(key, (namespace, stamp))
        recorded += 1
        // Expiry is lazy: a sweep now and then keeps an hour-old flood from piling up.
        if recorded % 4096 == 0 { server.expireEvents() }
    }
}
