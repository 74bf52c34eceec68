import JSONValue

/// Security groups: CreateSecurityGroup, DescribeSecurityGroups, DeleteSecurityGroup. Rules
/// are in SecurityGroupRules.swift.
extension EC2Backend {
    public struct SecurityGroup: Sendable {
        public var id: String
        public var name: String
        public var vpcID: String
        public var description: String
        public var ownerID = ""
        public var ingress: [SecurityGroupRule] = []
        public var egress: [SecurityGroupRule] = []

        /// A VPC's `default` group: all traffic from its own members in, everything out.
        static func defaultGroup(id: String, vpcID: String, ownerID: String, ruleIDs: [String]) -> SecurityGroup {
            var group = SecurityGroup(id: id, name: "default", vpcID: vpcID, description: "default VPC security group",
                                      ownerID: ownerID)
            group.ingress = [SecurityGroupRule(id: "sgr-" + (ruleIDs.first ?? ""), ipProtocol: "-1", referencedGroupID: id)]
            group.egress = [SecurityGroupRule(id: "sgr-" + (ruleIDs.last ?? ""), ipProtocol: "-1", cidrIPv4: "0.0.0.0/0")]
            return group
        }
    }

    func securityGroupArn(_ id: String) -> String { context.arn("ec2", "security-group/\(id)") }

    func securityGroupJSON(_ group: SecurityGroup) -> JSON {
        var object = JSONObject()
        object["GroupId"] = .string(group.id)
        object["IpPermissionsEgress"] = permissionsJSON(group.egress)
        if let tags = tagsJSON(group.id) { object["Tags"] = tags }
        object["VpcId"] = .string(group.vpcID)
        object["SecurityGroupArn"] = .string(securityGroupArn(group.id))
        object["OwnerId"] = .string(ownerID)
        object["GroupName"] = .string(group.name)
        object["Description"] = .string(group.description)
        object["IpPermissions"] = permissionsJSON(group.ingress)
        return .object(object)
    }

    /// A group by ID (`sg-…`).
    func securityGroup(_ id: String) throws(AWSServiceError) -> SecurityGroup {
        guard id.hasPrefix("sg-") else { throw AWSServiceError.ec2("InvalidGroupId.Malformed", "Invalid id: \"\(id)\"") }
        guard let group = securityGroups.first(where: { $0.id == id }) else { throw AWSServiceError.securityGroupNotFound(id) }
        return group
    }

    /// A group by name, which only names groups of the default VPC.
    func securityGroup(named name: String) throws(AWSServiceError) -> SecurityGroup {
        let vpcID = defaultVPC?.id ?? ""
        guard let group = securityGroups.first(where: { $0.name == name && $0.vpcID == vpcID }) else {
            throw AWSServiceError.ec2("InvalidGroup.NotFound", "The security group '\(name)' does not exist in default VPC '\(vpcID)'")
        }
        return group
    }

    func targetGroup(_ input: JSON) throws(AWSServiceError) -> SecurityGroup {
        if let id = input["GroupId"].string { return try securityGroup(id) }
        if let name = input["GroupName"].string { return try securityGroup(named: name) }
        throw AWSServiceError.ec2MissingParameter("groupId")
    }

    func createSecurityGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let name = input["GroupName"].string else { throw AWSServiceError.ec2MissingParameter("groupName") }
        guard let description = input["Description"].string else {
            throw AWSServiceError.ec2MissingParameter("groupDescription")
        }
        guard let vpc = try input["VpcId"].string.map({ id throws(AWSServiceError) in try self.vpc(id) }) ?? defaultVPC else {
            throw AWSServiceError.ec2("VPCIdNotSpecified", "No default VPC for this user")
        }
        if name.isEmpty || name.count > 255 {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(name)) for parameter GroupName is invalid. Character sets beyond ASCII are not supported.")
        }
        if name.hasPrefix("sg-") {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(name)) for parameter GroupName is invalid. Group names may not be in the format sg-*.")
        }
        if securityGroups.contains(where: { $0.vpcID == vpc.id && $0.name == name }) {
            throw AWSServiceError.ec2("InvalidGroup.Duplicate", "The security group '\(name)' already exists for VPC '\(vpc.id)'")
        }
        let tags = try tagSpecifications(input, resourceType: "security-group")
        let ids = ids()
        var group = SecurityGroup(id: "sg-" + ids.hex(17), name: name, vpcID: vpc.id, description: description,
                                  ownerID: ownerID)
        group.egress = [SecurityGroupRule(id: "sgr-" + ids.hex(17), ipProtocol: "-1", cidrIPv4: "0.0.0.0/0")]
        securityGroups.append(group)
        if !tags.isEmpty { setTags(tags, on: group.id) }
        var output = JSONObject()
        output["GroupId"] = .string(group.id)
        if let tagJSON = tagsJSON(group.id) { output["Tags"] = tagJSON }
        output["SecurityGroupArn"] = .string(securityGroupArn(group.id))
        return .object(output)
    }

    func describeSecurityGroups(_ input: JSON) throws(AWSServiceError) -> JSON {
        let ids = Self.strings(input["GroupIds"])
        let names = Self.strings(input["GroupNames"])
        var wanted: [String] = []
        for id in ids { wanted.append(try securityGroup(id).id) }
        for name in names { wanted.append(try securityGroup(named: name).id) }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for group in securityGroups where wanted.isEmpty || wanted.contains(group.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: group.id)) { name in
                switch name {
                case "group-id": return [group.id]
                case "group-name": return [group.name]
                case "vpc-id": return [group.vpcID]
                case "description": return [group.description]
                case "owner-id": return [ownerID]
                case "ip-permission.protocol": return group.ingress.map(\.ipProtocol)
                case "ip-permission.from-port": return group.ingress.compactMap { $0.fromPort.map(String.init) }
                case "ip-permission.to-port": return group.ingress.compactMap { $0.toPort.map(String.init) }
                case "ip-permission.cidr": return group.ingress.compactMap(\.cidrIPv4)
                case "ip-permission.group-id": return group.ingress.compactMap(\.referencedGroupID)
                case "egress.ip-permission.protocol": return group.egress.map(\.ipProtocol)
                case "egress.ip-permission.cidr": return group.egress.compactMap(\.cidrIPv4)
                default: return nil
                }
            }
            if passes { items.append(securityGroupJSON(group)) }
        }
        return try EC2Paging.page(items, key: "SecurityGroups", input: input)
    }

    func deleteSecurityGroup(_ input: JSON) throws(AWSServiceError) -> JSON {
        let group = try targetGroup(input)
        if group.name == "default" {
            throw AWSServiceError.ec2("CannotDelete", "the specified group: \"\(group.id)\" name: \"default\" cannot be deleted by a user")
        }
        let inUse = networkInterfaces.contains { $0.securityGroupIDs.contains(group.id) }
            || securityGroups.contains { other in
                other.id != group.id && (other.ingress + other.egress).contains { $0.referencedGroupID == group.id }
            }
        if inUse {
            throw AWSServiceError.dependencyViolation("resource \(group.id) has a dependent object")
        }
        securityGroups.removeAll { $0.id == group.id }
        tagStore[group.id] = nil
        return ["Return": true, "GroupId": .string(group.id)]
    }
}
