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
    /// Off for very large simulations, where per-pod events would dominate memory.
    public var enabled = true

    public init(server: APIServer) { self.server = server }

    /// Records an event about `object`. `fieldPath` names a container: `spec.containers{nginx}`.
    public func record(_ object: JSON, type: String = "Normal", reason: String, message: String,
                       source: Source, fieldPath: String? = nil) {
        guard enabled else { return }
        let now = server.now
        let namespace = object.namespace.isEmpty ? "default" : object.namespace
        let key = [object.uid, reason, message, source.component, fieldPath ?? ""].joined(separator: "\u{1F}")
        server.simulation.trace.record(now, component: source.component,
                                       object: "\(object.kind.lowercased())/\(object.name)", message: "\(reason): \(message)")
        if let existing = seen[key], server.object(.event, namespace: existing.namespace, name: existing.name) != nil {
            server.modify(.event, namespace: existing.namespace, name: existing.name) { event in
                event["count"] = .int((event["count"].int ?? 1) + 1)
                event["lastTimestamp"] = .string(now.rfc3339)
            }
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
        var sourceObject = JSONObject()
        sourceObject["component"] = .string(source.component)
        if let host = source.host { sourceObject["host"] = .string(host) }

        // Names are `<object>.<unix nanoseconds in hex>`, unique per event.
        var nanos = now.milliseconds * 1_000_000
        if nanos <= lastNanos { nanos = lastNanos + 1 }
        lastNanos = nanos
        let name = "\(object.name).\(String(nanos, radix: 16))"
        let event: JSON = [
            "metadata": ["name": .string(name), "namespace": .string(namespace)],
            "involvedObject": .object(involved),
            "reason": .string(reason),
            "message": .string(message),
            "source": .object(sourceObject),
            "firstTimestamp": .string(now.rfc3339),
            "lastTimestamp": .string(now.rfc3339),
            "count": 1,
            "type": .string(type),
            "eventTime": .null,
            "reportingComponent": .string(source.component),
            "reportingInstance": .string(source.host ?? ""),
        ]
        if (try? server.create(.event, event, namespace: namespace)) != nil {
            seen[key] = (namespace, name)
        }
    }
}
