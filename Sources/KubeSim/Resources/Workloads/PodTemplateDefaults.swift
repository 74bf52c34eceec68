import JSONValue

/// Defaults and checks shared by every kind that embeds a pod template.
enum PodTemplateDefaults {
    /// The defaults a template's pod spec gets (no admission: that happens to real pods).
    static func apply(_ template: inout JSON) {
        // A template's metadata is a typed ObjectMeta on the server, whose zero creation time
        // Go writes as null (until v1.34): every stored template shows it.
        if template.object != nil, template["metadata"].object?["creationTimestamp"] == nil {
            template["metadata"]["creationTimestamp"] = .null
        }
        var spec = template["spec"]
        guard spec.object != nil else { return }
        var containers = spec["containers"].array ?? []
        for i in containers.indices { PodDefaults.defaultContainer(&containers[i]) }
        if !containers.isEmpty { spec["containers"] = .array(containers) }
        if var initContainers = spec["initContainers"].array {
            for i in initContainers.indices { PodDefaults.defaultContainer(&initContainers[i]) }
            spec["initContainers"] = .array(initContainers)
        }
        PodDefaults.setIfAbsent(&spec, "restartPolicy", "Always")
        PodDefaults.setIfAbsent(&spec, "terminationGracePeriodSeconds", 30)
        PodDefaults.setIfAbsent(&spec, "dnsPolicy", "ClusterFirst")
        PodDefaults.setIfAbsent(&spec, "securityContext", .object(JSONObject()))
        PodDefaults.setIfAbsent(&spec, "schedulerName", "default-scheduler")
        template["spec"] = spec
    }

    /// Selector present, matching the template's labels, and a valid template.
    static func validate(_ object: JSON, allowedRestartPolicies: [String] = ["Always"]) -> [FieldError] {
        var errors: [FieldError] = []
        let spec = object["spec"]
        if let replicas = spec["replicas"].int, replicas < 0 {
            errors.append(FieldError("spec.replicas", .invalid(value: String(replicas)), "must be greater than or equal to 0"))
        }
        let selector = spec["selector"]
        let templateLabels = stringMap(spec["template"]["metadata"]["labels"])
        if selector.isNull || (selector["matchLabels"].isNull && selector["matchExpressions"].isNull) {
            errors.append(FieldError("spec.selector", .required))
        } else if !LabelSelector(json: selector).matches(templateLabels) {
            let rendered = "map[string]string{" + templateLabels.keys.sorted().map {
                "\"\($0)\":\"\(templateLabels[$0] ?? "")\""
            }.joined(separator: ", ") + "}"
            errors.append(FieldError("spec.template.metadata.labels", .invalid(value: rendered),
                                     "`selector` does not match template `labels`"))
        }
        errors += PodValidation.validateSpec(spec["template"]["spec"], path: "spec.template.spec")
        if let policy = spec["template"]["spec"]["restartPolicy"].string, !allowedRestartPolicies.contains(policy) {
            errors.removeAll { $0.path == "spec.template.spec.restartPolicy" }
            errors.append(FieldError("spec.template.spec.restartPolicy",
                                     .unsupported(value: "\"\(policy)\"", supported: allowedRestartPolicies)))
        }
        return errors
    }

    static func containers(_ object: JSON) -> (names: String, images: String) {
        let containers = object["spec"]["template"]["spec"]["containers"].array ?? []
        return (containers.compactMap { $0["name"].string }.joined(separator: ","),
                containers.compactMap { $0["image"].string }.joined(separator: ","))
    }

    static func selectorText(_ selector: JSON) -> String {
        let parsed = LabelSelector(json: selector)
        guard !parsed.isEverything else { return "<none>" }
        return parsed.requirements.map { requirement -> String in
            switch requirement.op {
            case .equals: return "\(requirement.key)=\(requirement.values.first ?? "")"
            case .notEquals: return "\(requirement.key)!=\(requirement.values.first ?? "")"
            case .in: return "\(requirement.key) in (\(requirement.values.joined(separator: ",")))"
            case .notIn: return "\(requirement.key) notin (\(requirement.values.joined(separator: ",")))"
            case .exists: return requirement.key
            case .doesNotExist: return "!\(requirement.key)"
            case .greaterThan: return "\(requirement.key)>\(requirement.values.first ?? "")"
            case .lessThan: return "\(requirement.key)<\(requirement.values.first ?? "")"
            }
        }.joined(separator: ",")
    }
}
