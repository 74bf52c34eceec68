import JSONValue

/// The scheduler's cached view of one node: its labels, taints and what it offers (what is
/// placed there is counted in `SchedulerCache`).
struct NodeInfo {
    var name: String
    var labels: [String: String]
    var taints: [Taint]
    var unschedulable: Bool
    var allocatableMilliCPU: Int64
    var allocatableMemory: Int64
    var allocatablePods: Int

    init(_ node: JSON) {
        name = node.name
        labels = node.labels
        let view = NodeView(node)
        taints = view.taints
        unschedulable = view.unschedulable
        let allocatable = node["status"]["allocatable"]
        allocatableMilliCPU = allocatable["cpu"].string.flatMap(Quantity.init)?.milli ?? 0
        allocatableMemory = allocatable["memory"].string.flatMap(Quantity.init)?.value ?? 0
        allocatablePods = allocatable["pods"].string.flatMap { Int($0) } ?? 110
    }
}

/// The resources a pod asks for: the sum over its containers (init containers count by
/// their maximum, as the scheduler does).
struct PodRequests: Equatable {
    var milliCPU: Int64
    var memory: Int64

    init(milliCPU: Int64, memory: Int64) {
        self.milliCPU = milliCPU
        self.memory = memory
    }

    init(_ pod: JSON) {
        var cpu: Int64 = 0
        var memory: Int64 = 0
        for container in pod["spec"]["containers"].array ?? [] {
            let requests = container["resources"]["requests"]
            cpu += requests["cpu"].string.flatMap(Quantity.init)?.milli ?? 0
            memory += requests["memory"].string.flatMap(Quantity.init)?.value ?? 0
        }
        for container in pod["spec"]["initContainers"].array ?? [] {
            let requests = container["resources"]["requests"]
            cpu = max(cpu, requests["cpu"].string.flatMap(Quantity.init)?.milli ?? 0)
            memory = max(memory, requests["memory"].string.flatMap(Quantity.init)?.value ?? 0)
        }
        self.init(milliCPU: cpu, memory: memory)
    }
}

/// A pod toleration, and whether it tolerates a taint.
struct Toleration {
    var key: String?
    var op: String
    var value: String
    var effect: String?
    /// For NoExecute: how long the pod may stay after the taint appears (nil = forever).
    var seconds: Int?

    static func of(_ pod: JSON) -> [Toleration] {
        (pod["spec"]["tolerations"].array ?? []).map {
            Toleration(key: $0["key"].string, op: $0["operator"].string ?? "Equal", value: $0["value"].string ?? "",
                       effect: $0["effect"].string, seconds: $0["tolerationSeconds"].int)
        }
    }

    func tolerates(_ taint: Taint) -> Bool {
        if let effect, !effect.isEmpty, effect != taint.effect { return false }
        guard let key, !key.isEmpty else { return op == "Exists" }
        guard key == taint.key else { return false }
        return op == "Exists" || value == taint.value
    }
}
