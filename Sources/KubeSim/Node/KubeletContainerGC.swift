import SimCore

/// The kubelet's container garbage collection: once a minute, from when the kubelet starts
/// (`ContainerGCPeriod`), containerd's exited containers are removed but the newest of each
/// container of each pod (`--maximum-dead-containers-per-container=1`, no minimum age). So
/// `crictl ps -a` shows a crash-looping container's current run and the one before it, and
/// `crictl logs` no longer finds the runs removed.
///
/// A pass is scheduled only once a container has exited: a node whose containers all run
/// costs nothing between its ticks.
extension Kubelet {
    static let containerGCPeriod = SimDuration.minutes(1)

    /// Marks the start of the GC loop (the kubelet starting) and resumes it if there is work.
    func startContainerGC() {
        containerGCEpoch = now
        if let containerGCTimer { server.simulation.cancel(containerGCTimer) }
        containerGCTimer = nil
        if runtime.hasExitedContainers { scheduleContainerGC() }
    }

    /// containerd's record of `id` exits with `code`, and the next GC tick will look at it.
    func recordExit(_ id: String, code: Int) {
        runtime.exited(id, code: code, now: now)
        scheduleContainerGC()
    }

    private func scheduleContainerGC() {
        guard containerGCTimer == nil, isRunning else { return }
        let period = Self.containerGCPeriod.milliseconds
        let ticks = (now - containerGCEpoch).milliseconds / period + 1
        let due = containerGCEpoch + SimDuration(milliseconds: ticks * period)
        containerGCTimer = server.simulation.schedule(at: due) { [weak self] in self?.collectDeadContainers() }
    }

    private func collectDeadContainers() {
        containerGCTimer = nil
        guard isRunning else { return }
        let removed = Set(runtime.removeDeadContainers(keepingPerContainer: 1))
        guard !removed.isEmpty else { return }
        for runtime in pods.values {
            for index in runtime.containers.indices { runtime.containers[index].forgetRuns(removed) }
            for index in runtime.initContainers.indices { runtime.initContainers[index].forgetRuns(removed) }
        }
    }
}
