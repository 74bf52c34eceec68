import JSONValue
import SimCore

/// Where Events live: apart from the other objects, compact, and expiring after an hour —
/// as the API server keeps them (their own etcd prefix, a one-hour TTL). They are turned into
/// core/v1 Event objects only when someone reads them, so a 150,000-pod rollout's million
/// events cost little until a learner looks.
public final class EventStore {
    struct Record {
        /// How the event is named: recorded events by their stamp alone (`<involved
        /// name>.<stamp in hex>` is made when read), anything else by its whole name.
        var naming: Naming
        var namespace: String
        var involved: InvolvedObject
        var reason: String
        var message: String
        var source: EventRecorder.Source
        var type: String
        var first: SimTime
        var last: SimTime
        var count: Int
        var resourceVersion: Int64
    }

    enum Naming: Equatable {
        case stamped(UInt64)
        case named(String)
    }

    public static let ttl = SimDuration.hours(1)
    /// Records live in fixed-size chunks of slots: a million events then cost their records
    /// and a small index entry each, and growing the store never copies the records already
    /// in it.
    private static let chunkSize = 4096
    private var chunks: [[Record?]] = []
    /// Slots free for new events. A slot freed between expiry sweeps waits in
    /// `freedSinceSweep` for the next one, so no chain below runs through a reused slot.
    private var freeSlots: [Int] = []
    private var freedSinceSweep: [Int] = []
    private var slotCount = 0
    /// Recorded events are named `<object>.<hex stamp>` with a stamp no other recorded event
    /// has, so they are found by that number (and their name checked); any other name (a
    /// learner's own Event, or a stamp already taken) is found by name.
    private var byStamp: [UInt64: Int] = [:]
    private var byName: [String: [String: Int]] = [:]
    /// The events about each object name (`involvedObject.name`), for `describe`'s search among
    /// a million, as a chain through the slots: the newest slot per name, and from each slot
    /// the next older one about the same name. The links live apart from the records, so a
    /// removed event leaves its chain whole; each expiry sweep rebuilds the chains.
    private var newestAbout: [String: Int32] = [:]
    private var olderAbout: [Int32] = []
    public private(set) var count = 0
    /// No event can expire before this time, so most calls to `expire` return at once.
    private var nextExpiry = SimTime(milliseconds: Int64.max)

