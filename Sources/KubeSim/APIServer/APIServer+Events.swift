import JSONValue
import SimCore

/// Events are served from their own store (`EventStore`): reads materialise them, writes go
/// there, and watchers of events hear about them like any other change.
extension APIServer {
    func addEvent(_ record: consuming EventStore.Record) {
        var stored = record
        stored.resourceVersion = etcd.bumpRevision()
        eventStore.add(stored)
        if hasWatchers(.event, for: .added) {
            notify(WatchEvent(type: .added, resource: .event, object: EventStore.json(stored), old: nil))
        }
    }

    /// Updates the event recorded with `stamp`; false when it no longer exists.
    func updateEvent(namespace: String, stamp: UInt64, _ change: (inout EventStore.Record) -> Void) -> Bool {
        guard let updated = eventStore.update(namespace: namespace, stamp: stamp, { record in
            change(&record)
            record.resourceVersion = etcd.bumpRevision()
        }) else { return false }
        if hasWatchers(.event, for: .modified) {
            let object = EventStore.json(updated)
            notify(WatchEvent(type: .modified, resource: .event, object: object, old: object))
        }
        return true
    }

    @discardableResult
    func expireEvents() -> Int { eventStore.expire(now: now) }

    func eventObject(namespace: String, name: String) -> JSON? {
        eventStore.record(namespace: namespace, name: name).map(EventStore.json)
    }

    func eventList(namespace: String?, fields: FieldSelector) -> [JSON] {
        eventStore.expire(now: now)
        return eventStore.all(namespace: namespace, fields: fields).map(EventStore.json)
    }

    /// A learner's own Event (`kubectl create -f event.yaml`), stored like a recorded one.
    func createEvent(_ object: JSON, namespace: String) -> JSON {
        let involved = object["involvedObject"]
        let first = object["firstTimestamp"].string.flatMap { SimTime(rfc3339: $0) } ?? now
        let source = EventRecorder.Source(component: object["source"]["component"].string ?? "",
                                          host: object["source"]["host"].string)
        let record = EventStore.Record(
            naming: .named(object.name), namespace: namespace, involved: .json(involved),
            reason: object["reason"].string ?? "", message: object["message"].string ?? "", source: source,
            type: object["type"].string ?? "Normal", first: first,
            last: object["lastTimestamp"].string.flatMap { SimTime(rfc3339: $0) } ?? first,
            count: object["count"].int ?? 1, resourceVersion: 0)
        addEvent(record)
        return eventObject(namespace: namespace, name: object.name) ?? object
    }

    @discardableResult
    func deleteEvent(namespace: String, name: String) -> JSON? {
        guard let record = eventStore.remove(namespace: namespace, name: name) else { return nil }
        let object = EventStore.json(record)
        if hasWatchers(.event, for: .deleted) { notify(WatchEvent(type: .deleted, resource: .event, object: object, old: object)) }
        return object
    }
}
