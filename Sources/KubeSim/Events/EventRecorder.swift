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
    /// Aggregation key → event name, so repeats update the same Event.
    private var seen: [String: (namespace: String, name: String)] = [:]
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
        let namespace = object.namespace.isEmpty ? "default" : object.namespace
        let key = object.uid + "\u{1F}" + reason + "\u{1F}" + message + "\u{1F}" + source.component + "\u{1F}" + (fieldPath ?? "")
        if let existing = seen[key],
            server.updateEvent(namespace: existing.namespace, name: existing.name, { record in
                record.count += 1
                record.last = now
            })
        {
            return
        }
        var involved = JSONObject()
        involved["kind"] = .string(object.kind)
        if !object.namespace.isEmpty { involved["namespace"] = .string(object.namespace) }
        involved["name"] = .string(object.name)
        involved["uid"] = .string(object.uid)
        involved["apiVersion"] = object["apiVersion"]
        involved["resourceVersion"] = .string(object.resourceVersion)
        if let fieldPath { involved["fieldPath"] = .string(fieldPath) }

        // Names are `<object>.<unix nanoseconds in hex>`, unique per event.
        var nanos = now.milliseconds * 1_000_000
        if nanos <= lastNanos { nanos = lastNanos + 1 }
        lastNanos = nanos
        let name = "\(object.name).\(String(nanos, radix: 16))"
        server.addEvent(EventStore.Record(
            name: name, namespace: namespace, involved: .object(involved), reason: reason, message: message,
            component: source.component, host: source.host, type: type, first: now, last: now, count: 1,
            resourceVersion: 0))
        seen[key] = (namespace, name)
        recorded += 1
        if recorded % 4096 == 0 { forgetExpired() }
    }

    /// Keeps the aggregation table from outliving the events it points to.
    private func forgetExpired() {
        guard server.expireEvents() > 0 else { return }
        seen = seen.filter { server.hasEvent(namespace: $0.value.namespace, name: $0.value.name) }
    }
}
