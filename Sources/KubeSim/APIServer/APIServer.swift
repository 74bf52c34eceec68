import JSONValue
import SimCore

/// kube-apiserver: the only way into a cluster's state.
///
/// Every client — kubectl, the scheduler, controllers, kubelets — reads and writes through it.
/// It validates, applies defaults, stamps metadata (uid, resourceVersion, generation,
/// creationTimestamp), stores in etcd, handles graceful deletion and finalizers, serves
/// server-side tables, and tells watchers about every change.
public final class APIServer {
    public let catalog: ResourceCatalog
    public let etcd: Etcd
    public let simulation: Simulation
    public var version: KubernetesVersion
    public let index: ObjectIndex
    /// The Service address range (`--service-cluster-ip-range`).
    public var serviceNetwork = ServiceNetwork.kubeadm
    /// A mutating admission webhook for new pods, after defaulting (EKS's Fargate webhook).
    public var podAdmission: ((inout JSON) -> Void)?
    let eventStore = EventStore()
    private var strategies: [String: ResourceStrategy] = [:]
    private let genericStrategy = GenericStrategy()
    /// The kind last asked for and its strategy (classes: handing one out is a retain).
    private var lastKind = ""
    private lazy var lastStrategy: ResourceStrategy = genericStrategy
    private var audiences = WatchAudiences()
    private var nextWatchID = 0
    /// Per resource, the generators of generated names and of uids: one stream per resource,
    /// so a new kind of object never reshuffles the names of others. Found once, not on
    /// every create.
    private var identityStreams: [String: (names: RandomStream, uids: RandomStream)] = [:]
    /// How many watches of events are open.
    private(set) var eventWatchers = 0
    /// Whether one of them hears events added or changed (the garbage collector's hears only
    /// deletions): asked for every event recorded, so kept rather than looked up.
    private(set) var hearsEventWrites = false
    /// What waits for recorded events still on their way to `eventStore`.
    var eventFlushes: [() -> Void] = []

    public init(simulation: Simulation, etcd: Etcd, catalog: ResourceCatalog = .kubernetes,
                version: KubernetesVersion = .default) {
        self.simulation = simulation
        self.etcd = etcd
        self.catalog = catalog
        self.version = version
        index = ObjectIndex(etcd: etcd)
    }

    public var now: SimTime { simulation.now }

    public func register(_ strategy: ResourceStrategy, forKind kind: String) {
        strategies[kind] = strategy
        lastKind = ""
    }

    public func strategy(for type: ResourceType) -> ResourceStrategy {
        // Writes come in runs of one kind (a rollout's pods): the last answer is kept.
        let kind = type.kind
        if kind == lastKind { return lastStrategy }
        let found = strategies[kind] ?? genericStrategy
        lastKind = kind
        lastStrategy = found
        return found
    }

    private func identityStreams(_ type: ResourceType) -> (names: RandomStream, uids: RandomStream) {
        if let known = identityStreams[type.resource] { return known }
        let streams = (names: simulation.random.stream("kube-generate-name/\(type.resource)"),
                       uids: simulation.random.stream("kube-uid/\(type.resource)"))
        identityStreams[type.resource] = streams
        return streams
    }

    func context(isCreate: Bool) -> StrategyContext {
        StrategyContext(now: now, random: simulation.random, server: self, isCreate: isCreate)
    }

    /// Calls `handler` for every change to objects of `type`, at the same simulated instant
    /// but after the writer has finished (as a watch would).
    @discardableResult
    public func watch(_ type: ResourceType, only: WatchEvent.EventType? = nil,
                      _ handler: @escaping (WatchEvent) -> Void) -> WatchToken {
        nextWatchID += 1
        audiences.add(type.etcdPrefix, id: nextWatchID, only: only, handler)
        if type == .event {
            eventWatchers += 1
            noteEventWatchers()
        }
        return WatchToken(prefix: type.etcdPrefix, id: nextWatchID)
    }

    /// Ends a watch (a client's `-w` that has finished).
    public func stopWatching(_ token: WatchToken) {
        let removed = audiences.remove(token.prefix, id: token.id)
        if token.prefix == ResourceType.event.etcdPrefix {
            eventWatchers -= removed
            noteEventWatchers()
        }
    }

