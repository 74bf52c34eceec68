import JSONValue

/// The namespace controller and its companions: a deleted namespace empties itself before it
/// goes (phase Terminating meanwhile); every namespace gets its `default` ServiceAccount and
/// the `kube-root-ca.crt` ConfigMap.
final class NamespaceController {
    private let server: APIServer
    static let rootCA = """
        -----BEGIN CERTIFICATE-----
        MIIDBTCCAe2gAwIBAgIIShipyardSimulatedCAAAAAAAAAAAAAAAAwDQYJKoZIhvcNAQEL
        BQAwFTETMBEGA1UEAxMKa3ViZXJuZXRlczAeFw0yNjAxMDEwMDAwMDBaFw0zNTEy
        MzAwMDAwMDBaMBUxEzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEB
        -----END CERTIFICATE-----

        """

    init(server: APIServer) {
        self.server = server
        server.watch(.namespace) { [weak self] event in
            guard let self else { return }
            let namespace = event.object
            if event.type == .added { self.populate(namespace.name) }
            if event.type != .deleted, namespace.isTerminating { self.finalize(namespace.name) }
        }
    }

    private func populate(_ namespace: String) {
        _ = try? server.create(.serviceAccount, ["metadata": ["name": "default"]], namespace: namespace)
        _ = try? server.create(.configMap, [
            "metadata": ["name": "kube-root-ca.crt",
                         "annotations": ["kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."]],
            "data": ["ca.crt": .string(Self.rootCA)],
        ], namespace: namespace)
    }

    /// Deletes everything in the namespace; when nothing is left, drops the finalizer.
    private func finalize(_ namespace: String) {
        server.modify(.namespace, namespace: "", name: namespace) { ns in
            ns["status"]["phase"] = "Terminating"
        }
        var remaining = 0
        for type in server.catalog.types where type.namespaced {
            for object in server.list(type, namespace: namespace) {
                remaining += 1
                if !object.isTerminating { _ = try? server.delete(type, namespace: namespace, name: object.name) }
            }
        }
        if remaining == 0 {
            server.modify(.namespace, namespace: "", name: namespace) { ns in
                ns["spec"]["finalizers"] = .array([])
                ns["metadata"].remove("finalizers")
            }
        } else {
            server.simulation.schedule(after: .seconds(Int64(1))) { [weak self] in self?.finalize(namespace) }
        }
    }
}
