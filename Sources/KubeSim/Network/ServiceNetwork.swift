/// The cluster's Service address range, as the API server's `--service-cluster-ip-range`
/// sets it, and what follows from it: the `kubernetes` Service takes the range's first
/// address, the cluster DNS Service its tenth, and every container's environment names the
/// first (`KUBERNETES_SERVICE_HOST`).
///
/// kubeadm's default is 10.96.0.0/12; EKS picks 10.100.0.0/16 or 172.20.0.0/16.
public final class ServiceNetwork: Sendable {
    public let cidr: String
    /// The range's first address as a number, and how many host bits it has.
    let base: UInt32
    let hostBits: Int
    public let kubernetesIP: String
    public let dnsIP: String
    /// What the kubelet sets after a container's own `env`: the `kubernetes` Service's
    /// variables, and HOME.
    let serviceVariables: [(String, String)]
    let serviceVariableNames: Set<String>
    /// The service variables by name, for `$(VAR)` in a container's own values.
    let serviceVariableValues: [String: String]
    /// The variables every container has before its own: PATH and the service variables,
    /// made into a dictionary once and copied.
    let baseEnvironment: [String: String]

    public static let kubeadm = ServiceNetwork(base: 10 << 24 | 96 << 16, prefix: 12)

    /// The range `cidr` names; nil when it is not an IPv4 range of /8 to /24.
    public static func parse(_ cidr: String) -> ServiceNetwork? {
        let parts = cidr.split(separator: "/")
        let octets = parts.first?.split(separator: ".").compactMap { UInt32($0) } ?? []
        guard parts.count == 2, octets.count == 4, octets.allSatisfy({ $0 < 256 }), let prefix = Int(parts[1]),
            (8...24).contains(prefix)
        else { return nil }
        return ServiceNetwork(base: octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3], prefix: prefix)
    }

    private init(base address: UInt32, prefix: Int) {
        let mask = ~UInt32(0) << UInt32(32 - prefix)
        base = address & mask
        cidr = Self.text(base) + "/\(prefix)"
        hostBits = 32 - prefix
        kubernetesIP = Self.text(base + 1)
        dnsIP = Self.text(base + 10)
        let ip = kubernetesIP
        serviceVariables = [
            ("KUBERNETES_PORT", "tcp://\(ip):443"), ("KUBERNETES_PORT_443_TCP", "tcp://\(ip):443"),
            ("KUBERNETES_PORT_443_TCP_ADDR", ip), ("KUBERNETES_PORT_443_TCP_PORT", "443"),
            ("KUBERNETES_PORT_443_TCP_PROTO", "tcp"), ("KUBERNETES_SERVICE_HOST", ip),
            ("KUBERNETES_SERVICE_PORT", "443"), ("KUBERNETES_SERVICE_PORT_HTTPS", "443"), ("HOME", "/root"),
        ]
        serviceVariableNames = Set(serviceVariables.map(\.0))
        serviceVariableValues = Dictionary(serviceVariables, uniquingKeysWith: { $1 })
        baseEnvironment = Dictionary(
            [("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")] + serviceVariables,
            uniquingKeysWith: { $1 })
    }

    /// The address `offset` into the range (1 is `kubernetes`'s), nil past its end.
    func address(_ offset: Int) -> String? {
        guard offset > 0, offset < (1 << hostBits) - 1 else { return nil }
        return Self.text(base + UInt32(offset))
    }

    /// How many addresses the allocator may hand out (all but the network, broadcast and
    /// `kubernetes` addresses).
    var allocatable: ClosedRange<Int> { 2...(1 << hostBits) - 2 }

    static func text(_ value: UInt32) -> String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }
}
