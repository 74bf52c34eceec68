/// One kind of object the API server serves, as discovery describes it.
///
/// kubectl resolves what the learner typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`)
/// against this table, the API server routes by it, etcd keys are built from it, and
/// `kubectl api-resources` prints it. It is data: adding a kind is adding an entry.
public struct ResourceType: Hashable, Sendable {
    public var group: String
    public var version: String
    public var kind: String
    /// Plural, lower case: `pods`, `deployments`.
    public var resource: String
    public var singular: String
    public var shortNames: [String]
    public var namespaced: Bool
    public var categories: [String]
    /// The first path segment under `/registry` in etcd (`pods`, `deployments`, `minions` for nodes).
    public var etcdPrefix: String
    public var verbs: [String]

    public init(group: String, version: String, kind: String, resource: String, singular: String,
                shortNames: [String] = [], namespaced: Bool = true, categories: [String] = [],
                etcdPrefix: String? = nil,
                verbs: [String] = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]) {
        self.group = group
        self.version = version
        self.kind = kind
        self.resource = resource
        self.singular = singular
        self.shortNames = shortNames
        self.namespaced = namespaced
        self.categories = categories
        self.etcdPrefix = etcdPrefix ?? resource
        self.verbs = verbs
    }

    /// `v1` or `apps/v1`.
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

    /// `pods` for the core group, `deployments.apps` otherwise: how the API server names the
    /// resource in messages such as `deployments.apps "web" not found`.
    public var qualifiedResource: String { group.isEmpty ? resource : "\(resource).\(group)" }

    /// `pod` or `deployment.apps`: how kubectl prefixes names (`deployment.apps/web created`).
    public var qualifiedSingular: String { group.isEmpty ? singular : "\(singular).\(group)" }
}

/// The resource types a simulated cluster serves.
public struct ResourceCatalog: Sendable {
    public var types: [ResourceType]

    public init(types: [ResourceType]) { self.types = types }

    public func type(kind: String, apiVersion: String) -> ResourceType? {
        types.first { $0.kind == kind && $0.apiVersion == apiVersion }
    }

    public func type(kind: String) -> ResourceType? {
        types.first { $0.kind == kind }
    }

    public func type(resource: String, group: String) -> ResourceType? {
        types.first { $0.resource == resource && $0.group == group }
    }

    /// Resolves what a user typed: plural, singular, short name or kind, optionally qualified by
    /// group (`deployments.apps`) or group and version (`deployments.v1.apps`), case-insensitively.
    public func resolve(_ typed: String) -> ResourceType? {
        let lowered = typed.lowercased()
        let parts = lowered.split(separator: ".", maxSplits: 1).map(String.init)
        let name = parts.first ?? lowered
        let qualifier = parts.count > 1 ? parts[1] : nil
        func matchesName(_ t: ResourceType) -> Bool {
            t.resource == name || t.singular == name || t.shortNames.contains(name) || t.kind.lowercased() == name
        }
        func matchesQualifier(_ t: ResourceType) -> Bool {
            guard let qualifier else { return true }
            if t.group == qualifier { return true }
            return "\(t.version).\(t.group)" == qualifier || (t.group.isEmpty && qualifier == t.version)
        }
        // Exact resource names win over short names, as in kubectl's RESTMapper.
        return types.first { $0.resource == name && matchesQualifier($0) }
            ?? types.first { matchesName($0) && matchesQualifier($0) }
    }

    /// Types in the `all` category, in the order `kubectl get all` prints them.
    public var allCategory: [ResourceType] { types.filter { $0.categories.contains("all") } }
}
