import JSONValue
import SimCore

/// Where Events live: apart from the other objects, compact, and expiring after an hour —
/// as the API server keeps them (their own etcd prefix, a one-hour TTL). They are turned into
/// core/v1 Event objects only when someone reads them, so a 150,000-pod rollout's million
/// events cost little until a learner looks.
public final class EventStore {
    struct Record {
        var name: String
        var namespace: String
        var involved: JSON
        var reason: String
        var message: String
        var component: String
        var host: String?
        var type: String
        var first: SimTime
        var last: SimTime
        var count: Int
        var resourceVersion: Int64
    }

    public static let ttl = SimDuration.hours(1)
    private var records: [String: [String: Record]] = [:]
    public private(set) var count = 0
    /// No event can expire before this time, so most calls to `expire` return at once.
    private var nextExpiry = SimTime(milliseconds: Int64.max)

    func add(_ record: Record) {
        if records[record.namespace]?[record.name] == nil { count += 1 }
        records[record.namespace, default: [:]][record.name] = record
        nextExpiry = min(nextExpiry, record.last + Self.ttl)
    }

    func record(namespace: String, name: String) -> Record? { records[namespace]?[name] }

    func update(namespace: String, name: String, _ change: (inout Record) -> Void) -> Record? {
        guard var record = records[namespace]?[name] else { return nil }
        change(&record)
        records[namespace]?[name] = record
        return record
    }

    @discardableResult
    func remove(namespace: String, name: String) -> Record? {
        guard let record = records[namespace]?.removeValue(forKey: name) else { return nil }
        count -= 1
        return record
    }

    /// Drops events last seen more than an hour before `now`; returns how many went.
    @discardableResult
    func expire(now: SimTime) -> Int {
        guard now > nextExpiry else { return 0 }
        var removed = 0
        nextExpiry = SimTime(milliseconds: Int64.max)
        for (namespace, byName) in records {
            for (name, record) in byName {
                if now - record.last > Self.ttl {
                    records[namespace]?[name] = nil
                    removed += 1
                } else {
                    nextExpiry = min(nextExpiry, record.last + Self.ttl)
                }
            }
        }
        count -= removed
        return removed
    }

    func all(namespace: String?) -> [Record] {
        let namespaces = namespace.map { [$0] } ?? records.keys.sorted()
        var result: [Record] = []
        for ns in namespaces {
            guard let byName = records[ns] else { continue }
            for name in byName.keys.sorted() { if let record = byName[name] { result.append(record) } }
        }
        return result
    }

    /// The Event object for a record.
    static func json(_ record: Record) -> JSON {
        var metadata = JSONObject()
        metadata["name"] = .string(record.name)
        metadata["namespace"] = .string(record.namespace)
        metadata["uid"] = .string(uuidLike(record.namespace + "/" + record.name))
        metadata["resourceVersion"] = .string(String(record.resourceVersion))
        metadata["creationTimestamp"] = .string(record.first.rfc3339)
        var source = JSONObject()
        source["component"] = .string(record.component)
        if let host = record.host { source["host"] = .string(host) }
        var event = JSONObject()
        event["kind"] = "Event"
        event["apiVersion"] = "v1"
        event["metadata"] = .object(metadata)
        event["involvedObject"] = record.involved
        event["reason"] = .string(record.reason)
        event["message"] = .string(record.message)
        event["source"] = .object(source)
        event["firstTimestamp"] = .string(record.first.rfc3339)
        event["lastTimestamp"] = .string(record.last.rfc3339)
        event["count"] = .int(record.count)
        event["type"] = .string(record.type)
        event["eventTime"] = .null
        event["reportingComponent"] = .string(record.component)
        event["reportingInstance"] = .string(record.host ?? "")
        return .object(event)
    }

    /// A stable uid for an event, from its name (events are too many to spend the generator on).
    static func uuidLike(_ seed: String) -> String {
        let a = fnv1a64(seed)
        let b = fnv1a64(seed + "/uid")
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        let left = hex(a, 16)
        let right = hex(b, 16)
        return "\(left.prefix(8))-\(left.dropFirst(8).prefix(4))-4\(left.dropFirst(13).prefix(3))-\(right.prefix(4))-\(right.dropFirst(4).prefix(12))"
    }
}
