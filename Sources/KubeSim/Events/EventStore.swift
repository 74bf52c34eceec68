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
        var involved: InvolvedObject
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
    /// Records live in fixed-size chunks of slots: a million events then cost their records
    /// and a small index entry each, and growing the store never copies the records already
    /// in it.
    private static let chunkSize = 4096
    private var chunks: [[Record?]] = []
    private var freeSlots: [Int] = []
    private var slotCount = 0
    /// Recorded events are named `<object>.<hex stamp>` with a stamp no other recorded event
    /// has, so they are found by that number (and their name checked); any other name (a
    /// learner's own Event, or a stamp already taken) is found by name.
    private var byStamp: [UInt64: Int] = [:]
    private var byName: [String: [String: Int]] = [:]
    /// The slots of the events about each object name (`involvedObject.name`), for `describe`'s
    /// search among a million. Entries go stale when events are removed (and a reused slot may
    /// be listed twice): readers check the record, and each expiry sweep rebuilds the index.
    private var slotsByInvolvedName: [String: [Int]] = [:]
    public private(set) var count = 0
    /// No event can expire before this time, so most calls to `expire` return at once.
    private var nextExpiry = SimTime(milliseconds: Int64.max)

    /// The hex number after the last dot of `name`, when there is one of 1 to 16 lower-case digits.
    static func stamp(_ name: String) -> UInt64? {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        var value: UInt64 = 0
        var digits = 0
        for byte in bytes[bytes.index(after: dot)...] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            digits += 1
            guard digits <= 16 else { return nil }
            value = value << 4 | UInt64(digit)
        }
        return digits == 0 ? nil : value
    }

    private func slot(_ namespace: String, _ name: String) -> Int? {
        if let stamp = Self.stamp(name), let slot = byStamp[stamp], let record = read(slot), record.name == name,
            record.namespace == namespace
        {
            return slot
        }
        return byName[namespace]?[name]
    }

    private func read(_ slot: Int) -> Record? { chunks[slot / Self.chunkSize][slot % Self.chunkSize] }

    private func write(_ slot: Int, _ record: Record?) {
        chunks[slot / Self.chunkSize][slot % Self.chunkSize] = record
    }

    /// Stores `record`; `stamp` is `stamp(record.name)` when the caller has it at hand.
    func add(_ record: consuming Record, stamp known: UInt64? = nil) {
        nextExpiry = min(nextExpiry, record.last + Self.ttl)
        let stamp = known ?? Self.stamp(record.name)
        // A recorded event's stamp is new, so it is not there already; anything else may be
        // (a learner's Event of a name in use), and is replaced.
        if stamp.map({ byStamp[$0] != nil }) ?? true || !byName.isEmpty, let existing = slot(record.namespace, record.name) {
            write(existing, record)
            slotsByInvolvedName[record.involvedName, default: []].append(existing)
            return
        }
        let slot: Int
        if let reused = freeSlots.popLast() {
            slot = reused
        } else {
            slot = slotCount
            slotCount += 1
            if slot / Self.chunkSize == chunks.count {
                chunks.append([Record?](repeating: nil, count: Self.chunkSize))
            }
        }
        write(slot, record)
        slotsByInvolvedName[record.involvedName, default: []].append(slot)
        if let stamp, byStamp[stamp] == nil {
            byStamp[stamp] = slot
        } else {
            byName[record.namespace, default: [:]][record.name] = slot
        }
        count += 1
    }

    func record(namespace: String, name: String) -> Record? { slot(namespace, name).flatMap(read) }

    func update(namespace: String, name: String, _ change: (inout Record) -> Void) -> Record? {
        guard let slot = slot(namespace, name), var record = read(slot) else { return nil }
        change(&record)
        write(slot, record)
        return record
    }

    @discardableResult
    func remove(namespace: String, name: String) -> Record? {
        guard let slot = slot(namespace, name) else { return nil }
        if let stamp = Self.stamp(name), byStamp[stamp] == slot {
            byStamp[stamp] = nil
        } else {
            byName[namespace]?[name] = nil
            if byName[namespace]?.isEmpty == true { byName[namespace] = nil }
        }
        let record = read(slot)
        write(slot, nil)
        freeSlots.append(slot)
        count -= 1
        return record
    }

    /// Drops events last seen more than an hour before `now`; returns how many went.
    @discardableResult
    func expire(now: SimTime) -> Int {
        guard now > nextExpiry else { return 0 }
        var removed = 0
        nextExpiry = SimTime(milliseconds: Int64.max)
        slotsByInvolvedName.removeAll(keepingCapacity: true)
        for slot in 0..<slotCount {
            guard let record = read(slot) else { continue }
            if now - record.last > Self.ttl {
                remove(namespace: record.namespace, name: record.name)
                removed += 1
            } else {
                nextExpiry = min(nextExpiry, record.last + Self.ttl)
                slotsByInvolvedName[record.involvedName, default: []].append(slot)
            }
        }
        return removed
    }

    /// Records in `namespace` (all when nil) that `fields` selects, by namespace and then
    /// name. The selector is checked on the record, so only what it picks becomes JSON.
    func all(namespace: String?, fields: FieldSelector = .everything) -> [Record] {
        var result: [Record] = []
        // Read through a local copy of the chunks, which nothing can change while this runs:
        // each record is then looked at where it lies instead of being copied out first.
        let chunks = self.chunks
        let slots: [Int]
        if let involved = fields.requiredValue(of: "involvedObject.name") {
            slots = Set(slotsByInvolvedName[involved] ?? []).sorted()
        } else {
            slots = Array(0..<slotCount)
        }
        for slot in slots {
            let chunk = slot / Self.chunkSize, index = slot % Self.chunkSize
            guard Self.selects(chunks[chunk][index], namespace: namespace, fields: fields),
                let record = chunks[chunk][index]
            else { continue }
            result.append(record)
        }
        return result.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    }

    private static func selects(_ slot: Record?, namespace: String?, fields: FieldSelector) -> Bool {
        guard let record = slot, namespace.map({ record.namespace == $0 }) ?? true else { return false }
        return fields.isEverything || record.matches(fields)
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
        event["involvedObject"] = record.involved.json
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

extension EventStore.Record {
    var involvedName: String {
        switch involved {
        case .reference(let reference): return reference.name
        case .json(let json): return json["name"].string ?? ""
        }
    }

    /// Whether `selector` selects this event, reading the fields the API server lets events be
    /// selected on straight from the record (any other field from its JSON).
    func matches(_ selector: FieldSelector) -> Bool {
        var materialised: JSON?
        return selector.matches { field in
            if let value = fieldValue(field) { return value }
            let json = materialised ?? EventStore.json(self)
            materialised = json
            return json.value(at: field.split(separator: ".").map(String.init)).string ?? ""
        }
    }

    private func fieldValue(_ field: String) -> String? {
        switch field {
        case "metadata.name": return name
        case "metadata.namespace": return namespace
        case "reason": return reason
        case "type": return type
        case "source", "reportingComponent": return component
        default: break
        }
        guard field.hasPrefix("involvedObject."), case .reference(let involved) = involved else { return nil }
        switch field.dropFirst("involvedObject.".count) {
        case "kind": return involved.kind
        case "namespace": return involved.namespace
        case "name": return involved.name
        case "uid": return involved.uid
        case "apiVersion": return involved.apiVersion.string ?? ""
        case "resourceVersion": return involved.resourceVersion
        case "fieldPath": return involved.fieldPath ?? ""
        default: return nil
        }
    }
}

/// An Event's `involvedObject`: kept as fields, not JSON, because a big rollout records a
/// million of them and reads few.
enum InvolvedObject {
    /// What a component's recorder takes from the object it reports on.
    struct Reference {
        var kind: String
        var namespace: String
        var name: String
        var uid: String
        var apiVersion: JSON
        var resourceVersion: String
        var fieldPath: String?
    }

    case reference(Reference)
    /// A learner's own Event, kept as written.
    case json(JSON)

    var json: JSON {
        switch self {
        case .json(let json):
            return json
        case .reference(let r):
            var involved = JSONObject()
            involved["kind"] = .string(r.kind)
            if !r.namespace.isEmpty { involved["namespace"] = .string(r.namespace) }
            involved["name"] = .string(r.name)
            involved["uid"] = .string(r.uid)
            involved["apiVersion"] = r.apiVersion
            involved["resourceVersion"] = .string(r.resourceVersion)
            if let fieldPath = r.fieldPath { involved["fieldPath"] = .string(fieldPath) }
            return .object(involved)
        }
    }
}
