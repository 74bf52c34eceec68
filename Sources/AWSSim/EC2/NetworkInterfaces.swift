import JSONValue
import SimCore

/// Elastic network interfaces: addresses handed out from a subnet's CIDR, in order, and
/// returned to it when the interface is deleted. Every instance has a primary ENI; ECS gives
/// every awsvpc task one (requester-managed, described by its ECS attachment ARN).
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
        /// The AWS account (or service) that created a requester-managed interface.
        public var requesterID: String?
        public var attachment: Attachment?
        public var sourceDestCheck = true
        /// Secondary private addresses, in the order they were assigned.
        public var secondaryPrivateIPAddresses: [String] = []

        /// Every private address the interface holds, primary first.
        var allPrivateIPAddresses: [String] { [privateIPAddress] + secondaryPrivateIPAddresses }

        public struct Attachment: Sendable {
            public var id: String
            public var instanceID: String?
            public var instanceOwnerID: String
            public var deviceIndex: Int
            public var status: String
            public var attachTime: SimTime
            public var deleteOnTermination: Bool
        }
    }

    /// The account ECS uses to create Fargate task interfaces, as `RequesterId` shows.
    static let ecsRequesterID = "578734482556"
    /// The AWS-owned account of the hosts Fargate attaches task interfaces to.
    static let fargateInstanceOwnerID = "501673713797"

    /// Creates an ENI in `subnetID` with the next free private address (AWS reserves the first
    /// four addresses and the last one of every subnet).
    public func createNetworkInterface(subnetID: String, securityGroupIDs: [String], description: String,
                                       requesterManaged: Bool, publicIP: Bool,
                                       privateAddress: String? = nil) throws(AWSServiceError) -> NetworkInterface {
        guard let subnet = subnets.first(where: { $0.id == subnetID }) else {
            throw AWSServiceError.subnetNotFound(subnetID)
        }
        if let privateAddress { try checkAddressFree(privateAddress, in: subnet) }
        guard let address = privateAddress ?? nextFreeAddress(in: subnet) else {
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
        var eni = NetworkInterface(
            id: "eni-" + ids.hex(17), subnetID: subnet.id, vpcID: subnet.vpcID,
            availabilityZone: subnet.availabilityZone, privateIPAddress: address, macAddress: mac,
            securityGroupIDs: securityGroupIDs.isEmpty ? defaultSecurityGroupIDs(vpc: subnet.vpcID) : securityGroupIDs,
            description: description, interfaceType: "interface", requesterManaged: requesterManaged,
            status: "in-use", publicIP: publicAddress)
        if requesterManaged {
            eni.requesterID = Self.ecsRequesterID
            eni.attachment = NetworkInterface.Attachment(
                id: attachmentID(), instanceID: nil, instanceOwnerID: Self.fargateInstanceOwnerID, deviceIndex: 1,
                status: "attached", attachTime: simulation.now, deleteOnTermination: false)
        }
        networkInterfaces.append(eni)
        return eni
    }

    /// An address asked for by name must be in the subnet's range, not reserved, and free.
    func checkAddressFree(_ address: String, in subnet: Subnet) throws(AWSServiceError) {
        guard let value = IPv4.parse(address), let (base, prefix) = IPv4.parseCIDR(subnet.cidr) else {
            throw AWSServiceError.ec2InvalidParameterValue("Invalid value '\(address)' for IP address. Expected an IPv4 address.")
        }
        let size = UInt32(1) << UInt32(32 - prefix)
        guard value >= base, value - base < size else {
            throw AWSServiceError.ec2InvalidParameterValue("Address \(address) does not fall within the subnet's address range")
        }
        guard value - base >= 4, value - base < size - 1 else {
            throw AWSServiceError.ec2InvalidParameterValue("Address \(address) is reserved by AWS and cannot be used")
        }
        let used = networkInterfaces.filter { $0.subnetID == subnet.id }.flatMap(\.allPrivateIPAddresses)
        if used.contains(IPv4.format(value)) {
            throw AWSServiceError.ec2("InvalidIPAddress.InUse", "Address \(address) is in use.")
        }
    }

    /// Gives an interface secondary private addresses: the named ones, then `count` more from
    /// the subnet.
    func assignSecondaryAddresses(_ eniID: String, named: [String], count: Int) throws(AWSServiceError) {
        guard let index = networkInterfaces.firstIndex(where: { $0.id == eniID }),
            let subnet = subnets.first(where: { $0.id == networkInterfaces[index].subnetID })
        else { return }
        for address in named {
            try checkAddressFree(address, in: subnet)
            networkInterfaces[index].secondaryPrivateIPAddresses.append(address)
        }
        for _ in 0..<max(0, count) {
            guard let address = nextFreeAddress(in: subnet) else {
                throw AWSServiceError(code: "InsufficientFreeAddressesInSubnet",
                                      message: "There are not enough free addresses in subnet '\(subnet.id)' to satisfy the requested number of instances.")
            }
            networkInterfaces[index].secondaryPrivateIPAddresses.append(address)
        }
    }

    func attachmentID() -> String {
        "eni-attach-" + simulation.random.stream("ec2-eni-attach-\(context.region)").hex(17)
    }

    /// Deletes an ENI, returning its address to the subnet.
    public func deleteNetworkInterface(id: String) {
        networkInterfaces.removeAll { $0.id == id }
        tagStore[id] = nil
    }

    func defaultSecurityGroupIDs(vpc: String) -> [String] {
        securityGroups.filter { $0.vpcID == vpc && $0.name == "default" }.map(\.id)
    }

    func nextFreeAddress(in subnet: Subnet) -> String? {
        guard let (base, prefix) = IPv4.parseCIDR(subnet.cidr) else { return nil }
        let size = UInt32(1) << UInt32(32 - prefix)
        let used = Set(networkInterfaces.filter { $0.subnetID == subnet.id }.flatMap(\.allPrivateIPAddresses).compactMap(IPv4.parse))
        var offset: UInt32 = 4
        while offset < size - 1 {
            let candidate = base + offset
            if !used.contains(candidate) { return IPv4.format(candidate) }
            offset += 1
        }
        return nil
    }

    /// `ip-172-31-0-4.ec2.internal` in us-east-1, `ip-….<region>.compute.internal` elsewhere.
    func privateDNSName(_ address: String) -> String {
        let host = "ip-" + address.split(separator: ".").joined(separator: "-")
        return context.region == "us-east-1" ? "\(host).ec2.internal" : "\(host).\(context.region).compute.internal"
    }

    /// `ec2-3-80-1-2.compute-1.amazonaws.com` in us-east-1, `ec2-….<region>.compute.amazonaws.com` elsewhere.
    func publicDNSName(_ address: String) -> String {
        let host = "ec2-" + address.split(separator: ".").joined(separator: "-")
        return context.region == "us-east-1"
            ? "\(host).compute-1.amazonaws.com" : "\(host).\(context.region).compute.amazonaws.com"
    }

    func groupIdentifiers(_ ids: [String]) -> JSON {
        .array(ids.map { id in
            ["GroupId": .string(id), "GroupName": .string(securityGroups.first { $0.id == id }?.name ?? "")]
        })
    }

    func networkInterfaceJSON(_ eni: NetworkInterface) -> JSON {
        var object = JSONObject()
        let association: JSON? = eni.publicIP.map {
            ["IpOwnerId": "amazon", "PublicDnsName": .string(publicDNSName($0)), "PublicIp": .string($0)]
        }
        if let association { object["Association"] = association }
        if let attachment = eni.attachment {
            var attached = JSONObject()
            attached["AttachTime"] = EpochJSON.seconds(attachment.attachTime)
            attached["AttachmentId"] = .string(attachment.id)
            attached["DeleteOnTermination"] = .bool(attachment.deleteOnTermination)
            attached["DeviceIndex"] = .int(attachment.deviceIndex)
            attached["NetworkCardIndex"] = 0
            if let instance = attachment.instanceID { attached["InstanceId"] = .string(instance) }
            attached["InstanceOwnerId"] = .string(attachment.instanceOwnerID)
            attached["Status"] = .string(attachment.status)
            object["Attachment"] = .object(attached)
        }
        object["AvailabilityZone"] = .string(eni.availabilityZone)
        object["Description"] = .string(eni.description)
        object["Groups"] = groupIdentifiers(eni.securityGroupIDs)
        object["InterfaceType"] = .string(eni.interfaceType)
        object["Ipv6Addresses"] = []
        object["MacAddress"] = .string(eni.macAddress)
        object["NetworkInterfaceId"] = .string(eni.id)
        object["OwnerId"] = .string(ownerID)
        object["PrivateDnsName"] = .string(privateDNSName(eni.privateIPAddress))
        if let publicIP = eni.publicIP { object["PublicDnsName"] = .string(publicDNSName(publicIP)) }
        object["PrivateIpAddress"] = .string(eni.privateIPAddress)
        var primary = JSONObject()
        if let association { primary["Association"] = association }
        primary["Primary"] = true
        primary["PrivateDnsName"] = .string(privateDNSName(eni.privateIPAddress))
        primary["PrivateIpAddress"] = .string(eni.privateIPAddress)
        object["PrivateIpAddresses"] = .array([.object(primary)] + secondaryAddressesJSON(eni))
        if let requester = eni.requesterID { object["RequesterId"] = .string(requester) }
        object["RequesterManaged"] = .bool(eni.requesterManaged)
        object["SourceDestCheck"] = .bool(eni.sourceDestCheck)
        object["Status"] = .string(eni.status)
        object["SubnetId"] = .string(eni.subnetID)
        object["TagSet"] = .array(tags(of: eni.id).map(\.json))
        object["VpcId"] = .string(eni.vpcID)
        if let zoneID = zone(named: eni.availabilityZone)?.id { object["AvailabilityZoneId"] = .string(zoneID) }
        return .object(object)
    }

    /// `PrivateIpAddresses` entries for an interface's secondary addresses.
    func secondaryAddressesJSON(_ eni: NetworkInterface) -> [JSON] {
        eni.secondaryPrivateIPAddresses.map { address in
            ["Primary": false, "PrivateDnsName": .string(privateDNSName(address)), "PrivateIpAddress": .string(address)]
        }
    }

    func describeNetworkInterfaces(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["NetworkInterfaceIds"])
        for id in wanted {
            guard id.hasPrefix("eni-") else { throw AWSServiceError.malformedID("NetworkInterfaceID", id) }
            guard networkInterfaces.contains(where: { $0.id == id }) else {
                throw AWSServiceError.ec2("InvalidNetworkInterfaceID.NotFound", "The networkInterface ID '\(id)' does not exist")
            }
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for eni in networkInterfaces where wanted.isEmpty || wanted.contains(eni.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: eni.id)) { name in
                switch name {
                case "network-interface-id": return [eni.id]
                case "subnet-id": return [eni.subnetID]
                case "vpc-id": return [eni.vpcID]
                case "availability-zone": return [eni.availabilityZone]
                case "private-ip-address": return [eni.privateIPAddress]
                case "addresses.private-ip-address": return eni.allPrivateIPAddresses
                case "private-dns-name": return [privateDNSName(eni.privateIPAddress)]
                case "association.public-ip": return eni.publicIP.map { [$0] } ?? []
                case "status": return [eni.status]
                case "description": return [eni.description]
                case "group-id": return eni.securityGroupIDs
                case "group-name": return securityGroups.filter { eni.securityGroupIDs.contains($0.id) }.map(\.name)
                case "requester-managed": return [eni.requesterManaged.filterValue]
                case "requester-id": return eni.requesterID.map { [$0] } ?? []
                case "interface-type": return [eni.interfaceType]
                case "mac-address": return [eni.macAddress]
                case "owner-id": return [ownerID]
                case "source-dest-check": return [eni.sourceDestCheck.filterValue]
                case "attachment.instance-id": return eni.attachment?.instanceID.map { [$0] } ?? []
                case "attachment.status": return eni.attachment.map { [$0.status] } ?? []
                case "attachment.attachment-id": return eni.attachment.map { [$0.id] } ?? []
                case "attachment.device-index": return eni.attachment.map { [String($0.deviceIndex)] } ?? []
                default: return nil
                }
            }
            if passes { items.append(networkInterfaceJSON(eni)) }
        }
        return try EC2Paging.page(items, key: "NetworkInterfaces", input: input)
    }
}
