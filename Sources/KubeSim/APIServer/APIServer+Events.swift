import JSONValue
import SimCore

/// Events are served from their own store (`EventStore`): reads materialise them, writes go
/// there, and watchers of events hear about them like any other change.
///
/// Recorded events reach the store through their recorder's broadcaster, on a thread of its
/// own (`EventBroadcaster`); every read or change of the store here first waits for those on
/// their way (`flushEvents`).
extension APIServer {
    /// Asks for `flush` to be called before events are read.
    func waitForEvents(_ flush: @escaping () -> Void) { eventFlushes.append(flush) }

    func flushEvents() {
        for flush in eventFlushes { flush() }
    }

    /// Stores a new event whose revision is taken. Without `notifying`, nothing but the event
    /// store is touched: the broadcaster's worker writes this way.
    func storeEvent(_ record: EventStore.Record, notifying: Bool) {
        eventStore.add(record)
        if notifying, hearsEventWrites, hasWatchers(.event, for: .added) {
            notify(WatchEvent(type: .added, resource: .event, object: EventStore.json(record), old: nil))
        }
    }

    /// Counts again the event recorded with `stamp`, at `revision`; false when it no longer
    /// exists. Like `storeEvent`, it touches only the event store unless `notifying`.
    func updateEvent(namespace: String, stamp: UInt64, revision: Int64, notifying: Bool,
                     _ change: (inout EventStore.Record) -> Void) -> Bool {
        guard let updated = eventStore.update(namespace: namespace, stamp: stamp, { record in
            change(&record)
            record.resourceVersion = revision
        }) else { return false }
        if notifying, hearsEventWrites, hasWatchers(.event, for: .modified) {
            let object = EventStore.json(updated)
            notify(WatchEvent(type: .modified, resource: .event, object: object, old: object))
        }
        return true
    }

    /// Drops events an hour old at `now` (the recorded time of the event being written).
    func expireEvents(now: SimTime) { eventStore.expire(now: now) }

    func eventCount() -> Int {
        flushEvents()
        return eventStore.count
    }

    func eventObject(namespace: String, name: String) -> JSON? {
        flushEvents()
        return eventStore.record(namespace: namespace, name: name).map(EventStore.json)
    }

    func eventList(namespace: String?, fields: FieldSelector) -> [JSON] {
        flushEvents()
        eventStore.expire(now: now)
        return eventStore.all(namespace: namespace, fields: fields).map(EventStore.json)
    }

    /// A learner's own Event (`kubectl create -f event.yaml`): what it leaves out is filled in
    /// as for a recorded one, and it is kept whole, labels and annotations with it.
    func createEvent(_ object: JSON, namespace: String) -> JSON {
        flushEvents()
        var record = eventRecord(object, namespace: namespace)
        var event = EventStore.json(record, involved: object["involvedObject"])
        for key in ["labels", "annotations"] { event["metadata"].set(key, object["metadata"].object?[key]) }
        event["metadata"] = .object(MetadataOrder.normalize(event["metadata"].object ?? JSONObject()))
        record.involved = .written(event)
        record.resourceVersion = etcd.bumpRevision()
        storeEvent(record, notifying: true)
        return eventObject(namespace: namespace, name: object.name) ?? object
    }

    /// Writes an event a client changed (`kubectl apply`, `replace`, `patch`, `label`,
    /// `annotate`): it is kept whole from then on, as a learner's own events are.
    func updateEvent(_ input: JSON, namespace: String, checkingVersion: Bool = true,
                     dryRun: Bool = false) throws(APIError) -> JSON {
        guard let existing = eventObject(namespace: namespace, name: input.name) else { throw .notFound(.event, input.name) }
        if checkingVersion, !input.resourceVersion.isEmpty, input.resourceVersion != existing.resourceVersion {
            throw .conflict(
                "Operation cannot be fulfilled on events \"\(input.name)\": the object has been modified; please apply your changes to the latest version and try again")
        }
        var event = input
        event["apiVersion"] = "v1"
        event["kind"] = "Event"
        for key in ["name", "namespace", "uid", "creationTimestamp"] {
            event["metadata"].set(key, existing["metadata"].object?[key])
        }
        event["metadata"] = .object(MetadataOrder.normalize(event["metadata"].object ?? JSONObject()))
        if dryRun { return event }
        var record = eventRecord(event, namespace: namespace)
        record.resourceVersion = etcd.bumpRevision()
        guard let stored = eventStore.replace(namespace: namespace, name: input.name, with: record) else {
            throw .notFound(.event, input.name)
        }
        let object = EventStore.json(stored)
        if hasWatchers(.event, for: .modified) {
            notify(WatchEvent(type: .modified, resource: .event, object: object, old: existing))
        }
        return object
    }

    /// The record of an Event a client wrote: its fields, the ones it leaves out filled in.
    private func eventRecord(_ object: JSON, namespace: String) -> EventStore.Record {
        let first = object["firstTimestamp"].string.flatMap { SimTime(rfc3339: $0) }
        let source = EventRecorder.Source(component: object["source"]["component"].string ?? "",
                                          host: object["source"]["host"].string)
        return EventStore.Record(
            naming: .named(object.name), namespace: namespace, involved: .written(object),
            reason: object["reason"].string ?? "", message: object["message"].string ?? "", source: source,
            type: object["type"].string ?? "Normal", first: first ?? now,
            last: object["lastTimestamp"].string.flatMap { SimTime(rfc3339: $0) } ?? first ?? now,
            count: object["count"].int ?? 1, resourceVersion: 0)
    }

    @discardableResult
    func deleteEvent(namespace: String, name: String) -> JSON? {
        flushEvents()
        guard let record = eventStore.remove(namespace: namespace, name: name) else { return nil }
        let object = EventStore.json(record)
        if hasWatchers(.event, for: .deleted) { notify(WatchEvent(type: .deleted, resource: .event, object: object, old: object)) }
        return object
    }
}
