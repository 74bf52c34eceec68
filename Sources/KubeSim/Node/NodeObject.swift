import JSONValue
import SimCore

/// The Node object a kubelet registers for its machine.
enum NodeObject {
    static func make(_ config: NodeConfig, now: SimTime) -> JSON {
        var labels: [String: String] = [
            "beta.kubernetes.io/arch": "amd64",
            "beta.kubernetes.io/os": "linux",
            "kubernetes.io/arch": "amd64",
            "kubernetes.io/hostname": config.name,
            "kubernetes.io/os": "linux",
        ]
        if config.controlPlane {
            labels["node-role.kubernetes.io/control-plane"] = ""
            labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
        }
        for (key, value) in config.labels { labels[key] = value }
        let memory = "\(config.memoryKi)Ki"
        // kubeadm reserves nothing but the hard eviction threshold (100Mi) of memory.
        let allocatableMemory = "\(config.allocatableMemoryKi ?? config.memoryKi - 102_400)Ki"
        var spec: JSON = config.reportsPodCIDR ? ["podCIDR": .string(config.podCIDR), "podCIDRs": [.string(config.podCIDR)]] : [:]
        if let providerID = config.providerID { spec["providerID"] = .string(providerID) }
        var taints: [JSON] = config.controlPlane ? [["effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"]] : []
        taints += config.taints.map { ["effect": .string($0.effect), "key": .string($0.key), "value": .string($0.value)] }
        if !taints.isEmpty { spec["taints"] = .array(taints) }
        let stamp = JSON.string(now.rfc3339)
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSON {
            ["lastHeartbeatTime": stamp, "lastTransitionTime": stamp, "message": .string(message),
             "reason": .string(reason), "status": .string(status), "type": .string(type)]
        }
        return [
            "metadata": [
                "name": .string(config.name),
                "labels": labels.json,
                "annotations": config.annotations?.json ?? [
                    "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
                    "node.alpha.kubernetes.io/ttl": "0",
                    "volumes.kubernetes.io/controller-managed-attach-detach": "true",
                ],
            ],
            "spec": spec,
            "status": [
                "addresses": .array(addresses(config)),
                "allocatable": [
                    "cpu": .string(config.allocatableCPU ?? config.cpu), "ephemeral-storage": "18570104183", "hugepages-1Gi": "0",
                    "hugepages-2Mi": "0", "memory": .string(allocatableMemory), "pods": .string(String(config.pods)),
                ],
                "capacity": [
                    "cpu": .string(config.cpu), "ephemeral-storage": "20134592Ki", "hugepages-1Gi": "0",
                    "hugepages-2Mi": "0", "memory": .string(memory), "pods": .string(String(config.pods)),
                ],
                "conditions": [
                    condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                    condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                    condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                    condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
                ],
                "daemonEndpoints": ["kubeletEndpoint": ["Port": 10250]],
                "nodeInfo": [
                    "architecture": "amd64",
                    "bootID": .string(uuidLike(config.name + "boot")),
                    "containerRuntimeVersion": .string(config.containerRuntimeVersion ?? "containerd://\(Containerd.version)"),
                    "kernelVersion": .string(config.kernelVersion),
                    "kubeProxyVersion": .string(config.kubeletVersion == nil ? Kubelet.version : ""),
                    "kubeletVersion": .string(config.kubeletVersion ?? Kubelet.version),
                    "machineID": .string(String(fnv1a64(config.name + "machine"), radix: 16) + String(fnv1a64(config.name), radix: 16)),
                    "operatingSystem": "linux",
                    "osImage": .string(config.osImage),
                    "systemUUID": .string(uuidLike(config.name + "system")),
                ],
            ],
        ]
    }

    /// InternalIP, then (on a cloud) ExternalIP and the DNS names, then Hostname, in the order
    /// the cloud provider reports them.
    static func addresses(_ config: NodeConfig) -> [JSON] {
        var addresses: [(String, String)] = [("InternalIP", config.internalIP)]
        if let ip = config.externalIP { addresses.append(("ExternalIP", ip)) }
        if let name = config.internalDNS { addresses.append(("InternalDNS", name)) }
        addresses.append(("Hostname", config.name))
        if let name = config.externalDNS { addresses.append(("ExternalDNS", name)) }
        return addresses.map { ["address": .string($0.1), "type": .string($0.0)] }
    }

    /// The condition a healthy kubelet reports for each type.
    static func healthyCondition(_ type: String) -> (status: String, reason: String, message: String) {
        switch type {
        case "MemoryPressure": return ("False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available")
        case "DiskPressure": return ("False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure")
        case "PIDPressure": return ("False", "KubeletHasSufficientPID", "kubelet has sufficient PID available")
        default: return ("True", "KubeletReady", "kubelet is posting ready status")
        }
    }

    /// A UUID-shaped text from two FNV hashes of `seed` (zero-padded at the end to 32 digits).
    static func uuidLike(_ seed: String) -> String {
        var hex = Array(String(fnv1a64(seed), radix: 16).utf8) + Array(String(fnv1a64(seed + "x"), radix: 16).utf8)
        hex += repeatElement(UInt8(ascii: "0"), count: max(0, 32 - hex.count))
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, digit) in hex.prefix(32).enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { text.append(UInt8(ascii: "-")) }
            text.append(digit)
        }
        return String(decoding: text, as: UTF8.self)
    }
}
