import JSONValue

/// The garbage collector: when an owner is gone, its dependents go too (background cascade).
final class GarbageCollector {
    private let server: APIServer

    init(server: APIServer) {
        self.server = server
        for type in server.catalog.types {
            server.watch(type, only: .deleted) { [weak self] event in
                self?.collect(ownerUID: event.object.uid)
            }
        }
    }

    private func collect(ownerUID: String) {
        for key in server.index.children(ofOwner: ownerUID) {
            guard let type = server.catalog.types.first(where: { $0.etcdPrefix == key.prefix }),
                let child = server.object(type, namespace: key.namespace, name: key.name)
            else { continue }
            // Only when no other owner remains.
            let remaining = child.ownerReferences.filter { $0.uid != ownerUID }
            if remaining.isEmpty {
                _ = try? server.delete(type, namespace: key.namespace, name: key.name)
            }
        }
    }
}
