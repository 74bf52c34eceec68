import JSONValue
import SimCore

/// A task's way through its states, one timed step at a time. Each step checks that the task
/// is still where the step expects it (a stop may have overtaken it) before acting.
extension ECSBackend {
    func timings(_ task: ECSTask) -> TaskTimings { task.isFargate ? .fargate : .ec2 }

    func updateTask(_ id: String, _ body: (inout ECSTask) -> Void) {
        guard var task = tasks[id] else { return }
        body(&task)
        tasks[id] = task
    }

    /// Records a state change: the version goes up and EventBridge hears of it.
    func bumpVersion(_ id: String) {
        updateTask(id) { $0.version += 1 }
        emitTaskStateChange(id)
    }

    /// Schedules the task's next lifecycle step, replacing any step already queued.
    func scheduleStep(_ id: String, after delay: SimDuration, _ step: @escaping (ECSBackend) -> Void) {
        if let previous = tasks[id]?.lifecycleTimer { simulation.cancel(previous) }
        let timer = simulation.schedule(after: delay) { [weak self] in
            guard let self else { return }
            self.tasks[id]?.lifecycleTimer = nil
            step(self)
        }
        tasks[id]?.lifecycleTimer = timer
    }

    func startLifecycle(_ id: String) {
        guard let task = tasks[id] else { return }
        let pace = timings(task)
        if task.attachment != nil {
            scheduleStep(id, after: .seconds(in: pace.provisioning, from: timing)) { $0.attachNetwork(id) }
        } else {
            scheduleStep(id, after: .seconds(in: pace.agentPickup, from: timing)) { $0.beginPull(id) }
        }
    }

    /// PROVISIONING → PENDING: the ENI exists and is attached.
    func attachNetwork(_ id: String) {
        guard var task = tasks[id], task.isActive, task.lastStatus == .provisioning, var attachment = task.attachment
        else { return }
        if let ec2 {
            do throws(AWSServiceError) {
                let eni = try ec2.createNetworkInterface(
                    subnetID: attachment.subnetID, securityGroupIDs: task.network?.securityGroups ?? [],
                    description: context.arn("ecs", "attachment/\(attachment.id)"), requesterManaged: true,
                    publicIP: task.network?.assignPublicIp ?? false)
                attachment.networkInterfaceID = eni.id
                attachment.macAddress = eni.macAddress
                attachment.privateIPv4Address = eni.privateIPAddress
                attachment.privateDNSName = privateDNSName(eni.privateIPAddress)
            } catch {
                tasks[id] = task
                failToStart(id, reason: "ResourceInitializationError: failed to configure ENI: \(error.message)")
                return
            }
        }
        attachment.status = "ATTACHED"
        task.attachment = attachment
        if let address = attachment.privateIPv4Address {
            for index in task.containers.indices {
                task.containers[index].networkInterfaces = [
                    ["attachmentId": .string(attachment.id), "privateIpv4Address": .string(address)],
                ]
            }
        }
        task.lastStatus = .pending
        task.connectivityAt = simulation.now
        tasks[id] = task
        bumpVersion(id)
        scheduleStep(id, after: .seconds(in: timings(task).agentPickup, from: timing)) { $0.beginPull(id) }
    }

    /// `ip-172-31-5-10.ec2.internal` in us-east-1, `ip-….<region>.compute.internal` elsewhere.
    func privateDNSName(_ address: String) -> String {
        let host = "ip-" + address.split(separator: ".").joined(separator: "-")
        return context.region == "us-east-1" ? "\(host).ec2.internal" : "\(host).\(context.region).compute.internal"
    }

    /// ACTIVATING → RUNNING: the agent reports the task's containers running.
    func reportRunning(_ id: String) {
        guard var task = tasks[id], task.isActive, task.lastStatus == .activating else { return }
        task.lastStatus = .running
        task.startedAt = simulation.now
        task.healthStatus = Self.taskHealth(task.containers)
        task.reachedRunning = true
        tasks[id] = task
        bumpVersion(id)
        serviceTaskRunning(task)
    }

    /// A task's health is its essential containers' worst health.
    static func taskHealth(_ containers: [TaskContainer]) -> String {
        let essential = containers.filter(\.essential).compactMap(\.healthStatus)
        if essential.contains("UNHEALTHY") { return "UNHEALTHY" }
        if !essential.isEmpty, essential.allSatisfy({ $0 == "HEALTHY" }),
            containers.contains(where: { $0.definition.healthCheck != nil })
        {
            return "HEALTHY"
        }
        return "UNKNOWN"
    }

