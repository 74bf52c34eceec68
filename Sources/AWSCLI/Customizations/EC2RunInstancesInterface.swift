import AWSArguments

/// aws-cli's shortcuts for `ec2 run-instances`' primary network interface:
/// `--associate-public-ip-address | --no-associate-public-ip-address`,
/// `--secondary-private-ip-addresses IP…` and `--secondary-private-ip-address-count N`. They
/// build `NetworkInterfaces[0]` (device 0); since EC2 then takes the subnet, security groups
/// and private address from the interface only, those parameters are moved into it.
enum EC2RunInstancesInterface {
    static var customization: OperationCustomization {
        OperationCustomization(
        customizeTable: { table in
            table.add(.option("secondary-private-ip-addresses", nargs: .zeroOrMore) { params, value throws(AWSCLIError) in
                guard case .list(let addresses)? = value, !addresses.isEmpty else { return }
                let list = addresses.map { PythonValue.dict(PythonDict([("PrivateIpAddress", .str($0)), ("Primary", .bool(false))])) }
                setOnInterface(&params, "PrivateIpAddresses", .list(list), keepExisting: true)
            })
            table.add(.option("secondary-private-ip-address-count", type: .int) { params, value throws(AWSCLIError) in
                guard case .string(let text)? = value, let count = PythonConversions.int(text), count != .int(0) else { return }
                setOnInterface(&params, "SecondaryPrivateIpAddressCount", count)
            })
            var associate = CustomArgument(name: "associate-public-ip-address", action: .flag("--associate-public-ip-address"),
                                           helpType: "boolean", negativeFlag: "--no-associate-public-ip-address") {
                params, value throws(AWSCLIError) in
                if value == .bool(true) { setOnInterface(&params, "AssociatePublicIpAddress", .bool(true)) }
            }
            table.add(associate)
            associate = CustomArgument(name: "no-associate-public-ip-address",
                                       action: .flag("--no-associate-public-ip-address", value: false),
                                       helpType: "boolean", isNegativeHalf: true) { params, value throws(AWSCLIError) in
                if value == .bool(false) { setOnInterface(&params, "AssociatePublicIpAddress", .bool(false)) }
            }
            table.add(associate)
        },
        argumentsParsed: { namespace throws(AWSCLIError) in
            guard isTruthy(namespace["network_interfaces"]) else { return }
            for key in ["secondary_private_ip_addresses", "secondary_private_ip_address_count", "associate_public_ip_address"]
            where isTruthy(namespace[key], integer: key.hasSuffix("_count")) {
                throw .parameter("Mixing the --network-interfaces option with the simple, scalar options is not supported.")
            }
        },
        beforeParameterBuild: { params throws(AWSCLIError) in moveIntoInterface(&params) })
    }

    /// `_build_network_interfaces`.
    private static func setOnInterface(_ params: inout PythonDict, _ key: String, _ value: PythonValue,
                                       keepExisting: Bool = false) {
        var interfaces: [PythonValue] = [.dict(PythonDict([("DeviceIndex", .int(0))]))]
        if let existing = params["NetworkInterfaces"] {
            guard case .list(let list) = existing, !list.isEmpty else { return }
            interfaces = list
        }
        guard case .dict(var first) = interfaces[0] else { return }
        if keepExisting && first[key] != nil { return }
        first[key] = value
        interfaces[0] = .dict(first)
        params["NetworkInterfaces"] = .list(interfaces)
    }

    /// `_fix_args`: with the shortcuts in the interface, the instance-level subnet, groups and
    /// addresses move into it.
    private static func moveIntoInterface(_ params: inout PythonDict) {
        guard case .list(var interfaces)? = params["NetworkInterfaces"], !interfaces.isEmpty,
            case .dict(var interface) = interfaces[0],
            ["PrivateIpAddresses", "SecondaryPrivateIpAddressCount", "AssociatePublicIpAddress"].contains(where: { interface[$0] != nil })
        else { return }
        func move(_ from: String, _ to: String) {
            guard let value = params[from] else { return }
            interface[to] = value
            params[from] = nil
        }
        move("SubnetId", "SubnetId")
        move("SecurityGroupIds", "Groups")
        if let address = params["PrivateIpAddress"] {
            interface["PrivateIpAddresses"] = .list([.dict(PythonDict([("PrivateIpAddress", address), ("Primary", .bool(true))]))])
            params["PrivateIpAddress"] = nil
        }
        move("Ipv6AddressCount", "Ipv6AddressCount")
        move("Ipv6Addresses", "Ipv6Addresses")
        move("EnablePrimaryIpv6", "PrimaryIpv6")
        interfaces[0] = .dict(interface)
        params["NetworkInterfaces"] = .list(interfaces)
    }

    /// Python truthiness of a parsed argument (`integer`: argparse converted it with `int`).
    static func isTruthy(_ value: ArgValue?, integer: Bool = false) -> Bool {
        switch value {
        case .none: return false
        case .bool(let flag)?: return flag
        case .list(let items)?: return !items.isEmpty
        case .string(let text)?:
            if integer, let number = PythonConversions.int(text) { return number != .int(0) }
            return !text.isEmpty
        }
    }
}
