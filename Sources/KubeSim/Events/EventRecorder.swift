import JSONValue
import SimCore

/// Records core/v1 Events the way components do through client-go's recorder: one Event per
/// (object, reason, message), counted and re-stamped when it repeats ("x5 over 3m").
public final class EventRecorder {
    public struct Source: Sendable {
        public var component: String
        public var host: String?

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

    /// Aggregation key → event name, so repeats update the same Event — for as long as
    /// client-go's correlator would remember it (its LRU cache holds 4,096 keys).
    private var seen = LRUCache<Key, (namespace: String, name: String)>(capacity: 4096)
    /// Folds many events that differ only in their message into one.
    private var aggregator = EventAggregator()
    /// Messages recently recorded, so the thousands of events that say the same thing
    /// ("Started container nginx") share one string.
    private var messages: [String: String] = [:]
    private var lastNanos: Int64 = 0
    private var recorded = 0
    /// Off for very large simulations, where per-pod events would dominate.
    public var enabled = true

    public init(server: APIServer) { self.server = server }

    private func shared(_ message: String) -> String {
        if let known = messages[message] { return known }
        if messages.count >= 4096 { messages.removeAll(keepingCapacity: true) }
        messages[message] = message
        return message
    }

    /// `<object>.<nanoseconds in lower-case hex>`, written straight into one buffer.
    static func eventName(_ object: String, _ nanos: Int64) -> String {
        guard nanos > 0 else { return "\(object).\(String(nanos, radix: 16))" }
        var digits = 0
        var rest = UInt64(nanos)
        while rest > 0 {
            digits += 1
            rest >>= 4
        }
        let prefix = object.utf8.count
        return String(unsafeUninitializedCapacity: prefix + 1 + digits) { buffer in
            let copied = object.utf8.withContiguousStorageIfAvailable { bytes in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[..<prefix]).initialize(from: bytes)
            }
            if copied == nil {
                for (index, byte) in object.utf8.enumerated() { buffer[index] = byte }
            }
            buffer[prefix] = UInt8(ascii: ".")
            var value = UInt64(nanos)
            for position in stride(from: prefix + digits, to: prefix, by: -1) {
                let digit = UInt8(value & 0xF)
                buffer[position] = digit < 10 ? 48 + digit : 87 + digit
                value >>= 4
            }
            return prefix + 1 + digits
        }
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
            server.updateEvent(namespace: existing.namespace, name: existing.name, { record in
                record.count += 1
                record.last = now
                // An aggregate Event reads as the latest of the events it stands for.
                if combined != nil { record.message = shared(message) }
            })
        {
            return
        }
        let involved = InvolvedObject.Reference(
            kind: object.kind, namespace: objectNamespace, name: objectName, uid: uid, apiVersion: object["apiVersion"],
            resourceVersion: metadata["resourceVersion"].string ?? "", fieldPath: fieldPath)

        // Names are `<object>.<unix nanoseconds in hex>`, unique per event.
        var nanos = now.milliseconds * 1_000_000
        if nanos <= lastNanos { nanos = lastNanos + 1 }
        lastNanos = nanos
        let name = Self.eventName(objectName, nanos)
        let namespace = objectNamespace.isEmpty ? "default" : objectNamespace
        server.addEvent(EventStore.Record(
            name: name, namespace: namespace, involved: .reference(involved), reason: reason, message: shared(message),
            component: source.component, host: source.host, type: type, first: now, last: now, count: 1,
            resourceVersion: 0), stamp: nanos > 0 ? UInt64(nanos) : nil)
        seen.set(key, (namespace, name))
        recorded += 1
        // Expiry is lazy: a sweep now and then keeps an hour-old flood from piling up.
        if recorded % 4096 == 0 { server.expireEvents() }
    }
}
