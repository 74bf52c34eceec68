import JSONValue

/// kube-controller-manager's pv-protection: a deleted volume keeps its `kubernetes.io/pv-protection`
/// finalizer, and so stays Terminating, for as long as it is Bound to a claim.
final class PVProtectionController {
    private let server: APIServer
    private var queue: WorkQueue!

    init(server: APIServer) {
        self.server = server
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.persistentVolume) { [weak self] event in
            guard event.type != .deleted, event.object.isTerminating else { return }
            self?.queue.add(event.object.name)
        }
    }

    private func sync(_ name: String) {
        guard let volume = server.object(.persistentVolume, namespace: "", name: name), volume.isTerminating,
            volume.finalizers.contains(StorageFacts.pvProtection), volume["status"]["phase"].string != "Bound"
        else { return }
        server.modify(.persistentVolume, namespace: "", name: name) { volume in
            volume["metadata"]["finalizers"] = .array(volume.finalizers.filter { $0 != StorageFacts.pvProtection }.map(JSON.string))
        }
    }
}
