import ContainerImages
import SimCore

/// `kubectl port-forward`'s tunnel as the kubelet and containerd serve it: a connection taken
/// on the learner's machine reaches `localhost:PORT` inside the pod's network namespace, so
/// the pod's server sees it come from 127.0.0.1, and the tunnel holds only while the pod's
/// sandbox does.
extension Cluster {
    /// The pod a port-forward was opened to, as kubectl found it running.
    public struct ForwardedPod: Equatable, Sendable {
        public var namespace: String
        public var name: String
        public var uid: String
        /// containerd's id for the pod's sandbox, which its errors name.
        public var sandboxID: String

        public init(namespace: String, name: String, uid: String, sandboxID: String) {
            self.namespace = namespace
            self.name = name
            self.uid = uid
            self.sandboxID = sandboxID
        }
    }

    /// What one forwarded connection meets.
    public enum ForwardedConnection: Equatable, Sendable {
        case answered(ContainerExecContext.HTTPResponse)
        /// Nothing listens on the port in the pod: containerd's message.
        case refused(String)
        /// The pod's sandbox is gone (the pod was deleted or replaced): containerd's message.
        case sandboxGone(String)
        /// A server listens there but speaks nothing Shipyard simulates.
        case unsimulated
    }

    /// The running pod `name` in `namespace` as port-forward opens to it: nil unless its
    /// sandbox is up.
    public func forwardablePod(namespace: String, name: String) -> ForwardedPod? {
        guard let (_, runtime) = sandboxedPod(namespace: namespace, name: name), let sandbox = runtime.sandboxID
        else { return nil }
        return ForwardedPod(namespace: namespace, name: name, uid: runtime.uid, sandboxID: sandbox)
    }

    /// A GET sent through a port-forward to `port` of `pod`.
    public func forward(_ request: ContainerExecContext.HTTPRequest, to pod: ForwardedPod, port: Int) -> ForwardedConnection {
        guard let (kubelet, runtime) = sandboxedPod(namespace: pod.namespace, name: pod.name),
            runtime.uid == pod.uid, runtime.sandboxID == pod.sandboxID, !runtime.sandboxStopped
        else {
            return .sandboxGone("failed to find sandbox \"\(pod.sandboxID)\" in store: not found")
        }
        guard let ip = runtime.podIP, let outcome = kubelet.answer(ip: ip, port: port, request: request, client: "127.0.0.1")
        else { return .unsimulated }
        switch outcome {
        case .answered(let response):
            return .answered(response)
        case .refused, .unreachable, .timedOut, .unresolved, .emptyReply:
            let path = runtime.spec["hostNetwork"].bool == true ? "host"
                : "/var/run/netns/\(Self.networkNamespace(of: pod.sandboxID))"
            return .refused("failed to execute portforward in network namespace \"\(path)\": failed to connect to "
                            + "localhost:\(port) inside namespace \"\(pod.sandboxID)\", IPv4: dial tcp4 127.0.0.1:\(port): "
                            + "connect: connection refused IPv6 dial tcp6 [::1]:\(port): connect: connection refused ")
        }
    }

    /// The pod's kubelet and what it runs for the pod, while that is the pod the API server has.
    private func sandboxedPod(namespace: String, name: String) -> (Kubelet, PodRuntime)? {
        guard let pod = apiServer.object(.pod, namespace: namespace, name: name),
            let kubelet = kubelets[pod["spec"]["nodeName"].string ?? ""],
            let runtime = kubelet.pods[kubelet.key(namespace, name)], runtime.uid == pod.uid
        else { return nil }
        return (kubelet, runtime)
    }

    /// The CNI's name for a sandbox's network namespace (`cni-` and a UUID), made from the
    /// sandbox's id so it stays the same for the pod's life.
    static func networkNamespace(of sandboxID: String) -> String {
        var text = String(sandboxID.reversed().prefix(32))
        text += String(repeating: "0", count: 32 - text.count)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text.dropFirst(range.lowerBound).prefix(range.count))
        }
        return "cni-" + parts.joined(separator: "-")
    }
}
