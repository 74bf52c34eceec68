import JSONValue
import SimCore

/// The kubelet's liveness as the control plane sees it: a Lease in `kube-node-lease` renewed
/// every 10 seconds while the kubelet runs, and the node's conditions, which it posts when it
/// (re)starts and again whenever `nodeStatusReportFrequency` (5 minutes) has passed without a
/// change — so `describe node` shows a LastHeartbeatTime at most five minutes old.
/// `systemctl stop kubelet` stops both.
extension Kubelet {
    static let leaseDurationSeconds = 40
    static let renewInterval = SimDuration.seconds(Int64(10))
    static let statusReportInterval = SimDuration.seconds(Int64(300))

    func startHeartbeats() {
        lastStatusReport = now
        renewLease()
        heartbeatTimer = server.simulation.schedule(after: Self.renewInterval) { [weak self] in self?.heartbeatTick() }
    }

    private func heartbeatTick() {
        guard isRunning else { return }
        renewLease()
        if let last = lastStatusReport, now >= last + Self.statusReportInterval { reportNodeStatus() }
        heartbeatTimer = server.simulation.schedule(after: Self.renewInterval) { [weak self] in self?.heartbeatTick() }
    }

    func renewLease() {
        let now = server.now.microRFC3339
        let renewed = server.modify(.lease, namespace: "kube-node-lease", name: config.name) {
            $0["spec"]["renewTime"] = .string(now)
        }
        if renewed == nil, server.object(.lease, namespace: "kube-node-lease", name: config.name) == nil {
            guard let node = server.object(.node, namespace: "", name: config.name) else { return }
            let lease: JSON = [
                "metadata": ["name": .string(config.name),
                             "ownerReferences": [["apiVersion": "v1", "kind": "Node", "name": .string(node.name),
                                                  "uid": .string(node.uid)]]],
                "spec": ["holderIdentity": .string(config.name), "leaseDurationSeconds": .int(Self.leaseDurationSeconds),
                         "renewTime": .string(now)],
            ]
            _ = try? server.create(.lease, lease, namespace: "kube-node-lease")
        }
    }

    /// The periodic status post: nothing changed, so only the heartbeat times move.
    private func reportNodeStatus() {
        lastStatusReport = now
        let stamp = JSON.string(now.rfc3339)
        server.modify(.node, namespace: "", name: config.name) { node in
            guard var conditions = node["status"]["conditions"].array else { return }
            for i in conditions.indices { conditions[i]["lastHeartbeatTime"] = stamp }
            node["status"]["conditions"] = .array(conditions)
        }
    }

    /// `systemctl stop kubelet`: no more heartbeats or pod work; containers keep running.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        if let heartbeatTimer { server.simulation.cancel(heartbeatTimer) }
        server.simulation.trace.record(server.now, component: "kubelet", object: "node/\(config.name)", message: "stopped")
    }

    /// `systemctl start kubelet`: posts Ready again and resumes the pods bound to this node.
    public func start() {
        guard !isRunning else { return }
        isRunning = true
        let now = server.now
        let node = server.modify(.node, namespace: "", name: config.name) { node in
            var conditions = node["status"]["conditions"].array ?? []
            for i in conditions.indices {
                let type = conditions[i]["type"].string ?? ""
                let (status, reason, message) = NodeObject.healthyCondition(type)
                if conditions[i]["status"].string != status { conditions[i]["lastTransitionTime"] = .string(now.rfc3339) }
                conditions[i]["lastHeartbeatTime"] = .string(now.rfc3339)
                conditions[i]["status"] = .string(status)
                conditions[i]["reason"] = .string(reason)
                conditions[i]["message"] = .string(message)
            }
            node["status"]["conditions"] = .array(conditions)
        }
        if let node {
            events.record(node, reason: "Starting", message: "Starting kubelet.", source: source)
            events.record(node, reason: "NodeReady", message: "Node \(config.name) status is now: NodeReady", source: source)
        }
        startHeartbeats()
        startContainerGC()
        for key in server.index.pods(onNode: config.name) {
            guard let pod = server.object(.pod, namespace: key.namespace, name: key.name) else { continue }
            podChanged(WatchEvent(type: .modified, resource: .pod, object: pod, old: pod))
        }
    }
}
