import JSONValue
import KubeSim

/// `kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]`: kubectl's own
/// checks of the rules, then the Ingress it builds, member for member in the Go types' order.
///
/// The rule grammar is kubectl's: a path ending in `*` is a Prefix path (the `*` dropped),
/// any other is Exact; rules for the same host share one rule; a rule with exactly one comma
/// asks for TLS, `=secret` naming the certificate, and each host is listed in TLS once,
/// grouped under its secret.
extension Generators {
    struct IngressRequest {
        var name: String
        var className: String
        var rules: [String]
        var defaultBackend: String
        var annotations: [String]
    }

    /// `Validate()`: the errors kubectl gives before it builds anything.
    static func validateIngress(_ request: IngressRequest) throws(KubectlError) {
        if request.defaultBackend.isEmpty, request.rules.isEmpty {
            throw .message("not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)")
        }
        for rule in request.rules where !isIngressRule(rule) {
            throw .message("rule \(rule) is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]")
        }
        for annotation in request.annotations where !annotation.contains("=") {
            throw .message("annotation \(annotation) is invalid and should be in format key=[value]")
        }
        if !request.defaultBackend.isEmpty, request.defaultBackend.split(separator: ":", omittingEmptySubsequences: false).count != 2 {
            throw .message("default-backend should be in format servicename:serviceport")
        }
    }

    /// kubectl's rule pattern `^[\w*.-]*(/.*)=[\w-]+:[\w-]+` (unanchored at the end, so
    /// anything may follow — the optional `,tls=secret` part never decides a match).
    static func isIngressRule(_ rule: String) -> Bool {
        let word = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-") }
        let chars = Array(rule)
        var i = 0
        while i < chars.count, word(chars[i]) || chars[i] == "*" || chars[i] == "." { i += 1 }
        guard i < chars.count, chars[i] == "/" else { return false }
        var j = i + 1
        while j < chars.count, chars[j] != "\n" {
            if chars[j] == "=" {
                var k = j + 1
                let nameStart = k
                while k < chars.count, word(chars[k]) { k += 1 }
                if k > nameStart, k < chars.count, chars[k] == ":", k + 1 < chars.count, word(chars[k + 1]) { return true }
            }
            j += 1
        }
        return false
    }

    /// The Ingress for a validated request. Inputs kubectl itself cannot handle (it panics on
    /// `--rule=h/a=b=svc:80`) fail with the panic's first line.
    static func ingress(_ request: IngressRequest) throws(KubectlError) -> JSON {
        var metadata = JSONObject()
        metadata["name"] = .string(request.name)
        metadata["creationTimestamp"] = .null
        var annotations: [(String, String)] = []
        for annotation in request.annotations {
            let parts = annotation.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            annotations.append((parts[0], parts.count > 1 ? parts[1] : ""))
        }
        if !annotations.isEmpty { metadata["annotations"] = sortedMap(annotations) }

        var spec = JSONObject()
        if !request.className.isEmpty { spec["ingressClassName"] = .string(request.className) }
        if !request.defaultBackend.isEmpty { spec["defaultBackend"] = try ingressBackend(request.defaultBackend) }
        let tls = ingressTLS(request.rules)
        if !tls.isEmpty { spec["tls"] = .array(tls) }
        let rules = try ingressRules(request.rules)
        if !rules.isEmpty { spec["rules"] = .array(rules) }
        return ["kind": "Ingress", "apiVersion": "networking.k8s.io/v1", "metadata": .object(metadata),
                "spec": .object(spec), "status": ["loadBalancer": .object(JSONObject())]]
    }

    /// `buildTLSRules`.
    static func ingressTLS(_ rules: [String]) -> [JSON] {
        var entries: [(hosts: [String], secret: String)] = []
        var seenHosts: Set<String> = []
        for rule in rules {
            let parts = rule.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let host = String(rule.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0])
            let secretParts = parts[1].split(separator: "=", omittingEmptySubsequences: false)
            let secret = secretParts.count > 1 ? String(secretParts[1]) : ""
            guard !seenHosts.contains(host) else { continue }
            seenHosts.insert(host)
            if let index = entries.firstIndex(where: { $0.secret == secret }) {
                entries[index].hosts.append(host)
                continue
            }
            if !host.isEmpty || !secret.isEmpty { entries.append((host.isEmpty ? [] : [host], secret)) }
        }
        return entries.map { entry in
            var tls = JSONObject()
            if !entry.hosts.isEmpty { tls["hosts"] = .array(entry.hosts.map(JSON.string)) }
            if !entry.secret.isEmpty { tls["secretName"] = .string(entry.secret) }
            return .object(tls)
        }
    }

    /// `buildIngressRules`: one rule per host, in first-seen order, its paths in order.
    static func ingressRules(_ rules: [String]) throws(KubectlError) -> [JSON] {
        var hosts: [String] = []
        var paths: [[JSON]] = []
        for rule in rules {
            let withoutTLS = rule.split(separator: ",", omittingEmptySubsequences: false)[0]
            let hostSplit = withoutTLS.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard hostSplit.count == 2 else { throw panic(1, length: hostSplit.count) }
            let host = String(hostSplit[0])
            let path = try ingressPath(String(hostSplit[1]))
            if let index = hosts.firstIndex(of: host) {
                paths[index].append(path)
            } else {
                hosts.append(host)
                paths.append([path])
            }
        }
        return zip(hosts, paths).map { host, paths in
            var rule = JSONObject()
            if !host.isEmpty { rule["host"] = .string(host) }
            rule["http"] = ["paths": .array(paths)]
            return .object(rule)
        }
    }

    /// `buildHTTPIngressPath`: `path=service:port`, a trailing `*` making it a Prefix.
    static func ingressPath(_ text: String) throws(KubectlError) -> JSON {
        let parts = text.split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count > 1 else { throw panic(1, length: parts.count) }
        var path = "/" + parts[0]
        var pathType = "Exact"
        if path.hasSuffix("*") {
            pathType = "Prefix"
            path.removeLast()
        }
        return ["path": .string(path), "pathType": .string(pathType), "backend": try ingressBackend(String(parts[1]))]
    }

    /// `buildIngressBackendSvc`: `name:port`, the port a number when it parses as one.
    static func ingressBackend(_ text: String) throws(KubectlError) -> JSON {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1 else { throw panic(1, length: parts.count) }
        var port = JSONObject()
        if let number = Int(parts[1]) {
            let value = Int(Int32(truncatingIfNeeded: number))
            if value != 0 { port["number"] = .int(value) }
        } else if !parts[1].isEmpty {
            port["name"] = .string(String(parts[1]))
        }
        return ["service": ["name": .string(String(parts[0])), "port": .object(port)]]
    }

    static func panic(_ index: Int, length: Int) -> KubectlError {
        .panic("runtime error: index out of range [\(index)] with length \(length)")
    }
}
