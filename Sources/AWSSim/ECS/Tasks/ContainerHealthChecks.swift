import ContainerImages
import SimCore

/// Container health checks, judged against what the container's process does.
extension ECSBackend {
    /// Runs a container's health check after its start period: a check that can succeed
    /// against the running process makes it HEALTHY; one that cannot makes it UNHEALTHY after
    /// its retries, and a service replaces the task.
    func scheduleHealthCheck(_ id: String, container index: Int) {
        guard let task = tasks[id], task.containers.indices.contains(index),
            let check = task.containers[index].definition.healthCheck
        else { return }
        let container = task.containers[index]
        let healthy = Self.healthCheckPasses(check, plan: container.plan)
        let delay = Double(check.startPeriod ?? 0) + Double(check.interval) * Double(healthy ? 1 : check.retries)
        simulation.schedule(after: .seconds(delay)) { [weak self] in
            guard let self, var task = self.tasks[id], task.containers.indices.contains(index),
                task.containers[index].lastStatus == "RUNNING"
            else { return }
            task.containers[index].healthStatus = healthy ? "HEALTHY" : "UNHEALTHY"
            if task.lastStatus == .running { task.healthStatus = Self.taskHealth(task.containers) }
            self.tasks[id] = task
            self.bumpVersion(id)
            if !healthy, task.containers[index].essential, task.serviceName != nil, task.isActive {
                self.beginStop(id, code: "ServiceSchedulerInitiated", reason: "Task failed container health checks",
                               initiator: .failure)
            }
        }
    }

    /// Whether a health check command would succeed against the process: `exit 0`/`true`
    /// always, `exit 1`/`false` never, and an HTTP probe (`curl`, `wget`) when the process
    /// serves.
    static func healthCheckPasses(_ check: ContainerDefinition.HealthCheck, plan: ProcessPlan?) -> Bool {
        let script = check.command.dropFirst().joined(separator: " ").trimmingCharacters(in: " ")
        if script == "exit 0" || script == "true" { return true }
        if script.hasPrefix("exit ") || script == "false" { return false }
        if script.contains("curl") || script.contains("wget") { return !(plan?.listens.isEmpty ?? true) }
        return plan?.ending == .runsUntilStopped
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
