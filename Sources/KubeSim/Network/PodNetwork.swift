import ContainerImages
import SimCore

/// The pod network as an HTTP client in a container reaches it: flannel's 10.244.0.0/16 with a
/// /24 per node, CoreDNS for names (`ClusterDNS`) and kube-proxy's rules for Services
/// (`ServiceProxy`). A request is resolved, routed and answered by the server of the pod it
/// lands on, which logs it with the address it came from.
extension Cluster {
    /// Who sends a request: a pod, by namespace (for DNS's search list) and address.
    struct NetworkClient {
        var namespace: String
        var podIP: String
    }

    /// The cluster's DNS as a pod in `namespace` asks it.
    func resolver(forPodsIn namespace: String) -> ContainerResolver {
        ContainerResolver(
            nameserver: apiServer.serviceNetwork.dnsIP,
            lookup: { [unowned self] name in
                if Self.isIPv4(name) { return .addresses([name]) }
                switch ClusterDNS.resolve(name, from: namespace, server: apiServer) {
                case .addresses(let addresses): return .addresses(addresses)
                case .nameError: return .nameError
                case .outside: return .outside
                }
            },
            reverse: { [unowned self] address in ClusterDNS.reverse(address, server: apiServer) })
    }

    /// A GET from `client`; nil for hosts outside the cluster, which Shipyard does not simulate.
    func request(_ request: ContainerExecContext.HTTPRequest, from client: NetworkClient) -> ContainerExecContext.HTTPExchange? {
        guard let port = request.port else { return nil }
        let name = request.hostName
        let address: String
        if Self.isIPv4(name) {
            address = name
        } else {
            switch ClusterDNS.resolve(name, from: client.namespace, server: apiServer) {
            case .addresses(let addresses): address = addresses[0]
            case .nameError: return .unresolved
            case .outside: return nil
            }
        }
        let nodeAddresses = Set(kubelets.values.map(\.config.internalIP))
        var target = (ip: address, port: port)
        var source = client.podIP
        if let route = serviceProxy.route(to: address, port: port, from: client.podIP, nodeAddresses: nodeAddresses) {
            switch route {
            case .reject:
                return .init(address: address, outcome: .refused)
            case .noRule:
                return .init(address: address, outcome: .timedOut, milliseconds: Self.synRetriesMilliseconds)
            case .endpoint(let ip, let endpointPort):
                target = (ip, endpointPort)
                // kube-proxy masquerades NodePort traffic, and a pod reaching itself through its
                // Service: the server sees the forwarding node's address on the pod network,
                // its bridge's (`.1`) to a pod of its own, flannel's (`.0`) to another node's.
                let endpointNode = kubelet(forPodIP: ip)
                if let entry = kubelet(forNodeIP: address) {
                    source = "\(entry.podIPPrefix).\(entry === endpointNode ? 1 : 0)"
                } else if ip == client.podIP, let endpointNode {
                    source = "\(endpointNode.podIPPrefix).1"
                }
            }
        }
        if let outcome = ingressAnswer(request, ip: target.ip, port: target.port) {
            return .init(address: address, outcome: outcome)
        }
        guard let kubelet = kubelet(forPodIP: target.ip) ?? kubelet(forNodeIP: target.ip) else { return nil }
        guard let outcome = kubelet.answer(ip: target.ip, port: target.port, request: request, client: source)
        else { return nil }
        return .init(address: address, outcome: outcome,
                     milliseconds: outcome == .unreachable ? Self.arpTimeoutMilliseconds : 0)
    }

    /// A GET from a machine on the nodes' own network (the learner's, beside the nodes): it
    /// reaches the nodes' addresses, where NodePorts and host-network pods answer, and nothing
    /// else of the cluster (no cluster DNS, no pod or Service addresses); nil for other hosts.
    public func requestFromNodeNetwork(_ request: ContainerExecContext.HTTPRequest,
                                       client: String) -> ContainerExecContext.HTTPExchange? {
        guard kubelet(forNodeIP: request.hostName) != nil else { return nil }
        return self.request(request, from: NetworkClient(namespace: "default", podIP: client))
    }

    /// How long a connect waits for an answer that never comes: Linux's six SYN retries.
    static let synRetriesMilliseconds = 130_023
    /// How long a connect to an address no host has waits for ARP before "No route to host".
    static let arpTimeoutMilliseconds = 3_071

    /// The kubelet whose node's pod CIDR holds `ip`.
    func kubelet(forPodIP ip: String) -> Kubelet? {
        let prefix = ip.split(separator: ".").prefix(3).joined(separator: ".")
        return kubelets.values.first { $0.podIPPrefix == prefix }
    }

    /// The kubelet of the node with address `ip`.
    func kubelet(forNodeIP ip: String) -> Kubelet? {
        kubelets.values.first { $0.config.internalIP == ip }
    }

    public static func isIPv4(_ text: String) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { !$0.isEmpty && $0.count <= 3 && UInt8($0) != nil }
    }
}
