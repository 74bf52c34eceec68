import JSONValue
import SimCore

/// The daemonset controller: one pod per eligible node, pinned to its node by node affinity
/// and left to the scheduler to bind, as the real controller does.
final class DaemonSetController {
    static let source = EventRecorder.Source(component: "daemonset-controller")
    private let server: APIServer
    private let events: EventRecorder
    private let history: ControllerHistory
    private var queue: WorkQueue!

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        history = ControllerHistory(server: server)
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.daemonSet) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watchOwned(.pod, ownerKind: "DaemonSet") { [weak self] event, owner in
            self?.queue.addForChild(namespace: event.object.namespace, name: owner.name)
        }
        // As the real controller's node handler: a daemon set hears of a node only when the
        // change decides anew whether its pods belong there — not on every heartbeat, which
        // at 5,000 nodes would re-check every node many times a second.
        server.watch(.node) { [weak self] event in
            guard let self else { return }
            for ds in self.server.list(.daemonSet, namespace: nil) {
                let placement = Placement(ds["spec"]["template"])
                let before = event.type == .added ? false : event.old.map(placement.allows) ?? false
                let after = event.type == .deleted ? false : placement.allows(event.object)
                if before != after { self.queue.add(ObjectKey.make(ds.namespace, ds.name)) }
            }
        }
    }

    /// What decides where a template's pods may run: node selector, tolerations (with those
    /// every daemon pod gets), node affinity.
    struct Placement {
        var selector: [(key: String, value: String)]
        var tolerations: [Toleration]
        var affinity: NodeAffinity

        init(_ template: JSON) {
            selector = (template["spec"]["nodeSelector"].object?.entries ?? []).compactMap { member in
                member.value.string.map { (member.key, $0) }
            }
            var pod: JSON = ["spec": template["spec"]]
            DaemonSetController.addDaemonTolerations(&pod)
            tolerations = Toleration.of(pod)
            affinity = NodeAffinity(["spec": template["spec"]])
        }

        /// Whether the pods may run on `node`: node selector, affinity and NoSchedule taints.
        func allows(_ node: JSON) -> Bool {
            let labels = node["metadata"]["labels"]
            for (key, value) in selector where labels[key].string != value { return false }
            for taint in NodeView(node).taints where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
                if !tolerations.contains(where: { $0.tolerates(taint) }) { return false }
            }
            return affinity.terms.isEmpty || affinity.matches(stringMap(labels), nodeName: node.name)
        }
    }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let ds = server.object(.daemonSet, namespace: namespace, name: name), !ds.isTerminating else { return }
        let template = ds["spec"]["template"]
        // The template's revision, recorded first: its hash labels the pods made from it.
        let hash = PodTemplate.hash(template)
        var revisionLabels = stringMap(template["metadata"]["labels"])
        revisionLabels[Self.hashLabel] = hash
        _ = history.record(ds, name: "\(ds.name)-\(hash)", labels: revisionLabels.json)
        let generation = Self.templateGeneration(ds)
        // The daemon's pods, read through their briefs: at 5,000 nodes this runs over 5,000
        // pods every simulated second while they start, so they are taken as the index holds
        // them, by node. A pod being deleted still holds its node.
        var byNode: [String: [(pod: JSON, brief: PodBrief)]] = [:]
        for key in server.index.unorderedChildren(ofOwner: ds.uid) where key.prefix == ResourceType.pod.etcdPrefix {
            guard let entry = server.etcd.get(prefix: key.prefix, namespace: key.namespace, name: key.name),
                let brief = entry.brief, brief.isActive || brief.terminating
            else { continue }
            let pod = entry.value
            byNode[brief.nodeName ?? Self.targetNode(pod) ?? "", default: []].append((pod, brief))
        }
        let nodes = server.list(.node, namespace: nil)
        var wantedNodes: [String] = []
        let placement = Placement(template)
        var sync = DaemonSync(ds: ds, hash: hash, generation: generation, now: server.now)
        // The status counts nodes: each by its oldest daemon pod.
        var scheduled = 0, ready = 0, available = 0, updated = 0, misscheduled = 0
        let minReadySeconds = ds["spec"]["minReadySeconds"].int ?? 0
        for node in nodes {
            let existing = byNode[node.name] ?? []
            if placement.allows(node) {
                wantedNodes.append(node.name)
                sync.manage(node.name, existing)
                guard let (pod, brief) = existing.min(by: DaemonSync.olderFirst) else { continue }
                scheduled += 1
                if brief.ready { ready += 1 }
                if brief.isAvailable(minReadySeconds: minReadySeconds, now: server.now) { available += 1 }
                if Self.isUpdated(pod, hash: hash, generation: generation) { updated += 1 }
            } else {
                if !existing.isEmpty { misscheduled += 1 }
                sync.delete(existing.filter(\.brief.isActive).map(\.pod.name).sorted())
            }
        }
        if ds["spec"]["updateStrategy"]["type"].string == "RollingUpdate" {
            sync.rollingUpdate(nodes: wantedNodes, byNode: byNode)
        }
        for node in sync.nodesNeedingPods { createPod(ds, on: node, hash: hash, generation: generation) }
        for pod in sync.podsToDelete { deletePod(ds, pod) }
        let desired = wantedNodes.count
        server.modify(.daemonSet, namespace: namespace, name: name) { ds in
            var status = JSONObject()
            status["currentNumberScheduled"] = .int(scheduled)
            status["desiredNumberScheduled"] = .int(desired)
            if available > 0 { status["numberAvailable"] = .int(available) }
            status["numberMisscheduled"] = .int(misscheduled)
            status["numberReady"] = .int(ready)
            if desired - available > 0 { status["numberUnavailable"] = .int(desired - available) }
            status["observedGeneration"] = .int(ds.generation)
            if updated > 0 { status["updatedNumberScheduled"] = .int(updated) }
            ds["status"] = .object(status)
        }
        // Old revisions beyond the limit go, except those a pod was made from.
        var liveHashes: Set<String>?
        history.prune(ds) { revision in
            let live = liveHashes ?? Set(byNode.values.joined().compactMap { $0.pod["metadata"]["labels"][Self.hashLabel].string })
            liveHashes = live
            return revision["metadata"]["labels"][Self.hashLabel].string.map(live.contains) ?? false
                || ControllerHistory.restores(ds, revision)
        }
    }

    private func createPod(_ ds: JSON, on node: String, hash: String, generation: String) {
        var pod = PodTemplate.pod(from: ds["spec"]["template"], owner: ds, namePrefix: "\(ds.name)-",
                                  extraLabels: [Self.hashLabel: hash, "pod-template-generation": generation])
        pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"] = [
            "nodeSelectorTerms": [["matchFields": [["key": "metadata.name", "operator": "In", "values": [.string(node)]]]]],
        ]
        Self.addDaemonTolerations(&pod)
        if let created = try? server.create(.pod, pod, namespace: ds.namespace) {
            events.record(ds, reason: "SuccessfulCreate", message: "Created pod: \(created.name)", source: Self.source)
        }
    }

    private func deletePod(_ ds: JSON, _ name: String) {
        guard (try? server.delete(.pod, namespace: ds.namespace, name: name)) != nil else { return }
        events.record(ds, reason: "SuccessfulDelete", message: "Deleted pod: \(name)", source: Self.source)
    }

    /// The label naming the revision a daemon pod was made from.
    static let hashLabel = "controller-revision-hash"

    /// `deprecated.daemonset.template.generation`: how many times the template has changed.
    static func templateGeneration(_ ds: JSON) -> String {
        ds.annotations[DaemonSetStrategy.templateGenerationAnnotation] ?? String(ds.generation)
    }

    /// Whether `pod` was made from the current template (`IsPodUpdated`): its revision hash,
    /// or its template generation, is the daemon's.
    static func isUpdated(_ pod: JSON, hash: String, generation: String) -> Bool {
        let labels = pod["metadata"]["labels"]
        return labels[hashLabel].string == hash || labels["pod-template-generation"].string == generation
    }

    static func targetNode(_ pod: JSON) -> String? {
        let terms = pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
        return terms[0]["matchFields"][0]["values"][0].string
    }

    /// Daemon pods tolerate the node conditions that would otherwise keep them off or evict them.
    static func addDaemonTolerations(_ pod: inout JSON) {
        var tolerations = pod["spec"]["tolerations"].array ?? []
        let extra: [(String, String)] = [
            ("node.kubernetes.io/not-ready", "NoExecute"), ("node.kubernetes.io/unreachable", "NoExecute"),
            ("node.kubernetes.io/disk-pressure", "NoSchedule"), ("node.kubernetes.io/memory-pressure", "NoSchedule"),
            ("node.kubernetes.io/pid-pressure", "NoSchedule"), ("node.kubernetes.io/unschedulable", "NoSchedule"),
        ]
        for (key, effect) in extra where !tolerations.contains(where: { $0["key"].string == key }) {
            tolerations.append(["effect": .string(effect), "key": .string(key), "operator": "Exists"])
        }
        pod["spec"]["tolerations"] = .array(tolerations)
    }
}
