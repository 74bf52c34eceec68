import ContainerImages
import JSONValue

/// The API server answering plain HTTP GETs, as `curl` through `kubectl proxy` meets it:
/// `/version`, objects and lists by their REST paths, and a pod's own server through the
/// pods' `proxy` subresource (`/api/v1/namespaces/default/pods/NAME:8080/proxy/`). JSON is
/// indented with two spaces for curl, wget and browsers, as the API server does for them.
extension Cluster {
    public func apiGET(_ request: ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPResponse {
        let full = request.path
        let path = String(full.prefix { $0 != "?" })
        let query = full.dropFirst(path.count).dropFirst()
        let wantsPretty = query.split(separator: "&").contains("pretty=true")
            || ["curl", "Wget", "Mozilla/5.0"].contains { request.userAgent.hasPrefix($0) }
        // json.MarshalIndent for those; encoding/json's Encoder, which ends with a newline, otherwise.
        let writer = JSONWriter(dialect: .go, indent: wantsPretty ? 2 : nil)
        let encode = { (value: JSON) in writer.write(value) + (wantsPretty ? "" : "\n") }
        let parts = path.split(separator: "/").map(String.init)
        switch parts.first {
        case "version" where parts.count == 1:
            // The version handler always indents.
            return .init(status: 200, body: JSONWriter(dialect: .go, indent: 2).write(apiServer.version.info))
        case "healthz", "livez", "readyz":
            return .init(status: 200, body: "ok")
        case "api", "apis":
            break
        default:
            return .init(status: 404, body: "404 page not found\n")
        }
        // /api/v1/… or /apis/GROUP/VERSION/…, then namespaces/NS/…, then RESOURCE[/NAME[/SUBRESOURCE…]].
        let (group, version, rest): (String, String, ArraySlice<String>)
        if parts[0] == "api", parts.count >= 2 {
            (group, version, rest) = ("", parts[1], parts.dropFirst(2))
        } else if parts[0] == "apis", parts.count >= 3 {
            (group, version, rest) = (parts[1], parts[2], parts.dropFirst(3))
        } else {
            return notFound(encode)
        }
        var segments = rest
        var namespace: String?
        if segments.first == "namespaces", segments.count >= 3 {
            namespace = segments.dropFirst().first
            segments = segments.dropFirst(2)
        }
        guard let resource = segments.first,
            let type = apiServer.catalog.types.first(where: { $0.group == group && $0.version == version && $0.resource == resource }),
            namespace == nil || type.namespaced
        else {
            return notFound(encode)
        }
        let nameAndPort = segments.dropFirst().first
        if segments.count >= 3, segments.dropFirst(2).first == "proxy", type == .pod, let namespace, let nameAndPort {
            let rest = "/" + segments.dropFirst(3).joined(separator: "/") + (path.hasSuffix("/") && segments.count > 3 ? "/" : "")
            return podProxy(namespace: namespace, nameAndPort: nameAndPort, path: rest, request: request, encode: encode)
        }
        guard segments.count <= 2 else {
            return notFound(encode)
        }
        if let name = nameAndPort {
            do {
                return .init(status: 200, body: encode(Self.typeMetaFirst(try apiServer.get(type, namespace: namespace ?? "", name: name))))
            } catch {
                return status(error, encode, details: ["name": .string(name), "group": .string(group), "kind": .string(resource)])
            }
        }
        let items: [JSON] = apiServer.list(type, namespace: namespace).map { object in
            guard case .object(var members) = object else { return object }
            members.removeValue(forKey: "apiVersion")
            members.removeValue(forKey: "kind")
            return .object(members)
        }
        let list: JSON = ["kind": .string(type.kind + "List"), "apiVersion": .string(group.isEmpty ? version : "\(group)/\(version)"),
                          "metadata": ["resourceVersion": .string(String(etcd.revision))], "items": .array(items)]
        return .init(status: 200, body: encode(list))
    }

    /// `pods/NAME[:PORT]/proxy/PATH`: the API server's own connection to the pod's address.
    private func podProxy(namespace: String, nameAndPort: String, path: String,
                          request: ContainerExecContext.HTTPRequest, encode: (JSON) -> String) -> ContainerExecContext.HTTPResponse {
        let pieces = nameAndPort.split(separator: ":", maxSplits: 1).map(String.init)
        let name = pieces.first ?? nameAndPort
        guard let pod = apiServer.object(.pod, namespace: namespace, name: name) else {
            return status(.notFound(.pod, name), encode, details: ["name": .string(name), "kind": "pods"])
        }
        let port = pieces.count > 1 ? (Int(pieces[1]) ?? 80) : 80
        guard let ip = pod["status"]["podIP"].string, !ip.isEmpty else {
            return status(.init(reason: "BadRequest", code: 400, message: "address not allowed"), encode)
        }
        let controlPlane = apiServer.list(.node, namespace: nil).first {
            $0["metadata"]["labels"]["node-role.kubernetes.io/control-plane"] != .null
        }
        let source = controlPlane?["status"]["addresses"][0]["address"].string ?? ""
        let forwarded = ContainerExecContext.HTTPRequest(host: "\(ip):\(port)", path: path, userAgent: request.userAgent)
        let exchange = self.request(forwarded, from: NetworkClient(namespace: namespace, podIP: source))
        switch exchange?.outcome {
        case .answered(let response):
            return response
        default:
            return status(.init(reason: "ServiceUnavailable", code: 503,
                                message: "error trying to reach service: dial tcp \(ip):\(port): connect: connection refused"),
                          encode)
        }
    }

    /// An object as Go encodes its struct: `kind` and `apiVersion` (TypeMeta), then `metadata`,
    /// `spec` and `status` in that order. (Fields within them keep the order they are stored
    /// in, not Go's.)
    static func typeMetaFirst(_ object: JSON) -> JSON {
        guard case .object(let members) = object else { return object }
        let leading = ["kind", "apiVersion", "metadata", "spec"]
        var ordered = JSONObject()
        for key in leading { if let value = members[key] { ordered[key] = value } }
        for member in members.entries where !leading.contains(member.key) && member.key != "status" {
            ordered[member.key] = member.value
        }
        if let status = members["status"] { ordered["status"] = status }
        return .object(ordered)
    }

    /// A path the API server has no handler for.
    private func notFound(_ encode: (JSON) -> String) -> ContainerExecContext.HTTPResponse {
        status(.init(reason: "NotFound", code: 404, message: "the server could not find the requested resource"), encode,
               details: .object(JSONObject()))
    }

    /// A failure as the API server sends it: a Status object.
    private func status(_ error: APIError, _ encode: (JSON) -> String, details: JSON? = nil) -> ContainerExecContext.HTTPResponse {
        var object: JSON = ["kind": "Status", "apiVersion": "v1", "metadata": .object(JSONObject()), "status": "Failure",
                            "message": .string(error.message), "reason": .string(error.reason)]
        if var details {
            if details["group"].string == "" { details.remove("group") }
            object["details"] = details
        }
        object["code"] = .int(error.code)
        return .init(status: error.code, body: encode(object))
    }
}

extension KubernetesVersion {
    /// `/version`, as the server reports its build.
    public var info: JSON {
        ["major": .string(major), "minor": .string(minor), "gitVersion": .string(gitVersion),
         "gitCommit": "59526cd4867447956156ae3a602fcbac10a2c335", "gitTreeState": "clean",
         "buildDate": "2025-04-22T16:03:02Z", "goVersion": "go1.23.8", "compiler": "gc", "platform": "linux/amd64"]
    }
}
