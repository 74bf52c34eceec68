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
            let old: JSONObject
            switch pod["status"] {
            case .object(let object): old = object
            case .null: old = JSONObject()
            default: return  // not an object: nothing a status write could set
            }
            let phase = Kubelet.phase(runtime)
            var conditions = PodConditions.Editor(old["conditions"]?.array ?? [])
            let sandboxReady = runtime.sandboxID != nil && !runtime.finished
            conditions.update(type: "PodReadyToStartContainers", status: sandboxReady ? "True" : "False", now: now)
            let initDone = runtime.initContainers.allSatisfy { $0.termination?.exitCode == 0 }
            if initDone {
                conditions.update(type: "Initialized", status: "True", now: now)
            } else {
                let pending = runtime.initContainers.filter { $0.termination?.exitCode != 0 }.map(\.name)
                conditions.update(type: "Initialized", status: "False", reason: "ContainersNotInitialized",
                                  message: "containers with incomplete status: [\(pending.joined(separator: " "))]",
                                  now: now)
            }
            let unready = runtime.containers.filter { !$0.ready }.map(\.name)
            if unready.isEmpty && !runtime.finished {
                conditions.update(type: "Ready", status: "True", now: now)
                conditions.update(type: "ContainersReady", status: "True", now: now)
            } else {
                let message = "containers with unready status: [\(unready.joined(separator: " "))]"
                let reason = (phase == "Succeeded" || phase == "Failed") ? "PodCompleted" : "ContainersNotReady"
                conditions.update(type: "Ready", status: "False", reason: reason,
                                  message: reason == "PodCompleted" ? nil : message, now: now)
                conditions.update(type: "ContainersReady", status: "False", reason: reason,
                                  message: reason == "PodCompleted" ? nil : message, now: now)
            }
            let mounts = runtime.statusMounts(pod["spec"])

            // The status in PodStatus field order, built once: what the kubelet sets, what
            // others set (message, reason, nominatedNodeName) kept, and unknown members last.
            var status = JSONObject()
            status.reserveCapacity(old.count + 6)
            status["phase"] = .string(phase)
            status["conditions"] = .array(conditions.sorted())
            for key in ["message", "reason", "nominatedNodeName"] { if let value = old[key] { status[key] = value } }
            status["hostIP"] = .string(nodeIP)
            status["hostIPs"] = hostIPs
            if let ip = runtime.podIP {
                status["podIP"] = .string(ip)
                status["podIPs"] = runtime.podIPs
            } else {
                if let value = old["podIP"] { status["podIP"] = value }
                if let value = old["podIPs"] { status["podIPs"] = value }
            }
            if let start = runtime.startTime {
                status["startTime"] = .string(start.rfc3339)
            } else if let value = old["startTime"] {
                status["startTime"] = value
            }
            if !runtime.initContainers.isEmpty {
                status["initContainerStatuses"] = .array(runtime.initContainers.indices.map {
                    runtime.containerStatus($0, isInit: true, specMounts: mounts.initContainers[$0])
                })
            } else if let value = old["initContainerStatuses"] {
                status["initContainerStatuses"] = value
            }
            status["containerStatuses"] = .array(runtime.containers.indices.map {
                runtime.containerStatus($0, isInit: false, specMounts: mounts.containers[$0])
            })
            status["qosClass"] = old["qosClass"] ?? .null
            for member in old.entries where !Kubelet.statusOrder.contains(member.key) { status[member.key] = member.value }
            pod["status"] = .object(status)
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
            object["state"] = SharedStatusValues.runningState(startedAt: since.rfc3339)
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

    /// PodStatus members in the API's field order.
    static let statusOrder = ["phase", "conditions", "message", "reason", "nominatedNodeName", "hostIP", "hostIPs",
                              "podIP", "podIPs", "startTime", "initContainerStatuses", "containerStatuses", "qosClass"]
}
