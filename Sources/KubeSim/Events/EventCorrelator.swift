import JSONValue
import SimCore

/// client-go's event correlator and the write that follows it: a repeat of an event counts on
/// the Event it repeats, a tenth similar message within ten minutes joins an aggregate Event,
/// anything else becomes a new Event. It runs on the event broadcaster's worker.
final class EventCorrelator {
    /// An event as a component reported it: what correlating and writing it need, taken from
    /// the object when the event was recorded.
    struct Occurrence: Sendable {
        var now: SimTime
        /// The revision of the event's write, whether it makes an Event or counts one again.
        var revision: Int64
        var kind: String
        var namespace: String
        var name: String
        var uid: String
        var apiVersion: JSON
        var resourceVersion: String
        var type: String
        var reason: String
        var message: String
        var source: EventRecorder.Source
        var fieldPath: String?
        /// Whether a watcher of events hears of it (it is then written at once, on the
        /// simulation's thread).
        var heard: Bool
    }

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

    private let server: APIServer
    /// Aggregation key → the recorded event's stamp, so repeats update the same Event — for as
    /// long as client-go's correlator would remember it (its LRU cache holds 4,096 keys).
    private var seen = LRUCache<Key, (namespace: String, stamp: UInt64)>(capacity: 4096, hash: \.fingerprint)
    /// Folds many events that differ only in their message into one.
    private var aggregator = EventAggregator()
    private var lastNanos: Int64 = 0
    /// The object the last event was about: the events of one object mostly come together
    /// (pulled, created, started), and share it.
    private var lastSubject: InvolvedObject.Subject?
    private var written = 0

    init(server: APIServer) { self.server = server }

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

    func write(_ event: Occurrence) {
        let now = event.now
        let similar = EventAggregator.Key(.init(component: event.source.component, host: event.source.host ?? "",
                                                uid: event.uid, type: event.type, reason: event.reason))
        let combined = aggregator.aggregate(similar, message: event.message, now: now)
        let message = combined ?? event.message
        let key = combined == nil
            ? Key(EventKey(uid: event.uid, reason: event.reason, message: message, component: event.source.component,
                           fieldPath: event.fieldPath ?? ""))
            : Key(EventKey(uid: event.uid, reason: event.reason, message: "", component: event.source.component,
                           fieldPath: "", combined: true))
        if let existing = seen.get(key),
            server.updateEvent(namespace: existing.namespace, stamp: existing.stamp, revision: event.revision,
                               notifying: event.heard, { record in
                record.count += 1
                record.last = now
                // An aggregate Event reads as the latest of the events it stands for.
                if combined != nil { record.message = message }
            })
        {
            return
        }
        let subject = self.subject(kind: event.kind, namespace: event.namespace, name: event.name, uid: event.uid,
                                   apiVersion: event.apiVersion)

        // Names are `<object>.<unix nanoseconds in hex>`, unique per event (and never below 1).
        var nanos = now.milliseconds * 1_000_000
        if nanos <= lastNanos { nanos = lastNanos + 1 }
        lastNanos = nanos
        let namespace = event.namespace.isEmpty ? "default" : event.namespace
        let stamp = UInt64(nanos)
        let record = EventStore.Record(
            naming: .stamped(stamp), namespace: namespace,
            involved: .reference(subject, resourceVersion: event.resourceVersion, fieldPath: event.fieldPath),
            reason: event.reason, message: message, source: event.source, type: event.type, first: now, last: now,
            count: 1, resourceVersion: event.revision)
        server.storeEvent(record, notifying: event.heard)
        seen.set(key, (namespace, stamp))
        written += 1
        // Expiry is lazy: a sweep now and then keeps an hour-old flood from piling up.
        if written % 4096 == 0 { server.expireEvents(now: now) }
    }
}
