import JSONValue

/// One rule of a security group: a protocol and port range, and a peer (a CIDR or another
/// group). DescribeSecurityGroups shows rules merged into `IpPermissions` by protocol and
/// ports, as EC2 does.
public struct SecurityGroupRule: Sendable, Equatable {
    public var id: String
    /// `tcp`, `udp`, `icmp` or `-1` (all traffic).
    public var ipProtocol: String
    public var fromPort: Int?
    public var toPort: Int?
    public var cidrIPv4: String?
    public var cidrIPv6: String?
    public var referencedGroupID: String?
    public var description: String?

    init(id: String, ipProtocol: String, fromPort: Int? = nil, toPort: Int? = nil, cidrIPv4: String? = nil,
         cidrIPv6: String? = nil, referencedGroupID: String? = nil, description: String? = nil) {
        self.id = id
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.cidrIPv4 = cidrIPv4
        self.cidrIPv6 = cidrIPv6
        self.referencedGroupID = referencedGroupID
        self.description = description
    }

    func sameTraffic(as other: SecurityGroupRule) -> Bool {
        ipProtocol == other.ipProtocol && fromPort == other.fromPort && toPort == other.toPort
            && cidrIPv4 == other.cidrIPv4 && cidrIPv6 == other.cidrIPv6 && referencedGroupID == other.referencedGroupID
    }

    /// How EC2 names a rule in its duplicate error: `peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW`.
    var peerDescription: String {
        let peer = cidrIPv4 ?? cidrIPv6 ?? referencedGroupID ?? ""
        switch ipProtocol {
        case "-1": return "peer: \(peer), ALL, ALLOW"
        case "icmp": return "peer: \(peer), ICMP, type: \(fromPort ?? -1), code: \(toPort ?? -1), ALLOW"
        default: return "peer: \(peer), \(ipProtocol.uppercased()), from port: \(fromPort ?? 0), to port: \(toPort ?? 0), ALLOW"
        }
    }
}

