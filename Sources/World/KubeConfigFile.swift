import JSONValue

/// What `~/.kube/config` holds: the document kubectl reads (`kubectl config view --raw` shows
/// it) and `aws eks update-kubeconfig --dry-run` prints, and where it lies.
extension KubeConfig {
    /// Base64 of the PEM placeholder the sandbox's certificates and key stand behind.
    public static let sandboxCertificateData =
        "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsYXRlZAotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg=="

    /// The file, keys in the order kubectl writes them (a context's fields sorted).
    public var file: JSON {
        [
            "apiVersion": "v1",
            "clusters": .array(clusters.map { entry in
                ["cluster": ["certificate-authority-data": .string(entry.certificateAuthorityData), "server": .string(entry.server)],
                 "name": .string(entry.name)]
            }),
            "contexts": .array(contexts.map { entry in
                var inner = JSONObject()
                inner["cluster"] = .string(entry.cluster)
                if let namespace = entry.namespace { inner["namespace"] = .string(namespace) }
                inner["user"] = .string(entry.user)
                return ["context": .object(inner), "name": .string(entry.name)]
            }),
            "current-context": .string(currentContext),
            "kind": "Config",
            "preferences": .object(JSONObject()),
            "users": .array(users.map { entry in
                let user: JSON
                switch entry.credentials {
                case .clientCertificate(let certificate, let key):
                    user = ["client-certificate-data": .string(certificate), "client-key-data": .string(key)]
                case .exec(let exec):
                    user = ["exec": ["apiVersion": .string(exec.apiVersion), "args": .array(exec.args.map(JSON.string)),
                                     "command": .string(exec.command)]]
                }
                return ["name": .string(entry.name), "user": user]
            }),
        ]
    }

    /// Where the file is: the first path of `$KUBECONFIG`, else `~/.kube/config`, made absolute.
    public static func path(given: String? = nil, environment: [String: String], home: String, currentDirectory: String) -> String {
        let home = environment["HOME"] ?? home
        let chosen = given ?? environment["KUBECONFIG"]?.split(separator: ":").first.map(String.init) ?? "~/.kube/config"
        if chosen.hasPrefix("~/") { return home + chosen.dropFirst() }
        if chosen.hasPrefix("/") { return chosen }
        return currentDirectory + "/" + chosen
    }
}
