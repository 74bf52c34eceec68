import JSONValue

/// The checks the API server makes on a pod spec, with its messages.
enum PodValidation {
    static let immutableSpecMessage =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"

    static func validate(_ pod: JSON) -> [FieldError] {
        validateSpec(pod["spec"], path: "spec")
    }

    /// Also used for pod templates (`spec.template.spec`).
    static func validateSpec(_ spec: JSON, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let containers = spec["containers"].array ?? []
        if containers.isEmpty { errors.append(FieldError("\(path).containers", .required)) }
        var seen: Set<String> = []
        for (key, list) in [("initContainers", spec["initContainers"].array ?? []), ("containers", containers)] {
            for (i, container) in list.enumerated() {
                let p = "\(path).\(key)[\(i)]"
                let name = container["name"].string ?? ""
                if name.isEmpty {
                    errors.append(FieldError("\(p).name", .required))
                } else {
                    for problem in NameRules.dns1123Label(name) {
                        errors.append(FieldError("\(p).name", .invalid(value: "\"\(name)\""), problem))
                    }
                    if !seen.insert(name).inserted {
                        errors.append(FieldError("\(p).name", .duplicate(value: "\"\(name)\"")))
                    }
                }
                if (container["image"].string ?? "").isEmpty {
                    errors.append(FieldError("\(p).image", .required))
                }
                if let policy = container["imagePullPolicy"].string,
                    !["Always", "IfNotPresent", "Never"].contains(policy)
                {
                    errors.append(FieldError("\(p).imagePullPolicy",
                                             .unsupported(value: "\"\(policy)\"", supported: ["Always", "IfNotPresent", "Never"])))
                }
                for (j, port) in (container["ports"].array ?? []).enumerated() {
                    let number = port["containerPort"].int ?? 0
                    if !(1...65535).contains(number) {
                        errors.append(FieldError("\(p).ports[\(j)].containerPort", .invalid(value: String(number)),
                                                 "must be between 1 and 65535, inclusive"))
                    }
                }
            }
        }
        if let policy = spec["restartPolicy"].string, !["Always", "OnFailure", "Never"].contains(policy) {
            errors.append(FieldError("\(path).restartPolicy",
                                     .unsupported(value: "\"\(policy)\"", supported: ["Always", "OnFailure", "Never"])))
        }
        return errors
    }
}
