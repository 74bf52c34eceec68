import SimCore

/// What a service learns from a task that failed to start: the deployment's `failedTasks`,
/// the service throttle (ever longer waits between launches, up to 15 minutes), and the
/// deployment circuit breaker, which fails the deployment once enough tasks of it failed
/// before any reached RUNNING, and rolls back to the last completed deployment if asked to.
extension ECSBackend {
    static let maximumThrottle = 900.0
    /// Consecutive failed launches before the scheduler starts spacing out retries.
    static let throttleAfter = 5

    /// The breaker's threshold: half the desired count, at least 3 and at most 200.
    static func circuitBreakerThreshold(desiredCount: Int) -> Int {
        min(200, max(3, (desiredCount + 1) / 2))
    }

    /// Called as a service's task is told to stop.
    func serviceTaskStopping(_ task: ECSTask) {
        guard let name = task.serviceName, var service = services["\(task.clusterName)/\(name)"] else { return }
        defer { queueSchedulerPass(service.key) }
        guard task.stopInitiator == .failure, !task.reachedRunning, service.status == "ACTIVE",
            let index = service.deployments.firstIndex(where: { $0.id == task.deploymentID })
        else { return }
        service.deployments[index].failedTasks += 1
        service.deployments[index].updatedAt = simulation.now

        // The circuit breaker watches the primary deployment until one of its tasks runs.
        let deployment = service.deployments[index]
        let anyRunning = taskOrder.contains {
            tasks[$0]?.deploymentID == deployment.id && tasks[$0]?.lastStatus == .running && tasks[$0]?.isActive == true
        }
        if service.deploymentConfiguration.circuitBreakerEnabled, deployment.status == "PRIMARY",
            deployment.rolloutState == "IN_PROGRESS", !anyRunning,
            deployment.failedTasks >= Self.circuitBreakerThreshold(desiredCount: service.desiredCount)
        {
            tripCircuitBreaker(&service, deployment: index)
            services[service.key] = service
            return
        }

        // The service throttle: ever longer waits between launches that keep failing.
        service.consecutiveLaunchFailures += 1
        if service.consecutiveLaunchFailures >= Self.throttleAfter {
            let doublings = min(service.consecutiveLaunchFailures - Self.throttleAfter, 10)
            let wait = min(Self.maximumThrottle, 15 * Double(1 << doublings))
            service.throttledUntil = simulation.now + .seconds(wait)
            addEvent(Self.throttledMessage(service.name), to: &service, suppressDuplicates: true)
            emitServiceAction(service: service, name: "SERVICE_TASK_START_IMPAIRED", type: "WARN")
        }
        services[service.key] = service
    }

    /// Called as a service's task reaches RUNNING: the launch problem, if any, is over.
    func serviceTaskRunning(_ task: ECSTask) {
        guard let name = task.serviceName, var service = services["\(task.clusterName)/\(name)"] else { return }
        service.consecutiveLaunchFailures = 0
        service.throttledUntil = nil
        service.recentWarnings = [:]
        services[service.key] = service
        queueSchedulerPass(service.key)
    }

    private func tripCircuitBreaker(_ service: inout ECSService, deployment index: Int) {
        let failed = service.deployments[index].id
        service.deployments[index].rolloutState = "FAILED"
        service.deployments[index].rolloutStateReason = "ECS deployment circuit breaker: tasks failed to start."
        addEvent(Self.deploymentFailedMessage(service.name, deployment: failed), to: &service)
        emitDeploymentStateChange(service: service, deploymentID: failed, name: "SERVICE_DEPLOYMENT_FAILED",
                                  reason: "ECS deployment circuit breaker: tasks failed to start.")
        guard service.deploymentConfiguration.rollback, let target = service.lastCompleted else { return }
        // Roll back: the last completed deployment becomes the primary one again.
        service.deployments[index].status = "ACTIVE"
        service.deployments[index].desiredCount = taskOrder.filter {
            tasks[$0]?.deploymentID == failed && tasks[$0]?.isActive == true
        }.count
        var restored = service.deployments.first { $0.id == target.id } ?? target
        service.deployments.removeAll { $0.id == target.id }
        restored.status = "PRIMARY"
        restored.rolloutState = "IN_PROGRESS"
        restored.rolloutStateReason = "ECS deployment circuit breaker: rolling back to deploymentId \(target.id)."
        restored.updatedAt = simulation.now
        service.deployments.insert(restored, at: 0)
        service.taskDefinition = restored.taskDefinition
        service.network = restored.network
        service.launchType = restored.launchType
        service.capacityProviderStrategy = restored.capacityProviderStrategy
        service.platformVersion = restored.platformVersion
        service.consecutiveLaunchFailures = 0
        service.throttledUntil = nil
        addEvent(Self.rollingBackMessage(service.name, deployment: target.id), to: &service)
        emitDeploymentStateChange(service: service, deploymentID: target.id, name: "SERVICE_DEPLOYMENT_IN_PROGRESS",
                                  reason: "ECS deployment circuit breaker: rolling back to deploymentId \(target.id).")
    }
}
