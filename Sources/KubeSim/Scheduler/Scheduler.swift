import JSONValue
import SimCore

/// kube-scheduler: watches for pods without a node, filters the nodes that could run each
/// one, scores the rest and binds the pod to the best. A pod nothing fits stays Pending with a
/// `FailedScheduling` event that says why, and is retried when the cluster changes.
public final class Scheduler {
    public static let name = "default-scheduler"

    private let server: APIServer
    private let events: EventRecorder
    private var nodes: [String: NodeInfo] = [:]
    private var nodeOrder: [String] = []
    /// Pods placed (or assumed) per node, with what they requested, so usage is never rescanned.
    private var placed: [String: (node: String, requests: PodRequests, owner: String?)] = [:]
    /// Pods per controller per node, for spreading a ReplicaSet's pods across nodes.
    private var siblings: [String: [String: Int]] = [:]
    private var queue: [String] = []
    private var queued: Set<String> = []
    private var unschedulable: Set<String> = []
    private var cycleScheduled = false
    private var nextStartIndex = 0
    private let tieBreak: RandomStream

    public init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        tieBreak = server.simulation.random.stream("scheduler-tiebreak")
        server.watch(.node) { [weak self] in self?.nodeChanged($0) }
        server.watch(.pod) { [weak self] in self?.podChanged($0) }
    }

    private func key(_ pod: JSON) -> String { "\(pod.namespace)/\(pod.name)" }

    private func nodeChanged(_ event: WatchEvent) {
        let name = event.object.name
        switch event.type {
        case .added:
            nodes[name] = NodeInfo(event.object)
            nodeOrder.append(name)
            nodeOrder.sort()
        case .modified:
            nodes[name]?.refresh(from: event.object)
        case .deleted:
            nodes[name] = nil
            nodeOrder.removeAll { $0 == name }
        }
        retryUnschedulable()
    }

    private func podChanged(_ event: WatchEvent) {
        let pod = event.object
        let podKey = key(pod)
        if event.type == .deleted {
            release(podKey)
            retryUnschedulable()
            return
        }
        if let node = pod["spec"]["nodeName"].string {
            unschedulable.remove(podKey)
            // Finished pods no longer hold their requests.
            let phase = pod["status"]["phase"].string
            if phase == "Succeeded" || phase == "Failed" {
                if placed[podKey] != nil {
                    release(podKey)
                    retryUnschedulable()
                }
            } else if placed[podKey] == nil {
                account(podKey, node: node, requests: PodRequests(pod), owner: pod.controllerReference?.uid)
            }
            return
        }
        guard !pod.isTerminating, (pod["spec"]["schedulerName"].string ?? Scheduler.name) == Scheduler.name,
            !unschedulable.contains(podKey)
        else { return }
        enqueue(podKey)
    }

    private func account(_ podKey: String, node: String, requests: PodRequests, owner: String?) {
        placed[podKey] = (node, requests, owner)
        if let owner { siblings[owner, default: [:]][node, default: 0] += 1 }
        nodes[node]?.requestedMilliCPU += requests.milliCPU
        nodes[node]?.requestedMemory += requests.memory
        nodes[node]?.podCount += 1
    }

    private func release(_ podKey: String) {
        guard let (node, requests, owner) = placed.removeValue(forKey: podKey) else { return }
        if let owner {
            siblings[owner]?[node, default: 1] -= 1
            if siblings[owner]?[node] == 0 { siblings[owner]?[node] = nil }
            if siblings[owner]?.isEmpty == true { siblings[owner] = nil }
        }
        nodes[node]?.requestedMilliCPU -= requests.milliCPU
        nodes[node]?.requestedMemory -= requests.memory
        nodes[node]?.podCount -= 1
    }

    private func enqueue(_ podKey: String) {
        guard queued.insert(podKey).inserted else { return }
        queue.append(podKey)
        guard !cycleScheduled else { return }
        cycleScheduled = true
        server.simulation.react { [weak self] in self?.runCycle() }
    }

    private func retryUnschedulable() {
        guard !unschedulable.isEmpty else { return }
        let retry = unschedulable.sorted()
        unschedulable.removeAll()
        for podKey in retry { enqueue(podKey) }
    }

    private func runCycle() {
        cycleScheduled = false
        var index = 0
        while index < queue.count {
            let podKey = queue[index]
            index += 1
            queued.remove(podKey)
            let parts = podKey.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let pod = server.object(.pod, namespace: parts[0], name: parts[1]),
                pod["spec"]["nodeName"].isNull, !pod.isTerminating
            else { continue }
            schedule(pod, key: podKey)
        }
        queue.removeAll(keepingCapacity: true)
    }

    private func schedule(_ pod: JSON, key podKey: String) {
        let requests = PodRequests(pod)
        let tolerations = Toleration.of(pod)
        let selector = stringMap(pod["spec"]["nodeSelector"])
        let affinity = NodeAffinity(pod)
        var reasons: [String: Int] = [:]
        var unresolvable = 0
        var feasible: [String] = []
        let total = nodeOrder.count
        let wanted = Scheduler.feasibleNodesToFind(total)
        var checked = 0
        while checked < total, feasible.count < wanted {
            let name = nodeOrder[(nextStartIndex + checked) % total]
            checked += 1
            guard let node = nodes[name] else { continue }
            if let reason = Scheduler.filter(node, requests: requests, tolerations: tolerations, selector: selector,
                                             affinity: affinity) {
                reasons[reason.text, default: 0] += 1
                if reason.unresolvable { unresolvable += 1 }
            } else {
                feasible.append(name)
            }
        }
        if total > 0 { nextStartIndex = (nextStartIndex + checked) % total }

        guard let chosen = pickBest(feasible, requests: requests, pod: pod) else {
            markUnschedulable(pod, key: podKey, total: total, reasons: reasons, unresolvable: unresolvable)
            return
        }
        bind(pod, key: podKey, to: chosen, requests: requests)
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

    /// Least-allocated scoring (the default NodeResourcesFit strategy) with spreading of a
    /// controller's pods; ties broken by the seeded generator, as the real scheduler breaks
    /// them at random.
    private func pickBest(_ candidates: [String], requests: PodRequests, pod: JSON) -> String? {
        guard !candidates.isEmpty else { return nil }
        let owner = pod.controllerReference?.uid
        var best: [String] = []
        var bestScore = Int.min
        for name in candidates {
            guard let node = nodes[name] else { continue }
            var score = Scheduler.leastAllocated(node, requests: requests)
            if let owner { score -= (siblings[owner]?[name] ?? 0) * 10 }
            if score > bestScore {
                bestScore = score
                best = [name]
            } else if score == bestScore {
                best.append(name)
            }
        }
        guard !best.isEmpty else { return nil }
        return best[tieBreak.int(in: 0...(best.count - 1))]
    }

    static func leastAllocated(_ node: NodeInfo, requests: PodRequests) -> Int {
        func share(_ requested: Int64, _ allocatable: Int64) -> Int {
            guard allocatable > 0 else { return 0 }
            let free = max(0, allocatable - requested)
            return Int(free * 100 / allocatable)
        }
        // Pods that request nothing count as a small default (100m, 200Mi), as the scorer does.
        let cpu = requests.milliCPU == 0 ? 100 : requests.milliCPU
        let memory = requests.memory == 0 ? 200 * 1024 * 1024 : requests.memory
        return (share(node.requestedMilliCPU + cpu, node.allocatableMilliCPU)
            + share(node.requestedMemory + memory, node.allocatableMemory)) / 2
    }

    private func bind(_ pod: JSON, key podKey: String, to node: String, requests: PodRequests) {
        account(podKey, node: node, requests: requests, owner: pod.controllerReference?.uid)
        let now = server.now
        let bound = server.modify(.pod, namespace: pod.namespace, name: pod.name) { pod in
            pod["spec"]["nodeName"] = .string(node)
            PodConditions.set(&pod, type: "PodScheduled", status: "True", now: now)
        }
        guard let bound else {
            release(podKey)
            return
        }
        server.simulation.trace.record(now, component: "kube-scheduler", object: "pod/\(pod.name)",
                                       message: "bound to \(node)")
        events.record(bound, reason: "Scheduled", message: "Successfully assigned \(pod.namespace)/\(pod.name) to \(node)",
                      source: .init(component: Scheduler.name))
    }

    private func markUnschedulable(_ pod: JSON, key podKey: String, total: Int, reasons: [String: Int],
                                   unresolvable: Int) {
        unschedulable.insert(podKey)
        let message = Scheduler.failureMessage(total: total, reasons: reasons, unresolvable: unresolvable)
        let now = server.now
        let updated = server.modify(.pod, namespace: pod.namespace, name: pod.name) { pod in
            PodConditions.set(&pod, type: "PodScheduled", status: "False", reason: "Unschedulable", message: message,
                              now: now)
        }
        events.record(updated ?? pod, type: "Warning", reason: "FailedScheduling", message: message,
                      source: .init(component: Scheduler.name))
    }

    /// `0/3 nodes are available: 1 node(s) had untolerated taint {…}, 2 Insufficient cpu.
    /// preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No
    /// preemption victims found for incoming pod.`
    static func failureMessage(total: Int, reasons: [String: Int], unresolvable: Int) -> String {
        if total == 0 {
            return "no nodes available to schedule pods"
        }
        let histogram = reasons.map { "\($0.value) \($0.key)" }.sorted()
        var message = "0/\(total) nodes are available: \(histogram.joined(separator: ", "))."
        var preemption: [String] = []
        if unresolvable > 0 { preemption.append("\(unresolvable) Preemption is not helpful for scheduling") }
        let resolvable = total - unresolvable
        if resolvable > 0 { preemption.append("\(resolvable) No preemption victims found for incoming pod") }
        message += " preemption: 0/\(total) nodes are available: \(preemption.sorted().joined(separator: ", "))."
        return message
    }
}