    /// `<object>.<stamp in lower-case hex>`, written straight into one buffer.
    static func stampedName(_ object: String, _ stamp: UInt64) -> String {
        var digits = 0
        var rest = stamp
        repeat {
            digits += 1
            rest >>= 4
        } while rest > 0
        let prefix = object.utf8.count
        return String(unsafeUninitializedCapacity: prefix + 1 + digits) { buffer in
            let copied: Void? = object.utf8.withContiguousStorageIfAvailable { bytes in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[..<prefix]).initialize(from: bytes)
            }
            if copied == nil {
                for (index, byte) in object.utf8.enumerated() { buffer[index] = byte }
            }
            buffer[prefix] = UInt8(ascii: ".")
            var value = stamp
            for position in stride(from: prefix + digits, to: prefix, by: -1) {
                let digit = UInt8(value & 0xF)
                buffer[position] = digit < 10 ? 48 + digit : 87 + digit
                value >>= 4
            }
            return prefix + 1 + digits
        }
    }

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
        if let stamp = Self.stamp(name), let slot = byStamp[stamp], let record = read(slot), record.namespace == namespace,
            record.name == name
        {
            return slot
        }
        return byName[namespace]?[name]
    }

    private func read(_ slot: Int) -> Record? { chunks[slot / Self.chunkSize][slot % Self.chunkSize] }

    private func write(_ slot: Int, _ record: Record?) {
        chunks[slot / Self.chunkSize][slot % Self.chunkSize] = record
    }

    func add(_ record: consuming Record) {
        nextExpiry = min(nextExpiry, record.last + Self.ttl)
        // A recorded event's stamp is new, so only a learner's Event can hold its name already;
        // a learner's Event may take any name in use, and replaces what had it.
        let existing: Int?
        switch record.naming {
        case .stamped: existing = byName.isEmpty ? nil : byName[record.namespace]?[record.name]
        case .named(let name): existing = slot(record.namespace, name)
        }
        if let existing { remove(slot: existing) }
        let slot: Int
        if let reused = freeSlots.popLast() {
            slot = reused
        } else {
            slot = slotCount
            slotCount += 1
            olderAbout.append(-1)
            if slot / Self.chunkSize == chunks.count {
                chunks.append([Record?](repeating: nil, count: Self.chunkSize))
            }
        }
        chain(slot, about: record.involvedName)
        if case .stamped(let stamp) = record.naming, byStamp[stamp] == nil {
            byStamp[stamp] = slot
        } else {
            byName[record.namespace, default: [:]][record.name] = slot
        }
        write(slot, record)
        count += 1
    }

    func record(namespace: String, name: String) -> Record? { slot(namespace, name).flatMap(read) }

    /// Changes the event recorded with `stamp`, unless it is gone (or a learner's Event took
    /// its name).
    func update(namespace: String, stamp: UInt64, _ change: (inout Record) -> Void) -> Record? {
        guard let slot = byStamp[stamp], var record = read(slot), record.naming == .stamped(stamp),
            record.namespace == namespace
        else { return nil }
        change(&record)
        write(slot, record)
        return record
    }

    /// Puts `record` in the place of the event named `name`, under that name; nil when there
    /// is none.
    func replace(namespace: String, name: String, with record: Record) -> Record? {
        guard let slot = slot(namespace, name), let existing = remove(slot: slot) else { return nil }
        var replacement = record
        // Named for good: a recorded event's name would otherwise follow its (changed) object.
        replacement.naming = .named(existing.name)
        add(replacement)
        return replacement
    }

    /// Makes `slot` the newest of the events about `name`.
    private func chain(_ slot: Int, about name: String) {
        olderAbout[slot] = newestAbout.updateValue(Int32(slot), forKey: name) ?? -1
    }

    @discardableResult
    func remove(namespace: String, name: String) -> Record? {
        guard let slot = slot(namespace, name) else { return nil }
        return remove(slot: slot)
    }

    @discardableResult
    private func remove(slot: Int) -> Record? {
        guard let record = read(slot) else { return nil }
        if case .stamped(let stamp) = record.naming, byStamp[stamp] == slot {
            byStamp[stamp] = nil
        } else {
            byName[record.namespace]?[record.name] = nil
            if byName[record.namespace]?.isEmpty == true { byName[record.namespace] = nil }
        }
        write(slot, nil)
        freedSinceSweep.append(slot)
        count -= 1
        return record
    }

    /// Drops events last seen more than an hour before `now`; returns how many went.
    @discardableResult
    func expire(now: SimTime) -> Int {
        guard now > nextExpiry else { return 0 }
        var removed = 0
        nextExpiry = SimTime(milliseconds: Int64.max)
        newestAbout.removeAll(keepingCapacity: true)
        for slot in 0..<slotCount {
            guard let record = read(slot) else { continue }
            if now - record.last > Self.ttl {
                remove(slot: slot)
                removed += 1
            } else {
                nextExpiry = min(nextExpiry, record.last + Self.ttl)
                chain(slot, about: record.involvedName)
            }
        }
        // The chains are new and run through none of the empty slots: all may be reused.
        freeSlots.append(contentsOf: freedSinceSweep)
        freedSinceSweep.removeAll()
        return removed
    }

    /// Records in `namespace` (all when nil) that `fields` selects, by namespace and then
    /// name. The selector is checked on the record, so only what it picks becomes JSON.
    func all(namespace: String?, fields: FieldSelector = .everything) -> [Record] {
        var result: [Record] = []
        // Read through a local copy of the chunks, which nothing can change while this runs:
        // each record is then looked at where it lies instead of being copied out first.
        let chunks = self.chunks
        var slots: [Int] = []
        if let involved = fields.requiredValue(of: "involvedObject.name") {
            var slot = Int(newestAbout[involved] ?? -1)
            while slot >= 0 {
                slots.append(slot)
                slot = Int(olderAbout[slot])
            }
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
        // Recorded events' names are made when read: once each here, not at every comparison.
        let names = result.map(\.name)
        return result.indices.sorted { (result[$0].namespace, names[$0]) < (result[$1].namespace, names[$1]) }
            .map { result[$0] }
    }

    private static func selects(_ slot: Record?, namespace: String?, fields: FieldSelector) -> Bool {
        guard let record = slot, namespace.map({ record.namespace == $0 }) ?? true else { return false }
        return fields.isEverything || record.matches(fields)
    }

    /// The Event object for a record.
    static func json(_ record: Record) -> JSON {
        if case .written(var event) = record.involved {
            event["metadata"]["resourceVersion"] = .string(String(record.resourceVersion))
            return event
        }
        return json(record, involved: record.involved.json)
    }

    /// The Event object a record's fields make, about `involved`.
    static func json(_ record: Record, involved: JSON) -> JSON {
        let name = record.name
        var metadata = JSONObject()
        metadata["name"] = .string(name)
        metadata["namespace"] = .string(record.namespace)
        metadata["uid"] = .string(uuidLike(record.namespace + "/" + name))
        metadata["resourceVersion"] = .string(String(record.resourceVersion))
        metadata["creationTimestamp"] = .string(record.first.rfc3339)
        var source = JSONObject()
        source["component"] = .string(record.source.component)
        if let host = record.source.host { source["host"] = .string(host) }
        var event = JSONObject()
        event["kind"] = "Event"
        event["apiVersion"] = "v1"
        event["metadata"] = .object(metadata)
        event["involvedObject"] = involved
        event["reason"] = .string(record.reason)
        event["message"] = .string(record.message)
        event["source"] = .object(source)
        event["firstTimestamp"] = .string(record.first.rfc3339)
        event["lastTimestamp"] = .string(record.last.rfc3339)
        event["count"] = .int(record.count)
        event["type"] = .string(record.type)
        event["eventTime"] = .null
        event["reportingComponent"] = .string(record.source.component)
        event["reportingInstance"] = .string(record.source.host ?? "")
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
    var name: String {
        switch naming {
        case .stamped(let stamp): return EventStore.stampedName(involvedName, stamp)
        case .named(let name): return name
        }
    }

    var involvedName: String {
        switch involved {
        case .reference(let subject, _, _): return subject.name
        case .written(let event): return event["involvedObject"]["name"].string ?? ""
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
        case "source", "reportingComponent": return source.component
        default: break
        }
        guard field.hasPrefix("involvedObject."), case .reference(let subject, let resourceVersion, let fieldPath) = involved
        else { return nil }
        switch field.dropFirst("involvedObject.".count) {
        case "kind": return subject.kind
        case "namespace": return subject.namespace
        case "name": return subject.name
        case "uid": return subject.uid
        case "apiVersion": return subject.apiVersion.string ?? ""
        case "resourceVersion": return resourceVersion
        case "fieldPath": return fieldPath ?? ""
        default: return nil
        }
    }
}

/// An Event's `involvedObject`: kept as fields, not JSON, because a big rollout records a
/// million of them and reads few.
enum InvolvedObject {
    /// Who the object is, as a recorder reads it: one instance is shared by the events about
    /// one object, so each event keeps a reference instead of five strings.
    final class Subject {
        let kind: String
        let namespace: String
        let name: String
        let uid: String
        let apiVersion: JSON

        init(kind: String, namespace: String, name: String, uid: String, apiVersion: JSON) {
            self.kind = kind
            self.namespace = namespace
            self.name = name
            self.uid = uid
            self.apiVersion = apiVersion
        }
    }

    /// The object as it was when the event was recorded, and the container meant, if any
    /// (`spec.containers{nginx}`).
    case reference(Subject, resourceVersion: String, fieldPath: String?)
    /// An Event a client wrote (created, applied, patched, labelled): the whole object is kept
    /// as the server stored it, labels, annotations and all.
    case written(JSON)

    var json: JSON {
        switch self {
        case .written(let event):
            return event["involvedObject"]
        case .reference(let subject, let resourceVersion, let fieldPath):
            var involved = JSONObject()
            involved["kind"] = .string(subject.kind)
            if !subject.namespace.isEmpty { involved["namespace"] = .string(subject.namespace) }
            involved["name"] = .string(subject.name)
            involved["uid"] = .string(subject.uid)
            involved["apiVersion"] = subject.apiVersion
            involved["resourceVersion"] = .string(resourceVersion)
            if let fieldPath { involved["fieldPath"] = .string(fieldPath) }
            return .object(involved)
        }
    }
}