    /// The task fails before it could run (a pull, an ENI, a log group).
    func failToStart(_ id: String, reason: String, container: String? = nil) {
        if let container {
            updateTask(id) { task in
                if let index = task.containers.firstIndex(where: { $0.name == container }) {
                    task.containers[index].reason = reason
                }
            }
        }
        beginStop(id, code: "TaskFailedToStart", reason: reason, initiator: .failure)
    }

    /// The task is asked to stop: desiredStatus STOPPED, then DEACTIVATING/STOPPING as far
    /// as it had got. The first reason given is the one the task keeps.
    func beginStop(_ id: String, code: String, reason: String, initiator: ECSTask.StopInitiator) {
        guard var task = tasks[id], task.isActive else { return }
        if let timer = task.lifecycleTimer { simulation.cancel(timer) }
        task.lifecycleTimer = nil
        task.waitingSpec = nil
        task.desiredStatus = "STOPPED"
        task.stoppingAt = simulation.now
        task.stopCode = code
        task.stoppedReason = reason
        task.stopInitiator = initiator
        let pace = timings(task)
        switch task.lastStatus {
        case .running:
            // ECS records the desired status at once; the task reports DEACTIVATING a moment later.
            tasks[id] = task
            bumpVersion(id)
            scheduleStep(id, after: .seconds(in: 0.2...0.6, from: timing)) { backend in
                guard backend.tasks[id]?.lastStatus == .running else { return }
                backend.updateTask(id) { $0.lastStatus = .deactivating }
                backend.scheduleStep(id, after: .seconds(in: pace.deactivating, from: backend.timing)) {
                    $0.signalContainers(id)
                }
            }
        case .activating, .pending:
            task.lastStatus = .stopping
            tasks[id] = task
            bumpVersion(id)
            signalContainers(id)
        case .provisioning:
            tasks[id] = task
            bumpVersion(id)
            scheduleStep(id, after: .seconds(in: pace.stopReport, from: timing)) { $0.finishExecution(id) }
        case .deactivating, .stopping, .deprovisioning, .stopped:
            tasks[id] = task
            bumpVersion(id)
        }
        serviceTaskStopping(task)
    }

    /// STOPPING: SIGTERM to every running container, SIGKILL after its stop timeout.
    func signalContainers(_ id: String) {
        guard var task = tasks[id], task.desiredStatus == "STOPPED", !task.isStopped else { return }
        if task.lastStatus != .stopping {
            task.lastStatus = .stopping
            tasks[id] = task
            bumpVersion(id)
        }
        guard let current = tasks[id] else { return }
        task = current
        var anyRunning = false
        for index in task.containers.indices where task.containers[index].lastStatus == "RUNNING" {
            anyRunning = true
            let container = task.containers[index]
            let grace = Double(container.definition.stopTimeout ?? TaskTimings.defaultStopTimeout)
            let graceful = container.plan?.stopSeconds.map { $0 <= grace } ?? false
            let afterSignal = graceful ? (container.plan?.stopSeconds ?? 0) : grace
            var exitAt = simulation.now + .seconds(afterSignal)
            var code = graceful ? 0 : 137
            if let start = container.processStartedAt, case .exits(let after, let natural)? = container.plan?.ending,
                start + .seconds(after) <= exitAt
            {
                exitAt = start + .seconds(after)
                code = natural
            }
            if let timer = container.exitTimer { simulation.cancel(timer) }
            let name = container.name
            task.containers[index].exitTimer = simulation.schedule(at: exitAt) { [weak self] in
                self?.containerExited(id, name: name, code: code)
            }
        }
        tasks[id] = task
        if !anyRunning {
            scheduleStep(id, after: .seconds(in: timings(task).stopReport, from: timing)) { $0.finishExecution(id) }
        }
    }

    /// A container's process ended (by itself, or by signal).
    func containerExited(_ id: String, name: String, code: Int) {
        guard var task = tasks[id], let index = task.containers.firstIndex(where: { $0.name == name }),
            task.containers[index].lastStatus == "RUNNING"
        else { return }
        flushLogs(id, container: index, through: simulation.now)
        guard let refreshed = tasks[id] else { return }
        task = refreshed
        if let timer = task.containers[index].logTimer { simulation.cancel(timer) }
        task.containers[index].logTimer = nil
        task.containers[index].exitTimer = nil
        task.containers[index].lastStatus = "STOPPED"
        task.containers[index].exitCode = code
        if task.containers[index].definition.healthCheck != nil { task.containers[index].healthStatus = "UNKNOWN" }
        let essential = task.containers[index].essential
        tasks[id] = task
        if task.isActive {
            bumpVersion(id)
            if essential {
                beginStop(id, code: "EssentialContainerExited", reason: "Essential container in task exited",
                          initiator: .failure)
            }
            return
        }
        if !task.containers.contains(where: { $0.lastStatus == "RUNNING" }) {
            scheduleStep(id, after: .seconds(in: timings(task).stopReport, from: timing)) { $0.finishExecution(id) }
        }
    }

