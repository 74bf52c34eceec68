import JSONValue
import SimCore

/// The daemonset controller: one pod per eligible node, pinned to its node by node affinity
/// and left to the scheduler to bind, as the real controller does.
final class DaemonSetController {
    static let source = EventRecorder.Source(component: "daemonset-controller")
    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
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
        let hash = PodTemplate.hash(template)
        // The daemon's pods, read through their briefs: at 5,000 nodes this runs over 5,000
        // pods every simulated second while they start, so they are taken as the index holds
        // them and only a node's several pods are put in name order.
        var byNode: [String: [JSON]] = [:]
        var scheduled = 0, ready = 0, updated = 0
        for key in server.index.unorderedChildren(ofOwner: ds.uid) where key.prefix == ResourceType.pod.etcdPrefix {
            guard let entry = server.etcd.get(prefix: key.prefix, namespace: key.namespace, name: key.name),
                let brief = entry.brief, brief.isActive
            else { continue }
            let pod = entry.value
            byNode[brief.nodeName ?? Self.targetNode(pod) ?? "", default: []].append(pod)
            guard brief.nodeName != nil else { continue }
            scheduled += 1
            if brief.ready { ready += 1 }
            if pod["metadata"]["labels"]["controller-revision-hash"].string == hash { updated += 1 }
        }
        let nodes = server.list(.node, namespace: nil)
        var desired = 0
        let placement = Placement(template)
        for node in nodes {
            let wanted = placement.allows(node)
            if wanted { desired += 1 }
            let existing = byNode[node.name] ?? []
            if wanted && existing.isEmpty {
                var pod = PodTemplate.pod(from: template, owner: ds, namePrefix: "\(ds.name)-",
                                          extraLabels: ["controller-revision-hash": hash, "pod-template-generation": String(ds.generation)])
                pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"] = [
                    "nodeSelectorTerms": [["matchFields": [["key": "metadata.name", "operator": "In",
                                                              "values": [.string(node.name)]]]]],
                ]
                Self.addDaemonTolerations(&pod)
                if let created = try? server.create(.pod, pod, namespace: namespace) {
                    events.record(ds, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
                                  source: Self.source)
                }
            } else if !wanted {
                for pod in existing.sorted(by: { $0.name < $1.name })
                where (try? server.delete(.pod, namespace: namespace, name: pod.name)) != nil {
                    events.record(ds, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", source: Self.source)
                }
            }
        }
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
