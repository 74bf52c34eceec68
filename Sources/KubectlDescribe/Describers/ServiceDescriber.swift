import GoPorts
import JSONValue

/// `kubectl describe service` (kubectl `describeService`). Endpoints come from the Service's
/// EndpointSlices (`kubernetes.io/service-name=<name>`), as in kubectl 1.32.
enum ServiceDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let spec = ctx.spec, status = ctx.status
        let slices = ctx.related("endpointslices", namespace: ctx.namespace, labels: "kubernetes.io/service-name=\(ctx.name)")
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "Selector:\t\(Selectors.formatLabels(spec["selector"]))\n")
        w.write(0, "Type:\t\(spec["type"].str)\n")
        if spec["ipFamilyPolicy"].isSet { w.write(0, "IP Family Policy:\t\(spec["ipFamilyPolicy"].str)\n") }
        let families = spec["ipFamilies"].items.map(\.str)
        w.write(0, "IP Families:\t\(families.isEmpty ? "<none>" : families.joined(separator: ","))\n")
        w.write(0, "IP:\t\(spec["clusterIP"].str)\n")
        let ips = spec["clusterIPs"].items.map(\.str)
        w.write(0, "IPs:\t\(ips.isEmpty ? "<none>" : ips.joined(separator: ","))\n")
        let external = spec["externalIPs"].items.map(\.str)
        if !external.isEmpty { w.write(0, "External IPs:\t\(external.joined(separator: ","))\n") }
        if !spec["loadBalancerIP"].str.isEmpty { w.write(0, "Desired LoadBalancer IP:\t\(spec["loadBalancerIP"].str)\n") }
        if !spec["externalName"].str.isEmpty { w.write(0, "External Name:\t\(spec["externalName"].str)\n") }
        let ingress = status["loadBalancer"]["ingress"].items
        if !ingress.isEmpty {
            let list = ingress.map { i -> String in
                if !i["ip"].str.isEmpty {
                    return i["ip"].str + (i["ipMode"].isSet ? " (\(i["ipMode"].str))" : "")
                }
                return i["hostname"].str
            }.joined(separator: ", ")
            w.write(0, "LoadBalancer Ingress:\t\(list)\n")
        }
        for p in spec["ports"].items {
            let rawName = p["name"].str
            let name = rawName.isEmpty ? "<unset>" : rawName
            let proto = p["protocol"].str
            w.write(0, "Port:\t\(name)\t\(p["port"].num)/\(proto)\n")
            w.write(0, "TargetPort:\t\(Workloads.intOrString(p["targetPort"]))/\(proto)\n")
            if p["nodePort"].num != 0 { w.write(0, "NodePort:\t\(name)\t\(p["nodePort"].num)/\(proto)\n") }
            w.write(0, "Endpoints:\t\(EndpointSlices.format(slices, ports: [rawName]))\n")
        }
        w.write(0, "Session Affinity:\t\(spec["sessionAffinity"].str)\n")
        if !spec["externalTrafficPolicy"].str.isEmpty { w.write(0, "External Traffic Policy:\t\(spec["externalTrafficPolicy"].str)\n") }
        if spec["internalTrafficPolicy"].isSet { w.write(0, "Internal Traffic Policy:\t\(spec["internalTrafficPolicy"].str)\n") }
        if spec["healthCheckNodePort"].num != 0 { w.write(0, "HealthCheck NodePort:\t\(spec["healthCheckNodePort"].num)\n") }
        let ranges = spec["loadBalancerSourceRanges"].items.map(\.str)
        if !ranges.isEmpty { w.write(0, "LoadBalancer Source Ranges:\t\(ranges.joined(separator: ","))\n") }
        ctx.events(w)
    }
}

/// kubectl `formatEndpointSlices`: ready endpoints as `ip:port`, at most three, then
/// `+ N more...`; `<none>` without slices.
enum EndpointSlices {
    /// - ports: the port names to include (kubectl passes the service port's name).
    static func format(_ slices: [JSON], ports: Set<String>?) -> String {
        if slices.isEmpty { return "<none>" }
        var list: [String] = []
        let maxShown = 3
        var more = false
        var count = 0
        for slice in slices {
            let endpoints = slice["endpoints"].items
            let slicePorts = slice["ports"].items
            if slicePorts.isEmpty {
                for e in endpoints {
                    if list.count == maxShown { more = true }
                    let ready = e["conditions"]["ready"].bool ?? true
                    if !ready { continue }
                    if !more, let address = e["addresses"].items.first { list.append(address.str) }
                    count += 1
                }
            } else {
                for port in slicePorts where ports == nil || ports?.contains(port["name"].str) == true {
                    for e in endpoints {
                        if list.count == maxShown { more = true }
                        let ready = e["conditions"]["ready"].bool ?? true
                        if !ready { continue }
                        if !more, let address = e["addresses"].items.first {
                            list.append(GoNet.joinHostPort(address.str, String(port["port"].num)))
                        }
                        count += 1
                    }
                }
            }
        }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(count - maxShown) more..." : joined
    }
}
