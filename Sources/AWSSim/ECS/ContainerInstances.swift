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

    public init(clusterName: String, ec2InstanceID: String, instanceType: String, availabilityZone: String,
                subnetID: String, privateIPAddress: String, cpu: Int, memoryMiB: Int, amiID: String) {
        self.clusterName = clusterName
        self.ec2InstanceID = ec2InstanceID
        self.instanceType = instanceType
        self.availabilityZone = availabilityZone
        self.subnetID = subnetID
        self.privateIPAddress = privateIPAddress
        self.cpu = cpu
        self.memoryMiB = memoryMiB
        self.amiID = amiID
    }
}

extension ECSBackend {
    /// The seam EC2 calls when an instance whose user data names `ECS_CLUSTER` has booted and
    /// its agent connects. Registration into the cluster is ECS's business.
    public func agentConnected(_ registration: ECSAgentRegistration) {
        pendingRegistrations.append(registration)
    }

    /// The seam EC2 calls when such an instance stops or terminates: its agent disconnects.
    public func agentDisconnected(ec2InstanceID: String) {
        pendingRegistrations.removeAll { $0.ec2InstanceID == ec2InstanceID }
    }
}
