/// kubectl's view of where to connect, as `~/.kube/config` holds it: named clusters (where a
/// cluster is and the certificate that vouches for it), named users (how to prove who one
/// is), contexts pairing a cluster, a user and a default namespace, and which one is current.
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

    /// A `clusters:` entry.
    public struct ClusterEntry: Sendable, Equatable {
        public var name: String
        public var server: String
        public var certificateAuthorityData: String

        public init(name: String, server: String, certificateAuthorityData: String) {
            self.name = name
            self.server = server
            self.certificateAuthorityData = certificateAuthorityData
        }
    }

    /// A command that makes a user's token (`aws eks get-token`), as `users[].user.exec`.
    public struct ExecUser: Sendable, Equatable {
        public var apiVersion: String
        public var command: String
        public var args: [String]

        public init(apiVersion: String, command: String, args: [String]) {
            self.apiVersion = apiVersion
            self.command = command
            self.args = args
        }
    }

    /// A `users:` entry: a client certificate and key (kubeadm's admin), or an exec command.
    public struct User: Sendable, Equatable {
        public enum Credentials: Sendable, Equatable {
            case clientCertificate(certificate: String, key: String)
            case exec(ExecUser)
        }

        public var name: String
        public var credentials: Credentials

        public init(name: String, credentials: Credentials) {
            self.name = name
            self.credentials = credentials
        }
    }

    public private(set) var clusters: [ClusterEntry] = []
    public private(set) var users: [User] = []
    public private(set) var contexts: [Context] = []
    public var currentContext: String = ""

    public init() {}

    public func context(named name: String) -> Context? { contexts.first { $0.name == name } }
    public func cluster(named name: String) -> ClusterEntry? { clusters.first { $0.name == name } }
    public func user(named name: String) -> User? { users.first { $0.name == name } }

    public var current: Context? { context(named: currentContext) }

    /// Adds an entry, or replaces the one of the same name where it stands (whole, as kubectl
    /// and aws-cli write entries).
    public mutating func set(_ cluster: ClusterEntry) { Self.set(cluster, in: &clusters, name: \.name) }
    public mutating func set(_ user: User) { Self.set(user, in: &users, name: \.name) }
    public mutating func set(_ context: Context) { Self.set(context, in: &contexts, name: \.name) }

    private static func set<Entry>(_ entry: Entry, in entries: inout [Entry], name: KeyPath<Entry, String>) {
        if let index = entries.firstIndex(where: { $0[keyPath: name] == entry[keyPath: name] }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Writes an EKS cluster's entries as `aws eks update-kubeconfig` does: the cluster named by
    /// its ARN, the user named `userAlias` (or the ARN), and a context named `alias` (or the
    /// user's name) made current. An entry of the same name is replaced whole, so a context's
    /// namespace goes with it. Returns whether the cluster was already there ("Updated"
    /// rather than "Added").
    public mutating func addEKSCluster(arn: String, server: String, certificateAuthorityData: String, region: String,
                                       clusterName: String, alias: String?, userAlias: String?, roleArn: String?) -> Bool {
        let existed = cluster(named: arn) != nil
        set(ClusterEntry(name: arn, server: server, certificateAuthorityData: certificateAuthorityData))
        var args = ["--region", region, "eks", "get-token", "--cluster-name", clusterName, "--output", "json"]
        if let roleArn { args += ["--role", roleArn] }
        let user = userAlias ?? arn
        set(User(name: user, credentials: .exec(ExecUser(apiVersion: "client.authentication.k8s.io/v1beta1",
                                                          command: "aws", args: args))))
        let context = Context(name: alias ?? user, cluster: arn, user: user)
        set(context)
        currentContext = context.name
        return existed
    }

    /// `kubectl config rename-context`: the current context follows its name.
    public mutating func renameContext(_ name: String, to newName: String) {
        guard let index = contexts.firstIndex(where: { $0.name == name }) else { return }
        contexts[index].name = newName
        if currentContext == name { currentContext = newName }
    }

    /// The three kinds of named entry.
    public enum EntryKind: String, Sendable {
        case context, cluster, user
    }

    public func has(_ kind: EntryKind, named name: String) -> Bool {
        switch kind {
        case .context: context(named: name) != nil
        case .cluster: cluster(named: name) != nil
        case .user: user(named: name) != nil
        }
    }

    /// `kubectl config delete-context|delete-cluster|delete-user`: the entry goes; nothing
    /// that refers to it changes (not even a current-context naming it).
    public mutating func delete(_ kind: EntryKind, named name: String) {
        switch kind {
        case .context: contexts.removeAll { $0.name == name }
        case .cluster: clusters.removeAll { $0.name == name }
        case .user: users.removeAll { $0.name == name }
        }
    }
}
