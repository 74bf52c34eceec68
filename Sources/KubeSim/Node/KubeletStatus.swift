import JSONValue
import SimCore

extension Kubelet {
    /// Reports the pod's status as the kubelet's status manager would: phase, conditions,
    /// IPs, start time and one status per container.
    func writeStatus(_ runtime: PodRuntime) {
        let now = self.now
        let nodeIP = config.internalIP
        let hostIPs = self.hostIPs
        server.modify(.pod, namespace: runtime.namespace, name: runtime.name) { pod in
            guard pod.uid == runtime.uid else { return }
            var status = pod["status"]
            status["phase"] = .string(Kubelet.phase(runtime))
            var conditions = pod["status"]["conditions"].array ?? []
            let sandboxReady = runtime.sandbox != nil && !runtime.finished
            PodConditions.update(&conditions, type: "PodReadyToStartContainers", status: sandboxReady ? "True" : "False",
                                 now: now)
            let initDone = runtime.initContainers.allSatisfy { $0.termination?.exitCode == 0 }
            if initDone {
                PodConditions.update(&conditions, type: "Initialized", status: "True", now: now)
            } else {
                let pending = runtime.initContainers.filter { $0.termination?.exitCode != 0 }.map(\.name)
                PodConditions.update(&conditions, type: "Initialized", status: "False", reason: "ContainersNotInitialized",
                                     message: "containers with incomplete status: [\(pending.joined(separator: " "))]",
                                     now: now)
            }
            let unready = runtime.containers.filter { !$0.ready }.map(\.name)
            if unready.isEmpty && !runtime.finished {
                PodConditions.update(&conditions, type: "Ready", status: "True", now: now)
                PodConditions.update(&conditions, type: "ContainersReady", status: "True", now: now)
            } else {
                let message = "containers with unready status: [\(unready.joined(separator: " "))]"
                let phase = Kubelet.phase(runtime)
                let reason = (phase == "Succeeded" || phase == "Failed") ? "PodCompleted" : "ContainersNotReady"
                PodConditions.update(&conditions, type: "Ready", status: "False", reason: reason,
                                     message: reason == "PodCompleted" ? nil : message, now: now)
                PodConditions.update(&conditions, type: "ContainersReady", status: "False", reason: reason,
                                     message: reason == "PodCompleted" ? nil : message, now: now)
            }
            PodConditions.sort(&conditions)
            status["conditions"] = .array(conditions)
            status["hostIP"] = .string(nodeIP)
            status["hostIPs"] = hostIPs
            if let ip = runtime.podIP {
                status["podIP"] = .string(ip)
                status["podIPs"] = [["ip": .string(ip)]]
            }
            if let start = runtime.startTime { status["startTime"] = .string(start.rfc3339) }
            let mounts = runtime.statusMounts(pod["spec"])
            if !runtime.initContainers.isEmpty {
                status["initContainerStatuses"] = .array(runtime.initContainers.map {
                    Kubelet.containerStatus($0, specMounts: mounts.initContainers[$0.name] ?? [])
                })
            }
            status["containerStatuses"] = .array(runtime.containers.map {
                Kubelet.containerStatus($0, specMounts: mounts.containers[$0.name] ?? [])
            })
            let qos = status["qosClass"]
            status.remove("qosClass")
            status["qosClass"] = qos
            pod["status"] = Kubelet.ordered(status)
        }
    }

    /// A container's `volumeMounts` as its status repeats them (with `recursiveReadOnly`).
    static func mounts(of name: String, in containers: JSON) -> [JSON] {
        ((containers.array ?? []).first { $0["name"].string == name }?["volumeMounts"].array ?? []).map { mount in
            var m = mount
            m["recursiveReadOnly"] = "Disabled"
            return m
        }
    }

