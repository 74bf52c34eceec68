import JSONValue
import SimCore

/// What the ECS agent on an EC2 instance reports when it registers with a cluster.
public struct ECSAgentRegistration: Sendable {
    public var clusterName: String
    public var ec2InstanceID: String
    public var instanceType: String
    public var availabilityZone: String
    public var subnetID: String
    public var privateIPAddress: String
    /// CPU units (1024 per vCPU) and memory in MiB the agent offers to tasks.
    public var cpu: Int
    public var memoryMiB: Int
    public var amiID: String
    /// The Auto Scaling group that launched the instance, if any: its capacity provider owns it.
    public var autoScalingGroupName: String?

    public init(clusterName: String, ec2InstanceID: String, instanceType: String, availabilityZone: String,
                subnetID: String, privateIPAddress: String, cpu: Int, memoryMiB: Int, amiID: String,
                autoScalingGroupName: String? = nil) {
        self.clusterName = clusterName
        self.ec2InstanceID = ec2InstanceID
        self.instanceType = instanceType
        self.availabilityZone = availabilityZone
        self.subnetID = subnetID
        self.privateIPAddress = privateIPAddress
        self.cpu = cpu
        self.memoryMiB = memoryMiB
        self.amiID = amiID
        self.autoScalingGroupName = autoScalingGroupName
    }
}

extension ECSBackend {
    /// The seam EC2 calls when an instance whose user data names `ECS_CLUSTER` has booted and
    /// its agent connects. The agent registers at once if the cluster exists, and keeps
    /// retrying (here: registers when the cluster is created) if it does not.
    public func agentConnected(_ registration: ECSAgentRegistration) {
        if let id = containerInstanceOrder.first(where: {
            containerInstances[$0]?.ec2InstanceID == registration.ec2InstanceID && containerInstances[$0]?.status != "INACTIVE"
        }) {
            // A restarted instance's agent reconnects to its existing registration.
            containerInstances[id]?.agentConnected = true
            containerInstances[id]?.version += 1
            emitContainerInstanceStateChange(id)
            capacityBecameAvailable(cluster: registration.clusterName)
            return
        }
        // An agent told to join `default` creates that cluster if it does not exist.
        if registration.clusterName == "default", clusters["default"]?.status != "ACTIVE" {
            _ = try? createCluster(["clusterName": "default"])
        }
        guard let cluster = clusters[registration.clusterName], cluster.status == "ACTIVE" else {
            pendingRegistrations.removeAll { $0.ec2InstanceID == registration.ec2InstanceID }
            pendingRegistrations.append(registration)
            return
        }
        register(registration, in: cluster)
    }

    /// The seam EC2 calls when such an instance stops or terminates: its agent disconnects.
    /// A terminated instance is deregistered and its tasks stop.
    public func agentDisconnected(ec2InstanceID: String) {
        agentDisconnected(ec2InstanceID: ec2InstanceID, terminated: true)
    }

    /// As above; a stopped (not terminated) instance stays registered, disconnected.
    public func agentDisconnected(ec2InstanceID: String, terminated: Bool) {
        pendingRegistrations.removeAll { $0.ec2InstanceID == ec2InstanceID }
        guard let id = containerInstanceOrder.first(where: {
            containerInstances[$0]?.ec2InstanceID == ec2InstanceID && containerInstances[$0]?.status != "INACTIVE"
        }), var instance = containerInstances[id] else { return }
        instance.agentConnected = false
        if terminated { instance.status = "INACTIVE" }
        instance.version += 1
        containerInstances[id] = instance
        emitContainerInstanceStateChange(id)
        let reason = "Host EC2 (instance \(ec2InstanceID)) \(terminated ? "terminated" : "stopped")."
        for taskID in taskOrder {
            guard let task = tasks[taskID], task.containerInstanceID == id, !task.isStopped else { continue }
            hostLost(taskID: taskID, reason: reason)
        }
    }

    func register(_ registration: ECSAgentRegistration, in cluster: ECSCluster) {
        let id = ids.containerInstanceID()
        let vpcID = ec2?.subnets.first { $0.id == registration.subnetID }?.vpcID
        let provider = capacityProviderOrder.compactMap { capacityProviders[$0] }.first {
            $0.status == "ACTIVE" && $0.autoScalingGroupName != nil && $0.autoScalingGroupName == registration.autoScalingGroupName
        }
        let instance = ContainerInstance(
            id: id, arn: context.arn("ecs", "container-instance/\(cluster.name)/\(id)"), clusterName: cluster.name,
            ec2InstanceID: registration.ec2InstanceID, instanceType: registration.instanceType,
            availabilityZone: registration.availabilityZone, subnetID: registration.subnetID, vpcID: vpcID,
            privateIPAddress: registration.privateIPAddress, amiID: registration.amiID,
            autoScalingGroupName: registration.autoScalingGroupName, registeredCPU: registration.cpu,
            registeredMemory: registration.memoryMiB, registeredAt: simulation.now,
            capacityProviderName: provider?.name)
        containerInstances[id] = instance
        containerInstanceOrder.append(id)
        emitContainerInstanceStateChange(id)
        capacityBecameAvailable(cluster: cluster.name)
    }

    /// Agents that were waiting for their cluster to exist register now.
    func registerWaitingAgents(cluster name: String) {
        guard let cluster = clusters[name], cluster.status == "ACTIVE" else { return }
        let waiting = pendingRegistrations.filter { $0.clusterName == name }
        pendingRegistrations.removeAll { $0.clusterName == name }
        for registration in waiting { register(registration, in: cluster) }
    }
}
