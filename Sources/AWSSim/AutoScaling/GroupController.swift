import JSONValue
import SimCore

/// What Auto Scaling does between calls: compares each group's desired capacity with its
/// instances and launches or terminates the difference (balancing across zones), brings
/// launched instances in service once they run, and replaces instances that stop or
/// terminate behind its back.
extension AutoScalingBackend {
    /// Reacts to a change a second or two later, as the service does.
    func scheduleReconcile(_ name: String, after delay: SimDuration? = nil) {
        guard let group = group(name), !group.reconcileScheduled else { return }
        update(name) { $0.reconcileScheduled = true }
        let wait = delay ?? .millis(Int64(simulation.random.stream("autoscaling-timing-\(context.region)").int(in: 1200...3800)))
        simulation.schedule(after: wait) { [weak self] in
            self?.update(name) { $0.reconcileScheduled = false }
            self?.reconcile(name)
        }
    }

    func reconcile(_ name: String) {
        guard let group = group(name) else { return }
        defer { update(name) { $0.pendingCause = nil } }
        // Every activity of one pass names the same change ("from 0 to 2"), as AWS writes it.
        let active = group.active.count
        if active < group.desiredCapacity {
            for _ in active..<group.desiredCapacity {
                guard launchOne(name, from: active) else { return }
            }
        } else if active > group.desiredCapacity {
            for _ in group.desiredCapacity..<active { terminateOne(name, from: active) }
        }
        if let current = self.group(name), current.status != nil, current.members.isEmpty {
            groups.removeAll { $0.name == name }
        }
    }

    /// The subnet in the zone with the fewest active instances (the group's subnets in order
    /// break ties).
    func nextSubnet(_ group: AutoScalingGroup) -> EC2Backend.Subnet? {
        let subnets = group.subnetIDs.compactMap { id in ec2.subnets.first { $0.id == id } }
        return subnets.min { a, b in
            let countA = group.active.filter { $0.availabilityZone == a.availabilityZone }.count
            let countB = group.active.filter { $0.availabilityZone == b.availabilityZone }.count
            return countA < countB
        }
    }

    private func capacityCause(_ group: AutoScalingGroup, from: Int, to: Int, increasing: Bool) -> String {
        let lead = group.pendingCause.map { $0 + "  " } ?? ""
        let verb = increasing
            ? "an instance was started in response to a difference between desired and running capacity, increasing the capacity from \(from) to \(to)."
            : "an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from \(from) to \(to)."
        return lead + "At \(causeTime(simulation.now)) " + verb
    }

    /// Launches one instance; false when the launch failed (a retry is scheduled).
    private func launchOne(_ name: String, from active: Int) -> Bool {
        guard let group = group(name), let subnet = nextSubnet(group) else { return false }
        var request: JSON = [
            "LaunchTemplate": ["LaunchTemplateId": .string(group.launchTemplateID), "Version": .string(group.launchTemplateVersion)],
            "SubnetId": .string(subnet.id), "MinCount": 1, "MaxCount": 1,
        ]
        let propagated = group.tags.filter(\.propagateAtLaunch)
        if !propagated.isEmpty {
            request["TagSpecifications"] = [["ResourceType": "instance",
                                             "Tags": .array(propagated.map { ["Key": .string($0.key), "Value": .string($0.value)] })]]
        }
        do throws(AWSServiceError) {
            let (reservation, launched) = try ec2.launch(request, autoScalingGroup: name)
            recordServiceCall?("RunInstances", request, ["reservationId": .string(reservation)], nil)
            guard let instance = launched.first else { return false }
            let version = (try? ec2.resolveLaunchTemplate(request["LaunchTemplate"]))?.1.number ?? 1
            let cause = capacityCause(group, from: active, to: group.desiredCapacity, increasing: true)
            let activity = record(group, description: "Launching a new EC2 instance: \(instance.id)", cause: cause,
                                  status: "InProgress", progress: 30,
                                  details: details(subnet: subnet.id, zone: subnet.availabilityZone))
            update(name) {
                $0.members.append(AutoScalingGroup.Member(
                    instanceID: instance.id, instanceType: instance.instanceType, availabilityZone: instance.availabilityZone,
                    subnetID: subnet.id, lifecycleState: "Pending", launchTemplateVersion: String(version),
                    protectedFromScaleIn: $0.newInstancesProtectedFromScaleIn, launchedAt: simulation.now,
                    activityID: activity))
                $0.launchFailures = 0
            }
            return true
        } catch {
            recordServiceCall?("RunInstances", request, .null, error)
            let reason = error.message.hasSuffix(".") ? error.message : error.message + "."
            let message = "\(reason) Launching EC2 instance failed."
            record(group, description: "Launching a new EC2 instance.  Status Reason: \(message)",
                   cause: capacityCause(group, from: active, to: group.desiredCapacity, increasing: true),
                   status: "Failed", progress: 100, details: details(subnet: subnet.id, zone: subnet.availabilityZone),
                   message: message, ended: true)
            let failures = group.launchFailures + 1
            update(name) { $0.launchFailures = failures }
            // Auto Scaling backs off between failed launches: 10 s, 20 s, … up to 5 minutes.
            let delay = min(300, 10 << min(failures - 1, 5))
            scheduleReconcile(name, after: .seconds(Int64(delay)))
            return false
        }
    }