    /// The kubelet's phase rules: Pending until every container has started at least once,
    /// Running while any runs or will restart, then Succeeded or Failed.
    static func phase(_ runtime: PodRuntime) -> String {
        if runtime.initContainers.contains(where: { $0.termination?.exitCode != 0 }) {
            if runtime.restartPolicy == "Never",
                runtime.initContainers.contains(where: { ($0.termination?.exitCode ?? 0) != 0 })
            {
                return "Failed"
            }
            return "Pending"
        }
        var waiting = 0
        var running = 0
        var succeeded = 0
        var failed = 0
        for container in runtime.containers {
            switch container.state {
            case .running: running += 1
            case .terminated(let t): if t.exitCode == 0 { succeeded += 1 } else { failed += 1 }
            case .waiting:
                if container.lastTermination != nil { failed += 1 } else { waiting += 1 }
            }
        }
        if waiting > 0 { return "Pending" }
        if running > 0 { return "Running" }
        let stopped = succeeded + failed
        guard stopped == runtime.containers.count, stopped > 0 else { return "Pending" }
        if runtime.finished { return failed > 0 ? "Failed" : "Succeeded" }
        switch runtime.restartPolicy {
        case "Always": return "Running"
        case "OnFailure": return failed > 0 ? "Running" : "Succeeded"
        default: return failed > 0 ? "Failed" : "Succeeded"
        }
    }

    static func containerStatus(_ state: ContainerRuntimeState, specMounts: [JSON]) -> JSON {
        var object = JSONObject()
        if let id = state.containerID { object["containerID"] = .string("containerd://\(id)") }
        object["image"] = .string(state.image?.reference ?? state.specImage)
        object["imageID"] = .string(state.image?.imageID ?? "")
        object["lastState"] = state.lastTermination.map { ["terminated": terminatedJSON($0)] } ?? .object(JSONObject())
        object["name"] = .string(state.name)
        object["ready"] = .bool(state.ready)
        object["restartCount"] = .int(state.restartCount)
        object["started"] = .bool(state.isRunning && state.started)
        switch state.state {
        case .waiting(let reason, let message):
            var waiting = JSONObject()
            if let message { waiting["message"] = .string(message) }
            waiting["reason"] = .string(reason)
            object["state"] = ["waiting": .object(waiting)]
        case .running(let since):
            object["state"] = ["running": ["startedAt": .string(since.rfc3339)]]
        case .terminated(let termination):
            object["state"] = ["terminated": terminatedJSON(termination)]
        }
        if !specMounts.isEmpty { object["volumeMounts"] = .array(specMounts) }
        return .object(object)
    }

    static func terminatedJSON(_ t: ContainerRuntimeState.Termination) -> JSON {
        var object = JSONObject()
        if let id = t.containerID { object["containerID"] = .string("containerd://\(id)") }
        object["exitCode"] = .int(t.exitCode)
        object["finishedAt"] = .string(t.finishedAt.rfc3339)
        if let message = t.message { object["message"] = .string(message) }
        object["reason"] = .string(t.reason)
        object["startedAt"] = t.startedAt.map { .string($0.rfc3339) } ?? .null
        return .object(object)
    }

    static let statusOrder = ["phase", "conditions", "message", "reason", "nominatedNodeName", "hostIP", "hostIPs",
                              "podIP", "podIPs", "startTime", "initContainerStatuses", "containerStatuses", "qosClass"]

    /// PodStatus members in the API's field order.
    static func ordered(_ status: JSON) -> JSON {
        guard let object = status.object else { return status }
        if isOrdered(object) { return status }
        var result = JSONObject()
        for key in statusOrder { if let value = object[key] { result[key] = value } }
        for (key, value) in object.pairs where result[key] == nil { result[key] = value }
        return .object(result)
    }

    /// Whether the known members already come first and in order (what `ordered` would make),
    /// as they do after the first write.
    private static func isOrdered(_ object: JSONObject) -> Bool {
        var next = 0
        var sawUnknown = false
        for key in object.keys {
            guard let rank = statusOrder[next...].firstIndex(of: key) else {
                if statusOrder[..<next].contains(key) { return false }
                sawUnknown = true
                continue
            }
            if sawUnknown { return false }
            next = rank + 1
        }
        return true
    }
}
