import JSONValue
import SimCore

/// The service scheduler: keeps each service's desired count of tasks running, replaces tasks
/// that stop, and rolls deployments forward within `minimumHealthyPercent` and
/// `maximumPercent`. A pass runs a moment after anything that concerns the service changes.
extension ECSBackend {
    /// Queues a pass for a service: after ECS's usual reaction time, or at `time`.
    func queueSchedulerPass(_ key: String, soon: Bool = false, at time: SimTime? = nil) {
        let when = time ?? simulation.now + .seconds(in: soon ? 0.5...1.5 : 1...3, from: timing)
        if let queued = schedulerPassAt[key], queued >= simulation.now, queued <= when { return }
        schedulerPassAt[key] = when
        simulation.schedule(at: when) { [weak self] in
            guard let self else { return }
            if self.schedulerPassAt[key] == when { self.schedulerPassAt[key] = nil }
            self.runSchedulerPass(key)
        }
    }

    /// Called when a service's task has finished stopping.
    func serviceTaskChanged(_ task: ECSTask) {
        guard let name = task.serviceName else { return }
        queueSchedulerPass("\(task.clusterName)/\(name)")
    }

    func runSchedulerPass(_ key: String) {
        guard let service = services[key], service.status != "INACTIVE", let cluster = clusters[service.clusterName],
            let primary = service.primary
        else { return }
        let desired = service.status == "DRAINING" ? 0 : service.desiredCount
        let config = service.deploymentConfiguration
        let active = serviceTasks(service).filter(\.isActive)
        let onDrainingInstance: (ECSTask) -> Bool = { task in
            task.containerInstanceID.flatMap { self.containerInstances[$0]?.status } == "DRAINING"
        }
        var current = active.filter { $0.deploymentID == primary.id && !onDrainingInstance($0) }
        var outgoing = active.filter { $0.deploymentID != primary.id || onDrainingInstance($0) }
        var toStop: [String] = []

        // Above the desired count: the newest pending tasks go first, then the newest running.
        if current.count > desired {
            let ordered = current.sorted {
                let a = ($0.lastStatus == .running ? 1 : 0), b = ($1.lastStatus == .running ? 1 : 0)
                return a != b ? a < b : $0.createdAt > $1.createdAt
            }
            toStop += ordered.prefix(current.count - desired).map(\.id)
            current.removeAll { toStop.contains($0.id) }
        }
        // Outgoing tasks that are not running yet serve nobody.
        toStop += outgoing.filter { $0.lastStatus != .running }.map(\.id)
        outgoing.removeAll { toStop.contains($0.id) }

        // Start tasks for the primary deployment, within maximumPercent while others remain.
        let need = max(0, desired - current.count)
        let throttled = service.throttledUntil.map { $0 > simulation.now } ?? false
        var launched = LaunchResult()
        if need > 0, primary.rolloutState != "FAILED", service.status == "ACTIVE", !throttled {
            let ceiling = outgoing.isEmpty ? need + current.count : (desired * config.maximumPercent) / 100
            let count = min(need, max(0, ceiling - current.count - outgoing.count))
            if count > 0 { launched = launchServiceTasks(service, deployment: primary, cluster: cluster, count: count, current: current) }
        }
        if throttled, need > 0, let until = service.throttledUntil { queueSchedulerPass(key, at: until) }

        // Stop outgoing running tasks while at least minimumHealthyPercent stay running.
        let minimumHealthy = (desired * config.minimumHealthyPercent + 99) / 100
        let healthy = (current + outgoing).filter { $0.lastStatus == .running }.count
        var removable = max(0, healthy - minimumHealthy)
        for task in outgoing.sorted(by: { $0.createdAt < $1.createdAt }) where removable > 0 {
            toStop.append(task.id)
            removable -= 1
        }
        let stoppedRunning = toStop.filter { tasks[$0]?.lastStatus == .running }
        for id in toStop {
            beginStop(id, code: "ServiceSchedulerInitiated",
                      reason: "Scaling activity initiated by (deployment \(primary.id))", initiator: .scheduler)
        }

        // Record what happened, and where the deployments now stand.
        guard var updated = services[key] else { return }
        if !launched.taskIDs.isEmpty { addEvent(Self.startedMessage(updated.name, tasks: launched.taskIDs), to: &updated) }
        if !stoppedRunning.isEmpty { addEvent(Self.stoppedMessage(updated.name, tasks: stoppedRunning), to: &updated) }
        if !launched.taskIDs.isEmpty, launched.placementFailure == nil {
            // Placement works again: its warning may be logged afresh the next time.
            updated.recentWarnings = updated.recentWarnings.filter { !$0.key.contains("was unable to place a task") }
        }
        if let failure = launched.placementFailure {
            addEvent(TaskPlacement.serviceMessage(service: updated.name, outcome: failure), to: &updated,
                     suppressDuplicates: true)
            emitServiceAction(service: updated, name: "SERVICE_TASK_PLACEMENT_FAILURE", type: "ERROR")
            queueSchedulerPass(key, at: simulation.now + .seconds(in: 25...35, from: timing))
        }
        let stillOutgoing = outgoing.filter { !toStop.contains($0.id) }
        let pendingAnywhere = (current + stillOutgoing).contains { $0.lastStatus != .running }
        if !stillOutgoing.isEmpty, launched.taskIDs.isEmpty, stoppedRunning.isEmpty, launched.placementFailure == nil,
            !pendingAnywhere, !throttled, primary.rolloutState != "FAILED", need > 0
        {
            addEvent(Self.stuckDeploymentMessage(updated.name), to: &updated, suppressDuplicates: true)
        }
        settleDeployments(&updated, desired: desired)
        services[key] = updated
    }

