import JSONValue

/// kube-controller-manager's pvc-protection: a deleted claim keeps its `kubernetes.io/pvc-protection`
/// finalizer, and so stays Terminating, while any pod that has not finished still mounts it.
final class PVCProtectionController {
    private let server: APIServer
    private var queue: WorkQueue!

    init(server: APIServer) {
        self.server = server
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.persistentVolumeClaim) { [weak self] event in
            guard event.type != .deleted, event.object.isTerminating else { return }
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watch(.pod) { [weak self] event in
            let gone = event.type == .deleted
            let phase = event.brief?.phaseValue ?? event.object["status"]["phase"].string
            guard gone || phase == "Succeeded" || phase == "Failed" else { return }
            for claim in StorageFacts.claimNames(of: event.object) {
                self?.queue.add(ObjectKey.make(event.object.namespace, claim))
            }
        }
    }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let claim = server.object(.persistentVolumeClaim, namespace: namespace, name: name), claim.isTerminating,
            claim.finalizers.contains(StorageFacts.pvcProtection)
        else { return }
        // Only scheduled pods hold a claim: the kubelet never starts a pod whose claim is being
        // deleted, so a pod still waiting for a node does not keep it.
        let inUse = server.list(.pod, namespace: namespace).contains { pod in
            let phase = pod["status"]["phase"].string
            return !(pod["spec"]["nodeName"].string ?? "").isEmpty && phase != "Succeeded" && phase != "Failed"
                && StorageFacts.claimNames(of: pod).contains(name)
        }
        guard !inUse else { return }
        server.modify(.persistentVolumeClaim, namespace: namespace, name: name) { claim in
            claim["metadata"]["finalizers"] = .array(claim.finalizers.filter { $0 != StorageFacts.pvcProtection }.map(JSON.string))
        }
    }
}
