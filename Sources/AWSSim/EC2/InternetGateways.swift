import JSONValue

/// Internet gateways: the default VPC's, CreateInternetGateway, AttachInternetGateway,
/// DescribeInternetGateways. Route tables send traffic to them (RouteTables.swift).
extension EC2Backend {
    struct InternetGateway {
        var id: String
        var attachedVPC: String?
    }

    func createInternetGateway(_ input: JSON) throws(AWSServiceError) -> JSON {
        let tags = try tagSpecifications(input, resourceType: "internet-gateway")
        let gateway = InternetGateway(id: "igw-" + ids().hex(17), attachedVPC: nil)
        internetGateways.append(gateway)
        if !tags.isEmpty { setTags(tags, on: gateway.id) }
        return ["InternetGateway": internetGatewayJSON(gateway)]
    }

    func internetGatewayJSON(_ gateway: InternetGateway) -> JSON {
        var object = JSONObject()
        object["Attachments"] = .array(gateway.attachedVPC.map { [["State": "available", "VpcId": .string($0)]] } ?? [])
        object["InternetGatewayId"] = .string(gateway.id)
        object["OwnerId"] = .string(ownerID)
        object["Tags"] = .array(tags(of: gateway.id).map(\.json))
        return .object(object)
    }

    func attachInternetGateway(_ input: JSON) throws(AWSServiceError) -> JSON {
        let id = input["InternetGatewayId"].string ?? ""
        guard let index = internetGateways.firstIndex(where: { $0.id == id }) else {
            throw AWSServiceError.ec2("InvalidInternetGatewayID.NotFound", "The internetGateway ID '\(id)' does not exist")
        }
        let vpc = try vpc(input["VpcId"].string ?? "")
        if let attached = internetGateways[index].attachedVPC {
            throw AWSServiceError.ec2("Resource.AlreadyAssociated", "resource \(id) is already attached to network \(attached)")
        }
        if internetGateways.contains(where: { $0.attachedVPC == vpc.id }) {
            throw AWSServiceError.ec2("InvalidParameterValue", "Network \(vpc.id) already has an internet gateway attached")
        }
        internetGateways[index].attachedVPC = vpc.id
        return [:]
    }

    func describeInternetGateways(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["InternetGatewayIds"])
        for id in wanted where !internetGateways.contains(where: { $0.id == id }) {
            throw AWSServiceError.ec2("InvalidInternetGatewayID.NotFound", "The internetGateway ID '\(id)' does not exist")
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for gateway in internetGateways where wanted.isEmpty || wanted.contains(gateway.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: gateway.id)) { name in
                switch name {
                case "internet-gateway-id": return [gateway.id]
                case "attachment.vpc-id": return gateway.attachedVPC.map { [$0] } ?? []
                case "attachment.state": return gateway.attachedVPC == nil ? [] : ["available"]
                case "owner-id": return [ownerID]
                default: return nil
                }
            }
            if passes { items.append(internetGatewayJSON(gateway)) }
        }
        return try EC2Paging.page(items, key: "InternetGateways", input: input)
    }

    func describeAccountAttributes(_ input: JSON) throws(AWSServiceError) -> JSON {
        let attributes: [(String, [String])] = [
            ("supported-platforms", ["VPC"]), ("vpc-max-security-groups-per-interface", ["5"]),
            ("max-elastic-ips", ["5"]), ("max-instances", ["20"]), ("vpc-max-elastic-ips", ["5"]),
            ("default-vpc", [defaultVPC?.id ?? "none"]),
        ]
        let wanted = Self.strings(input["AttributeNames"])
        let items: [JSON] = attributes.filter { wanted.isEmpty || wanted.contains($0.0) }.map { name, values in
            ["AttributeName": .string(name), "AttributeValues": .array(values.map { ["AttributeValue": .string($0)] })]
        }
        return ["AccountAttributes": .array(items)]
    }
}
