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
    /// What makes two events the same Event (client-go's aggregation key, less the parts that
    /// never differ here); its strings are shared with the record, not copied.
    private struct Key: Hashable {
        var uid: String
        var reason: String
        var message: String
        var component: String
        var fieldPath: String
    }

    /// Aggregation key → event name, so repeats update the same Event — for as long as
    /// client-go's correlator would remember it (its LRU cache holds 4,096 keys).
    private var seen = LRUCache<Key, (namespace: String, name: String)>(capacity: 4096)
    private var lastNanos: Int64 = 0
    private var recorded = 0
    /// Off for very large simulations, where per-pod events would dominate.
    public var enabled = true

    public init(server: APIServer) { self.server = server }

    /// Records an event about `object`. `fieldPath` names a container: `spec.containers{nginx}`.
    public func record(_ object: JSON, type: String = "Normal", reason: String, message: String,
                       source: Source, fieldPath: String? = nil) {
        guard enabled else { return }
        let now = server.now
        let metadata = object["metadata"]
        let objectName = metadata["name"].string ?? ""
        let objectNamespace = metadata["namespace"].string ?? ""
        let uid = metadata["uid"].string ?? ""
        let key = Key(uid: uid, reason: reason, message: message, component: source.component, fieldPath: fieldPath ?? "")
        if let existing = seen.get(key),
            server.updateEvent(namespace: existing.namespace, name: existing.name, { record in
                record.count += 1
                record.last = now
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
        let name = "\(objectName).\(String(nanos, radix: 16))"
        let namespace = objectNamespace.isEmpty ? "default" : objectNamespace
        server.addEvent(EventStore.Record(
            name: name, namespace: namespace, involved: .reference(involved), reason: reason, message: message,
            component: source.component, host: source.host, type: type, first: now, last: now, count: 1,
            resourceVersion: 0))
        seen.set(key, (namespace, name))
        recorded += 1
        // Expiry is lazy: a sweep now and then keeps an hour-old flood from piling up.
        if recorded % 4096 == 0 { server.expireEvents() }
    }
}
