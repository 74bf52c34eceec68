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

    public private(set) var contexts: [Context] = []
    public var currentContext: String = ""

    public init() {}

    public func context(named name: String) -> Context? { contexts.first { $0.name == name } }

    public var current: Context? { context(named: currentContext) }

    public mutating func addContext(_ context: Context) {
        contexts.removeAll { $0.name == context.name }
        contexts.append(context)
    }

    public mutating func setNamespace(_ namespace: String?, forContext name: String) {
        guard let index = contexts.firstIndex(where: { $0.name == name }) else { return }
        contexts[index].namespace = namespace
    }
}
