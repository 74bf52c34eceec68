import JSONValue

/// Route tables: every VPC's main table (the default VPC's sends `0.0.0.0/0` to its internet
/// gateway), tables of one's own (CreateRouteTable), their routes (CreateRoute) and the
/// subnets they serve (AssociateRouteTable). A subnet without a table of its own uses its
/// VPC's main table; it is **public** when its table routes to an internet gateway, and
/// private otherwise — what EKS asks of a Fargate profile's subnets.
extension EC2Backend {
    struct RouteTable {
        var id: String
        var vpcID: String
        var main: Bool
        var mainAssociationID: String
        /// The main table's default route at creation (the default VPC's internet gateway).
        var gatewayRoute: String?
        /// Routes added with CreateRoute: destination and gateway, in the order added.
        var routes: [(destination: String, gatewayID: String)] = []
        var subnetAssociations: [(id: String, subnetID: String)] = []

        var allRoutes: [(destination: String, gatewayID: String)] {
            (gatewayRoute.map { [("0.0.0.0/0", $0)] } ?? []) + routes
        }
    }

    /// The table that routes a subnet's traffic: its own, else its VPC's main table.
    func routeTable(forSubnet subnet: Subnet) -> RouteTable? {
        routeTables.first { $0.subnetAssociations.contains { $0.subnetID == subnet.id } }
            ?? routeTables.first { $0.vpcID == subnet.vpcID && $0.main }
    }

    /// Whether a subnet reaches the internet directly, through an internet gateway.
    public func isPublic(subnetID: String) -> Bool {
        guard let subnet = subnets.first(where: { $0.id == subnetID }), let table = routeTable(forSubnet: subnet)
        else { return false }
        return table.allRoutes.contains { $0.gatewayID.hasPrefix("igw-") }
    }

    func routeTableIndex(_ id: String?) throws(AWSServiceError) -> Int {
        guard let id, let index = routeTables.firstIndex(where: { $0.id == id }) else {
            throw AWSServiceError.ec2("InvalidRouteTableID.NotFound", "The routeTable ID '\(id ?? "")' does not exist")
        }
        return index
    }

    func createRouteTable(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let vpcID = input["VpcId"].string else { throw AWSServiceError.ec2MissingParameter("vpcId") }
        let vpc = try vpc(vpcID)
        let tags = try tagSpecifications(input, resourceType: "route-table")
        let table = RouteTable(id: "rtb-" + ids().hex(17), vpcID: vpc.id, main: false, mainAssociationID: "")
        routeTables.append(table)
        if !tags.isEmpty { setTags(tags, on: table.id) }
        return ["RouteTable": routeTableJSON(table, vpcCIDR: vpc.cidr), "ClientToken": .string(ids().uuid())]
    }

    func createRoute(_ input: JSON) throws(AWSServiceError) -> JSON {
        let index = try routeTableIndex(input["RouteTableId"].string)
        guard let destination = input["DestinationCidrBlock"].string else {
            throw AWSServiceError.ec2MissingParameter("destinationCidrBlock")
        }
        guard IPv4.parseCIDR(destination) != nil else { throw AWSServiceError.invalidCIDR(destination) }
        guard let gateway = input["GatewayId"].string else {
            throw AWSServiceError.ec2("InvalidParameterCombination", "No route target specified.")
        }
        guard internetGateways.contains(where: { $0.id == gateway && $0.attachedVPC == routeTables[index].vpcID }) else {
            throw AWSServiceError.ec2("InvalidGatewayID.NotFound", "The gateway ID '\(gateway)' does not exist")
        }
        guard !routeTables[index].allRoutes.contains(where: { $0.destination == destination }) else {
            throw AWSServiceError.ec2("RouteAlreadyExists", "The route identified by \(destination) already exists.")
        }
        routeTables[index].routes.append((destination, gateway))
        return ["Return": true]
    }

    func associateRouteTable(_ input: JSON) throws(AWSServiceError) -> JSON {
        let index = try routeTableIndex(input["RouteTableId"].string)
        guard let subnetID = input["SubnetId"].string else { throw AWSServiceError.ec2MissingParameter("subnetId") }
        guard let subnet = subnets.first(where: { $0.id == subnetID }) else { throw AWSServiceError.subnetNotFound(subnetID) }
        guard subnet.vpcID == routeTables[index].vpcID else {
            throw AWSServiceError.ec2("InvalidParameterValue",
                                      "Route table \(routeTables[index].id) and subnet \(subnetID) belong to different networks")
        }
        if let other = routeTables.first(where: { $0.subnetAssociations.contains { $0.subnetID == subnetID } }) {
            throw AWSServiceError.ec2("Resource.AlreadyAssociated",
                                      "the specified association for route table \(other.id) conflicts with an existing association")
        }
        let association = "rtbassoc-" + ids().hex(17)
        routeTables[index].subnetAssociations.append((association, subnetID))
        return ["AssociationId": .string(association), "AssociationState": ["State": "associated"]]
    }

    func describeRouteTables(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["RouteTableIds"])
        for id in wanted where !routeTables.contains(where: { $0.id == id }) {
            throw AWSServiceError.ec2("InvalidRouteTableID.NotFound", "The routeTable ID '\(id)' does not exist")
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for table in routeTables where wanted.isEmpty || wanted.contains(table.id) {
            guard let vpc = vpcs.first(where: { $0.id == table.vpcID }) else { continue }
            let passes = try EC2Filter.matches(filters, tags: tags(of: table.id)) { name in
                switch name {
                case "route-table-id": return [table.id]
                case "vpc-id": return [table.vpcID]
                case "association.main": return [table.main.filterValue]
                case "association.subnet-id": return table.subnetAssociations.map(\.subnetID)
                case "route.gateway-id": return table.allRoutes.map(\.gatewayID)
                case "owner-id": return [ownerID]
                default: return nil
                }
            }
            if passes { items.append(routeTableJSON(table, vpcCIDR: vpc.cidr)) }
        }
        return try EC2Paging.page(items, key: "RouteTables", input: input)
    }

    func routeTableJSON(_ table: RouteTable, vpcCIDR: String) -> JSON {
        let routes: [JSON] = [["DestinationCidrBlock": .string(vpcCIDR), "GatewayId": "local",
                               "Origin": "CreateRouteTable", "State": "active"]]
            + table.allRoutes.map { ["DestinationCidrBlock": .string($0.destination), "GatewayId": .string($0.gatewayID),
                                     "Origin": "CreateRoute", "State": "active"] }
        var associations: [JSON] = table.main ? [[
            "Main": true, "RouteTableAssociationId": .string(table.mainAssociationID),
            "RouteTableId": .string(table.id), "AssociationState": ["State": "associated"],
        ]] : []
        associations += table.subnetAssociations.map { association in
            ["Main": false, "RouteTableAssociationId": .string(association.id), "RouteTableId": .string(table.id),
             "SubnetId": .string(association.subnetID), "AssociationState": ["State": "associated"]]
        }
        var object = JSONObject()
        object["Associations"] = .array(associations)
        object["PropagatingVgws"] = []
        object["RouteTableId"] = .string(table.id)
        object["Routes"] = .array(routes)
        object["Tags"] = .array(tags(of: table.id).map(\.json))
        object["VpcId"] = .string(table.vpcID)
        object["OwnerId"] = .string(ownerID)
        return .object(object)
    }
}
