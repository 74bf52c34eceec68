import JSONValue
import SimCore

/// Elastic network interfaces: addresses handed out from a subnet's CIDR, in order, and
/// returned to it when the interface is deleted. ECS gives every awsvpc task one.
extension EC2Backend {
    public struct NetworkInterface: Sendable {
        public var id: String
        public var subnetID: String
        public var vpcID: String
        public var availabilityZone: String
        public var privateIPAddress: String
        public var macAddress: String
        public var securityGroupIDs: [String]
        public var description: String
        /// `interface` for ordinary ENIs; ECS's task ENIs are requester-managed `interface`s too.
        public var interfaceType: String
        public var requesterManaged: Bool
        public var status: String
        public var publicIP: String?
    }

    /// Creates an ENI in `subnetID` with the next free private address (AWS reserves the first
    /// four addresses and the last one of every subnet).
    public func createNetworkInterface(subnetID: String, securityGroupIDs: [String], description: String,
                                       requesterManaged: Bool, publicIP: Bool) throws(AWSServiceError) -> NetworkInterface {
        guard let subnet = subnets.first(where: { $0.id == subnetID }) else {
            throw AWSServiceError(code: "InvalidSubnetID.NotFound",
                                  message: "The subnet ID '\(subnetID)' does not exist")
        }
        guard let address = nextFreeAddress(in: subnet) else {
            throw AWSServiceError(code: "InsufficientFreeAddressesInSubnet",
                                  message: "There are not enough free addresses in subnet '\(subnetID)' to satisfy the requested number of instances.")
        }
        let ids = simulation.random.stream("ec2-eni-\(context.region)")
        let mac = (0..<6).map { index in
            let byte = index == 0 ? 0x0e : Int(ids.next() & 0xff)
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: ":")
        var publicAddress: String?
        if publicIP {
            let octets = ids.next()
            publicAddress = "3.\(80 + Int(octets & 0x3f)).\(Int((octets >> 8) & 0xff)).\(1 + Int((octets >> 16) % 254))"
        }
        let eni = NetworkInterface(
            id: "eni-" + ids.hex(17), subnetID: subnet.id, vpcID: subnet.vpcID,
            availabilityZone: subnet.availabilityZone, privateIPAddress: address, macAddress: mac,
            securityGroupIDs: securityGroupIDs.isEmpty ? defaultSecurityGroupIDs(vpc: subnet.vpcID) : securityGroupIDs,
            description: description, interfaceType: "interface", requesterManaged: requesterManaged,
            status: "in-use", publicIP: publicAddress)
        networkInterfaces.append(eni)
        return eni
    }

    /// Deletes an ENI, returning its address to the subnet.
    public func deleteNetworkInterface(id: String) {
        networkInterfaces.removeAll { $0.id == id }
    }

    func defaultSecurityGroupIDs(vpc: String) -> [String] {
        securityGroups.filter { $0.vpcID == vpc && $0.name == "default" }.map(\.id)
    }

    private func nextFreeAddress(in subnet: Subnet) -> String? {
        guard let (base, prefix) = IPv4.parseCIDR(subnet.cidr) else { return nil }
        let size = UInt32(1) << UInt32(32 - prefix)
        let used = Set(networkInterfaces.filter { $0.subnetID == subnet.id }.compactMap { IPv4.parse($0.privateIPAddress) })
        var offset: UInt32 = 4
        while offset < size - 1 {
            let candidate = base + offset
            if !used.contains(candidate) { return IPv4.format(candidate) }
            offset += 1
        }
        return nil
    }
}

/// Dotted-quad IPv4 arithmetic for subnets and addresses.
enum IPv4 {
    static func parse(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard let octet = UInt32(part), octet <= 255, part.count <= 3 else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    static func parseCIDR(_ text: String) -> (base: UInt32, prefix: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let address = parse(String(parts[0])), let prefix = Int(parts[1]), (0...32).contains(prefix)
        else { return nil }
        let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
        return (address & mask, prefix)
    }

    static func format(_ value: UInt32) -> String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }
}