    /// Works out `hearsEventWrites` again, when a watch of events starts or stops: whether a
    /// watcher would hear an event being written (recorders then write at once).
    private func noteEventWatchers() {
        hearsEventWrites = eventWatchers > 0 && (hasWatchers(.event, for: .added) || hasWatchers(.event, for: .modified))
    }

    // MARK: Reads

    public func get(_ type: ResourceType, namespace: String, name: String) throws(APIError) -> JSON {
        if type == .event {
            guard let event = eventObject(namespace: namespace, name: name) else { throw .notFound(type, name) }
            return event
        }
        guard let entry = etcd.get(prefix: type.etcdPrefix, namespace: type.namespaced ? namespace : "", name: name)
        else { throw .notFound(type, name) }
        return entry.value
    }

    /// The object, or nil: for components, which treat "gone" as a normal answer.
    public func object(_ type: ResourceType, namespace: String, name: String) -> JSON? {
        if type == .event { return eventObject(namespace: namespace, name: name) }
        return etcd.get(prefix: type.etcdPrefix, namespace: type.namespaced ? namespace : "", name: name)?.value
    }

    /// Objects of `type` in `namespace` (all namespaces when nil) that match the selectors,
    /// sorted by namespace and name as etcd returns them.
    public func list(_ type: ResourceType, namespace: String?, labelSelector: LabelSelector = .everything,
                     fieldSelector: FieldSelector = .everything) -> [JSON] {
        if type == .event {
            let events = eventList(namespace: namespace, fields: fieldSelector)
            return labelSelector.isEverything ? events : events.filter { labelSelector.matches(object: $0) }
        }
        let ns = type.namespaced ? namespace : nil
        if labelSelector.isEverything && fieldSelector.isEverything { return etcd.list(prefix: type.etcdPrefix, namespace: ns).map(\.value) }
        let selected = { (object: JSON) in
            (labelSelector.isEverything || labelSelector.matches(object: object))
                && (fieldSelector.isEverything || fieldSelector.matches(object))
        }
        if type == .pod, let node = fieldSelector.requiredValue(of: "spec.nodeName") {
            // A node's pods come from the index by node, as the API server's watch cache
            // indexes pods by spec.nodeName (what every kubelet and `describe node` ask for).
            return index.pods(onNode: node).compactMap { key in
                guard ns.map({ key.namespace == $0 }) ?? true,
                    let pod = etcd.get(prefix: key.prefix, namespace: key.namespace, name: key.name)?.value, selected(pod)
                else { return nil }
                return pod
            }
        }
        // Select first and sort what is left: one deployment's pods among 150,000 are few to sort.
        return etcd.list(prefix: type.etcdPrefix, namespace: ns) { selected($0.value) }.map(\.value)
    }

    public func count(_ type: ResourceType) -> Int {
        type == .event ? eventCount() : etcd.count(prefix: type.etcdPrefix)
    }

    public func podPhaseCount(_ phase: String) -> Int { index.podCount(phase: phase) }

    /// The list's resourceVersion: the store's current revision.
    public var resourceVersion: String { etcd.revision.decimalText }

    /// A server-side Table of `objects` of `type`.
    public func table(_ type: ResourceType, _ objects: [JSON]) -> JSON {
        strategy(for: type).table.table(objects, context: TableContext(now: now),
                                        resourceVersion: resourceVersion)
    }

    // MARK: Writes

