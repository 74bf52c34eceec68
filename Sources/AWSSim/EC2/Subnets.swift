import JSONValue

/// Subnets: CreateSubnet (inside the VPC's range, not overlapping its other subnets),
/// DescribeSubnets, DeleteSubnet, ModifySubnetAttribute.
extension EC2Backend {
    /// AWS reserves five addresses of every subnet: the first four and the last.
    func availableAddressCount(_ subnet: Subnet) -> Int {
        guard let cidr = IPv4.parseCIDR(subnet.cidr) else { return 0 }
        let used = networkInterfaces.filter { $0.subnetID == subnet.id }.reduce(0) { $0 + $1.allPrivateIPAddresses.count }
        return Int(IPv4.size(prefix: cidr.prefix)) - 5 - used
    }

    func subnetArn(_ id: String) -> String { context.arn("ec2", "subnet/\(id)") }

    func subnetJSON(_ subnet: Subnet) -> JSON {
        var object = JSONObject()
        object["AvailabilityZoneId"] = .string(subnet.availabilityZoneID)
        object["MapCustomerOwnedIpOnLaunch"] = false
        object["OwnerId"] = .string(ownerID)
        object["AssignIpv6AddressOnCreation"] = false
        object["Ipv6CidrBlockAssociationSet"] = []
        if let tags = tagsJSON(subnet.id) { object["Tags"] = tags }
        object["SubnetArn"] = .string(subnetArn(subnet.id))
        object["EnableDns64"] = false
        object["Ipv6Native"] = false
        object["PrivateDnsNameOptionsOnLaunch"] = [
            "HostnameType": "ip-name", "EnableResourceNameDnsARecord": false, "EnableResourceNameDnsAAAARecord": false,
        ]
        object["BlockPublicAccessStates"] = ["InternetGatewayBlockMode": "off"]
        object["SubnetId"] = .string(subnet.id)
        object["State"] = .string(subnet.state)
        object["VpcId"] = .string(subnet.vpcID)
        object["CidrBlock"] = .string(subnet.cidr)
        object["AvailableIpAddressCount"] = .int(availableAddressCount(subnet))
        object["AvailabilityZone"] = .string(subnet.availabilityZone)
        object["DefaultForAz"] = .bool(subnet.defaultForAZ)
        object["MapPublicIpOnLaunch"] = .bool(subnet.mapPublicIPOnLaunch)
        return .object(object)
    }

    func subnet(_ id: String) throws(AWSServiceError) -> Subnet {
        guard id.hasPrefix("subnet-") else { throw AWSServiceError.malformedID("SubnetID", id) }
        guard let subnet = subnets.first(where: { $0.id == id }) else { throw AWSServiceError.subnetNotFound(id) }
        return subnet
    }

    func createSubnet(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let vpcID = input["VpcId"].string else { throw AWSServiceError.ec2MissingParameter("vpcId") }
        let vpc = try vpc(vpcID)
        guard let text = input["CidrBlock"].string else { throw AWSServiceError.ec2MissingParameter("cidrBlock") }
        guard let cidr = IPv4.parseCIDR(text) else { throw AWSServiceError.invalidCIDR(text) }
        let invalidRange = AWSServiceError.ec2("InvalidSubnet.Range", "The CIDR '\(text)' is invalid.")
        guard (16...28).contains(cidr.prefix), let vpcCIDR = IPv4.parseCIDR(vpc.cidr),
            IPv4.contains(outer: vpcCIDR, inner: cidr)
        else { throw invalidRange }
        let zone: AvailabilityZone
        if let name = input["AvailabilityZone"].string {
            guard let found = self.zone(named: name) else {
                throw AWSServiceError.ec2InvalidParameterValue("Value (\(name)) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: \(zones.map(\.name).joined(separator: ", ")).")
            }
            zone = found
        } else if let id = input["AvailabilityZoneId"].string {
            guard let found = zones.first(where: { $0.id == id }) else {
                throw AWSServiceError.ec2InvalidParameterValue("Value (\(id)) for parameter availabilityZoneId is invalid. Subnets can currently only be created in the following availability zones: \(zones.map(\.id).joined(separator: ", ")).")
            }
            zone = found
        } else {
            // AWS picks a zone for you.
            let pick = simulation.random.stream("ec2-subnet-zone-\(context.region)").int(in: 0...(zones.count - 1))
            zone = zones[pick]
        }
        for other in subnets where other.vpcID == vpc.id {
            if let range = IPv4.parseCIDR(other.cidr), IPv4.overlaps(range, cidr) {
                throw AWSServiceError.ec2("InvalidSubnet.Conflict", "The CIDR '\(text)' conflicts with another subnet")
            }
        }
        let tags = try tagSpecifications(input, resourceType: "subnet")
        let subnet = Subnet(id: "subnet-" + ids().hex(17), vpcID: vpc.id, cidr: "\(IPv4.format(cidr.base))/\(cidr.prefix)",
                            availabilityZone: zone.name, availabilityZoneID: zone.id, defaultForAZ: false)
        subnets.append(subnet)
        if !tags.isEmpty { setTags(tags, on: subnet.id) }
        return ["Subnet": subnetJSON(subnet)]
    }

    func describeSubnets(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["SubnetIds"])
        for id in wanted { _ = try subnet(id) }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for subnet in subnets where wanted.isEmpty || wanted.contains(subnet.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: subnet.id)) { name in
                switch name {
                case "subnet-id": return [subnet.id]
                case "vpc-id", "vpcId": return [subnet.vpcID]
                case "availability-zone", "availabilityZone": return [subnet.availabilityZone]
                case "availability-zone-id", "availabilityZoneId": return [subnet.availabilityZoneID]
                case "cidr-block", "cidr", "cidrBlock": return [subnet.cidr]
                case "default-for-az", "defaultForAz": return [subnet.defaultForAZ.filterValue]
                case "map-public-ip-on-launch": return [subnet.mapPublicIPOnLaunch.filterValue]
                case "state": return [subnet.state]
                case "owner-id": return [ownerID]
                case "subnet-arn": return [subnetArn(subnet.id)]
                case "available-ip-address-count": return [String(availableAddressCount(subnet))]
                default: return nil
                }
            }
            if passes { items.append(subnetJSON(subnet)) }
        }
        return try EC2Paging.page(items, key: "Subnets", input: input)
    }

    func deleteSubnet(_ input: JSON) throws(AWSServiceError) -> JSON {
        let subnet = try subnet(input["SubnetId"].string ?? "")
        if networkInterfaces.contains(where: { $0.subnetID == subnet.id }) {
            throw AWSServiceError.dependencyViolation("The subnet '\(subnet.id)' has dependencies and cannot be deleted.")
        }
        subnets.removeAll { $0.id == subnet.id }
        tagStore[subnet.id] = nil
        return [:]
    }

    func modifySubnetAttribute(_ input: JSON) throws(AWSServiceError) -> JSON {
        let found = try subnet(input["SubnetId"].string ?? "")
        guard let index = subnets.firstIndex(where: { $0.id == found.id }) else { return [:] }
        if let value = input["MapPublicIpOnLaunch"]["Value"].bool { subnets[index].mapPublicIPOnLaunch = value }
        return [:]
    }
}
