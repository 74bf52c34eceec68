import JSONValue
import SimCore

/// kube-scheduler: watches for pods without a node, filters the nodes that could run each
/// one, scores the rest and binds the pod to the best. A pod nothing fits stays Pending with a
/// `FailedScheduling` event that says why, and is retried when the cluster changes.
public final class Scheduler {
    public static let name = "default-scheduler"
    static let source = EventRecorder.Source(component: name)

    private let server: APIServer
    private let events: EventRecorder
    private var cache = SchedulerCache()
    /// Pods placed (or assumed) per node, with what they requested, so usage is never rescanned.
    private var placed: [String: (slot: Int, requests: PodRequests, owner: String?)] = [:]
    private var queue: [(namespace: String, name: String)] = []
    private var queued: Set<String> = []
    private var unschedulable: Set<String> = []
    private var cycleScheduled = false
    private var nextStartIndex = 0
    private let tieBreak: RandomStream
    /// The best-scoring nodes of a cycle, at its start: scratch space, kept to spare an
    /// allocation per pod.
    private var best: [Int] = []
    /// Pods placed on a node but not yet bound to it, waiting for their claims to be bound
    /// (WaitForFirstConsumer), by the claim's `namespace/name`.
    private var waitingForClaims: [String: Set<String>] = [:]

