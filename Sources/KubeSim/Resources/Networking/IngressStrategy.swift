import GoPorts
import JSONValue

/// Ingresses (networking.k8s.io/v1): a generation that counts spec changes, an empty
/// load-balancer status on create (the controller fills it), the DefaultIngressClass
/// admission plugin, the API server's validation, and the columns NAME, CLASS, HOSTS,
/// ADDRESS, PORTS, AGE.
final class IngressStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ ingress: inout JSON, context: StrategyContext) {
        guard context.isCreate else { return }
        // The registry's PrepareForCreate drops any status the client sent.
        ingress["status"] = ["loadBalancer": .object(JSONObject())]
        DefaultIngressClassAdmission.admit(&ingress, server: context.server)
    }

    func validate(_ ingress: JSON, context: StrategyContext) -> [FieldError] {
        var errors = IngressValidation.validateSpec(ingress["spec"])
        // ValidateIngressCreate: the deprecated annotation may not contradict the field.
        if context.isCreate, let annotation = ingress["metadata"]["annotations"][IngressClasses.legacyAnnotation].string,
            let className = ingress["spec"]["ingressClassName"].string, annotation != className
        {
            errors.append(FieldError("annotations.\(IngressClasses.legacyAnnotation)", .invalid(value: GoStrconv.quote(annotation)),
                                     "must match `ingressClassName` when both are specified"))
        }
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Class"), ColumnDefinition("Hosts"),
                      ColumnDefinition("Address"), ColumnDefinition("Ports"), ColumnDefinition("Age")],
            cells: { ingress, context in
                let spec = ingress["spec"]
                return [.string(ingress.name), .string(spec["ingressClassName"].string ?? "<none>"),
                        .string(Self.hosts(spec["rules"].array ?? [])),
                        .string(Self.address(ingress["status"]["loadBalancer"]["ingress"].array ?? [])),
                        .string((spec["tls"].array ?? []).isEmpty ? "80" : "80, 443"),
                        .string(HumanDuration.age(of: ingress.creationTimestamp, now: context.now))]
            })
    }

    /// `formatHosts`: the first three hosts; once three are listed, ` + N more...` where N
    /// counts the remaining *rules* (with a host or not); `*` when no rule names a host.
    static func hosts(_ rules: [JSON]) -> String {
        var list: [String] = []
        var more = false
        for rule in rules {
            if list.count == 3 { more = true }
            if !more, let host = rule["host"].string, !host.isEmpty { list.append(host) }
        }
        if list.isEmpty { return "*" }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(rules.count - 3) more..." : joined
    }

    /// `ingressLoadBalancerStatusStringer` as the server runs it (wide, so never cut): the
    /// distinct IPs, else hostnames, sorted and comma-joined.
    static func address(_ ingress: [JSON]) -> String {
        var set = Set<String>()
        for entry in ingress {
            if let ip = entry["ip"].string, !ip.isEmpty {
                set.insert(ip)
            } else if let hostname = entry["hostname"].string, !hostname.isEmpty {
                set.insert(hostname)
            }
        }
        return set.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ",")
    }
}
