import GoPorts
import JSONValue

/// Where each kind has `resource.Quantity` fields: the API server's decoder parses them before
/// anything else looks at the object, and a malformed one (`memory: 128mb`) fails the whole
/// request — `Pod in version "v1" cannot be handled as a Pod: quantities must match …`.
public enum QuantityFields {
    static func decodeError(_ object: JSON, type: ResourceType) -> APIError? {
        problem(in: object, kind: type.kind).map { .cannotBeHandled(type, $0) }
    }

    /// ParseQuantity's error for the first malformed quantity of an object of `kind`, if any:
    /// also what kubectl says when it decodes an object itself (`run --overrides`).
    public static func problem(in object: JSON, kind: String) -> String? {
        var values: [JSON] = []
        collect(object, kind: kind, into: &values)
        return values.lazy.compactMap(problem).first
    }

    /// What ParseQuantity says of the JSON text it is handed (numbers are quantities too).
    private static func problem(_ value: JSON) -> String? {
        switch value {
        case .null, .int, .double: return nil
        case .string(let text):
            if QuantitySyntax.isPlain(text) { return nil }
            // Go's strings.TrimSpace first.
            var trimmed = Substring(text)
            while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
            while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
            return QuantitySyntax.error(String(trimmed))
        case .bool, .array, .object: return QuantitySyntax.formatWrong
        }
    }

    private static func collect(_ object: JSON, kind: String, into values: inout [JSON]) {
        let spec = object["spec"]
        switch kind {
        case "Pod":
            podSpec(spec, into: &values)
        case "Deployment", "ReplicaSet", "DaemonSet", "Job", "ReplicationController":
            podSpec(spec["template"]["spec"], into: &values)
        case "StatefulSet":
            podSpec(spec["template"]["spec"], into: &values)
            for claim in spec["volumeClaimTemplates"].array ?? [] { claimResources(claim["spec"], into: &values) }
        case "CronJob":
            podSpec(spec["jobTemplate"]["spec"]["template"]["spec"], into: &values)
        case "PodTemplate":
            podSpec(object["template"]["spec"], into: &values)
        case "PersistentVolumeClaim":
            claimResources(spec, into: &values)
            list(object["status"]["capacity"], into: &values)
            list(object["status"]["allocatedResources"], into: &values)
        case "PersistentVolume":
            list(spec["capacity"], into: &values)
        case "Node":
            list(object["status"]["capacity"], into: &values)
            list(object["status"]["allocatable"], into: &values)
        case "ResourceQuota":
            list(spec["hard"], into: &values)
            list(object["status"]["hard"], into: &values)
            list(object["status"]["used"], into: &values)
        case "LimitRange":
            for limit in spec["limits"].array ?? [] {
                for field in ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"] {
                    list(limit[field], into: &values)
                }
            }
        default:
            break
        }
    }

    /// The members of a ResourceList (`{cpu: 100m, memory: 128Mi}`).
    private static func list(_ resources: JSON, into values: inout [JSON]) {
        for member in resources.object?.entries ?? [] { values.append(member.value) }
    }

    private static func claimResources(_ spec: JSON, into values: inout [JSON]) {
        list(spec["resources"]["limits"], into: &values)
        list(spec["resources"]["requests"], into: &values)
    }

    private static func podSpec(_ spec: JSON, into values: inout [JSON]) {
        for field in ["initContainers", "containers", "ephemeralContainers"] {
            for container in spec[field].array ?? [] {
                list(container["resources"]["limits"], into: &values)
                list(container["resources"]["requests"], into: &values)
                for variable in container["env"].array ?? [] {
                    values.append(variable["valueFrom"]["resourceFieldRef"]["divisor"])
                }
            }
        }
        list(spec["overhead"], into: &values)
        list(spec["resources"]["limits"], into: &values)
        list(spec["resources"]["requests"], into: &values)
        for volume in spec["volumes"].array ?? [] {
            values.append(volume["emptyDir"]["sizeLimit"])
            for item in volume["downwardAPI"]["items"].array ?? [] {
                values.append(item["resourceFieldRef"]["divisor"])
            }
            for source in volume["projected"]["sources"].array ?? [] {
                for item in source["downwardAPI"]["items"].array ?? [] { values.append(item["resourceFieldRef"]["divisor"]) }
            }
            claimResources(volume["ephemeral"]["volumeClaimTemplate"]["spec"], into: &values)
        }
    }
}
