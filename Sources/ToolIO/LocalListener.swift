/// A command that goes on serving after it has printed its first lines (`kubectl
/// port-forward`, `kubectl proxy`): the shell keeps it as a job, and the learner's own
/// commands reach what it serves on the local ports it listens on until the job ends.
public struct LocalListener: Equatable, Sendable {
    /// What connections to it reach.
    public enum Target: Equatable, Sendable {
        /// `kubectl port-forward`: a pod, by its sandbox (containerd's id, which the tunnel's
        /// errors name).
        case pod(namespace: String, name: String, uid: String, sandboxID: String)
        /// `kubectl proxy`: the API server, as the kubeconfig's user.
        case apiServer
    }

    /// One port: taken on the learner's machine, reached at the target.
    public struct Ports: Equatable, Sendable {
        public var local: Int
        public var remote: Int

        public init(local: Int, remote: Int) {
            self.local = local
            self.remote = remote
        }
    }

    /// The kubeconfig context whose cluster it reaches.
    public var context: String
    public var target: Target
    /// The local addresses listened on (`127.0.0.1` and `::1` for `localhost`).
    public var addresses: [String]
    public var ports: [Ports]

    public init(context: String, target: Target, addresses: [String], ports: [Ports]) {
        self.context = context
        self.target = target
        self.addresses = addresses
        self.ports = ports
    }
}