    public init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        tieBreak = server.simulation.random.stream("scheduler-tiebreak")
        server.watch(.node) { [weak self] in self?.nodeChanged($0) }
        server.watch(.pod) { [weak self] in self?.podChanged($0) }
        server.watch(.persistentVolumeClaim) { [weak self] in self?.claimChanged($0) }
        server.watch(.persistentVolume, only: .added) { [weak self] _ in self?.retryUnschedulable() }
    }

    /// A claim that appears may let a pod waiting for it in; a claim that becomes bound lets
    /// the pods placed for it be bound in turn.
    private func claimChanged(_ event: WatchEvent) {
        guard event.type != .deleted else { return }
        let claimKey = key(event.object)
        if event.object["status"]["phase"].string == "Bound", let pods = waitingForClaims.removeValue(forKey: claimKey) {
            for podKey in pods.sorted() {
                let (namespace, name) = ObjectKey.split(podKey)
                enqueue(podKey, namespace: namespace, name: name)
            }
        }
        retryUnschedulable()
    }

    private func key(_ pod: JSON) -> String { "\(pod.namespace)/\(pod.name)" }

    private func nodeChanged(_ event: WatchEvent) {
        switch event.type {
        case .added: cache.addNode(NodeInfo(event.object))
        case .modified: cache.refreshNode(NodeInfo(event.object))
        case .deleted: cache.removeNode(event.object.name)
        }
        retryUnschedulable()
    }

    private func podChanged(_ event: WatchEvent) {
        let brief = event.podBrief
        let podKey = brief.key
        if event.type == .deleted {
            release(podKey)
            retryUnschedulable()
            return
        }
        if let node = brief.nodeName {
            if !unschedulable.isEmpty { unschedulable.remove(podKey) }
            // Finished pods no longer hold their requests.
            let phase = brief.phaseValue
            let finished = phase == "Succeeded" || phase == "Failed"
            // A pod already bound and running before this change was accounted for then.
            if !finished, let previous = event.previousBrief, previous.nodeName == node,
                previous.phaseValue != "Succeeded", previous.phaseValue != "Failed"
            {
                return
            }
            if finished {
                if placed[podKey] != nil {
                    release(podKey)
                    retryUnschedulable()
                }
            } else if placed[podKey] == nil {
                account(podKey, slot: cache.slot(for: node), requests: PodRequests(event.object),
                        owner: brief.controller?.uid)
            }
            return
        }
        guard !brief.terminating, (brief.schedulerName ?? Scheduler.name) == Scheduler.name,
            !unschedulable.contains(podKey)
        else { return }
        enqueue(podKey, namespace: brief.namespace, name: brief.name)
    }

    private func account(_ podKey: String, slot: Int, requests: PodRequests, owner: String?) {
        placed[podKey] = (slot, requests, owner)
        cache.use(slot, requests: requests, sign: 1, owner: owner)
    }

    private func release(_ podKey: String) {
        guard let (slot, requests, owner) = placed.removeValue(forKey: podKey) else { return }
        cache.use(slot, requests: requests, sign: -1, owner: owner)
    }

    private func enqueue(_ podKey: String, namespace: String, name: String) {
        guard queued.insert(podKey).inserted else { return }
        queue.append((namespace, name))
        guard !cycleScheduled else { return }
        cycleScheduled = true
        server.simulation.react { [weak self] in self?.runCycle() }
    }

    private func retryUnschedulable() {
        guard !unschedulable.isEmpty else { return }
        let retry = unschedulable.sorted()
        unschedulable.removeAll()
        for podKey in retry {
            let parts = podKey.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            enqueue(podKey, namespace: parts[0], name: parts[1])
        }
    }

    private func runCycle() {
        cycleScheduled = false
        var index = 0
        while index < queue.count {
            let (namespace, name) = queue[index]
            index += 1
            let podKey = "\(namespace)/\(name)"
            queued.remove(podKey)
            let entry = server.etcd.get(prefix: ResourceType.pod.etcdPrefix, namespace: namespace, name: name)
            guard let pod = entry?.value, pod["spec"]["nodeName"].isNull,
                !pod.isTerminating
            else { continue }
            schedule(pod, key: podKey, owner: entry?.brief.map { $0.controller?.uid } ?? pod.controllerReference?.uid)
        }
        queue.removeAll(keepingCapacity: true)
    }

    private func schedule(_ pod: JSON, key podKey: String, owner: String?) {
        let requests = PodRequests(pod)
        // Read when a node first needs the full filter: most walks meet none.
        var tolerations: [Toleration]?
        let selector = stringMap(pod["spec"]["nodeSelector"])
        let affinity = NodeAffinity(pod)
        let all = cache.order
        let total = all.count
        var volumes: VolumeBinding?
        switch VolumeBinding.preFilter(pod, server: server) {
        case .none:
            break
        case .reject(let message):
            markUnschedulable(pod, key: podKey, total: total, reasons: [:], unresolvable: total, preFilterMessage: message)
            return
        case .check(let binding):
            volumes = binding
        }
        // Pods with no selector, affinity or claims pass those filters on every node, and nodes
        // with no taints or cordon pass the rest: for them only resources need checking.
        let constrained = !selector.isEmpty || !affinity.terms.isEmpty || volumes != nil
        var reasons: [String: Int] = [:]
        var unresolvable = 0
        // NodeAffinity's PreFilter: a pod bound by `metadata.name` (a DaemonSet's) is checked
        // only against the nodes it names; the rest count as not satisfying the plugin.
        var candidates = all
        var skipped = 0
        if let names = affinity.nodeNames {
            guard !names.isEmpty else {
                markUnschedulable(pod, key: podKey, total: total, reasons: [:], unresolvable: total,
                                  preFilterMessage: NodeAffinity.conflictMessage)
                return
            }
            candidates = names.compactMap { cache.existingSlot($0) }.filter { cache.fits[$0].live }
                .sorted { cache.names[$0] < cache.names[$1] }
            skipped = total - candidates.count
            if skipped > 0 {
                reasons[NodeAffinity.notSatisfiedMessage] = skipped
                unresolvable += skipped
            }
        }
        let wanted = Scheduler.feasibleNodesToFind(candidates.count)
        let start = candidates.isEmpty ? 0 : nextStartIndex % candidates.count
        // Pods that request nothing count as a small default (100m, 200Mi) to the scorer.
        let ask = SchedulerCache.Ask(requests: requests, scoredMilliCPU: requests.milliCPU == 0 ? 100 : requests.milliCPU,
                                     scoredMemory: requests.memory == 0 ? 200 * 1024 * 1024 : requests.memory,
                                     owner: owner, constrained: constrained)
        let walk = cache.walk(candidates, from: start, wanted: wanted, ask: ask, filter: { fit, node in
            let failure: FilterFailure?
            if let node {
                let podTolerations = tolerations ?? Toleration.of(pod)
                tolerations = podTolerations
                failure = Scheduler.filter(node, requests: requests, tolerations: podTolerations, selector: selector,
                                           affinity: affinity)
                    ?? Scheduler.resourceFilter(fit, requests: requests)
                    ?? volumes?.filter(node)
            } else {
                failure = Scheduler.resourceFilter(fit, requests: requests)
            }
            guard let failure else { return true }
            reasons[failure.text, default: 0] += 1
            if failure.unresolvable { unresolvable += 1 }
            return false
        }, best: &best)
        // The nodes the PreFilter ruled out count as passed over, so the next pod starts where
        // a walk over every node would have left off (kube-scheduler counts only the nodes it
        // filtered; the walk's starting point is not something a learner can see).
        if total > 0 { nextStartIndex = (nextStartIndex + walk.checked + skipped) % total }

        // Ties are broken by the seeded generator, as the real scheduler breaks them at random.
        guard walk.ties > 0 else {
            markUnschedulable(pod, key: podKey, total: total, reasons: reasons, unresolvable: unresolvable)
            return
        }
        let chosen = best[tieBreak.int(in: 0...(walk.ties - 1))]
        if let volumes, !volumes.allBound, let node = cache.infos[chosen] {
            for claim in volumes.settle(on: node, server: server) {
                waitingForClaims[key(claim), default: []].insert(podKey)
            }
            return
        }
        bind(pod, key: podKey, to: chosen, requests: requests, owner: owner)
    }

    /// How many feasible nodes the scheduler looks for before it stops filtering: all of them
    /// in small clusters, an adaptive share (at least 100) in big ones.
    static func feasibleNodesToFind(_ total: Int) -> Int {
        if total < 100 { return total }
        let percentage = max(5, 50 - total / 125)
        return max(100, total * percentage / 100)
    }

    struct FilterFailure {
        var text: String
        /// Failures that evicting other pods could not fix (taints, selectors), which decide the
        /// preemption half of the FailedScheduling message.
        var unresolvable: Bool
    }

    /// The filters that read labels and taints: cordon, node selector, node affinity, taints.
    static func filter(_ node: NodeInfo, requests: PodRequests, tolerations: [Toleration],
                       selector: [String: String], affinity: NodeAffinity) -> FilterFailure? {
        if node.unschedulable,
            !tolerations.contains(where: { $0.tolerates(Taint(key: "node.kubernetes.io/unschedulable", effect: "NoSchedule")) })
        {
            return FilterFailure(text: "node(s) were unschedulable", unresolvable: true)
        }
        for (key, value) in selector where node.labels[key] != value {
            return FilterFailure(text: "node(s) didn't match Pod's node affinity/selector", unresolvable: true)
        }
        if !affinity.matches(node.labels, nodeName: node.name) {
            return FilterFailure(text: "node(s) didn't match Pod's node affinity/selector", unresolvable: true)
        }
        for taint in node.taints where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
            if !tolerations.contains(where: { $0.tolerates(taint) }) {
                return FilterFailure(text: "node(s) had untolerated taint \(taint.schedulerText)", unresolvable: true)
            }
        }
        return nil
    }

    /// NodeResourcesFit's filter: room for one more pod and for its requests.
    static func resourceFilter(_ node: SchedulerCache.NodeFit, requests: PodRequests) -> FilterFailure? {
        if node.podCount + 1 > node.allocatablePods {
            return FilterFailure(text: "Too many pods", unresolvable: false)
        }
        if requests.milliCPU > 0, node.requestedMilliCPU + requests.milliCPU > node.allocatableMilliCPU {
            return FilterFailure(text: "Insufficient cpu", unresolvable: false)
        }
        if requests.memory > 0, node.requestedMemory + requests.memory > node.allocatableMemory {
            return FilterFailure(text: "Insufficient memory", unresolvable: false)
        }
        return nil
    }

    private func bind(_ pod: JSON, key podKey: String, to slot: Int, requests: PodRequests, owner: String?) {
        account(podKey, slot: slot, requests: requests, owner: owner)
        let node = cache.names[slot]
        let now = server.now
        let bound = server.modify(.pod, namespace: pod.namespace, name: pod.name) { pod in
            pod["spec"]["nodeName"] = .string(node)
            PodConditions.set(&pod, type: "PodScheduled", status: "True", now: now)
        }
        guard let bound else {
            release(podKey)
            return
        }
        events.record(bound, reason: "Scheduled", message: "Successfully assigned \(pod.namespace)/\(pod.name) to \(node)",
                      source: Scheduler.source)
    }

    private func markUnschedulable(_ pod: JSON, key podKey: String, total: Int, reasons: [String: Int],
                                   unresolvable: Int, preFilterMessage: String? = nil) {
        unschedulable.insert(podKey)
        let message = Scheduler.failureMessage(total: total, reasons: reasons, unresolvable: unresolvable,
                                               preFilterMessage: preFilterMessage)
        let now = server.now
        let updated = server.modify(.pod, namespace: pod.namespace, name: pod.name) { pod in
            PodConditions.set(&pod, type: "PodScheduled", status: "False", reason: "Unschedulable", message: message,
                              now: now)
        }
        events.record(updated ?? pod, type: "Warning", reason: "FailedScheduling", message: message,
                      source: Scheduler.source)
    }

    /// `0/3 nodes are available: 1 node(s) had untolerated taint {…}, 2 Insufficient cpu.
    /// preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No
    /// preemption victims found for incoming pod.`
    /// A PreFilter's rejection replaces the per-node histogram: `0/3 nodes are available: pod
    /// affinity terms conflict.`
    static func failureMessage(total: Int, reasons: [String: Int], unresolvable: Int,
                               preFilterMessage: String? = nil) -> String {
        if total == 0 {
            return "no nodes available to schedule pods"
        }
        let histogram = reasons.map { "\($0.value) \($0.key)" }.sorted()
        var message = "0/\(total) nodes are available: \(preFilterMessage ?? histogram.joined(separator: ", "))."
        var preemption: [String] = []
        if unresolvable > 0 { preemption.append("\(unresolvable) Preemption is not helpful for scheduling") }
        let resolvable = total - unresolvable
        if resolvable > 0 { preemption.append("\(resolvable) No preemption victims found for incoming pod") }
        message += " preemption: 0/\(total) nodes are available: \(preemption.sorted().joined(separator: ", "))."
        return message
    }
}