    /// Creates an object; with `dryRun` it is validated and defaulted but not stored.
    @discardableResult
    public func create(_ type: ResourceType, _ input: JSON, namespace: String? = nil,
                       dryRun: Bool = false) throws(APIError) -> JSON {
        let strategy = strategy(for: type)
        if let error = strategy.decodeError(input, type: type) { throw error }
        var object = input
        object["apiVersion"] = .string(type.apiVersion)
        object["kind"] = .string(type.kind)
        if object["metadata"].object == nil { object["metadata"] = .object(JSONObject()) }
        let ns = try resolveNamespace(type, object: object, requested: namespace)

        // The server's own metadata, set on one copy with room for it (a pod from a template
        // shares its metadata with the template until here).
        let streams = identityStreams(type)
        var metadata = object["metadata"].object ?? JSONObject()
        metadata.reserveCapacity(metadata.count + 6)
        if type.namespaced { metadata["namespace"] = .string(ns) }
        if (metadata["name"]?.string ?? "").isEmpty, let prefix = metadata["generateName"]?.string, !prefix.isEmpty {
            metadata["name"] = .string(prefix + streams.names.kubernetesSuffix())
        }
        // Identity first, so defaulting may build on it (a Job's selector uses its uid).
        metadata["uid"] = .string(streams.uids.uuid())
        metadata["creationTimestamp"] = .string(now.rfc3339)
        object["metadata"] = .object(metadata)
        strategy.applyDefaults(&object, context: context(isCreate: true))
        if type == .pod, let podAdmission { podAdmission(&object) }
        var errors = ObjectMetaValidation.validate(object, type: type)
        errors += strategy.validate(object, context: context(isCreate: true))
        if !errors.isEmpty { throw .invalid(kind: type.kind, name: object.name, causes: errors) }
        if type.namespaced, ns != "", let namespaceObject = self.object(.namespace, namespace: "", name: ns),
            namespaceObject.isTerminating
        {
            throw .forbidden(
                "\(type.resource) \"\(object.name)\" is forbidden: unable to create new content in namespace \(ns) because it is being terminated")
        }
        if self.object(type, namespace: ns, name: object.name) != nil {
            throw .alreadyExists(type, object.name)
        }

        if strategy.tracksGeneration { object["metadata"]["generation"] = 1 }
        object["metadata"] = .object(MetadataOrder.normalize(object["metadata"].object ?? JSONObject()))
        if dryRun { return object }
        if type == .event { return createEvent(object, namespace: ns) }
        return store(type, consume object, old: nil)
    }

