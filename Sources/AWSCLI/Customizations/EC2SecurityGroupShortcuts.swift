import AWSArguments

/// aws-cli's one-rule shortcuts for `ec2 authorize-|revoke-security-group-ingress|egress`:
/// `--protocol tcp|udp|icmp|all|N`, `--port N|FROM-TO|all`, `--cidr`, `--source-group NAME|sg-ID`
/// and `--group-owner ACCOUNT` build `IpPermissions[0]`; the API's flat parameters they stand
/// for stay accepted but leave help. Neither may be mixed with `--ip-permissions`.
enum EC2SecurityGroupShortcuts {
    static var customization: OperationCustomization {
        OperationCustomization(
        customizeTable: { table in
            table.add(.option("protocol", addToParams: addProtocol))
            table.hide("ip-protocol")
            table.add(.option("port", addToParams: addPort))
            table.hide("from-port")
            table.hide("to-port")
            table.add(.option("cidr") { params, value throws(AWSCLIError) in
                guard case .string(let cidr)? = value, !cidr.isEmpty else { return }
                setOnPermission(&params, "IpRanges", .list([.dict(PythonDict([("CidrIp", .str(cidr))]))]))
            })
            table.hide("cidr-ip")
            table.add(.option("source-group") { params, value throws(AWSCLIError) in
                guard case .string(let group)? = value, !group.isEmpty else { return }
                setOnGroupPair(&params, group.hasPrefix("sg-") ? "GroupId" : "GroupName", group)
            })
            table.hide("source-security-group-name")
            table.add(.option("group-owner") { params, value throws(AWSCLIError) in
                guard case .string(let owner)? = value, !owner.isEmpty else { return }
                setOnGroupPair(&params, "UserId", owner)
            })
            table.hide("source-security-group-owner-id")
        },
        argumentsParsed: { namespace throws(AWSCLIError) in
            guard EC2RunInstancesInterface.isTruthy(namespace["ip_permissions"]) else { return }
            for key in ["protocol", "port", "cidr", "source_group", "group_owner"]
            where EC2RunInstancesInterface.isTruthy(namespace[key]) {
                // The trailing space is aws-cli's.
                throw .parameter("The --\(key) option is not compatible with the --ip-permissions option ")
            }
        })
    }

    private static func addProtocol(_ params: inout PythonDict, _ value: ArgValue?) throws(AWSCLIError) {
        guard case .string(var text)? = value, !text.isEmpty else { return }
        if let number = PythonConversions.int(text) {
            let inRange: Bool
            switch number {
            case .int(let n): inRange = (0...255).contains(n) || n == -1
            default: inRange = false
            }
            guard inRange else {
                throw .parameter("protocol numbers must be in the range 0-255 or -1 to specify all protocols")
            }
        } else {
            guard ["tcp", "udp", "icmp", "all"].contains(text) else {
                throw .parameter("protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.")
            }
            if text == "all" { text = "-1" }
        }
        setOnPermission(&params, "IpProtocol", .str(text))
    }

    private static func addPort(_ params: inout PythonDict, _ value: ArgValue?) throws(AWSCLIError) {
        guard case .string(let text)? = value, !text.isEmpty else { return }
        let bounds: (String, String)
        if text == "-1" || text == "all" {
            bounds = ("-1", "-1")
        } else if let dash = text.firstIndex(of: "-") {
            bounds = (String(text[..<dash]), String(text[text.index(after: dash)...]))
        } else {
            bounds = (text, text)
        }
        let invalid = AWSCLIError.parameter("port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)")
        guard let from = PythonConversions.int(bounds.0) else { throw invalid }
        setOnPermission(&params, "FromPort", from)
        guard let to = PythonConversions.int(bounds.1) else { throw invalid }
        setOnPermission(&params, "ToPort", to)
    }

    /// `_build_ip_permissions` for the rule's own keys.
    private static func setOnPermission(_ params: inout PythonDict, _ key: String, _ value: PythonValue) {
        var permission = firstPermission(params)
        permission[key] = value
        params["IpPermissions"] = .list([.dict(permission)])
    }

    /// `_build_ip_permissions` for `UserIdGroupPairs[0]`.
    private static func setOnGroupPair(_ params: inout PythonDict, _ key: String, _ value: String) {
        var permission = firstPermission(params)
        var pair = PythonDict()
        if case .list(let pairs)? = permission["UserIdGroupPairs"], case .dict(let existing)? = pairs.first { pair = existing }
        pair[key] = .str(value)
        permission["UserIdGroupPairs"] = .list([.dict(pair)])
        params["IpPermissions"] = .list([.dict(permission)])
    }

    private static func firstPermission(_ params: PythonDict) -> PythonDict {
        if case .list(let list)? = params["IpPermissions"], case .dict(let first)? = list.first { return first }
        return PythonDict()
    }
}
