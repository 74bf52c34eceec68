import JSONValue

/// `kubectl describe ingress` (networking.k8s.io/v1, kubectl `describeIngressV1`). Each
/// service backend shows its ready endpoints, looked up through the Service (for the port
/// name) and its EndpointSlices; a missing Service shows kubectl's NotFound error text.
enum IngressDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec
        w.write(0, "Name:\t\(ctx.name)\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        w.write(0, "Address:\t\(address(ctx.status["loadBalancer"]["ingress"].items))\n")
        w.write(0, "Ingress Class:\t\(spec["ingressClassName"].string ?? "<none>")\n")
        let def = spec["defaultBackend"]
        let defaultBackend = def.isSet ? backend(ctx, def) : "<default>"
        w.write(0, "Default backend:\t\(defaultBackend)\n")
        let tls = spec["tls"].items
        if !tls.isEmpty {
            w.write(0, "TLS:\n")
            for t in tls {
                let hosts = t["hosts"].items.map(\.str).joined(separator: ",")
                if t["secretName"].str.isEmpty {
                    w.write(1, "SNI routes \(hosts)\n")
                } else {
                    w.write(1, "\(t["secretName"].str) terminates \(hosts)\n")
                }
            }
        }
        w.write(0, "Rules:\n  Host\tPath\tBackends\n")
        w.write(1, "----\t----\t--------\n")
        var count = 0
        for rule in spec["rules"].items where rule["http"].isSet {
            count += 1
            let host = rule["host"].str
            w.write(1, "\(host.isEmpty ? "*" : host)\t\n")
            for path in rule["http"]["paths"].items {
                w.write(2, "\t\(path["path"].str) \t\(backend(ctx, path["backend"]))\n")
            }
        }
        if count == 0 {
            w.write(1, "*\t*\t\(defaultBackend)\n")
        }
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        ctx.events(w)
    }

    /// `ingressLoadBalancerStatusStringerV1(status, wide: true)`: unique IPs/hostnames, sorted.
    static func address(_ ingress: [JSON]) -> String {
        var set = Set<String>()
        for i in ingress {
            if !i["ip"].str.isEmpty { set.insert(i["ip"].str) } else if !i["hostname"].str.isEmpty { set.insert(i["hostname"].str) }
        }
        return set.sorted(by: goLess).joined(separator: ",")
    }

    /// `describeBackendV1`.
    static func backend(_ ctx: DescribeContext, _ b: JSON) -> String {
        let service = b["service"]
        if service.isSet {
            let name = service["name"].str
            let number = service["port"]["number"].num
            let portName = service["port"]["name"].str
            let sb = "\(name):\(number != 0 ? String(number) : portName)"
            guard let svc = ctx.related("services", namespace: ctx.namespace, fields: "metadata.name=\(name)").first else {
                return "\(sb) (<error: services \"\(name)\" not found>)"
            }
            let slices = ctx.related("endpointslices", namespace: ctx.namespace, labels: "kubernetes.io/service-name=\(name)")
            var spName = ""
            for sp in svc["spec"]["ports"].items {
                if number != 0, number == sp["port"].num {
                    spName = sp["name"].str
                } else if !portName.isEmpty, portName == sp["name"].str {
                    spName = sp["name"].str
                }
            }
            return "\(sb) (\(EndpointSlices.format(slices, ports: [spName])))"
        }
        let resource = b["resource"]
        if resource.isSet {
            return "APIGroup: \(resource["apiGroup"].string ?? "<none>"), Kind: \(resource["kind"].str), Name: \(resource["name"].str)"
        }
        return ""
    }
}

/// `kubectl describe ingressclass` (kubectl `describeIngressClassV1`).
enum IngressClassDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec
        w.write(0, "Name:\t\(ctx.name)\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "Controller:\t\(spec["controller"].str)\n")
        let p = spec["parameters"]
        if p.isSet {
            w.write(0, "Parameters:\n")
            if p["apiGroup"].isSet { w.write(1, "APIGroup:\t\(p["apiGroup"].str)\n") }
            w.write(1, "Kind:\t\(p["kind"].str)\n")
            w.write(1, "Name:\t\(p["name"].str)\n")
        }
        ctx.events(w)
    }
}
