/// One kind of object the API server serves, as discovery describes it.
///
/// kubectl resolves what the learner typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`)
/// against this table, the API server routes by it, etcd keys are built from it, and
/// `kubectl api-resources` prints it. It is data: adding a kind is adding an entry.
public struct ResourceType: Hashable, Sendable {
    /// The fields live in one shared, immutable box: a type is copied into every request,
    /// watch event and index key, and a copy should cost one reference, not ten.
    private final class Storage: Sendable {
        let group: String
        let version: String
        let kind: String
        let resource: String
        let singular: String
        let shortNames: [String]
        let namespaced: Bool
        let categories: [String]
        let etcdPrefix: String
        let verbs: [String]

        init(group: String, version: String, kind: String, resource: String, singular: String, shortNames: [String],
             namespaced: Bool, categories: [String], etcdPrefix: String, verbs: [String]) {
            self.group = group
            self.version = version
            self.kind = kind
            self.resource = resource
            self.singular = singular
            self.shortNames = shortNames
            self.namespaced = namespaced
            self.categories = categories
            self.etcdPrefix = etcdPrefix
            self.verbs = verbs
        }
    }

    private var storage: Storage

    public var group: String {
        get { storage.group }
        set { change { $0.group = newValue } }
    }
    public var version: String {
        get { storage.version }
        set { change { $0.version = newValue } }
    }
    public var kind: String {
        get { storage.kind }
        set { change { $0.kind = newValue } }
    }
    /// Plural, lower case: `pods`, `deployments`.
    public var resource: String {
        get { storage.resource }
        set { change { $0.resource = newValue } }
    }
    public var singular: String {
        get { storage.singular }
        set { change { $0.singular = newValue } }
    }
    public var shortNames: [String] {
        get { storage.shortNames }
        set { change { $0.shortNames = newValue } }
    }
    public var namespaced: Bool {
        get { storage.namespaced }
        set { change { $0.namespaced = newValue } }
    }
    public var categories: [String] {
        get { storage.categories }
        set { change { $0.categories = newValue } }
    }
    /// The first path segment under `/registry` in etcd (`pods`, `deployments`, `minions` for nodes).
    public var etcdPrefix: String {
        get { storage.etcdPrefix }
        set { change { $0.etcdPrefix = newValue } }
    }
    public var verbs: [String] {
        get { storage.verbs }
        set { change { $0.verbs = newValue } }
    }

    /// The fields as plain values, for making a changed copy (rare: `kubectl explain --api-version`).
    private struct Fields {
        var group, version, kind, resource, singular: String
        var shortNames: [String]
        var namespaced: Bool
        var categories: [String]
        var etcdPrefix: String
        var verbs: [String]
    }

    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = Fields(group: group, version: version, kind: kind, resource: resource, singular: singular,
                            shortNames: shortNames, namespaced: namespaced, categories: categories,
                            etcdPrefix: etcdPrefix, verbs: verbs)
        edit(&fields)
        storage = Storage(group: fields.group, version: fields.version, kind: fields.kind, resource: fields.resource,
                          singular: fields.singular, shortNames: fields.shortNames, namespaced: fields.namespaced,
                          categories: fields.categories, etcdPrefix: fields.etcdPrefix, verbs: fields.verbs)
    }

    public init(group: String, version: String, kind: String, resource: String, singular: String,
                shortNames: [String] = [], namespaced: Bool = true, categories: [String] = [],
                etcdPrefix: String? = nil,
                verbs: [String] = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]) {
        storage = Storage(group: group, version: version, kind: kind, resource: resource, singular: singular,
                          shortNames: shortNames, namespaced: namespaced, categories: categories,
                          etcdPrefix: etcdPrefix ?? resource, verbs: verbs)
    }

    public static func == (lhs: ResourceType, rhs: ResourceType) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.group == rhs.group && lhs.version == rhs.version && lhs.kind == rhs.kind
            && lhs.resource == rhs.resource && lhs.singular == rhs.singular && lhs.shortNames == rhs.shortNames
            && lhs.namespaced == rhs.namespaced && lhs.categories == rhs.categories
            && lhs.etcdPrefix == rhs.etcdPrefix && lhs.verbs == rhs.verbs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(group)
        hasher.combine(version)
        hasher.combine(kind)
        hasher.combine(resource)
        hasher.combine(singular)
        hasher.combine(shortNames)
        hasher.combine(namespaced)
        hasher.combine(categories)
        hasher.combine(etcdPrefix)
        hasher.combine(verbs)
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
