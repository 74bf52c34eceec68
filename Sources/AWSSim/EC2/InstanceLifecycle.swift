import JSONValue
import SimCore

/// Instance state over time: pending → running (a public address, status checks, the ECS
/// agent), stopping → stopped, shutting-down → terminated (the primary interface deleted,
/// the instance visible for an hour more). Stop, start and terminate requests.
extension EC2Backend {
    func timing() -> RandomStream { simulation.random.stream("ec2-timing-\(context.region)") }

    /// Schedules `change` after `delay` unless the instance changed state in the meantime.
    func after(_ delay: SimDuration, instance id: String, _ change: @escaping (EC2Backend, Instance) -> Void) {
        guard let generation = instance(id: id)?.generation else { return }
        simulation.schedule(after: delay) { [weak self] in
            guard let self, let current = self.instance(id: id), current.generation == generation else { return }
            change(self, current)
        }
    }

    func setState(_ id: String, _ state: InstanceState) {
        updateInstance(id) {
            $0.state = state
            $0.generation += 1
        }
        if let instance = instance(id: id) {
            for observer in instanceStateObservers { observer(instance) }
        }
    }

    func schedulePendingToRunning(_ id: String) {
        after(.seconds(Int64(timing().int(in: 10...20))), instance: id) { backend, _ in backend.becomeRunning(id) }
    }

    private func becomeRunning(_ id: String) {
        guard let current = instance(id: id) else { return }
        var publicIP: String?
        if current.assignsPublicIP {
            let bits = simulation.random.stream("ec2-public-ip-\(context.region)").next()
            publicIP = "\(["3", "34", "44", "54"][Int(bits % 4)]).\(Int((bits >> 8) & 0xff)).\(Int((bits >> 16) & 0xff)).\(1 + Int((bits >> 24) % 254))"
        }
        let checks = simulation.now + .seconds(Int64(timing().int(in: 120...200)))
        updateInstance(id) {
            $0.publicIPAddress = publicIP
            $0.statusChecksPassAt = checks
            $0.hasRun = true
        }
        if let index = networkInterfaces.firstIndex(where: { $0.id == current.networkInterfaceID }) {
            networkInterfaces[index].attachment?.status = "attached"
            networkInterfaces[index].publicIP = publicIP
        }
        setState(id, .running)
        startContainerAgentIfPresent(id)
    }

    func stateChangeJSON(_ id: String, previous: InstanceState, current: InstanceState) -> JSON {
        ["InstanceId": .string(id), "CurrentState": current.json, "PreviousState": previous.json]
    }

    func userInitiatedReason() -> String {
        let c = CalendarTime(simulation.now)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "User initiated (\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) GMT)"
    }

    func terminateInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let ids = Self.strings(input["InstanceIds"])
        try checkInstanceIDs(ids)
        for id in ids where instance(id: id)?.disableApiTermination == true {
            throw AWSServiceError.ec2("OperationNotPermitted", "The instance '\(id)' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.")
        }
        return ["TerminatingInstances": .array(ids.map { id in
            let previous = instance(id: id)?.state ?? .terminated
            terminate(id)
            return stateChangeJSON(id, previous: previous, current: instance(id: id)?.state ?? .terminated)
        })]
    }

    /// Begins terminating an instance (also Auto Scaling's way of removing one).
    func terminate(_ id: String) {
        guard let current = instance(id: id), current.state != .terminated, current.state != .shuttingDown else { return }
        updateInstance(id) {
            $0.stateTransitionReason = userInitiatedReason()
            $0.stateReason = ("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown")
            $0.publicIPAddress = nil
        }
        stopContainerAgent(id, terminated: true)
        setState(id, .shuttingDown)
        after(.seconds(Int64(timing().int(in: 20...45))), instance: id) { backend, instance in
            backend.deleteNetworkInterface(id: instance.networkInterfaceID)
            backend.updateInstance(id) { $0.stateReason = ("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown") }
            backend.setState(id, .terminated)
            // Terminated instances stay visible for about an hour.
            backend.after(.hours(1), instance: id) { backend, _ in backend.instances.removeAll { $0.id == id } }
        }
    }

    func stopInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let ids = Self.strings(input["InstanceIds"])
        try checkInstanceIDs(ids)
        for id in ids {
            guard let current = instance(id: id) else { continue }
            if [.pending, .shuttingDown, .terminated].contains(current.state) {
                throw AWSServiceError.ec2("IncorrectInstanceState", "The instance '\(id)' is not in a state from which it can be stopped.")
            }
        }
        return ["StoppingInstances": .array(ids.map { id in
            let previous = instance(id: id)?.state ?? .stopped
            if previous == .running {
                updateInstance(id) {
                    $0.stateTransitionReason = userInitiatedReason()
                    $0.stateReason = ("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown")
                }
                stopContainerAgent(id, terminated: false)
                setState(id, .stopping)
                after(.seconds(Int64(timing().int(in: 15...40))), instance: id) { backend, instance in
                    backend.updateInstance(id) {
                        $0.publicIPAddress = nil
                        $0.statusChecksPassAt = nil
                    }
                    if let index = backend.networkInterfaces.firstIndex(where: { $0.id == instance.networkInterfaceID }) {
                        backend.networkInterfaces[index].publicIP = nil
                    }
                    backend.setState(id, .stopped)
                }
            }
            return stateChangeJSON(id, previous: previous, current: instance(id: id)?.state ?? previous)
        })]
    }

    func startInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let ids = Self.strings(input["InstanceIds"])
        try checkInstanceIDs(ids)
        for id in ids {
            guard let current = instance(id: id) else { continue }
            if [.stopping, .shuttingDown, .terminated].contains(current.state) {
                throw AWSServiceError.ec2("IncorrectInstanceState", "The instance '\(id)' is not in a state from which it can be started.")
            }
        }
        return ["StartingInstances": .array(ids.map { id in
            let previous = instance(id: id)?.state ?? .running
            if previous == .stopped {
                updateInstance(id) {
                    $0.stateTransitionReason = ""
                    $0.stateReason = nil
                }
                setState(id, .pending)
                schedulePendingToRunning(id)
            }
            return stateChangeJSON(id, previous: previous, current: instance(id: id)?.state ?? previous)
        })]
    }
}
