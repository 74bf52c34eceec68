import JSONValue
import KubeSim

/// The Services kubectl builds: `create service clusterip|nodeport|loadbalancer|externalname`
/// and `expose`, member for member in the Go types' field order.
extension Generators {
    /// `kubectl create service TYPE NAME`: ports from `--tcp=PORT[:TARGET]`, each named after
    /// its specifier; selector and labels `app=NAME`.
    static func service(name: String, type: String, tcp: [String], nodePort: Int, clusterIP: String,
                        externalName: String) throws(KubectlError) -> JSON {
        if tcp.isEmpty, type != "ExternalName", clusterIP != "None" {
            throw .message("at least one tcp port specifier must be provided")
        }
        if clusterIP == "None", type != "ClusterIP" {
            throw .message("ClusterIP=None can only be used with ClusterIP service type")
        }
        if type == "ExternalName", !Self.isDNSSubdomain(externalName) {
            throw .message("invalid service external name \(externalName)")
        }
        var ports: [JSON] = []
        for specifier in tcp {
            let parts = specifier.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let portText = parts[0], targetText = parts.count > 1 ? parts[1] : parts[0]
            guard let port = Int(portText), (0...65535).contains(port) else {
                throw .message(Int(portText) == nil ? "strconv.ParseUint: parsing \"\(portText)\": invalid syntax"
                               : "strconv.ParseUint: parsing \"\(portText)\": value out of range")
            }
            var entry = JSONObject()
            entry["name"] = .string(specifier.replacing(":", with: "-"))
            entry["protocol"] = "TCP"
            entry["port"] = .int(port)
            entry["targetPort"] = Int(targetText).map(JSON.int) ?? .string(targetText)
            if nodePort > 0 { entry["nodePort"] = .int(nodePort) }
            ports.append(.object(entry))
        }
        let labels = sortedMap([("app", name)])
        var spec = JSONObject()
        if !ports.isEmpty { spec["ports"] = .array(ports) }
        spec["selector"] = labels
        if !clusterIP.isEmpty { spec["clusterIP"] = .string(clusterIP) }
        spec["type"] = .string(type)
        if type == "ExternalName" { spec["externalName"] = .string(externalName) }
        return ["kind": "Service", "apiVersion": "v1", "metadata": metadata(name, labels: labels), "spec": .object(spec),
                "status": ["loadBalancer": .object(JSONObject())]]
    }

    /// What `kubectl expose` was asked for, beyond the object it exposes.
    struct ExposeRequest {
        var name: String?
        var port: String?
        var targetPort: String?
        var `protocol`: String?
        var type: String?
        var selector: String?
        var labels: String?
        var clusterIP: String?
    }

    /// `kubectl expose`'s Service for `object`: its selector and labels unless given, and its
    /// containers' ports (and their protocols) unless `--port` says.
    static func exposedService(_ object: JSON, request: ExposeRequest) throws(KubectlError) -> JSON {
        guard let selector = try request.selector.map({ text throws(KubectlError) in try parseLabels(text) })
            ?? exposeSelector(object)
        else {
            throw .message("couldn't retrieve selectors via --selector flag or introspection: the \(object.kind) has no selector")
        }
        let containerPorts = exposePorts(object)
        var portList: [String]
        if let port = request.port {
            portList = [port]
        } else {
            portList = containerPorts.map { String($0.port) }
            if portList.isEmpty, request.clusterIP != "None" {
                throw .message("couldn't find port via --port flag or introspection")
            }
        }
        var ports: [JSON] = []
        for (index, text) in portList.enumerated() {
            guard let port = Int(text) else { throw .message("strconv.Atoi: parsing \"\(text)\": invalid syntax") }
            var entry = JSONObject()
            if portList.count > 1 { entry["name"] = .string("port-\(index + 1)") }
            let introspected = Set(containerPorts.filter { String($0.port) == text }.map(\.protocol))
            entry["protocol"] = .string(request.protocol ?? (introspected.count == 1 ? introspected.first ?? "TCP" : "TCP"))
            entry["port"] = .int(port)
            if let target = request.targetPort {
                entry["targetPort"] = Int(target).map(JSON.int) ?? .string(target)
            } else {
                entry["targetPort"] = .int(port)
            }
            ports.append(.object(entry))
        }
        let labels = try request.labels.map({ text throws(KubectlError) in try parseLabels(text) }) ?? object["metadata"]["labels"]
        var metadata = JSONObject()
        metadata["name"] = .string(request.name ?? String(object.name.prefix(63)))
        metadata["creationTimestamp"] = .null
        if let labels = labels.object, !labels.isEmpty { metadata["labels"] = .object(labels) }
        var spec = JSONObject()
        if !ports.isEmpty { spec["ports"] = .array(ports) }
        spec["selector"] = selector
        if let clusterIP = request.clusterIP, !clusterIP.isEmpty { spec["clusterIP"] = .string(clusterIP) }
        if let type = request.type, !type.isEmpty { spec["type"] = .string(type) }
        return ["kind": "Service", "apiVersion": "v1", "metadata": .object(metadata), "spec": .object(spec),
                "status": ["loadBalancer": .object(JSONObject())]]
    }

    /// `MapBasedSelectorForObject`: a pod's labels, a Service's selector, a workload's
    /// `matchLabels` (nil when it selects with expressions).
    static func exposeSelector(_ object: JSON) -> JSON? {
        switch object.kind {
        case "Pod": return object["metadata"]["labels"].object.map(JSON.object) ?? .object(JSONObject())
        case "Service", "ReplicationController": return object["spec"]["selector"].object.map(JSON.object)
        default:
            let selector = object["spec"]["selector"]
            if let expressions = selector["matchExpressions"].array, !expressions.isEmpty { return nil }
            return selector["matchLabels"].object.map { sortedMap($0.pairs.compactMap { key, value in value.string.map { (key, $0) } }) }
        }
    }

    /// `PortsForObject` and `ProtocolsForObject`: the container ports of a pod or a workload's
    /// template, or a Service's ports.
    static func exposePorts(_ object: JSON) -> [(port: Int, protocol: String)] {
        if object.kind == "Service" {
            return (object["spec"]["ports"].array ?? []).compactMap { port in
                port["port"].int.map { ($0, port["protocol"].string ?? "TCP") }
            }
        }
        let spec = object.kind == "Pod" ? object["spec"] : object["spec"]["template"]["spec"]
        return (spec["containers"].array ?? []).flatMap { container in
            (container["ports"].array ?? []).compactMap { port in
                port["containerPort"].int.map { ($0, port["protocol"].string ?? "TCP") }
            }
        }
    }

    /// `key=value,key=value`, as `--labels` and `--selector` take them.
    static func parseLabels(_ text: String) throws(KubectlError) -> JSON {
        var pairs: [(String, String)] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else { throw .message("invalid label spec: \(item)") }
            pairs.append((parts[0], parts[1]))
        }
        return sortedMap(pairs)
    }

    /// RFC 1123 subdomain: lower-case alphanumerics, `-` and `.`, starting and ending
    /// alphanumeric, at most 253 characters.
    static func isDNSSubdomain(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 253 else { return false }
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            guard let first = label.first, let last = label.last else { return false }
            let alnum = { (c: Character) in c.isASCII && (c.isLowercase || c.isNumber) }
            return alnum(first) && alnum(last) && label.allSatisfy { alnum($0) || $0 == "-" }
        }
    }
}
