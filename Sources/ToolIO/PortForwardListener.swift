/// A command that goes on serving after it has printed its first lines (`kubectl
/// port-forward`): the shell keeps it as a job, and the learner's own commands reach the pod
/// through the local ports it listens on until the job ends.
public struct PortForwardListener: Equatable, Sendable {
    /// One forwarded port: taken on the learner's machine, reached in the pod.
    public struct Ports: Equatable, Sendable {
        public var local: Int
        public var remote: Int

        public init(local: Int, remote: Int) {
            self.local = local
            self.remote = remote
        }
    }

    /// The kubeconfig context whose cluster runs the pod.
    public var context: String
    public var namespace: String
    public var pod: String
    public var uid: String
    /// containerd's id for the pod's sandbox, which the tunnel's errors name.
    public var sandboxID: String
    /// The local addresses listened on (`127.0.0.1` and `::1` for `localhost`).
    public var addresses: [String]
    public var ports: [Ports]

    public init(context: String, namespace: String, pod: String, uid: String, sandboxID: String, addresses: [String],
                ports: [Ports]) {
        self.context = context
        self.namespace = namespace
        self.pod = pod
        self.uid = uid
        self.sandboxID = sandboxID
        self.addresses = addresses
        self.ports = ports
    }
}
