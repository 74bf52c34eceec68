import ContainerImages
import JSONValue
import SimCore

/// The kubelet's `/metrics/resource` endpoint, which metrics-server scrapes: CPU and working-set
/// memory per running container, and for the whole node.
extension Kubelet {
    /// One container's usage as cAdvisor reports it.
    public struct ContainerUsage: Sendable {
        public var name: String
        public var nanoCores: Int64
        public var memoryBytes: Int64
    }

    public struct PodUsage: Sendable {
        public var namespace: String
        public var name: String
        public var containers: [ContainerUsage]
    }

    /// cAdvisor's housekeeping interval: a container shows up in resource metrics only once it
    /// has been running this long.
    static let housekeeping = SimDuration.seconds(Int64(10))

    /// The pods whose every app container was running (for at least one housekeeping interval)
    /// at `time`, with what each container used then.
    public func podUsage(at time: SimTime) -> [PodUsage] {
        guard isRunning else { return [] }
        var result: [PodUsage] = []
        for runtime in pods.values where !runtime.terminating {
            var containers: [ContainerUsage] = []
            for state in runtime.containers {
                guard let usage = usage(of: state, in: runtime, at: time) else { break }
                containers.append(usage)
            }
            guard !containers.isEmpty, containers.count == runtime.containers.count else { continue }
            result.append(PodUsage(namespace: runtime.namespace, name: runtime.name, containers: containers))
        }
        return result.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    }

    /// The whole machine at `time`: its pods plus the system (kernel, kubelet, containerd).
    public func nodeUsage(at time: SimTime) -> (nanoCores: Int64, memoryBytes: Int64)? {
        guard isRunning else { return nil }
        var cpu: Int64 = config.controlPlane ? 55_000_000 : 22_000_000
        var memory: Int64 = (config.controlPlane ? 720 : 430) * 1_048_576
        // A little wobble per scrape, the same for the same seed and time.
        let wobble = Int64(fnv1a64("\(config.name)@\(time.rfc3339)") % 7)
        cpu += wobble * 1_000_000
        memory += wobble * 1_572_864
        for runtime in pods.values {
            for state in runtime.containers + runtime.initContainers {
                guard state.isRunning, let plan = state.plan, let started = state.runStartedAt, started <= time else { continue }
                let spec = runtime.containerSpec(state.name, isInit: state.isInit)
                cpu += Self.cpuNanoCores(plan: plan, spec: spec)
                memory += Int64(plan.memoryMiB(after: (time - started).seconds) * 1_048_576)
            }
        }
        return (cpu, memory)
    }

    private func usage(of state: ContainerRuntimeState, in runtime: PodRuntime, at time: SimTime) -> ContainerUsage? {
        guard state.isRunning, let plan = state.plan, let started = state.runStartedAt,
            started + Self.housekeeping <= time
        else { return nil }
        let spec = runtime.containerSpec(state.name, isInit: false)
        // Working set: the process's memory plus a few hundred KiB of page cache, stable per container.
        let extraKiB = Int64(fnv1a64(state.containerID ?? state.name) % 512)
        let memory = Int64(plan.memoryMiB(after: (time - started).seconds) * 1_048_576) + extraKiB * 1024
        return ContainerUsage(name: state.name, nanoCores: Self.cpuNanoCores(plan: plan, spec: spec), memoryBytes: memory)
    }

    /// What the process burns, throttled to the container's CPU limit.
    static func cpuNanoCores(plan: ProcessPlan, spec: JSON) -> Int64 {
        var milli = Int64(plan.cpuMillicores)
        if let limit = spec["resources"]["limits"]["cpu"].string.flatMap(Quantity.init), limit.milli > 0 {
            milli = min(milli, limit.milli)
        }
        return milli * 1_000_000
    }
}
