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
            // What others set is kept: one pass picks it out of the old status.
            var conditionsBefore: [JSON] = []
            var message: JSON?, reason: JSON?, nominatedNodeName: JSON?, podIP: JSON?, podIPs: JSON?
            var startTime: JSON?, initContainerStatuses: JSON?, qosClass: JSON = .null
            var unknown: [JSONObject.Member] = []
            for member in old.entries {
                switch member.key {
                case "phase", "hostIP", "hostIPs", "containerStatuses": continue
                case "conditions": conditionsBefore = member.value.array ?? []
                case "message": message = member.value
                case "reason": reason = member.value
                case "nominatedNodeName": nominatedNodeName = member.value
                case "podIP": podIP = member.value
                case "podIPs": podIPs = member.value
                case "startTime": startTime = member.value
                case "initContainerStatuses": initContainerStatuses = member.value
                case "qosClass": qosClass = member.value
                default: unknown.append(member)
                }
            }
            let phase = Kubelet.phase(runtime)
            let conditions = PodConditions.setting(Kubelet.conditions(runtime, phase: phase), in: conditionsBefore,
                                                   now: now)
            let mounts = runtime.statusMounts(pod["spec"])

            // The status in PodStatus field order, built once: what the kubelet sets, what
            // others set (message, reason, nominatedNodeName) kept, and unknown members last.
            var members: [JSONObject.Member] = []
            members.reserveCapacity(13 + unknown.count)
            func add(_ key: String, _ value: JSON?) {
                if let value { members.append(JSONObject.Member(key: key, value: value)) }
            }
            add("phase", .string(phase))
            add("conditions", .array(conditions))
            add("message", message)
            add("reason", reason)
            add("nominatedNodeName", nominatedNodeName)
            add("hostIP", .string(nodeIP))
            add("hostIPs", hostIPs)
            if let ip = runtime.podIP {
                add("podIP", .string(ip))
                add("podIPs", runtime.podIPs)
            } else {
                add("podIP", podIP)
                add("podIPs", podIPs)
            }
            add("startTime", runtime.startTime.map { .string($0.rfc3339) } ?? startTime)
            if !runtime.initContainers.isEmpty {
                add("initContainerStatuses", .array(runtime.initContainers.indices.map {
                    runtime.containerStatus($0, isInit: true, specMounts: mounts.initContainers[$0])
                }))
            } else {
                add("initContainerStatuses", initContainerStatuses)
            }
            add("containerStatuses", .array(runtime.containers.indices.map {
                runtime.containerStatus($0, isInit: false, specMounts: mounts.containers[$0])
            }))
            add("qosClass", qosClass)
            members += unknown
            let status = JSONObject(distinctMembers: members)
            pod["status"] = .object(status)
        }
    }

    /// The four conditions the kubelet owns, as the pod's containers now stand.
    static func conditions(_ runtime: PodRuntime, phase: String) -> [PodConditions.Wanted] {
        var wanted: [PodConditions.Wanted] = []
        wanted.reserveCapacity(4)
        let sandboxReady = runtime.sandboxID != nil && !runtime.finished && !runtime.sandboxStopped
        wanted.append(.init(type: "PodReadyToStartContainers", status: sandboxReady ? "True" : "False"))
        if runtime.initContainers.allSatisfy({ $0.termination?.exitCode == 0 }) {
            wanted.append(.init(type: "Initialized", status: "True"))
        } else {
            let pending = runtime.initContainers.filter { $0.termination?.exitCode != 0 }.map(\.name)
            wanted.append(.init(type: "Initialized", status: "False", reason: "ContainersNotInitialized",
                                message: "containers with incomplete status: [\(pending.joined(separator: " "))]"))
        }
        // Read in place: a container's state is a large value, and copying it for one flag costs.
        var unready: [String] = []
        for index in runtime.containers.indices where !runtime.containers[index].ready {
            unready.append(runtime.containers[index].name)
        }
        if !runtime.finished, unready.isEmpty {
            wanted.append(.init(type: "Ready", status: "True"))
            wanted.append(.init(type: "ContainersReady", status: "True"))
        } else {
            let reason = (phase == "Succeeded" || phase == "Failed") ? "PodCompleted" : "ContainersNotReady"
            let names = unready.joined(separator: " ")
            let message = reason == "PodCompleted" ? nil : "containers with unready status: [\(names)]"
            wanted.append(.init(type: "Ready", status: "False", reason: reason, message: message))
            wanted.append(.init(type: "ContainersReady", status: "False", reason: reason, message: message))
        }
        return wanted
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
        // Read in place: copying a container's whole state to look at two fields costs.
        for index in runtime.containers.indices {
            switch runtime.containers[index].state {
            case .running: running += 1
            case .terminated(let t): if t.exitCode == 0 { succeeded += 1 } else { failed += 1 }
            case .waiting:
                if runtime.containers[index].lastTermination != nil { failed += 1 } else { waiting += 1 }
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
        // Built as a list of members in ContainerStatus field order: the keys are distinct, so
        // nothing needs looking up.
        var members: [JSONObject.Member] = []
        members.reserveCapacity(10)
        func add(_ key: String, _ value: JSON) { members.append(JSONObject.Member(key: key, value: value)) }
        if let id = state.containerID { add("containerID", .string("containerd://\(id)")) }
        add("image", .string(state.image?.reference ?? state.specImage))
        add("imageID", .string(state.image?.imageID ?? ""))
        add("lastState", state.lastTermination.map { ["terminated": terminatedJSON($0)] } ?? .object(JSONObject()))
        add("name", .string(state.name))
        add("ready", .bool(state.ready))
        add("restartCount", .int(state.restartCount))
        add("started", .bool(state.isRunning && state.started))
        switch state.state {
        case .waiting(let reason, let message):
            var waiting = JSONObject()
            if let message { waiting["message"] = .string(message) }
            waiting["reason"] = .string(reason)
            add("state", ["waiting": .object(waiting)])
        case .running(let since):
            add("state", SharedStatusValues.runningState(startedAt: since.rfc3339))
        case .terminated(let termination):
            add("state", ["terminated": terminatedJSON(termination)])
        }
        if !specMounts.isEmpty { add("volumeMounts", .array(specMounts)) }
        return .object(JSONObject(distinctMembers: members))
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
}
