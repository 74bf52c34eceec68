import GoPorts
import JSONValue

/// Services: a cluster IP from the service range, node ports from 30000–32767 for NodePort
/// and LoadBalancer Services, the defaults of each type, and the printer.
final class ServiceStrategy: ResourceStrategy {
    static let nodePortRange = 30000...32767

    func applyDefaults(_ service: inout JSON, context: StrategyContext) {
        var spec = service["spec"]
        if spec["type"].isNull { spec["type"] = "ClusterIP" }
        let type = spec["type"].string ?? "ClusterIP"
        if spec["sessionAffinity"].isNull { spec["sessionAffinity"] = "None" }
        if type != "ExternalName" {
            if spec["internalTrafficPolicy"].isNull { spec["internalTrafficPolicy"] = "Cluster" }
            if spec["ipFamilies"].isNull { spec["ipFamilies"] = ["IPv4"] }
            if spec["ipFamilyPolicy"].isNull { spec["ipFamilyPolicy"] = "SingleStack" }
        }
        let exposedOnNodes = type == "NodePort" || type == "LoadBalancer"
        if exposedOnNodes, spec["externalTrafficPolicy"].isNull { spec["externalTrafficPolicy"] = "Cluster" }
        if type == "LoadBalancer", spec["allocateLoadBalancerNodePorts"].isNull { spec["allocateLoadBalancerNodePorts"] = true }
        if var ports = spec["ports"].array {
            // A Service that becomes NodePort or LoadBalancer (a patch, an apply) gets its node
            // ports then; one that stops being one gives them back.
            var taken = exposedOnNodes ? context.server.allocatedNodePorts(excluding: service) : []
            for i in ports.indices {
                if ports[i]["protocol"].isNull { ports[i]["protocol"] = "TCP" }
                if ports[i]["targetPort"].isNull { ports[i]["targetPort"] = ports[i]["port"] }
                if exposedOnNodes, ports[i]["nodePort"].isNull {
                    let port = context.server.allocateNodePort(avoiding: taken)
                    taken.insert(port)
                    ports[i]["nodePort"] = .int(port)
                } else if !exposedOnNodes, !context.isCreate {
                    ports[i].remove("nodePort")
                }
            }
            spec["ports"] = .array(ports)
        }
        if context.isCreate, type != "ExternalName" {
            if spec["clusterIP"].isNull || spec["clusterIP"].string == "" {
                let ip = context.server.allocateClusterIP()
                spec["clusterIP"] = .string(ip)
                spec["clusterIPs"] = [.string(ip)]
            } else if spec["clusterIPs"].isNull, let ip = spec["clusterIP"].string {
                spec["clusterIPs"] = [.string(ip)]
            }
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

extension ServiceStrategy {
    func validate(_ service: JSON, context: StrategyContext) -> [FieldError] {
        var errors: [FieldError] = []
        let taken = context.server.allocatedNodePorts(excluding: service)
        for (index, port) in (service["spec"]["ports"].array ?? []).enumerated() {
            guard let nodePort = port["nodePort"].int else { continue }
            let path = "spec.ports[\(index)].nodePort"
            if !Self.nodePortRange.contains(nodePort) {
                errors.append(FieldError(path, .invalid(value: String(nodePort)),
                                         "provided port is not in the valid range. The range of valid ports is 30000-32767"))
            } else if taken.contains(nodePort) {
                errors.append(FieldError(path, .invalid(value: String(nodePort)), "provided port is already allocated"))
            }
        }
        return errors
    }
}

extension APIServer {
    /// The node ports Services hold, apart from `service`'s own.
    func allocatedNodePorts(excluding service: JSON? = nil) -> Set<Int> {
        var ports: Set<Int> = []
        for other in list(.service, namespace: nil)
        where service.map({ other.namespace != $0.namespace || other.name != $0.name }) ?? true {
            for port in other["spec"]["ports"].array ?? [] { if let number = port["nodePort"].int { ports.insert(number) } }
        }
        return ports
    }

    /// A free node port, drawn from the range as the API server's allocator does.
    func allocateNodePort(avoiding taken: Set<Int>) -> Int {
        let ids = simulation.random.stream("node-port")
        for _ in 0..<10_000 {
            let port = ids.int(in: ServiceStrategy.nodePortRange)
            if !taken.contains(port) { return port }
        }
        return ServiceStrategy.nodePortRange.first { !taken.contains($0) } ?? ServiceStrategy.nodePortRange.lowerBound
    }

    /// The next free address in the service range (its first address is `kubernetes`'s).
    func allocateClusterIP() -> String {
        let used = Set(list(.service, namespace: nil).compactMap { $0["spec"]["clusterIP"].string })
        let ids = simulation.random.stream("cluster-ip")
        for _ in 0..<10_000 {
            if let ip = serviceNetwork.address(ids.int(in: serviceNetwork.allocatable)), !used.contains(ip) { return ip }
        }
        return serviceNetwork.allocatable.lazy.compactMap { self.serviceNetwork.address($0) }.first { !used.contains($0) }
            ?? serviceNetwork.dnsIP
    }
}
