import JSONValue

/// VPCs: CreateVpc, DescribeVpcs, DeleteVpc.
extension EC2Backend {
    /// At most five VPCs per region (EC2's default quota).
    static let vpcQuota = 5

    func vpcJSON(_ vpc: VPC, created: Bool = false) -> JSON {
        var object = JSONObject()
        object["OwnerId"] = .string(ownerID)
        object["InstanceTenancy"] = .string(vpc.instanceTenancy)
        if created { object["Ipv6CidrBlockAssociationSet"] = [] }
        object["CidrBlockAssociationSet"] = [[
            "AssociationId": .string(vpc.cidrAssociationID), "CidrBlock": .string(vpc.cidr),
            "CidrBlockState": ["State": "associated"],
        ]]
        object["IsDefault"] = .bool(vpc.isDefault)
        if let tags = tagsJSON(vpc.id) { object["Tags"] = tags }
        object["BlockPublicAccessStates"] = ["InternetGatewayBlockMode": "off"]
        object["VpcId"] = .string(vpc.id)
        object["State"] = .string(created ? "pending" : vpc.state)
        object["CidrBlock"] = .string(vpc.cidr)
        object["DhcpOptionsId"] = .string(vpc.dhcpOptionsID)
        return .object(object)
    }

    func vpc(_ id: String) throws(AWSServiceError) -> VPC {
        guard id.hasPrefix("vpc-") else { throw AWSServiceError.malformedID("VpcID", id) }
        guard let vpc = vpcs.first(where: { $0.id == id }) else { throw AWSServiceError.vpcNotFound(id) }
        return vpc
    }

    var defaultVPC: VPC? { vpcs.first { $0.isDefault } }

    func createVpc(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let text = input["CidrBlock"].string else {
            throw AWSServiceError.ec2MissingParameter("cidrBlock")
        }
        guard let cidr = IPv4.parseCIDR(text) else { throw AWSServiceError.invalidCIDR(text) }
        guard (16...28).contains(cidr.prefix) else {
            throw AWSServiceError.ec2("InvalidVpc.Range", "The CIDR '\(text)' is invalid.")
        }
        if let tenancy = input["InstanceTenancy"].string, !["default", "dedicated"].contains(tenancy) {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(tenancy)) for parameter instanceTenancy is invalid.")
        }
        guard vpcs.count < Self.vpcQuota else {
            throw AWSServiceError.ec2("VpcLimitExceeded", "The maximum number of VPCs has been reached.")
        }
        let tags = try tagSpecifications(input, resourceType: "vpc")
        let ids = ids()
        var vpc = VPC(id: "vpc-" + ids.hex(17), cidr: "\(IPv4.format(cidr.base))/\(cidr.prefix)", isDefault: false)
        vpc.dhcpOptionsID = defaultVPC?.dhcpOptionsID ?? "dopt-" + ids.hex(17)
        vpc.cidrAssociationID = "vpc-cidr-assoc-" + ids.hex(17)
        vpc.instanceTenancy = input["InstanceTenancy"].string ?? "default"
        vpcs.append(vpc)
        // Every VPC comes with a default security group and a main route table.
        securityGroups.append(SecurityGroup.defaultGroup(id: "sg-" + ids.hex(17), vpcID: vpc.id, ownerID: ownerID,
                                                         ruleIDs: [ids.hex(17), ids.hex(17)]))
        routeTables.append(RouteTable(id: "rtb-" + ids.hex(17), vpcID: vpc.id, main: true,
                                      mainAssociationID: "rtbassoc-" + ids.hex(17), gatewayRoute: nil))
        if !tags.isEmpty { setTags(tags, on: vpc.id) }
        return ["Vpc": vpcJSON(vpc, created: true)]
    }

    func describeVpcs(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["VpcIds"])
        for id in wanted { _ = try vpc(id) }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for vpc in vpcs where wanted.isEmpty || wanted.contains(vpc.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: vpc.id)) { name in
                switch name {
                case "vpc-id": return [vpc.id]
                case "cidr", "cidr-block-association.cidr-block": return [vpc.cidr]
                case "cidr-block-association.association-id": return [vpc.cidrAssociationID]
                case "cidr-block-association.state": return ["associated"]
                case "is-default", "isDefault": return [vpc.isDefault.filterValue]
                case "state": return [vpc.state]
                case "owner-id": return [ownerID]
                case "dhcp-options-id": return [vpc.dhcpOptionsID]
                default: return nil
                }
            }
            if passes { items.append(vpcJSON(vpc)) }
        }
        return try EC2Paging.page(items, key: "Vpcs", input: input)
    }

    func deleteVpc(_ input: JSON) throws(AWSServiceError) -> JSON {
        let vpc = try vpc(input["VpcId"].string ?? "")
        let dependent = subnets.contains { $0.vpcID == vpc.id }
            || securityGroups.contains { $0.vpcID == vpc.id && $0.name != "default" }
            || internetGateways.contains { $0.attachedVPC == vpc.id }
            || routeTables.contains { $0.vpcID == vpc.id && !$0.main }
        if dependent {
            throw AWSServiceError.dependencyViolation("The vpc '\(vpc.id)' has dependencies and cannot be deleted.")
        }
        let removed = Set(securityGroups.filter { $0.vpcID == vpc.id }.map(\.id) + routeTables.filter { $0.vpcID == vpc.id }.map(\.id))
        securityGroups.removeAll { $0.vpcID == vpc.id }
        routeTables.removeAll { $0.vpcID == vpc.id }
        vpcs.removeAll { $0.id == vpc.id }
        for id in removed.union([vpc.id]) { tagStore[id] = nil }
        return [:]
    }
}
