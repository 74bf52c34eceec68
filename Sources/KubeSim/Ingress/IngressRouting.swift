import JSONValue

/// Which backend an Ingress controller sends a request to, by the rules of the Ingress API
/// (docs "Path types", "Multiple matches", "Hostname wildcards"): the most specific host wins
/// — exact, then a `*.` wildcard (one label deep), then rules without a host — and within it the
/// longest matching path, Exact before Prefix at equal length. `ImplementationSpecific` paths
/// are matched as prefixes, as ingress-nginx does without regex annotations. No match falls to
/// an Ingress's `defaultBackend`, else to the controller's own default backend (404).
///
/// The pure part of routing, kept apart so it can be tested; `IngressProxy` sends requests by it.
public enum IngressRouting {
    public enum Route: Equatable {
        /// `namespace`, Service name and port (number or name).
        case service(namespace: String, name: String, port: String)
        case resource(namespace: String, kind: String, name: String)
        /// No rule and no `defaultBackend`: the controller's default backend answers 404.
        case defaultBackend
    }

    /// The route for `host` and `path` through `ingresses` (those of one controller's class).
    public static func route(host: String, path: String, ingresses: [JSON]) -> Route {
        let host = host.split(separator: ":").first.map { String($0).lowercased() } ?? ""
        var candidates: [(rank: Int, ingress: JSON, rule: JSON)] = []
        for ingress in ingresses {
            for rule in ingress["spec"]["rules"].array ?? [] {
                if let rank = hostRank(rule["host"].string ?? "", requested: host) { candidates.append((rank, ingress, rule)) }
            }
        }
        guard let best = candidates.map(\.rank).min() else { return fallback(ingresses) }
        var chosen: (length: Int, exact: Bool, route: Route)?
        for candidate in candidates where candidate.rank == best {
            for entry in candidate.rule["http"]["paths"].array ?? [] {
                let rulePath = entry["path"].string ?? "/"
                let exact = entry["pathType"].string == "Exact"
                guard exact ? rulePath == path : prefixMatches(rulePath, path) else { continue }
                let length = rulePath.utf8.count
                let better = chosen.map { length > $0.length || (length == $0.length && exact && !$0.exact) } ?? true
                if better { chosen = (length, exact, backend(entry["backend"], namespace: candidate.ingress.namespace)) }
            }
        }
        if let chosen { return chosen.route }
        return fallback(ingresses)
    }

    /// 0 for an exact host, 1 for a matching wildcard, 2 for a rule without host; nil when the
    /// rule does not apply to `requested`.
    static func hostRank(_ ruleHost: String, requested: String) -> Int? {
        if ruleHost.isEmpty { return 2 }
        if ruleHost.lowercased() == requested { return 0 }
        if ruleHost.hasPrefix("*.") {
            let suffix = ruleHost.dropFirst(1).lowercased()  // ".example.com"
            guard requested.hasSuffix(suffix) else { return nil }
            let label = requested.dropLast(suffix.count)
            return !label.isEmpty && !label.contains(".") ? 1 : nil
        }
        return nil
    }

    /// Prefix matching element by element on `/`-separated segments, trailing slashes ignored:
    /// `/foo` matches `/foo`, `/foo/` and `/foo/bar`, not `/foobar`; `/` matches everything.
    public static func prefixMatches(_ rulePath: String, _ path: String) -> Bool {
        let ruleSegments = rulePath.split(separator: "/")
        let segments = path.split(separator: "/")
        guard ruleSegments.count <= segments.count else { return false }
        return zip(ruleSegments, segments).allSatisfy { $0 == $1 }
    }

    static func backend(_ backend: JSON, namespace: String) -> Route {
        let service = backend["service"]
        if let name = service["name"].string {
            let port = service["port"]["number"].int.map(String.init) ?? service["port"]["name"].string ?? ""
            return .service(namespace: namespace, name: name, port: port)
        }
        let resource = backend["resource"]
        return .resource(namespace: namespace, kind: resource["kind"].string ?? "", name: resource["name"].string ?? "")
    }

    /// The oldest-listed Ingress with a `defaultBackend`, else the controller's own.
    static func fallback(_ ingresses: [JSON]) -> Route {
        for ingress in ingresses where ingress["spec"]["defaultBackend"].object != nil {
            return backend(ingress["spec"]["defaultBackend"], namespace: ingress.namespace)
        }
        return .defaultBackend
    }
}
