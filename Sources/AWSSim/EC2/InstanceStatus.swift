import JSONValue

/// DescribeInstanceStatus: running instances' system and instance status checks, which
/// report `initializing` for the first minutes and then `ok`.
extension EC2Backend {
    func describeInstanceStatus(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["InstanceIds"])
        try checkInstanceIDs(wanted)
        let includeAll = input["IncludeAllInstances"].bool ?? false
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for instance in instances where wanted.isEmpty || wanted.contains(instance.id) {
            guard includeAll || instance.state == .running else { continue }
            let ok = instance.state == .running && (instance.statusChecksPassAt.map { simulation.now >= $0 } ?? false)
            let status = instance.state != .running ? "not-applicable" : ok ? "ok" : "initializing"
            let detail = instance.state != .running ? nil : ok ? "passed" : "initializing"
            let passes = try EC2Filter.matches(filters, tags: []) { name in
                switch name {
                case "availability-zone": return [instance.availabilityZone]
                case "instance-state-name": return [instance.state.rawValue]
                case "instance-state-code": return [String(instance.state.code)]
                case "instance-status.status", "system-status.status": return [status]
                case "instance-status.reachability", "system-status.reachability": return detail.map { [$0] } ?? []
                default: return nil
                }
            }
            guard passes else { continue }
            func check(_ name: String) -> JSON {
                var object = JSONObject()
                if let detail { object["Details"] = [["Name": .string(name), "Status": .string(detail)]] }
                object["Status"] = .string(status)
                return .object(object)
            }
            var object = JSONObject()
            object["AvailabilityZone"] = .string(instance.availabilityZone)
            if let zoneID = zone(named: instance.availabilityZone)?.id { object["AvailabilityZoneId"] = .string(zoneID) }
            object["Operator"] = ["Managed": false]
            object["InstanceId"] = .string(instance.id)
            object["InstanceState"] = instance.state.json
            object["InstanceStatus"] = check("reachability")
            object["SystemStatus"] = check("reachability")
            object["AttachedEbsStatus"] = check("reachability")
            items.append(.object(object))
        }
        return try EC2Paging.page(items, key: "InstanceStatuses", input: input)
    }
}
