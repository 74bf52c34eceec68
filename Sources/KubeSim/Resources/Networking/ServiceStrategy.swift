import GoPorts
import JSONValue

/// Services: a cluster IP from the service range, port defaults, and the printer.
struct ServiceStrategy: ResourceStrategy {
    func applyDefaults(_ service: inout JSON, context: StrategyContext) {
        var spec = service["spec"]
        if spec["type"].isNull { spec["type"] = "ClusterIP" }
        if spec["sessionAffinity"].isNull { spec["sessionAffinity"] = "None" }
        if spec["internalTrafficPolicy"].isNull { spec["internalTrafficPolicy"] = "Cluster" }
        if spec["ipFamilies"].isNull { spec["ipFamilies"] = ["IPv4"] }
        if spec["ipFamilyPolicy"].isNull { spec["ipFamilyPolicy"] = "SingleStack" }
        if var ports = spec["ports"].array {
            for i in ports.indices {
                if ports[i]["protocol"].isNull { ports[i]["protocol"] = "TCP" }
                if ports[i]["targetPort"].isNull { ports[i]["targetPort"] = ports[i]["port"] }
            }
            spec["ports"] = .array(ports)
        }
        if context.isCreate, spec["clusterIP"].isNull, spec["type"].string != "ExternalName" {
            let ip = context.server.allocateClusterIP()
            spec["clusterIP"] = .string(ip)
            spec["clusterIPs"] = [.string(ip)]
        }
        service["spec"] = spec
        if service["status"].isNull { service["status"] = ["loadBalancer": .object(JSONObject())] }
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Type"), ColumnDefinition("Cluster-IP"),
                ColumnDefinition("External-IP"), ColumnDefinition("Port(s)"), ColumnDefinition("Age"),
                ColumnDefinition("Selector", priority: 1),
            ],
            cells: { service, context in
                let spec = service["spec"]
                let type = spec["type"].string ?? "ClusterIP"
                let clusterIP = spec["clusterIPs"][0].string ?? spec["clusterIP"].string ?? "<none>"
                let externalIPs = (spec["externalIPs"].array ?? []).compactMap(\.string)
                var external: String
                switch type {
                case "LoadBalancer":
                    let ingress = (service["status"]["loadBalancer"]["ingress"].array ?? []).compactMap {
                        $0["ip"].string ?? $0["hostname"].string
                    }
                    let all = ingress + externalIPs
                    external = all.isEmpty ? "<pending>" : all.joined(separator: ",")
                case "ExternalName":
                    external = spec["externalName"].string ?? "<none>"
                default:
                    external = externalIPs.isEmpty ? "<none>" : externalIPs.joined(separator: ",")
                }
                let ports = (spec["ports"].array ?? []).map { port -> String in
                    let number = port["port"].int ?? 0
                    let proto = port["protocol"].string ?? "TCP"
                    if let node = port["nodePort"].int { return "\(number):\(node)/\(proto)" }
                    return "\(number)/\(proto)"
                }
                let selector = stringMap(spec["selector"])
                return [.string(service.name), .string(type), .string(clusterIP), .string(external),
                        .string(ports.isEmpty ? "<none>" : ports.joined(separator: ",")),
                        .string(HumanDuration.age(of: service.creationTimestamp, now: context.now)),
                        .string(selector.isEmpty ? "<none>" : selector.selectorString)]
            })
    }
}

extension APIServer {
    /// The next free address in the service range 10.96.0.0/12 (10.96.0.1 is `kubernetes`).
    func allocateClusterIP() -> String {
        let used = Set(list(.service, namespace: nil).compactMap { $0["spec"]["clusterIP"].string })
        let ids = simulation.random.stream("cluster-ip")
        for _ in 0..<10_000 {
            let value = ids.int(in: 2...(1 << 20) - 2)
            let ip = "10.\(96 + (value >> 16)).\((value >> 8) & 0xff).\(value & 0xff)"
            if !used.contains(ip) { return ip }
        }
        return "10.96.0.2"
    }
}
