import JSONValue
import SimCore

// A container's environment: what the kubelet resolves as the container starts, and the
// variables every container has around it.

/// One variable of a container's own environment, as its run started.
struct EnvironmentVariable: Equatable {
    var name: String
    var value: String
}

extension Kubelet {
    /// A container's own environment as its run starts (makeEnvironmentVariables): every key
    /// of its `envFrom` ConfigMaps and Secrets (with their prefix), then its `env`, whose values
    /// expand `$(VAR)` and whose `valueFrom` reads a ConfigMap's or Secret's key or a field of
    /// the pod. A later variable
    /// of a name replaces an earlier one. A ConfigMap, Secret or key that is not there (and not
    /// `optional`) is the kubelet's error instead, in its words (`configmap "app" not found`).
    /// The process keeps the result for its lifetime, as a real one keeps its environment.
    func resolveEnvironment(_ spec: JSON, runtime: PodRuntime) -> Result<[EnvironmentVariable], ReferenceError> {
        let env = spec["env"].array ?? []
        let sources = spec["envFrom"].array ?? []
        guard !env.isEmpty || !sources.isEmpty else { return .success([]) }
        var variables: [EnvironmentVariable] = []
        func set(_ name: String, _ value: String) {
            if let index = variables.firstIndex(where: { $0.name == name }) {
                variables[index].value = value
            } else {
                variables.append(EnvironmentVariable(name: name, value: value))
            }
        }
        for source in sources {
            for (field, _, type) in Self.referenceKinds {
                guard let ref = source[field.replacingKeyRef].object, let name = ref["name"]?.string else { continue }
                guard let object = server.object(type, namespace: runtime.namespace, name: name) else {
                    if ref["optional"]?.bool ?? false { continue }
                    return .failure(.missing(type, name))
                }
                // Every key: in 1.32 (RelaxedEnvironmentVariableValidation, beta and on) a
                // variable may be named by any printable ASCII but `=`, which no key holds.
                let prefix = source["prefix"].string ?? ""
                for member in (object["data"].object?.entries ?? []).sorted(by: { $0.key < $1.key }) {
                    set(prefix + member.key, Self.decoded(member.value, type))
                }
            }
        }
        for variable in env {
            guard let name = variable["name"].string else { continue }
            let from = variable["valueFrom"]
            if from.isNull {
                let known = variables
                set(name, EnvironmentExpansion.expand(variable["value"].string ?? "") { reference in
                    known.last { $0.name == reference }?.value ?? self.server.serviceNetwork.serviceVariableValues[reference]
                })
                continue
            }
            for (field, kind, type) in Self.referenceKinds {
                guard let ref = from[field].object, let source = ref["name"]?.string, let key = ref["key"]?.string else {
                    continue
                }
                let optional = ref["optional"]?.bool ?? false
                guard let object = server.object(type, namespace: runtime.namespace, name: source) else {
                    if optional { continue }
                    return .failure(.missing(type, source))
                }
                let stored = object["data"][key]
                guard !stored.isNull else {
                    if optional { continue }
                    return .failure(ReferenceError(message: "couldn't find key \(key) in \(kind) \(runtime.namespace)/\(source)"))
                }
                set(name, Self.decoded(stored, type))
            }
            if let path = from["fieldRef"]["fieldPath"].string, let pod = podObject(runtime) {
                set(name, Self.downwardValue(path, pod: pod, podIP: runtime.podIP, hostIP: config.internalIP) ?? "")
            }
        }
        return .success(variables)
    }

    /// A container's environment, in the order `env` prints it: PATH and HOSTNAME, the
    /// container's own variables, the service links for `kubernetes`, and HOME.
    /// `own` is the container's own environment as its run started (`resolveEnvironment`).
    static func environment(podName: String, own: [EnvironmentVariable], network: ServiceNetwork) -> [(String, String)] {
        var variables: [(String, String)] = [
            ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("HOSTNAME", podName),
        ]
        for variable in own { variables.append((variable.name, variable.value)) }
        variables += network.serviceVariables
        return variables
    }

    /// `environment(podName:own:)` as a dictionary, later variables winning.
    static func environmentMap(podName: String, own: [EnvironmentVariable], network: ServiceNetwork) -> [String: String] {
        var environment = network.baseEnvironment
        environment["HOSTNAME"] = podName
        for variable in own where !network.serviceVariableNames.contains(variable.name) {
            environment[variable.name] = variable.value
        }
        return environment
    }

    /// Where a variable's value can come from: `configMapKeyRef` (and `envFrom`'s
    /// `configMapRef`) or `secretKeyRef` (`secretRef`).
    private static let referenceKinds: [(String, String, ResourceType)] = [
        ("configMapKeyRef", "ConfigMap", .configMap), ("secretKeyRef", "Secret", .secret),
    ]

    /// A ConfigMap's value as it is; a Secret's decoded from base64.
    static func decoded(_ value: JSON, _ type: ResourceType) -> String {
        guard type == .secret else { return value.string ?? "" }
        return value.string.flatMap(Base64.decode).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Why a container's configuration (or a volume) could not be made
    /// (`CreateContainerConfigError`, `FailedMount`).
    struct ReferenceError: Error {
        var message: String

        /// `configmap "app" not found`, `secret "db" not found`: the kubelet's managers' words.
        static func missing(_ type: ResourceType, _ name: String) -> ReferenceError {
            ReferenceError(message: "\(type == .secret ? "secret" : "configmap") \"\(name)\" not found")
        }
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

private extension String {
    /// `configMapKeyRef` → `configMapRef`: the field naming a whole source in `envFrom`.
    var replacingKeyRef: String { hasSuffix("KeyRef") ? String(dropLast(6)) + "Ref" : self }
}
