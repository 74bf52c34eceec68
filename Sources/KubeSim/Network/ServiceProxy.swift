import JSONValue
import SimCore

/// kube-proxy's rules, as its iptables mode writes them on every node: a connection to a
/// Service's ClusterIP and port, or to any node's address on a NodePort, is sent to one of the
/// Service's ready endpoints, chosen at random (iptables' `statistic --mode random`), or to
/// the one a client was sent to before when `sessionAffinity` is `ClientIP`. A Service with no
/// endpoint to send to gets a REJECT rule; a port the Service does not define matches no rule
/// at all, so the connection goes nowhere.
final class ServiceProxy {
    enum Route: Equatable {
        case endpoint(ip: String, port: Int)
        /// The Service has no ready endpoints: kube-proxy rejects the connection.
        case reject
        /// No rule matches: the packets go unanswered.
        case noRule
    }

    private let server: APIServer
    private let random: RandomStream
    /// `ClientIP` affinity: the endpoint each client was last sent to, per Service port, and when.
    private var affinity: [String: (endpoint: String, port: Int, at: SimTime)] = [:]

    init(server: APIServer, random: RandomStream) {
        self.server = server
        self.random = random
    }

    /// Where a connection from `client` to `ip`:`port` goes; nil when the address is no
    /// Service's (nor a node's on a NodePort).
    func route(to ip: String, port: Int, from client: String, nodeAddresses: Set<String>) -> Route? {
        let services = server.list(.service, namespace: nil)
        if let service = services.first(where: { Self.clusterIPs(of: $0).contains(ip) }) {
            guard let servicePort = Self.ports(of: service).first(where: { $0["port"].int == port }) else { return .noRule }
            return choose(service, servicePort, client: client)
        }
        guard nodeAddresses.contains(ip) else { return nil }
        for service in services {
            guard let servicePort = Self.ports(of: service).first(where: { $0["nodePort"].int == port }) else { continue }
            return choose(service, servicePort, client: client)
        }
        return nil
    }

    private func choose(_ service: JSON, _ servicePort: JSON, client: String) -> Route {
        let portName = servicePort["name"].string ?? ""
        var targets: [(ip: String, port: Int)] = []
        for slice in Self.slices(of: service, server: server) {
            guard let port = (slice["ports"].array ?? []).first(where: { ($0["name"].string ?? "") == portName })?["port"].int
            else { continue }
            for endpoint in Self.usable(slice["endpoints"].array ?? []) {
                if let ip = endpoint["addresses"][0].string { targets.append((ip, port)) }
            }
        }
        guard !targets.isEmpty else { return .reject }
        let key = "\(service.namespace)/\(service.name):\(servicePort["port"].int ?? 0)/\(client)"
        if service["spec"]["sessionAffinity"].string == "ClientIP" {
            let timeout = service["spec"]["sessionAffinityConfig"]["clientIP"]["timeoutSeconds"].int ?? 10800
            if let kept = affinity[key], server.now - kept.at <= .seconds(Int64(timeout)),
                targets.contains(where: { $0.ip == kept.endpoint && $0.port == kept.port })
            {
                affinity[key] = (kept.endpoint, kept.port, server.now)
                return .endpoint(ip: kept.endpoint, port: kept.port)
            }
        }
        let chosen = targets[random.int(in: 0...(targets.count - 1))]
        if service["spec"]["sessionAffinity"].string == "ClientIP" { affinity[key] = (chosen.ip, chosen.port, server.now) }
        return .endpoint(ip: chosen.ip, port: chosen.port)
    }

    static func clusterIPs(of service: JSON) -> [String] {
        let ips = (service["spec"]["clusterIPs"].array ?? []).compactMap(\.string)
        return (ips.isEmpty ? [service["spec"]["clusterIP"].string].compactMap { $0 } : ips).filter { $0 != "None" }
    }

    /// The Service's TCP ports (the only protocol Shipyard's clients speak).
    static func ports(of service: JSON) -> [JSON] {
        (service["spec"]["ports"].array ?? []).filter { ($0["protocol"].string ?? "TCP") == "TCP" }
    }

    static func slices(of service: JSON, server: APIServer) -> [JSON] {
        server.list(.endpointSlice, namespace: service.namespace,
                    labelSelector: LabelSelector(matchLabels: ["kubernetes.io/service-name": service.name]))
    }

    /// The endpoints kube-proxy sends to: the ready ones, else those still serving while they
    /// terminate.
    static func usable(_ endpoints: [JSON]) -> [JSON] {
        let ready = endpoints.filter { $0["conditions"]["ready"].bool ?? true }
        if !ready.isEmpty { return ready }
        return endpoints.filter { ($0["conditions"]["serving"].bool ?? false) && ($0["conditions"]["terminating"].bool ?? false) }
    }

    /// The Service's ready endpoints in all its slices (what DNS answers for a headless one).
    static func readyEndpoints(of service: JSON, server: APIServer) -> [JSON] {
        slices(of: service, server: server).flatMap { ($0["endpoints"].array ?? []).filter { $0["conditions"]["ready"].bool ?? true } }
    }
}
