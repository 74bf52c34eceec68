/// kubectl's view of where to connect: named contexts pairing a cluster, a user and a
/// default namespace, and which one is current.
public struct KubeConfig: Sendable {
    public struct Context: Sendable, Equatable {
        public var name: String
        public var cluster: String
        public var user: String
        public var namespace: String?

        public init(name: String, cluster: String, user: String, namespace: String? = nil) {
            self.name = name
            self.cluster = cluster
            self.user = user
            self.namespace = namespace
        }
    }

    /// Where a cluster is and the certificate that vouches for it (`clusters:` entries that
    /// `aws eks update-kubeconfig` writes; the sandbox's come from its kubeadm setup).
    public struct ClusterEntry: Sendable, Equatable {
        public var server: String
        public var certificateAuthorityData: String
    }

    /// A user whose token a command makes (`aws eks get-token`), as `users[].user.exec`.
    public struct ExecUser: Sendable, Equatable {
        public var apiVersion: String
        public var command: String
        public var args: [String]
    }

    public private(set) var contexts: [Context] = []
    public var currentContext: String = ""
    public private(set) var clusterEntries: [String: ClusterEntry] = [:]
    public private(set) var execUsers: [String: ExecUser] = [:]

    public init() {}

    public func context(named name: String) -> Context? { contexts.first { $0.name == name } }

    public var current: Context? { context(named: currentContext) }

    public mutating func addContext(_ context: Context) {
        contexts.removeAll { $0.name == context.name }
        contexts.append(context)
    }

    /// Writes an EKS cluster's entries as `aws eks update-kubeconfig` does: the cluster named by
    /// its ARN, the user named `userAlias` (or the ARN), and a context named `alias` (or the
    /// user's name) made current. An entry of the same name is replaced whole, so a context's
    /// namespace goes with it. Returns whether the cluster was already there ("Updated"
    /// rather than "Added").
    public mutating func addEKSCluster(arn: String, server: String, certificateAuthorityData: String, region: String,
                                       clusterName: String, alias: String?, userAlias: String?, roleArn: String?) -> Bool {
        let existed = clusterEntries[arn] != nil
        clusterEntries[arn] = ClusterEntry(server: server, certificateAuthorityData: certificateAuthorityData)
        var args = ["--region", region, "eks", "get-token", "--cluster-name", clusterName, "--output", "json"]
        if let roleArn { args += ["--role", roleArn] }
        let user = userAlias ?? arn
        execUsers[user] = ExecUser(apiVersion: "client.authentication.k8s.io/v1beta1", command: "aws", args: args)
        let context = Context(name: alias ?? user, cluster: arn, user: user)
        if let index = contexts.firstIndex(where: { $0.name == context.name }) {
            contexts[index] = context
        } else {
            contexts.append(context)
        }
        currentContext = context.name
        return existed
    }

    public mutating func setNamespace(_ namespace: String?, forContext name: String) {
        guard let index = contexts.firstIndex(where: { $0.name == name }) else { return }
        contexts[index].namespace = namespace
    }
}
