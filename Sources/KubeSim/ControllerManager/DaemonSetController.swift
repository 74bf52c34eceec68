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
        // them and only a node's several pods are put in name order. A pod being deleted
        // still holds its node: its replacement waits until it is gone.
        var byNode: [String: [(pod: JSON, brief: PodBrief)]] = [:]
        var scheduled = 0, ready = 0, updated = 0
        for key in server.index.unorderedChildren(ofOwner: ds.uid) where key.prefix == ResourceType.pod.etcdPrefix {
            guard let entry = server.etcd.get(prefix: key.prefix, namespace: key.namespace, name: key.name),
                let brief = entry.brief, brief.isActive || brief.terminating
            else { continue }
            let pod = entry.value
            byNode[brief.nodeName ?? Self.targetNode(pod) ?? "", default: []].append((pod, brief))
            guard brief.isActive, brief.nodeName != nil else { continue }
            scheduled += 1
            if brief.ready { ready += 1 }
            if Self.isUpdated(pod, hash: hash, generation: generation) { updated += 1 }
        }
        let nodes = server.list(.node, namespace: nil)
        var wantedNodes: [String] = []
        let placement = Placement(template)
        for node in nodes {
            let wanted = placement.allows(node)
            let existing = byNode[node.name] ?? []
            if wanted {
                wantedNodes.append(node.name)
                if existing.isEmpty { createPod(ds, on: node.name, hash: hash, generation: generation) }
            } else {
                for (pod, brief) in existing.sorted(by: { $0.pod.name < $1.pod.name }) where brief.isActive {
                    deletePod(ds, pod.name)
                }
            }
        }
        if ds["spec"]["updateStrategy"]["type"].string == "RollingUpdate" {
            rollingUpdate(ds, nodes: wantedNodes, byNode: byNode, hash: hash, generation: generation)
        }
        let desired = wantedNodes.count
        server.modify(.daemonSet, namespace: namespace, name: name) { ds in
            var status = JSONObject()
            status["currentNumberScheduled"] = .int(scheduled)
            status["desiredNumberScheduled"] = .int(desired)
            if ready > 0 { status["numberAvailable"] = .int(ready) }
            status["numberMisscheduled"] = 0
            status["numberReady"] = .int(ready)
            if desired - ready > 0 { status["numberUnavailable"] = .int(desired - ready) }
            status["observedGeneration"] = .int(ds.generation)
            if updated > 0 { status["updatedNumberScheduled"] = .int(updated) }
            ds["status"] = .object(status)
        }
        // Old revisions beyond the limit go, except those a pod was made from.
        let liveHashes = Set(byNode.values.joined().compactMap { $0.pod["metadata"]["labels"][Self.hashLabel].string })
        history.prune(ds) { revision in
            revision["metadata"]["labels"][Self.hashLabel].string.map(liveHashes.contains) ?? false
                || ControllerHistory.restores(ds, revision)
        }
    }

    /// The RollingUpdate strategy without surge: on each node, an old pod that is not
    /// available is replaced at once; available ones are deleted while fewer than
    /// `maxUnavailable` of the daemon's nodes lack an available, up-to-date pod. The
    /// replacement is made once the old pod is gone.
    private func rollingUpdate(_ ds: JSON, nodes: [String], byNode: [String: [(pod: JSON, brief: PodBrief)]],
                               hash: String, generation: String) {
        let minReadySeconds = ds["spec"]["minReadySeconds"].int ?? 0
        var maxUnavailable = DeploymentController.resolve(ds["spec"]["updateStrategy"]["rollingUpdate"]["maxUnavailable"],
                                                          total: nodes.count, roundUp: true)
        if maxUnavailable == 0, !nodes.isEmpty { maxUnavailable = 1 }
        var unavailable = 0
        var toDelete: [String] = []
        var candidates: [String] = []
        for node in nodes {
            var new: (pod: JSON, brief: PodBrief)?
            var old: (pod: JSON, brief: PodBrief)?
            var several = false
            for pod in byNode[node] ?? [] where !pod.brief.terminating {
                if Self.isUpdated(pod.pod, hash: hash, generation: generation) {
                    several = several || new != nil
                    new = pod
                } else {
                    several = several || old != nil
                    old = pod
                }
            }
            switch (new, old) {
            case _ where several, (nil, nil), (.some, .some):
                unavailable += 1
            case (.some(let pod), nil):
                if !pod.brief.isAvailable(minReadySeconds: minReadySeconds, now: server.now) { unavailable += 1 }
            case (nil, .some(let pod)):
                if !pod.brief.isAvailable(minReadySeconds: minReadySeconds, now: server.now) {
                    toDelete.append(pod.pod.name)
                } else if unavailable < maxUnavailable {
                    candidates.append(pod.pod.name)
                }
            }
        }
        toDelete += candidates.prefix(max(0, maxUnavailable - unavailable))
        for name in toDelete { deletePod(ds, name) }
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
