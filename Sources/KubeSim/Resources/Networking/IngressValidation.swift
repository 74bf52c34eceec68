import GoPorts
import JSONValue

/// The API server's checks of an Ingress spec (networking validation `ValidateIngressSpec`),
/// in its order and with its wording.
enum IngressValidation {
    static let supportedPathTypes = ["Exact", "ImplementationSpecific", "Prefix"]
    static let invalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"]
    static let invalidPathSuffixes = ["/..", "/."]
    static let wildcardMessage =
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

    static func validateSpec(_ spec: JSON) -> [FieldError] {
        var errors: [FieldError] = []
        let rules = spec["rules"].array ?? []
        let defaultBackend = spec["defaultBackend"]
        if rules.isEmpty, defaultBackend.object == nil {
            // Go prints the empty slice with %#v.
            let value = spec["rules"].array == nil ? "[]networking.IngressRule(nil)" : "[]networking.IngressRule{}"
            errors.append(FieldError("spec", .invalid(value: value), "either `defaultBackend` or `rules` must be specified"))
        }
        if defaultBackend.object != nil {
            errors += backend(defaultBackend, path: "spec.defaultBackend")
        }
        for (i, rule) in rules.enumerated() {
            let rulePath = "spec.rules[\(i)]"
            if let host = rule["host"].string, !host.isEmpty {
                if isIPAddress(host) {
                    errors.append(FieldError("\(rulePath).host", .invalid(value: GoStrconv.quote(host)), "must be a DNS name, not an IP address"))
                }
                errors += hostErrors(host, path: "\(rulePath).host")
            }
            guard rule["http"].object != nil else { continue }
            let paths = rule["http"]["paths"].array ?? []
            if paths.isEmpty { errors.append(FieldError("\(rulePath).http.paths", .required)) }
            for (j, path) in paths.enumerated() {
                errors += httpPath(path, path: "\(rulePath).http.paths[\(j)]")
            }
        }
        for (i, tls) in (spec["tls"].array ?? []).enumerated() {
            for (j, host) in (tls["hosts"].array ?? []).compactMap(\.string).enumerated() {
                errors += hostErrors(host, path: "spec.tls[\(i)].hosts[\(j)]")
            }
            if let secret = tls["secretName"].string, !secret.isEmpty {
                for problem in NameRules.dns1123Subdomain(secret) {
                    errors.append(FieldError("spec.tls[\(i)].secretName", .invalid(value: GoStrconv.quote(secret)), problem))
                }
            }
        }
        if let className = spec["ingressClassName"].string {
            for problem in NameRules.dns1123Subdomain(className) {
                errors.append(FieldError("spec.ingressClassName", .invalid(value: GoStrconv.quote(className)), problem))
            }
        }
        return errors
    }

    /// A rule's or a TLS entry's host: a wildcard subdomain (`*.example.com`) or a DNS subdomain.
    static func hostErrors(_ host: String, path: String) -> [FieldError] {
        if host.contains("*") {
            return isWildcardSubdomain(host) ? [] : [FieldError(path, .invalid(value: GoStrconv.quote(host)), wildcardMessage)]
        }
        return NameRules.dns1123Subdomain(host).map { FieldError(path, .invalid(value: GoStrconv.quote(host)), $0) }
    }