extension EC2Backend {
    /// Rules grouped into `IpPermissions` entries by protocol and port range.
    func permissionsJSON(_ rules: [SecurityGroupRule]) -> JSON {
        var groups: [(key: String, rules: [SecurityGroupRule])] = []
        for rule in rules {
            let key = "\(rule.ipProtocol)|\(rule.fromPort ?? -99)|\(rule.toPort ?? -99)"
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].rules.append(rule)
            } else {
                groups.append((key, [rule]))
            }
        }
        return .array(groups.map { group in
            let first = group.rules[0]
            var object = JSONObject()
            object["IpProtocol"] = .string(first.ipProtocol)
            if let from = first.fromPort { object["FromPort"] = .int(from) }
            if let to = first.toPort { object["ToPort"] = .int(to) }
            object["UserIdGroupPairs"] = .array(group.rules.compactMap { rule in
                guard let groupID = rule.referencedGroupID else { return nil }
                var pair = JSONObject()
                if let description = rule.description { pair["Description"] = .string(description) }
                pair["UserId"] = .string(ownerID)
                pair["GroupId"] = .string(groupID)
                return .object(pair)
            })
            object["IpRanges"] = .array(group.rules.compactMap { rule in
                guard let cidr = rule.cidrIPv4 else { return nil }
                var range = JSONObject()
                if let description = rule.description { range["Description"] = .string(description) }
                range["CidrIp"] = .string(cidr)
                return .object(range)
            })
            object["Ipv6Ranges"] = .array(group.rules.compactMap { rule in
                guard let cidr = rule.cidrIPv6 else { return nil }
                var range = JSONObject()
                if let description = rule.description { range["Description"] = .string(description) }
                range["CidrIpv6"] = .string(cidr)
                return .object(range)
            })
            object["PrefixListIds"] = []
            return .object(object)
        })
    }

    func ruleJSON(_ rule: SecurityGroupRule, group: SecurityGroup, egress: Bool) -> JSON {
        var object = JSONObject()
        object["SecurityGroupRuleId"] = .string(rule.id)
        object["GroupId"] = .string(group.id)
        object["GroupOwnerId"] = .string(ownerID)
        object["IsEgress"] = .bool(egress)
        object["IpProtocol"] = .string(rule.ipProtocol)
        object["FromPort"] = .int(rule.fromPort ?? -1)
        object["ToPort"] = .int(rule.toPort ?? -1)
        if let cidr = rule.cidrIPv4 { object["CidrIpv4"] = .string(cidr) }
        if let cidr = rule.cidrIPv6 { object["CidrIpv6"] = .string(cidr) }
        if let referenced = rule.referencedGroupID {
            object["ReferencedGroupInfo"] = ["GroupId": .string(referenced), "UserId": .string(ownerID)]
        }
        if let description = rule.description { object["Description"] = .string(description) }
        object["SecurityGroupRuleArn"] = .string(context.arn("ec2", "security-group-rule/\(rule.id)"))
        return .object(object)
    }

    /// `tcp`/`6`, `udp`/`17`, `icmp`/`1`, and `-1`/`all` for all traffic.
    func normalizedProtocol(_ text: String) throws(AWSServiceError) -> String {
        switch text.lowercased() {
        case "tcp", "6": return "tcp"
        case "udp", "17": return "udp"
        case "icmp", "1": return "icmp"
        case "-1", "all": return "-1"
        default:
            if let number = Int(text), (0...255).contains(number) { return text }
            throw AWSServiceError.ec2InvalidParameterValue("Invalid value '\(text)' for IP protocol. Unknown protocol.")
        }
    }

    /// The rules a request describes, from `IpPermissions` or the flat parameters.
    func requestedRules(_ input: JSON) throws(AWSServiceError) -> [SecurityGroupRule] {
        var permissions = input["IpPermissions"].array ?? []
        if permissions.isEmpty, input["IpProtocol"].string != nil || input["CidrIp"].string != nil
            || input["SourceSecurityGroupName"].string != nil {
            var permission: JSON = ["IpProtocol": .string(input["IpProtocol"].string ?? "-1")]
            if let from = input["FromPort"].int { permission["FromPort"] = .int(from) }
            if let to = input["ToPort"].int { permission["ToPort"] = .int(to) }
            if let cidr = input["CidrIp"].string { permission["IpRanges"] = [["CidrIp": .string(cidr)]] }
            if let source = input["SourceSecurityGroupName"].string {
                permission["UserIdGroupPairs"] = [["GroupName": .string(source)]]
            }
            permissions = [permission]
        }
        guard !permissions.isEmpty else {
            throw AWSServiceError.ec2MissingParameter("ipPermissions")
        }
        var rules: [SecurityGroupRule] = []
        for permission in permissions {
            let ipProtocol = try normalizedProtocol(permission["IpProtocol"].string ?? "")
            var from = permission["FromPort"].int
            var to = permission["ToPort"].int
            if ipProtocol == "-1" {
                from = nil
                to = nil
            } else if ipProtocol == "tcp" || ipProtocol == "udp" {
                guard let low = from, let high = to else {
                    throw AWSServiceError.ec2InvalidParameterValue("Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange")
                }
                guard (0...65535).contains(low), (0...65535).contains(high), low <= high else {
                    throw AWSServiceError.ec2InvalidParameterValue("Invalid TCP/UDP port range: \(low) to \(high)")
                }
            }
            let template = SecurityGroupRule(id: "", ipProtocol: ipProtocol, fromPort: from, toPort: to)
            for range in permission["IpRanges"].array ?? [] {
                let text = range["CidrIp"].string ?? ""
                guard let cidr = IPv4.canonical(text) else {
                    throw AWSServiceError.ec2InvalidParameterValue("CIDR block \(text) is malformed")
                }
                var rule = template
                rule.cidrIPv4 = cidr
                rule.description = range["Description"].string
                rules.append(rule)
            }
            for range in permission["Ipv6Ranges"].array ?? [] {
                var rule = template
                rule.cidrIPv6 = range["CidrIpv6"].string
                rule.description = range["Description"].string
                rules.append(rule)
            }
            for pair in permission["UserIdGroupPairs"].array ?? [] {
                let peer: SecurityGroup
                if let id = pair["GroupId"].string {
                    peer = try securityGroup(id)
                } else if let name = pair["GroupName"].string {
                    peer = try securityGroup(named: name)
                } else {
                    throw AWSServiceError.ec2MissingParameter("groupId")
                }
                var rule = template
                rule.referencedGroupID = peer.id
                rule.description = pair["Description"].string
                rules.append(rule)
            }
        }
        return rules
    }

    func authorize(_ input: JSON, egress: Bool) throws(AWSServiceError) -> JSON {
        var group = try targetGroup(input)
        var rules = try requestedRules(input)
        let existing = egress ? group.egress : group.ingress
        for rule in rules where existing.contains(where: { $0.sameTraffic(as: rule) }) {
            throw AWSServiceError.ec2("InvalidPermission.Duplicate", "the specified rule \"\(rule.peerDescription)\" already exists")
        }
        if existing.count + rules.count > 60 {
            throw AWSServiceError.ec2("RulesPerSecurityGroupLimitExceeded",
                                      "The maximum number of rules per security group has been reached.")
        }
        let ids = ids()
        for index in rules.indices { rules[index].id = "sgr-" + ids.hex(17) }
        if egress { group.egress += rules } else { group.ingress += rules }
        if let index = securityGroups.firstIndex(where: { $0.id == group.id }) { securityGroups[index] = group }
        return ["Return": true, "SecurityGroupRules": .array(rules.map { ruleJSON($0, group: group, egress: egress) })]
    }

    func revoke(_ input: JSON, egress: Bool) throws(AWSServiceError) -> JSON {
        var group = try targetGroup(input)
        let requested = try requestedRules(input)
        var current = egress ? group.egress : group.ingress
        var revoked: [SecurityGroupRule] = []
        var unknown: [SecurityGroupRule] = []
        for rule in requested {
            if let index = current.firstIndex(where: { $0.sameTraffic(as: rule) }) {
                revoked.append(current.remove(at: index))
            } else {
                unknown.append(rule)
            }
        }
        if revoked.isEmpty {
            throw AWSServiceError.ec2("InvalidPermission.NotFound",
                                      "The specified rule does not exist in this security group.")
        }
        if egress { group.egress = current } else { group.ingress = current }
        if let index = securityGroups.firstIndex(where: { $0.id == group.id }) { securityGroups[index] = group }
        var output = JSONObject()
        output["Return"] = true
        if !unknown.isEmpty { output["UnknownIpPermissions"] = permissionsJSON(unknown) }
        output["RevokedSecurityGroupRules"] = .array(revoked.map { rule in
            var object = JSONObject()
            object["SecurityGroupRuleId"] = .string(rule.id)
            object["GroupId"] = .string(group.id)
            object["IsEgress"] = .bool(egress)
            object["IpProtocol"] = .string(rule.ipProtocol)
            object["FromPort"] = .int(rule.fromPort ?? -1)
            object["ToPort"] = .int(rule.toPort ?? -1)
            if let cidr = rule.cidrIPv4 { object["CidrIpv4"] = .string(cidr) }
            if let referenced = rule.referencedGroupID { object["ReferencedGroupId"] = .string(referenced) }
            return .object(object)
        })
        return .object(output)
    }
}
