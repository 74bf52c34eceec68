import JSONValue
import SimCore

extension Kubelet {
    /// The values of a container's `valueFrom` variables as its run starts, by name: a
    /// ConfigMap's or a Secret's key (decoded), or a field of the pod (the downward API). The
    /// process keeps them for its lifetime, as a real one keeps its environment.
    func referencedValues(_ spec: JSON, runtime: PodRuntime) -> [String: String] {
        guard let variables = spec["env"].array, variables.contains(where: { !$0["valueFrom"].isNull }) else { return [:] }
        let pod = podObject(runtime)
        var values: [String: String] = [:]
        for variable in variables {
            guard let name = variable["name"].string else { continue }
            let from = variable["valueFrom"]
            if let ref = from["configMapKeyRef"].object, let map = ref["name"]?.string, let key = ref["key"]?.string {
                values[name] = server.object(.configMap, namespace: runtime.namespace, name: map)?["data"][key].string
            } else if let ref = from["secretKeyRef"].object, let secret = ref["name"]?.string, let key = ref["key"]?.string {
                let encoded = server.object(.secret, namespace: runtime.namespace, name: secret)?["data"][key].string
                values[name] = encoded.flatMap(Base64.decode).map { String(decoding: $0, as: UTF8.self) }
            } else if let path = from["fieldRef"]["fieldPath"].string, let pod {
                values[name] = Self.downwardValue(path, pod: pod, podIP: runtime.podIP, hostIP: config.internalIP)
            }
        }
        return values
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