    /// Replaces an object. A non-empty `resourceVersion` in `input` must match the stored one.
    @discardableResult
    public func update(_ type: ResourceType, _ input: JSON, dryRun: Bool = false) throws(APIError) -> JSON {
        if let error = QuantityFields.decodeError(input, type: type) { throw error }
        let ns = type.namespaced ? input.namespace : ""
        if type == .event { return try updateEvent(input, namespace: ns, dryRun: dryRun) }
        guard let existing = etcd.get(prefix: type.etcdPrefix, namespace: ns, name: input.name)?.value else {
            throw .notFound(type, input.name)
        }
        if !input.resourceVersion.isEmpty, input.resourceVersion != existing.resourceVersion {
            throw .conflict(
                "Operation cannot be fulfilled on \(type.qualifiedResource) \"\(input.name)\": the object has been modified; please apply your changes to the latest version and try again")
        }
        var object = input
        object["apiVersion"] = .string(type.apiVersion)
        object["kind"] = .string(type.kind)
        // Identity and system fields are the server's, not the client's.
        for key in ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"] {
            object["metadata"].set(key, existing["metadata"].object?[key])
        }
        // Status belongs to the status subresource: writes to the object leave it as it was.
        object.set("status", existing.object?["status"])
        let strategy = strategy(for: type)
        strategy.applyDefaults(&object, context: context(isCreate: false))
        let errors = strategy.validateUpdate(object, old: existing, context: context(isCreate: false))
        if !errors.isEmpty { throw .invalid(kind: type.kind, name: object.name, causes: errors) }
        if strategy.tracksGeneration, strategy.specChanged(object, from: existing) {
            object["metadata"]["generation"] = .int(existing.generation + 1)
        }
        strategy.prepareForUpdate(&object, old: existing)
        // A dry run writes nothing: the object keeps the version it was read at.
        if dryRun { object["metadata"]["resourceVersion"] = .string(existing.resourceVersion) }
        object["metadata"] = .object(MetadataOrder.normalize(object["metadata"].object ?? JSONObject()))
        if dryRun { return object }
        let stored = store(type, consume object, old: existing)
        finishDeletionIfReady(type, stored)
        return etcd.get(prefix: type.etcdPrefix, namespace: ns, name: input.name)?.value ?? stored
    }

    /// PATCH: applies `patch` to the stored object and writes the result as an update would.
    /// `changed` is false when the patch left the object as it was (nothing is written then).
    public func patch(_ type: ResourceType, namespace: String, name: String, _ patchType: Patch.PatchType,
                      _ patch: JSON, dryRun: Bool = false) throws(APIError) -> (object: JSON, changed: Bool) {
        guard let existing = object(type, namespace: namespace, name: name) else { throw .notFound(type, name) }
        if patchType != .json, patch.object == nil {
            let found = patch.array != nil ? "array" : (patch.string != nil ? "string" : "number")
            throw .badRequest("json: cannot unmarshal \(found) into Go value of type map[string]interface {}")
        }
        let patched: JSON
        do {
            patched = try Patch.apply(patchType, patch, to: existing)
        } catch {
            throw .invalidRequest("the server rejected our request due to an error in our request")
        }
        guard patched.object != nil else {
            throw .invalidRequest("the server rejected our request due to an error in our request")
        }
        if patched.name != existing.name {
            throw .badRequest("the name of the object (\(patched.name)) does not match the name on the URL (\(existing.name))")
        }
        guard patched != existing else { return (existing, false) }
        return (try update(type, patched, dryRun: dryRun), true)
    }

    /// Reads, changes and writes back an object in one step: how components update status.
    /// Returns nil when the object no longer exists or `change` left it as it was.
    @discardableResult
    public func modify(_ type: ResourceType, namespace: String, name: String,
                       _ change: (inout JSON) -> Void) -> JSON? {
        let ns = type.namespaced ? namespace : ""
        if type == .event {
            guard var object = eventObject(namespace: ns, name: name) else { return nil }
            let existing = object
            change(&object)
            guard object != existing else { return nil }
            return try? updateEvent(object, namespace: ns, checkingVersion: false)
        }
        guard let existing = etcd.get(prefix: type.etcdPrefix, namespace: ns, name: name)?.value else { return nil }
        var object = existing
        change(&object)
        guard object != existing else { return nil }
        let strategy = strategy(for: type)
        if strategy.tracksGeneration, strategy.specChanged(object, from: existing) {
            object["metadata"]["generation"] = .int(existing.generation + 1)
        }
        strategy.prepareForUpdate(&object, old: existing)
        let stored = store(type, consume object, old: existing)
        finishDeletionIfReady(type, stored)
        return stored
    }

    /// Deletes an object. Pods on a node get a grace period (the kubelet finishes the job);
    /// objects with finalizers wait for them; everything else goes at once.
    @discardableResult
    public func delete(_ type: ResourceType, namespace: String, name: String,
                       gracePeriodSeconds: Int? = nil, dryRun: Bool = false) throws(APIError) -> JSON {
        let ns = type.namespaced ? namespace : ""
        if type == .event, !dryRun {
            guard let deleted = deleteEvent(namespace: ns, name: name) else { throw .notFound(type, name) }
            return deleted
        }
        guard let existing = object(type, namespace: ns, name: name) else {
            throw .notFound(type, name)
        }
        if dryRun { return existing }
        if type == .namespace, ["default", "kube-system", "kube-public", "kube-node-lease"].contains(name) {
            throw .forbidden("namespaces \"\(name)\" is forbidden: this namespace may not be deleted")
        }
        let grace = strategy(for: type).gracePeriod(for: existing, requested: gracePeriodSeconds)
        if (grace ?? 0) > 0 || Self.hasFinalizers(existing) {
            if existing.isTerminating {
                // A second delete may shorten the grace period, never lengthen it.
                if let grace, let current = existing["metadata"]["deletionGracePeriodSeconds"].int, grace < current {
                    return modify(type, namespace: ns, name: name) {
                        $0["metadata"]["deletionGracePeriodSeconds"] = .int(grace)
                        $0["metadata"]["deletionTimestamp"] = .string((self.now + .seconds(Int64(grace))).rfc3339)
                    } ?? existing
                }
                return existing
            }
            var object = existing
            let seconds = grace ?? 0
            object["metadata"]["deletionTimestamp"] = .string((now + .seconds(Int64(seconds))).rfc3339)
            object["metadata"]["deletionGracePeriodSeconds"] = .int(seconds)
            object["metadata"] = .object(MetadataOrder.normalize(object["metadata"].object ?? JSONObject()))
            let stored = store(type, consume object, old: existing)
            finishDeletionIfReady(type, stored)
            return stored
        }
        remove(type, existing)
        return existing
    }

    /// Removes the object for good once it is terminating with no finalizers and no grace left
    /// to honour (grace 0, as the kubelet sends when containers have stopped).
    private func finishDeletionIfReady(_ type: ResourceType, _ object: JSON) {
        guard object.isTerminating, !Self.hasFinalizers(object),
            (object["metadata"]["deletionGracePeriodSeconds"].int ?? 0) == 0
        else { return }
        remove(type, object)
    }

    /// Metadata finalizers, or a namespace's own `spec.finalizers`.
    static func hasFinalizers(_ object: JSON) -> Bool {
        !object.finalizers.isEmpty || (object.kind == "Namespace" && !(object["spec"]["finalizers"].array ?? []).isEmpty)
    }

    private func remove(_ type: ResourceType, _ object: JSON) {
        let ns = type.namespaced ? object.namespace : ""
        guard let entry = etcd.delete(prefix: type.etcdPrefix, namespace: ns, name: object.name) else { return }
        index.removed(type, object, brief: entry.brief)
        notify(WatchEvent(type: .deleted, resource: type, object: object, old: object, brief: entry.brief))
    }

    /// Takes the object (`consume` it): held nowhere else, it gets its resourceVersion in place.
    private func store(_ type: ResourceType, _ input: consuming JSON, old: JSON?) -> JSON {
        var object = input
        object["metadata"]["resourceVersion"] = .string(etcd.nextRevision.decimalText)
        let ns = type.namespaced ? object.namespace : ""
        // Owner references rarely change; the stored array is usually the very same one.
        let referencesChanged = old.map { $0["metadata"]["ownerReferences"] != object["metadata"]["ownerReferences"] }
            ?? true
        let isPod = type == .pod
        let (entry, previousBrief) = etcd.put(prefix: type.etcdPrefix, namespace: ns, name: object.name, value: object) {
            isPod ? PodBrief(object, previous: $0, referencesChanged: referencesChanged) : nil
        }
        index.stored(type, object, old: old, referencesChanged: referencesChanged, brief: entry.brief,
                     previousBrief: previousBrief)
        notify(WatchEvent(type: old == nil ? .added : .modified, resource: type, object: object, old: old,
                          brief: entry.brief, previousBrief: previousBrief))
        return object
    }

    /// Whether anyone would hear of a change of this kind and type.
    func hasWatchers(_ type: ResourceType, for eventType: WatchEvent.EventType) -> Bool {
        // Events are recorded a million times in a big rollout and rarely watched.
        if type == .event, eventWatchers == 0 { return false }
        return audiences[type.etcdPrefix].hears(eventType)
    }

    /// Calls `handler` for changes to objects of `type` whose controller is of kind `ownerKind`
    /// (a ReplicaSet's pods, a CronJob's Jobs): one owner lookup per change instead of one per
    /// controller.
    public func watchOwned(_ type: ResourceType, ownerKind: String, _ handler: @escaping (WatchEvent, OwnerReference) -> Void) {
        audiences.add(type.etcdPrefix, ownerKind: ownerKind, handler)
    }

    func notify(_ event: WatchEvent) {
        let audience = audiences[event.resource.etcdPrefix]
        var owned: (handlers: [WatchAudiences.OwnedHandler], owner: OwnerReference)?
        if !audience.owned.isEmpty, let owner = event.brief?.controller ?? event.object.controllerReference,
            let handlers = audience.owned(by: owner.kind)
        {
            owned = (handlers, owner)
        }
        let type = event.type
        let handlers = audience.watchers
        guard owned != nil || audience.hears(type) else { return }
        // One reaction delivers the change to every watcher in turn. They run back to back
        // either way (anything they queue goes after all of them), so this is the order one
        // reaction per watcher gave, for one closure instead of several per write.
        simulation.react {
            if let owned { for handler in owned.handlers { handler(event, owned.owner) } }
            for (_, only, handler) in handlers where only == nil || only == type { handler(event) }
        }
    }

    private func resolveNamespace(_ type: ResourceType, object: JSON, requested: String?) throws(APIError) -> String {
        guard type.namespaced else { return "" }
        let fromObject = object.namespace
        let ns = fromObject.isEmpty ? (requested ?? "default") : fromObject
        if let requested, !fromObject.isEmpty, requested != fromObject {
            throw .badRequest("the namespace of the provided object does not match the namespace sent on the request")
        }
        guard self.object(.namespace, namespace: "", name: ns) != nil else { throw .namespaceNotFound(ns) }
        return ns
    }
}

/// Identifies a watch so it can be stopped.
public struct WatchToken: Hashable, Sendable {
    let prefix: String
    let id: Int
}

/// `kubectl version`'s server half.
public struct KubernetesVersion: Sendable {
    public var major: String
    public var minor: String
    public var gitVersion: String

    public static let `default` = KubernetesVersion(major: "1", minor: "32", gitVersion: "v1.32.4")

    public init(major: String, minor: String, gitVersion: String) {
        self.major = major
        self.minor = minor
        self.gitVersion = gitVersion
    }
}
