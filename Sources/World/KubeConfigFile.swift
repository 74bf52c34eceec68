import JSONValue

/// What `~/.kube/config` holds for a configuration: the document kubectl reads
/// (`kubectl config view --raw` shows it) and `aws eks update-kubeconfig --dry-run` prints.
extension World {
    /// Base64 of the PEM placeholder the sandbox's certificates and key stand behind.
    static let sandboxCertificateData =
        "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsYXRlZAotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg=="

    /// The file for `config` (the world's own when nil), keys in the order kubectl writes them:
    /// each context's cluster and user where it first appears, a context's fields sorted.
    public func kubeconfigFile(_ config: KubeConfig? = nil) -> JSON {
        let config = config ?? kubeconfig
        var clusters: [JSON] = []
        var users: [JSON] = []
        var clusterNames: Set<String> = []
        var userNames: Set<String> = []
        for entry in config.contexts {
            if clusterNames.insert(entry.cluster).inserted {
                let written = config.clusterEntries[entry.cluster]
                clusters.append([
                    "cluster": [
                        "certificate-authority-data": .string(written?.certificateAuthorityData ?? Self.sandboxCertificateData),
                        "server": .string(written?.server ?? self.clusters[entry.cluster]?.endpoint ?? ""),
                    ],
                    "name": .string(entry.cluster),
                ])
            }
            if userNames.insert(entry.user).inserted {
                let user: JSON = config.execUsers[entry.user].map { exec in
                    ["exec": ["apiVersion": .string(exec.apiVersion), "args": .array(exec.args.map(JSON.string)),
                              "command": .string(exec.command)]]
                } ?? ["client-certificate-data": .string(Self.sandboxCertificateData),
                      "client-key-data": .string(Self.sandboxCertificateData)]
                users.append(["name": .string(entry.user), "user": user])
            }
        }
        let contexts: [JSON] = config.contexts.map { entry in
            var inner = JSONObject()
            inner["cluster"] = .string(entry.cluster)
            if let namespace = entry.namespace { inner["namespace"] = .string(namespace) }
            inner["user"] = .string(entry.user)
            return ["context": .object(inner), "name": .string(entry.name)]
        }
        return [
            "apiVersion": "v1",
            "clusters": .array(clusters),
            "contexts": .array(contexts),
            "current-context": .string(config.currentContext),
            "kind": "Config",
            "preferences": .object(JSONObject()),
            "users": .array(users),
        ]
    }
}
