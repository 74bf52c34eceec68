import Foundation
import JSONValue
@testable import KubectlDescribe

/// The recorded fixture cluster: every object the fake API server served while the goldens
/// were recorded, with the API server's LIST semantics (selectors, order) re-implemented so
/// `DescribeInputs.related` answers exactly what kubectl got.
struct FixtureCluster {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let objects: [JSON]

    static let kinds: [String: String] = [
        "pods": "Pod", "services": "Service", "endpoints": "Endpoints", "events": "Event", "nodes": "Node",
        "namespaces": "Namespace", "configmaps": "ConfigMap", "secrets": "Secret", "serviceaccounts": "ServiceAccount",
        "persistentvolumes": "PersistentVolume", "persistentvolumeclaims": "PersistentVolumeClaim",
        "resourcequotas": "ResourceQuota", "limitranges": "LimitRange", "deployments": "Deployment",
        "replicasets": "ReplicaSet", "daemonsets": "DaemonSet", "statefulsets": "StatefulSet", "jobs": "Job",
        "cronjobs": "CronJob", "horizontalpodautoscalers": "HorizontalPodAutoscaler", "ingresses": "Ingress",
        "ingressclasses": "IngressClass", "leases": "Lease", "poddisruptionbudgets": "PodDisruptionBudget",
        "storageclasses": "StorageClass", "endpointslices": "EndpointSlice", "priorityclasses": "PriorityClass",
    ]

    static func load() -> FixtureCluster {
        let dir = root.appendingPathComponent("cluster")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
        var objects: [JSON] = []
        for f in files {
            guard let text = try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8),
                  let json = JSONParser.parseOrNil(text) else { continue }
            if let items = json["items"].array { objects += items } else { objects.append(json) }
        }
        return FixtureCluster(objects: objects)
    }

    func list(_ resource: String, _ namespace: String?, _ labels: String?, _ fields: String?) -> [JSON] {
        guard let kind = Self.kinds[resource] else { return [] }
        return objects.filter { o in
            o["kind"].string == kind
                && (namespace == nil || namespace == "" || o["metadata"]["namespace"].string == namespace)
                && Self.matchesLabels(labels ?? "", o["metadata"]["labels"])
                && Self.matchesFields(fields ?? "", o)
        }.sorted { a, b in
            let an = a["metadata"]["namespace"].string ?? "", bn = b["metadata"]["namespace"].string ?? ""
            if an != bn { return an.utf8.lexicographicallyPrecedes(bn.utf8) }
            return (a["metadata"]["name"].string ?? "").utf8.lexicographicallyPrecedes((b["metadata"]["name"].string ?? "").utf8)
        }
    }

    func find(_ resource: String, _ namespace: String?, _ name: String) -> JSON? {
        list(resource, namespace, nil, nil).first { $0["metadata"]["name"].string == name }
    }

    /// `k=v`, `k!=v`, `k in (a,b)`, `k notin (a)`, `k`, `!k`, comma-separated.
    static func matchesLabels(_ selector: String, _ labels: JSON) -> Bool {
        var terms: [String] = []
        var depth = 0, current = ""
        for ch in selector {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth -= 1 }
            if ch == ",", depth == 0 { terms.append(current); current = "" } else { current.append(ch) }
        }
        if !current.isEmpty { terms.append(current) }
        for raw in terms {
            let t = raw.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            if let r = t.range(of: " notin ") ?? t.range(of: " in ") {
                let key = String(t[..<r.lowerBound]), notIn = t[r].contains("notin")
                let values = t[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "() ")).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let v = labels[key].string
                if notIn { if let v, values.contains(v) { return false } } else if v == nil || !values.contains(v ?? "") { return false }
            } else if let r = t.range(of: "!=") {
                if labels[String(t[..<r.lowerBound])].string == String(t[r.upperBound...]) { return false }
            } else if let r = t.range(of: "=") {
                let value = String(t[r.upperBound...]).replacingOccurrences(of: "=", with: "", options: .anchored)
                if labels[String(t[..<r.lowerBound])].string != value { return false }
            } else if t.hasPrefix("!") {
                if labels[String(t.dropFirst())].string != nil { return false }
            } else if labels[t].string == nil {
                return false
            }
        }
        return true
    }

    static func matchesFields(_ selector: String, _ object: JSON) -> Bool {
        for term in selector.split(separator: ",") where !term.isEmpty {
            let negate = term.contains("!=")
            let parts = term.components(separatedBy: negate ? "!=" : "=")
            guard parts.count >= 2 else { continue }
            var v = object
            for key in parts[0].split(separator: ".") { v = v[String(key)] }
            let have = v.string ?? (v.int.map(String.init) ?? "")
            let want = parts.dropFirst().joined(separator: "=")
            if negate ? have == want : have != want { return false }
        }
        return true
    }
}