    /// Every container has stopped: resources go back to the instance, and an awsvpc task
    /// starts DEPROVISIONING its ENI.
    func finishExecution(_ id: String) {
        guard var task = tasks[id], !task.isStopped, task.lastStatus != .deprovisioning else { return }
        task.executionStoppedAt = simulation.now
        for index in task.containers.indices where task.containers[index].lastStatus != "STOPPED" {
            task.containers[index].lastStatus = "STOPPED"
        }
        tasks[id] = task
        releaseReservation(id)
        serviceTaskChanged(task)
        if var attachment = task.attachment {
            attachment.status = attachment.networkInterfaceID == nil ? "DELETED" : "DETACHING"
            task.attachment = attachment
            task.lastStatus = .deprovisioning
            tasks[id] = task
            bumpVersion(id)
            let delay: SimDuration = attachment.networkInterfaceID == nil
                ? .seconds(in: 1...3, from: timing) : .seconds(in: timings(task).deprovisioning, from: timing)
            scheduleStep(id, after: delay) { $0.deprovisioned(id) }
        } else {
            markStopped(id)
        }
    }

    /// DEPROVISIONING → STOPPED: the ENI is gone and its address back in the subnet.
    func deprovisioned(_ id: String) {
        guard var task = tasks[id], task.lastStatus == .deprovisioning else { return }
        if let eni = task.attachment?.networkInterfaceID { ec2?.deleteNetworkInterface(id: eni) }
        task.attachment?.status = "DELETED"
        tasks[id] = task
        markStopped(id)
    }

    func markStopped(_ id: String) {
        guard var task = tasks[id], !task.isStopped else { return }
        task.lastStatus = .stopped
        task.stoppedAt = simulation.now
        if task.executionStoppedAt == nil { task.executionStoppedAt = simulation.now }
        tasks[id] = task
        bumpVersion(id)
        serviceTaskChanged(task)
        simulation.schedule(after: .seconds(TaskTimings.stoppedRetention)) { [weak self] in
            self?.forget(id)
        }
    }

    /// Stopped tasks disappear from the API about an hour after they stop.
    func forget(_ id: String) {
        guard tasks[id]?.isStopped == true else { return }
        tasks[id] = nil
        taskOrder.removeAll { $0 == id }
    }

    func releaseReservation(_ id: String) {
        guard var task = tasks[id], let reservation = task.reservation, let instanceID = task.containerInstanceID
        else { return }
        task.reservation = nil
        tasks[id] = task
        updateInstance(instanceID) { instance in
            instance.used.cpu -= reservation.cpu
            instance.used.memory -= reservation.memory
            for port in reservation.tcpPorts {
                if let index = instance.used.tcpPorts.firstIndex(of: port) { instance.used.tcpPorts.remove(at: index) }
            }
            for port in reservation.udpPorts {
                if let index = instance.used.udpPorts.firstIndex(of: port) { instance.used.udpPorts.remove(at: index) }
            }
            instance.version += 1
        }
        capacityBecameAvailable(cluster: task.clusterName)
    }

    func updateInstance(_ id: String, _ body: (inout ContainerInstance) -> Void) {
        guard var instance = containerInstances[id] else { return }
        body(&instance)
        containerInstances[id] = instance
    }

    /// The task's host went away: it is STOPPED at once, with no graceful shutdown.
    func hostLost(taskID id: String, reason: String) {
        guard var task = tasks[id], !task.isStopped else { return }
        if let timer = task.lifecycleTimer { simulation.cancel(timer) }
        for index in task.containers.indices {
            if let timer = task.containers[index].exitTimer { simulation.cancel(timer) }
            if let timer = task.containers[index].logTimer { simulation.cancel(timer) }
            task.containers[index].lastStatus = "STOPPED"
        }
        let wasActive = task.isActive
        task.desiredStatus = "STOPPED"
        if wasActive {
            task.stoppingAt = simulation.now
            task.stopCode = "TerminationNotice"
            task.stoppedReason = reason
            task.stopInitiator = .host
        }
        task.executionStoppedAt = task.executionStoppedAt ?? simulation.now
        task.reservation = nil
        tasks[id] = task
        if wasActive { serviceTaskStopping(task) }
        markStopped(id)
    }
}
