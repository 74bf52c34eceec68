import JSONValue
import SimCore

/// The replicaset controller: keeps each ReplicaSet's number of pods at `spec.replicas`,
/// creating from the template or deleting the least valuable pods, and reports what it sees.
final class ReplicaSetController {
    static let source = EventRecorder.Source(component: "replicaset-controller")
    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.replicaSet) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watchOwned(.pod, ownerKind: "ReplicaSet") { [weak self] event, owner in
            self?.queue.addForChild(namespace: event.brief?.namespace ?? event.object.namespace, name: owner.name)
        }
    }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let rs = server.object(.replicaSet, namespace: namespace, name: name), !rs.isTerminating else { return }
        let activeCount = server.index.podCounts(ofOwner: rs.uid).active
        let desired = rs["spec"]["replicas"].int ?? 1
        let diff = desired - activeCount
        if diff > 0 {
            for _ in 0..<diff {
                let pod = PodTemplate.pod(from: rs["spec"]["template"], owner: rs, namePrefix: "\(rs.name)-")
                do {
                    let created = try server.create(.pod, pod, namespace: namespace)
                    events.record(rs, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
                                  source: Self.source)
                } catch {
                    events.record(rs, type: "Warning", reason: "FailedCreate",
                                  message: "Error creating: \(error.message)", source: Self.source)
                    break
                }
            }
        } else if diff < 0 {
            let active = server.index.children(ofOwner: rs.uid).filter { $0.prefix == ResourceType.pod.etcdPrefix }
                .compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }.filter(PodTemplate.isActive)
            for pod in Self.deletionOrder(active).prefix(-diff) {
                if (try? server.delete(.pod, namespace: namespace, name: pod.name)) != nil {
                    events.record(rs, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", source: Self.source)
                }
            }
        }
        updateStatus(rs)
    }

    /// Pods least worth keeping first: unscheduled, then not running, then not ready, then newest.
    static func deletionOrder(_ pods: [JSON]) -> [JSON] {
        func rank(_ pod: JSON) -> (Int, Int, Int, Int64) {
            let scheduled = pod["spec"]["nodeName"].isNull ? 0 : 1
            let phase = pod["status"]["phase"].string
            let phaseRank = phase == "Pending" ? 0 : (phase == "Unknown" ? 1 : 2)
            let ready = PodTemplate.isReady(pod) ? 1 : 0
            let created = pod.creationTimestamp?.milliseconds ?? 0
            return (scheduled, phaseRank, ready, -created)
        }
        return pods.sorted { rank($0) < rank($1) }
    }

    private func updateStatus(_ rs: JSON) {
        let minReady = rs["spec"]["minReadySeconds"].int ?? 0
        let now = server.now
        let counts = server.index.podCounts(ofOwner: rs.uid)
        let replicas = counts.active
        let ready = counts.ready
        // Availability needs each pod's ready time only when minReadySeconds asks for one.
        let available = minReady == 0 ? ready : server.index.podBriefs(ofOwner: rs.uid).filter {
            $0.isActive && $0.isAvailable(minReadySeconds: minReady, now: now)
        }.count
        server.modify(.replicaSet, namespace: rs.namespace, name: rs.name) { rs in
            var status = JSONObject()
            status["replicas"] = .int(replicas)
            // Pods are created with the template's labels, so all of them carry the selector's.
            if replicas > 0 { status["fullyLabeledReplicas"] = .int(replicas) }
            if ready > 0 { status["readyReplicas"] = .int(ready) }
            if available > 0 { status["availableReplicas"] = .int(available) }
            if rs.generation > 0 { status["observedGeneration"] = .int(rs.generation) }
            rs["status"] = .object(status)
        }
        if minReady > 0, ready > available {
            queue.add(ObjectKey.make(rs.namespace, rs.name), after: .seconds(Int64(minReady)))
        }
    }
}
