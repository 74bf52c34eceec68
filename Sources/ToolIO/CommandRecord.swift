/// What one command did, described as a teacher would check it: the tool, its action, the
/// resource and where — with aliases, short names and defaults already resolved by the tool's
/// own parser. Lessons check "observe" steps against these, never against the raw text.
public struct CommandRecord: Sendable, Equatable {
    /// `kubectl`, `aws`, `crictl`, `etcdctl`, `systemctl`, `ssh`, …
    public var tool: String
    /// kubectl's subcommand (`get`, `rollout status`, `create deployment`); aws's API operation
    /// (`DescribeTasks`); a node tool's first argument (`ps`, `get`).
    public var verb: String
    /// kubectl: the plural resource (`pods`, `deployments`); aws: the service (`ecs`).
    public var resource: String?
    public var names: [String]
    /// kubectl: the namespace the command looked in (`*` for `--all-namespaces`).
    public var namespace: String?
    /// kubectl: the context; aws: the region.
    public var scope: String?
    /// The node, when run there after `ssh`.
    public var node: String?
    /// kubectl's `-o` format (`wide`, `yaml`, `jsonpath=…`), when one was asked for.
    public var output: String?
    public var status: Int32
    public var arguments: [String]

    public init(tool: String, verb: String, resource: String? = nil, names: [String] = [], namespace: String? = nil,
                scope: String? = nil, node: String? = nil, output: String? = nil, status: Int32 = 0,
                arguments: [String] = []) {
        self.tool = tool
        self.verb = verb
        self.resource = resource
        self.names = names
        self.namespace = namespace
        self.scope = scope
        self.node = node
        self.output = output
        self.status = status
        self.arguments = arguments
    }
}
