import JSONValue
import SimCore

/// The node lifecycle controller: every 5 seconds it checks each node's Lease; a node whose
/// kubelet has not renewed it within the grace period becomes Unknown ("Kubelet stopped
/// posting node status."), is tainted unreachable, and its pods are marked not ready. It also
/// keeps the `unschedulable` taint in step with cordoning.
final class NodeLifecycleController {
    static let source = EventRecorder.Source(component: "node-controller")
    static let monitorPeriod = SimDuration.seconds(Int64(5))
    static let gracePeriod = SimDuration.seconds(Int64(40))
    static let unreachable = "node.kubernetes.io/unreachable"
    static let notReady = "node.kubernetes.io/not-ready"
    static let unschedulable = "node.kubernetes.io/unschedulable"

    private let server: APIServer
    private let events: EventRecorder
    /// What each node's Ready condition and taints say, and when its Lease was last renewed,
    /// kept from watching them (the real controller reads its informers' caches): a pass over
    /// 5,000 nodes then reads no object, and only the nodes it acts on are fetched.
    private var nodes: [String: NodeHealth] = [:]
    private var renewed: [String: SimTime] = [:]

    private struct NodeHealth {
        var ready: String?
        var unreachable: Bool

        init(_ node: JSON) {
            ready = (node["status"]["conditions"].array ?? []).first { $0["type"].string == "Ready" }?["status"].string
            unreachable = NodeView(node).taints.contains { $0.key == NodeLifecycleController.unreachable }
        }
    }

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        server.simulation.schedule(after: Self.monitorPeriod) { [weak self] in self?.monitor() }
        server.watch(.node) { [weak self] event in
            guard let self else { return }
            guard event.type != .deleted else {
                self.nodes[event.object.name] = nil
                return
            }
            self.nodes[event.object.name] = NodeHealth(event.object)
            self.syncUnschedulableTaint(event.object)
        }
        server.watch(.lease) { [weak self] event in
            guard event.object.namespace == "kube-node-lease" else { return }
            let time = event.type == .deleted ? nil : event.object["spec"]["renewTime"].string.flatMap { SimTime(rfc3339: $0) }
            self?.renewed[event.object.name] = time
        }
    }

    /// Every node whose Lease has gone stale becomes Unknown; one whose kubelet is back loses
    /// the unreachable taint. Nodes are acted on in name order, as a list returns them.
    private func monitor() {
        let now = server.now
        var due: [(name: String, stale: Bool)] = []
        for (name, health) in nodes {
            let stale = renewed[name].map { now - $0 > Self.gracePeriod } ?? false
            if stale ? health.ready != "Unknown" : health.ready == "True" && health.unreachable {
                due.append((name, stale))
            }
        }
        for (name, stale) in due.sorted(by: { $0.name < $1.name }) {
            guard let node = server.object(.node, namespace: "", name: name) else { continue }
            if stale {
                markUnknown(node, now: now)
            } else {
                server.modify(.node, namespace: "", name: name) { node in
                    let kept = (node["spec"]["taints"].array ?? []).filter { $0["key"].string != Self.unreachable }
                    if kept.isEmpty { node["spec"].remove("taints") } else { node["spec"]["taints"] = .array(kept) }
                }
            }
        }
        server.simulation.schedule(after: Self.monitorPeriod) { [weak self] in self?.monitor() }
    }

    private func markUnknown(_ node: JSON, now: SimTime) {
        let updated = server.modify(.node, namespace: "", name: node.name) { node in
            var conditions = node["status"]["conditions"].array ?? []
            for i in conditions.indices {
                conditions[i]["lastTransitionTime"] = .string(now.rfc3339)
                conditions[i]["message"] = "Kubelet stopped posting node status."
                conditions[i]["reason"] = "NodeStatusUnknown"
                conditions[i]["status"] = "Unknown"
            }
            node["status"]["conditions"] = .array(conditions)
            var taints = node["spec"]["taints"].array ?? []
            for effect in ["NoSchedule", "NoExecute"]
            where !taints.contains(where: { $0["key"].string == Self.unreachable && $0["effect"].string == effect }) {
                var taint: JSON = ["effect": .string(effect), "key": .string(Self.unreachable)]
                if effect == "NoExecute" { taint["timeAdded"] = .string(now.rfc3339) }
                taints.append(taint)
            }
            node["spec"]["taints"] = .array(taints)
        }
        guard let updated else { return }
        events.record(updated, reason: "NodeNotReady", message: "Node \(node.name) status is now: NodeNotReady",
                      source: Self.source)
        // Pods on the node are no longer ready.
        for key in server.index.pods(onNode: node.name) {
            guard let pod = server.object(.pod, namespace: key.namespace, name: key.name) else { continue }
            server.modify(.pod, namespace: key.namespace, name: key.name) { pod in
                PodConditions.set(&pod, type: "Ready", status: "False", now: now)
                PodConditions.set(&pod, type: "ContainersReady", status: "False", now: now)
            }
            events.record(pod, type: "Warning", reason: "NodeNotReady", message: "Node is not ready", source: Self.source)
        }
    }

    /// A cordoned node carries `node.kubernetes.io/unschedulable:NoSchedule`.
    private func syncUnschedulableTaint(_ node: JSON) {
        let cordoned = NodeView(node).unschedulable
        let tainted = NodeView(node).taints.contains { $0.key == Self.unschedulable }
        guard cordoned != tainted else { return }
        let now = server.now
        server.modify(.node, namespace: "", name: node.name) { node in
            var taints = (node["spec"]["taints"].array ?? []).filter { $0["key"].string != Self.unschedulable }
            if cordoned {
                taints.append(["effect": "NoSchedule", "key": .string(Self.unschedulable), "timeAdded": .string(now.rfc3339)])
            }
            if taints.isEmpty { node["spec"].remove("taints") } else { node["spec"]["taints"] = .array(taints) }
        }
    }
}