    /// The default termination policy: the zone with the most instances, then the oldest
    /// launch template version, then the instance launched first.
    private func terminateOne(_ name: String, from active: Int) {
        guard let group = group(name) else { return }
        let candidates = group.active.filter { !$0.protectedFromScaleIn || group.status != nil }
        guard !candidates.isEmpty else { return }
        var byZone: [String: Int] = [:]
        for member in group.active { byZone[member.availabilityZone, default: 0] += 1 }
        let busiest = byZone.values.max() ?? 0
        let victim = candidates
            .filter { byZone[$0.availabilityZone] == busiest }
            .min { a, b in
                let va = Int(a.launchTemplateVersion) ?? 0, vb = Int(b.launchTemplateVersion) ?? 0
                return va != vb ? va < vb : (a.launchedAt, a.instanceID) < (b.launchedAt, b.instanceID)
            } ?? candidates[0]
        let cause = capacityCause(group, from: active, to: group.desiredCapacity, increasing: false)
            + "  At \(causeTime(simulation.now)) instance \(victim.instanceID) was selected for termination."
        retire(victim, in: group, cause: cause)
    }

    /// Terminates a member, recording the activity.
    func retire(_ member: AutoScalingGroup.Member, in group: AutoScalingGroup, cause: String) {
        let activity = record(group, description: "Terminating EC2 instance: \(member.instanceID)", cause: cause,
                              status: "InProgress", progress: 0,
                              details: details(subnet: member.subnetID, zone: member.availabilityZone))
        update(group.name) {
            guard let index = $0.members.firstIndex(where: { $0.instanceID == member.instanceID }) else { return }
            $0.members[index].lifecycleState = "Terminating"
            $0.members[index].activityID = activity
        }
        let request: JSON = ["InstanceIds": [.string(member.instanceID)]]
        ec2.terminate(member.instanceID)
        recordServiceCall?("TerminateInstances", request, .null, nil)
    }

    /// EC2 tells Auto Scaling about its instances' state changes.
    func instanceChanged(_ instance: EC2Backend.Instance) {
        guard let name = instance.autoScalingGroup, let group = group(name),
            let member = group.members.first(where: { $0.instanceID == instance.id })
        else { return }
        switch instance.state {
        case .running where member.lifecycleState == "Pending":
            finishActivity(member.activityID)
            update(name) {
                guard let index = $0.members.firstIndex(where: { $0.instanceID == instance.id }) else { return }
                $0.members[index].lifecycleState = "InService"
            }
        case .terminated:
            finishActivity(member.activityID)
            update(name) { $0.members.removeAll { $0.instanceID == instance.id } }
            if member.lifecycleState != "Terminating" { noticeUnhealthy(instance.id, group: name) }
            scheduleReconcile(name)
        case .stopping, .stopped, .shuttingDown:
            guard member.lifecycleState != "Terminating", member.healthStatus == "Healthy" else { return }
            update(name) {
                guard let index = $0.members.firstIndex(where: { $0.instanceID == instance.id }) else { return }
                $0.members[index].healthStatus = "Unhealthy"
            }
            noticeUnhealthy(instance.id, group: name)
        default:
            break
        }
    }

    /// An instance stopped or terminated outside Auto Scaling: a health check notices within
    /// seconds, the instance is terminated and a replacement launched.
    private func noticeUnhealthy(_ instanceID: String, group name: String) {
        simulation.schedule(after: .seconds(Int64(simulation.random.stream("autoscaling-timing-\(context.region)").int(in: 5...20)))) { [weak self] in
            guard let self, let group = self.group(name) else { return }
            let cause = "At \(self.causeTime(self.simulation.now)) an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped."
            if let member = group.members.first(where: { $0.instanceID == instanceID }), member.lifecycleState != "Terminating" {
                self.retire(member, in: group, cause: cause)
            } else if group.members.first(where: { $0.instanceID == instanceID }) == nil {
                self.record(group, description: "Terminating EC2 instance: \(instanceID)", cause: cause, status: "Successful",
                            progress: 100, details: "{}", ended: true)
            }
            self.scheduleReconcile(name)
        }
    }
}
