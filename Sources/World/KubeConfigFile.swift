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

    /// Whether there is anything to write: kubectl has no file until something is set.
    public var isEmpty: Bool { clusters.isEmpty && users.isEmpty && contexts.isEmpty && currentContext.isEmpty }

    /// What a file that does not hold a kubeconfig Shipyard can keep is refused with.
    public struct Unreadable: Error, Sendable {
        public var reason: String
    }

    /// The kubeconfig a file holds (its `clusters`, `users`, `contexts` and `current-context`).
    /// Users authenticate with client certificates or an exec command, as the ones Shipyard
    /// writes do; a file with another kind of user is refused.
    public init(file: JSON) throws(Unreadable) {
        self.init()
        guard file.object != nil || file.isNull else { throw Unreadable(reason: "not a kubeconfig") }
        for entry in file["clusters"].array ?? [] {
            set(ClusterEntry(name: entry["name"].string ?? "", server: entry["cluster"]["server"].string ?? "",
                             certificateAuthorityData: entry["cluster"]["certificate-authority-data"].string ?? ""))
        }
        for entry in file["users"].array ?? [] {
            let user = entry["user"]
            let name = entry["name"].string ?? ""
            if let exec = user["exec"].object {
                set(User(name: name, credentials: .exec(ExecUser(
                    apiVersion: exec["apiVersion"]?.string ?? "", command: exec["command"]?.string ?? "",
                    args: (exec["args"]?.array ?? []).compactMap(\.string)))))
            } else if let certificate = user["client-certificate-data"].string, let key = user["client-key-data"].string {
                set(User(name: name, credentials: .clientCertificate(certificate: certificate, key: key)))
            } else {
                throw Unreadable(reason: "user \"\(name)\" has neither client certificate data nor an exec command")
            }
        }
        for entry in file["contexts"].array ?? [] {
            set(Context(name: entry["name"].string ?? "", cluster: entry["context"]["cluster"].string ?? "",
                        user: entry["context"]["user"].string ?? "",
                        namespace: entry["context"]["namespace"].string.flatMap { $0.isEmpty ? nil : $0 }))
        }
        currentContext = file["current-context"].string ?? ""
    }
}
