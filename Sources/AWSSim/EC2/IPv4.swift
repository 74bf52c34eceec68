/// Dotted-quad IPv4 arithmetic for VPCs, subnets, addresses and security group rules.
enum IPv4 {
    static func parse(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let octet = UInt32(part), octet <= 255
            else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    /// The network address (host bits cleared) and prefix length, or nil when malformed.
    static func parseCIDR(_ text: String) -> (base: UInt32, prefix: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = parse(String(parts[0])), parts[1].allSatisfy(\.isASCII),
            let prefix = Int(parts[1]), (0...32).contains(prefix)
        else { return nil }
        return (address & mask(prefix), prefix)
    }

    static func mask(_ prefix: Int) -> UInt32 {
        prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
    }

    static func format(_ value: UInt32) -> String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }

    /// The canonical form EC2 stores (`10.0.0.5/16` → `10.0.0.0/16`).
    static func canonical(_ text: String) -> String? {
        parseCIDR(text).map { "\(format($0.base))/\($0.prefix)" }
    }

    static func size(prefix: Int) -> UInt64 { UInt64(1) << UInt64(32 - prefix) }

    /// Whether `inner` lies entirely within `outer`.
    static func contains(outer: (base: UInt32, prefix: Int), inner: (base: UInt32, prefix: Int)) -> Bool {
        inner.prefix >= outer.prefix && inner.base & mask(outer.prefix) == outer.base
    }

    static func overlaps(_ a: (base: UInt32, prefix: Int), _ b: (base: UInt32, prefix: Int)) -> Bool {
        contains(outer: a, inner: b) || contains(outer: b, inner: a)
    }

    /// Whether an address lies in a CIDR (for `IpAddress` conditions).
    static func contains(cidr: String, address: String) -> Bool {
        let network = cidr.contains("/") ? parseCIDR(cidr) : parse(cidr).map { ($0, 32) }
        guard let network, let value = parse(address) else { return false }
        return value & mask(network.1) == network.0
    }
}
