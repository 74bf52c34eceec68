import JSONValue
import SimCore

/// The ECS container agent on instances booted from an ECS-optimized AMI. Some seconds
/// after the instance runs, the agent reads `ECS_CLUSTER` from `/etc/ecs/ecs.config` (which
/// the user data writes; `default` if absent) and registers — if the instance profile's role
/// lets it call `ecs:RegisterContainerInstance`. It disconnects when the instance stops.
extension EC2Backend {
    /// How EC2 reaches ECS (wired in AWSRegion).
    struct ContainerAgentLink {
        var connected: (ECSAgentRegistration) -> Void
        /// The instance ID, and whether it terminated (not merely stopped).
        var disconnected: (String, Bool) -> Void
    }

    /// The cluster named in user data: `ECS_CLUSTER=name`, however it is written there.
    static func ecsCluster(inUserData base64: String?) -> String {
        guard let base64, let bytes = Base64.decode(base64) else { return "default" }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.firstRange(of: "ECS_CLUSTER=") else { return "default" }
        var name = ""
        for character in text[range.upperBound...] {
            if character == "\"" || character == "'" { if name.isEmpty { continue } else { break } }
            guard character.isASCII, character.isLetter || character.isNumber || character == "-" || character == "_"
            else { break }
            name.append(character)
        }
        return name.isEmpty ? "default" : name
    }

    func startContainerAgentIfPresent(_ id: String) {
        guard let instance = instance(id: id), let image = images.first(where: { $0.id == instance.imageID }),
            image.runsECSAgent
        else { return }
        after(.seconds(Int64(timing().int(in: 25...45))), instance: id) { backend, instance in
            backend.registerAgent(instance)
        }
    }

    private func registerAgent(_ instance: Instance) {
        guard instance.state == .running, let spec = InstanceTypeSpec.named(instance.instanceType),
            let link = containerAgent
        else { return }
        let cluster = Self.ecsCluster(inUserData: instance.userData)
        let clusterArn = context.arn("ecs", "cluster/\(cluster)")
        guard let role = instanceRoleArn(instance),
            iam?.isAllowed(principalArn: role, action: "ecs:RegisterContainerInstance", resource: clusterArn) == true
        else { return }
        updateInstance(instance.id) { $0.agentConnected = true }
        link.connected(ECSAgentRegistration(
            clusterName: cluster, ec2InstanceID: instance.id, instanceType: spec.name,
            availabilityZone: instance.availabilityZone, subnetID: instance.subnetID,
            privateIPAddress: instance.privateIPAddress, cpu: spec.vCPUs * 1024, memoryMiB: spec.ecsRegisteredMemoryMiB,
            amiID: instance.imageID,
            autoScalingGroupName: tags(of: instance.id).first { $0.key == "aws:autoscaling:groupName" }?.value))
    }

    /// The role behind an instance's profile, if the profile holds one.
    func instanceRoleArn(_ instance: Instance) -> String? {
        guard let arn = instance.iamInstanceProfileArn, let profile = iam?.instanceProfile(nameOrARN: arn),
            let roleName = profile.roleNames.first
        else { return nil }
        return iam?.role(name: roleName)?.arn
    }

    func stopContainerAgent(_ id: String, terminated: Bool) {
        guard instance(id: id)?.agentConnected == true else { return }
        updateInstance(id) { $0.agentConnected = false }
        containerAgent?.disconnected(id, terminated)
    }
}
