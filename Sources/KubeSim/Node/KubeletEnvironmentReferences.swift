import JSONValue
import SimCore

extension Kubelet {
    /// The values of a container's `valueFrom` variables as its run starts, by name: a
    /// ConfigMap's or a Secret's key (decoded), or a field of the pod (the downward API). The
    /// process keeps them for its lifetime, as a real one keeps its environment. A reference
    /// to a ConfigMap, Secret or key that is not there (and not `optional`) is the kubelet's
    /// error instead, with its words (`configmap "app" not found`).
    func referencedValues(_ spec: JSON, runtime: PodRuntime) -> Result<[String: String], ReferenceError> {
        guard let variables = spec["env"].array, variables.contains(where: { !$0["valueFrom"].isNull }) else {
            return .success([:])
        }
        let pod = podObject(runtime)
        var values: [String: String] = [:]
        for variable in variables {
            guard let name = variable["name"].string else { continue }
            let from = variable["valueFrom"]
            for (field, kind, resource) in [("configMapKeyRef", "ConfigMap", ResourceType.configMap),
                                            ("secretKeyRef", "Secret", ResourceType.secret)] {
                guard let ref = from[field].object, let source = ref["name"]?.string, let key = ref["key"]?.string else {
                    continue
                }
                let optional = ref["optional"]?.bool ?? false
                guard let object = server.object(resource, namespace: runtime.namespace, name: source) else {
                    if optional { continue }
                    return .failure(ReferenceError(message: "\(kind.lowercased()) \"\(source)\" not found"))
                }
                guard let stored = object["data"][key].string else {
                    if optional { continue }
                    return .failure(ReferenceError(message: "couldn't find key \(key) in \(kind) \(runtime.namespace)/\(source)"))
                }
                values[name] = resource == .secret
                    ? Base64.decode(stored).map { String(decoding: $0, as: UTF8.self) } ?? "" : stored
            }
            if let path = from["fieldRef"]["fieldPath"].string, let pod {
                values[name] = Self.downwardValue(path, pod: pod, podIP: runtime.podIP, hostIP: config.internalIP)
            }
        }
        return .success(values)
    }

    /// Why a container's configuration could not be made (`CreateContainerConfigError`).
    struct ReferenceError: Error {
        var message: String
    }

    /// A pod field as the downward API gives it to a variable.
    static func downwardValue(_ path: String, pod: JSON, podIP: String?, hostIP: String) -> String? {
        switch path {
        case "metadata.name": return pod.name
        case "metadata.namespace": return pod.namespace
        case "metadata.uid": return pod.uid
        case "spec.nodeName": return pod["spec"]["nodeName"].string
        case "spec.serviceAccountName": return pod["spec"]["serviceAccountName"].string
        case "status.podIP", "status.podIPs": return podIP
        case "status.hostIP", "status.hostIPs": return hostIP
        default:
            // metadata.labels['app'], metadata.annotations['note']
            for field in ["labels", "annotations"] where path.hasPrefix("metadata.\(field)['") && path.hasSuffix("']") {
                let key = String(path.dropFirst("metadata.\(field)['".count).dropLast(2))
                return pod["metadata"][field][key].string
            }
            return nil
        }
    }
}