    /// `validateHTTPIngressPath`: a path type is required; Exact and Prefix paths must be
    /// absolute and clean.
    static func httpPath(_ entry: JSON, path: String) -> [FieldError] {
        guard let pathType = entry["pathType"].string else {
            return [FieldError("\(path).pathType", .required, "pathType must be specified")]
        }
        var errors: [FieldError] = []
        let value = entry["path"].string ?? ""
        switch pathType {
        case "Exact", "Prefix":
            if !value.hasPrefix("/") {
                errors.append(FieldError("\(path).path", .invalid(value: GoStrconv.quote(value)), "must be an absolute path"))
            }
            if !value.isEmpty {
                for sequence in invalidPathSequences where value.contains(sequence) {
                    errors.append(FieldError("\(path).path", .invalid(value: GoStrconv.quote(value)), "must not contain '\(sequence)'"))
                }
                for suffix in invalidPathSuffixes where value.hasSuffix(suffix) {
                    errors.append(FieldError("\(path).path", .invalid(value: GoStrconv.quote(value)), "cannot end with '\(suffix)'"))
                }
            }
        case "ImplementationSpecific":
            if !value.isEmpty, !value.hasPrefix("/") {
                errors.append(FieldError("\(path).path", .invalid(value: GoStrconv.quote(value)), "must be an absolute path"))
            }
        default:
            errors.append(FieldError("\(path).pathType", .unsupported(value: GoStrconv.quote(pathType), supported: supportedPathTypes)))
        }
        return errors + backend(entry["backend"], path: "\(path).backend")
    }

    /// `validateIngressBackend`: exactly one of a Service (name and one of port name or
    /// number) or a typed resource reference.
    static func backend(_ backend: JSON, path: String) -> [FieldError] {
        let service = backend["service"], resource = backend["resource"]
        switch (service.object != nil, resource.object != nil) {
        case (true, true):
            return [FieldError(path, .invalid(value: "\"\""), "cannot set both resource and service backends")]
        case (false, true):
            var errors: [FieldError] = []
            if let group = resource["apiGroup"].string {
                for problem in NameRules.dns1123Subdomain(group) {
                    errors.append(FieldError("\(path).resource.apiGroup", .invalid(value: GoStrconv.quote(group)), problem))
                }
            }
            if (resource["kind"].string ?? "").isEmpty { errors.append(FieldError("\(path).resource.kind", .required)) }
            if (resource["name"].string ?? "").isEmpty { errors.append(FieldError("\(path).resource.name", .required)) }
            return errors
        case (true, false):
            var errors: [FieldError] = []
            let name = service["name"].string ?? ""
            if name.isEmpty {
                errors.append(FieldError("\(path).service.name", .required))
            } else {
                for problem in NameRules.dns1035Label(name) {
                    errors.append(FieldError("\(path).service.name", .invalid(value: GoStrconv.quote(name)), problem))
                }
            }
            let portName = service["port"]["name"].string ?? ""
            let portNumber = service["port"]["number"].int ?? 0
            if !portName.isEmpty, portNumber != 0 {
                errors.append(FieldError(path, .invalid(value: "\"\""), "cannot set both port name & port number"))
            } else if !portName.isEmpty {
                for problem in portNameProblems(portName) {
                    errors.append(FieldError("\(path).service.port.name", .invalid(value: GoStrconv.quote(portName)), problem))
                }
            } else if portNumber != 0 {
                if !(1...65535).contains(portNumber) {
                    errors.append(FieldError("\(path).service.port.number", .invalid(value: String(portNumber)),
                                             "must be between 1 and 65535, inclusive"))
                }
            } else {
                errors.append(FieldError(path, .required, "port name or number is required"))
            }
            return errors
        case (false, false):
            return [FieldError(path, .invalid(value: "\"\""), "resource or service backend is required")]
        }
    }

    /// `IsValidPortName` (IANA_SVC_NAME).
    static func portNameProblems(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 15 { problems.append("must be no more than 15 characters") }
        if !name.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) {
            problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !name.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) { problems.append("must contain at least one letter (a-z)") }
        if name.contains("--") { problems.append("must not contain consecutive hyphens") }
        if name.hasPrefix("-") || name.hasSuffix("-") { problems.append("must not begin or end with a hyphen") }
        return problems
    }

    static func isWildcardSubdomain(_ host: String) -> Bool {
        host.hasPrefix("*.") && host.utf8.count <= 253 && NameRules.dns1123Subdomain(String(host.dropFirst(2))).isEmpty
    }

    /// Dotted-quad IPv4 or anything with a colon that parses as IPv6 digits (enough for hosts).
    static func isIPAddress(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) { return true }
        return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}