    /// The service's tasks, oldest first.
    func serviceTasks(_ service: ECSService) -> [ECSTask] {
        taskOrder.compactMap { tasks[$0] }.filter { $0.clusterName == service.clusterName && $0.serviceName == service.name }
    }

    private func launchServiceTasks(_ service: ECSService, deployment: Deployment, cluster: ECSCluster, count: Int,
                                    current: [ECSTask]) -> LaunchResult {
        var perProvider: [String: Int] = [:]
        for task in current { if let provider = task.capacityProviderName { perProvider[provider, default: 0] += 1 } }
        let targets: [LaunchTarget]
        do throws(AWSServiceError) {
            targets = try launchTargets(cluster: cluster, launchType: deployment.launchType,
                                        strategy: deployment.capacityProviderStrategy, count: count, existing: perProvider)
        } catch {
            return LaunchResult()
        }
        let tags: [ECSTag]
        switch service.propagateTags {
        case "SERVICE": tags = service.tags
        case "TASK_DEFINITION": tags = deployment.taskDefinition.tags
        default: tags = []
        }
        let spec = TaskSpec(
            cluster: cluster, definition: deployment.taskDefinition, platformVersion: deployment.platformVersion,
            network: deployment.network, overrides: .none(for: deployment.taskDefinition), group: "service:\(service.name)",
            startedBy: deployment.id, constraints: service.placementConstraints, strategy: service.placementStrategy,
            tags: tags, enableExecuteCommand: service.enableExecuteCommand, serviceName: service.name,
            deploymentID: deployment.id)
        return launch(spec, targets: targets)
    }

    /// Updates deployment counts, retires drained deployments, completes the primary one when
    /// it is all that runs, and notes (and re-notes every six hours) a steady state.
    private func settleDeployments(_ service: inout ECSService, desired: Int) {
        let all = serviceTasks(service)
        let active = all.filter(\.isActive)
        for index in service.deployments.indices {
            let id = service.deployments[index].id
            if service.deployments[index].status == "PRIMARY" {
                if service.deployments[index].desiredCount != desired {
                    service.deployments[index].desiredCount = desired
                    service.deployments[index].updatedAt = simulation.now
                }
            } else {
                let remaining = active.filter { $0.deploymentID == id }.count
                if service.deployments[index].desiredCount != remaining {
                    service.deployments[index].desiredCount = remaining
                    service.deployments[index].updatedAt = simulation.now
                }
            }
        }
        // A replaced deployment is listed until its last task's containers have stopped.
        service.deployments.removeAll { deployment in
            deployment.status != "PRIMARY"
                && !all.contains { $0.deploymentID == deployment.id && ($0.isActive || $0.executionStoppedAt == nil) }
        }
        guard let index = service.deployments.firstIndex(where: { $0.status == "PRIMARY" }) else { return }
        let primaryID = service.deployments[index].id
        let running = active.filter { $0.deploymentID == primaryID && $0.lastStatus == .running }.count
        let pending = active.filter { $0.deploymentID == primaryID && $0.lastStatus != .running }.count
        if service.status == "DRAINING" {
            if !all.contains(where: { !$0.isStopped }) {
                service.status = "INACTIVE"
                service.steady = false
            }
            return
        }
        if service.deployments[index].rolloutState == "IN_PROGRESS", service.deployments.count == 1,
            running == desired, pending == 0
        {
            service.deployments[index].rolloutState = "COMPLETED"
            service.deployments[index].rolloutStateReason = "ECS deployment \(primaryID) completed."
            service.deployments[index].updatedAt = simulation.now
            service.lastCompleted = service.deployments[index]
            addEvent(Self.deploymentCompletedMessage(service.name, deployment: primaryID), to: &service)
            emitDeploymentStateChange(service: service, deploymentID: primaryID, name: "SERVICE_DEPLOYMENT_COMPLETED",
                                      reason: "ECS deployment \(primaryID) completed.")
        }
        let allRunning = active.filter { $0.lastStatus == .running }.count
        let draining = all.contains { !$0.isActive && $0.executionStoppedAt == nil }
        let steady = service.deployments.count == 1 && service.deployments[index].rolloutState == "COMPLETED"
            && allRunning == desired && pending == 0 && !draining
        guard steady else {
            service.steady = false
            return
        }
        let due = service.lastSteadyEventAt.map { simulation.now - $0 >= Self.duplicateWindow } ?? true
        if !service.steady || due {
            addEvent(Self.steadyMessage(service.name), to: &service)
            emitServiceAction(service: service, name: "SERVICE_STEADY_STATE", type: "INFO")
            service.lastSteadyEventAt = simulation.now
            queueSchedulerPass(service.key, at: simulation.now + Self.duplicateWindow)
        }
        service.steady = true
    }
}
