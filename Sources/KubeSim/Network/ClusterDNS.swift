import JSONValue

/// The cluster's DNS (CoreDNS with its `kubernetes` plugin, as kubeadm configures it) as a pod
/// looks names up through it.
///
/// A pod's `/etc/resolv.conf` searches `<namespace>.svc.cluster.local`, `svc.cluster.local`
/// and `cluster.local` with `ndots:5`, so a short name is tried in each of those before it is
/// tried as given. Within `cluster.local`:
/// - `<service>.<namespace>.svc` names a Service: its ClusterIP, or for a headless Service
///   (`clusterIP: None`) the addresses of its ready endpoints;
/// - `<hostname>.<service>.<namespace>.svc` names one pod behind a headless Service (a
///   StatefulSet's `web-0.nginx`), by the pod's `hostname` and `subdomain`;
/// - `<a-b-c-d>.<namespace>.pod` answers `a.b.c.d` (the plugin's `pods insecure` mode).
enum ClusterDNS {
    static let domain = "cluster.local"

    enum Answer: Equatable {
        case addresses([String])
        /// No such name in the cluster, nor anywhere a cluster without internet could ask.
        case nameError
        /// A name outside the cluster (`example.com`): CoreDNS would ask upstream, which
        /// Shipyard does not simulate.
        case outside
    }

    /// `name` as a pod in `namespace` resolves it.
    static func resolve(_ name: String, from namespace: String, server: APIServer) -> Answer {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".") {
            return lookup(String(lowered.dropLast()), server: server).map(Answer.addresses) ?? verdict(lowered, server)
        }
        var candidates = ["\(namespace).svc.\(domain)", "svc.\(domain)", domain].map { "\(lowered).\($0)" }
        // ndots:5: a name with five dots or more is tried as given first.
        if lowered.split(separator: ".").count > 5 { candidates.insert(lowered, at: 0) } else { candidates.append(lowered) }
        for candidate in candidates {
            if let addresses = lookup(candidate, server: server) { return .addresses(addresses) }
        }
        // `<host>.<service>` names a pod of a Service in the pod's namespace that has no such
        // pod (`web-2.nginx` after a scale-down): the internet would not know it either.
        let labels = lowered.split(separator: ".")
        if labels.count == 2, server.object(.service, namespace: namespace, name: String(labels[1])) != nil {
            return .nameError
        }
        return verdict(lowered, server)
    }

    /// What a name the cluster does not know comes to: a single label, or one that ends in
    /// the cluster's domain, `svc` or a namespace, goes nowhere; anything else would be asked
    /// of the internet.
    private static func verdict(_ name: String, _ server: APIServer) -> Answer {
        let labels = name.split(separator: ".").map(String.init)
        guard let last = labels.last, labels.count > 1 else { return .nameError }
        if name.hasSuffix(domain) || last == "svc" || last == "local"
            || server.object(.namespace, namespace: "", name: last) != nil
        {
            return .nameError
        }
        return .outside
    }

    /// The addresses of a fully qualified name in `cluster.local`, nil when it has none.
    static func lookup(_ fqdn: String, server: APIServer) -> [String]? {
        guard fqdn.hasSuffix("." + domain) else { return nil }
        let labels = fqdn.dropLast(domain.count + 1).split(separator: ".").map(String.init)
        if labels.count == 3, labels[2] == "pod" {
            let octets = labels[0].split(separator: "-", omittingEmptySubsequences: false)
            guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }),
                server.object(.namespace, namespace: "", name: labels[1]) != nil
            else { return nil }
            return [octets.joined(separator: ".")]
        }
        guard labels.count == 3 || labels.count == 4, labels.last == "svc" else { return nil }
        let namespace = labels[labels.count - 2]
        let serviceName = labels[labels.count - 3]
        guard let service = server.object(.service, namespace: namespace, name: serviceName),
            service["spec"]["type"].string != "ExternalName"
        else { return nil }
        let headless = service["spec"]["clusterIP"].string == "None"
        if labels.count == 4 {
            guard headless else { return nil }
            let host = labels[0]
            let pods = ServiceProxy.readyEndpoints(of: service, server: server).compactMap { endpoint -> String? in
                guard let podName = endpoint["targetRef"]["name"].string,
                    let pod = server.object(.pod, namespace: namespace, name: podName),
                    pod["spec"]["hostname"].string == host, pod["spec"]["subdomain"].string == serviceName
                else { return nil }
                return endpoint["addresses"][0].string
            }
            return pods.isEmpty ? nil : pods
        }
        if headless {
            let addresses = ServiceProxy.readyEndpoints(of: service, server: server).compactMap { $0["addresses"][0].string }
            return addresses.isEmpty ? nil : addresses
        }
        return service["spec"]["clusterIP"].string.map { [$0] }
    }

    /// The name an address maps back to (a PTR record), as the `kubernetes` plugin answers:
    /// a Service's ClusterIP gives `<service>.<namespace>.svc.cluster.local`; a ready endpoint's
    /// address gives `<hostname, or the address with dashes>.<service>.<namespace>.svc…`.
    static func reverse(_ address: String, server: APIServer) -> String? {
        let services = server.list(.service, namespace: nil)
        if let service = services.first(where: { $0["spec"]["clusterIP"].string == address }) {
            return "\(service.name).\(service.namespace).svc.\(domain)"
        }
        for service in services {
            for endpoint in ServiceProxy.readyEndpoints(of: service, server: server)
            where (endpoint["addresses"].array ?? []).contains(.string(address)) {
                let host = endpoint["hostname"].string ?? address.split(separator: ".").joined(separator: "-")
                return "\(host).\(service.name).\(service.namespace).svc.\(domain)"
            }
        }
        return nil
    }
}
