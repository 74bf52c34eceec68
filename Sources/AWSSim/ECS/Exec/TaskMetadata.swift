import JSONValue
import SimCore

/// Task metadata endpoint v4 as the ECS agent (and Fargate's) serves it: `TaskResponse` and
/// `ContainerResponse`, members in the Go structs' order, empty ones left out as
/// `omitempty` does, times in RFC 3339 (UTC).
extension ECSBackend {
    func taskMetadata(_ task: ECSTask, withTags: Bool) -> JSON {
        var object = JSONObject()
        object["Cluster"] = .string(task.isFargate ? task.clusterArn : task.clusterName)
        object["TaskARN"] = .string(task.arn)
        object["Family"] = .string(task.family)
        object["Revision"] = .string(String(task.definition.revision))
        object["DesiredStatus"] = .string(task.desiredStatus)
        object["KnownStatus"] = .string(task.lastStatus.rawValue)
        var limits = JSONObject()
        if task.isFargate || task.definition.cpu != nil { limits["CPU"] = .double(Double(task.cpu) / 1024) }
        if task.isFargate || task.definition.memory != nil { limits["Memory"] = .int(task.memory) }
        if !limits.isEmpty { object["Limits"] = .object(limits) }
        object["PullStartedAt"] = task.pullStartedAt.map(Self.goTime)
        object["PullStoppedAt"] = task.pullStoppedAt.map(Self.goTime)
        object["ExecutionStoppedAt"] = task.executionStoppedAt.map(Self.goTime)
        object["AvailabilityZone"] = .string(task.availabilityZone)
        if withTags, !task.tags.isEmpty {
            var tags = JSONObject()
            for tag in task.tags.sorted(by: { $0.key < $1.key }) { tags[tag.key] = .string(tag.value) }
            object["TaskTags"] = .object(tags)
        }
        object["LaunchType"] = .string(task.launchType)
        object["Containers"] = .array(task.containers.map { containerMetadata(task, container: $0) })
        if let vpc = metadataVPC(task) { object["VPCID"] = .string(vpc) }
        object["ServiceName"] = task.serviceName.map(JSON.string)
        if task.isFargate {
            let hash = fnv1a64(task.id)
            object["ClockDrift"] = [
                "ClockErrorBound": .double(Double(200 + hash % 700) / 1000),
                "ReferenceTimestamp": Self.goTime(SimTime(seconds: simulation.now.seconds - 16)),
                "ClockSynchronizationStatus": "SYNCHRONIZED",
            ]
            let image = task.containers.reduce(Int64(0)) { $0 + ($1.resolvedImage?.size ?? 0) }
            let storage = task.definition.ephemeralStorage?["sizeInGiB"].int ?? 20
            object["EphemeralStorageMetrics"] = ["Utilized": .int(Int(image / 1_048_576) + 36),
                                                 "Reserved": .int(storage * 1024 + 16)]
        }
        object["FaultInjectionEnabled"] = false
        if !task.isFargate, let zone = ec2?.zone(named: task.availabilityZone) {
            object["AvailabilityZoneID"] = .string(zone.id)
        }
        return .object(object)
    }

    func containerMetadata(_ task: ECSTask, container: TaskContainer) -> JSON {
        var object = JSONObject()
        object["DockerId"] = .string(container.runtimeID ?? "")
        object["Name"] = .string(container.name)
        object["DockerName"] = .string(task.isFargate ? container.name : dockerName(task, container: container))
        object["Image"] = .string(container.definition.image)
        object["ImageID"] = .string(container.imageDigest ?? "")
        let mode = task.definition.effectiveNetworkMode
        let bindings = container.networkBindings ?? []
        var ports: [JSON] = []
        if mode == "awsvpc" {
            ports = container.definition.portMappings.map { mapping in
                ["ContainerPort": .int(mapping.containerPort), "Protocol": .string(mapping.transport),
                 "HostPort": .int(mapping.containerPort)]
            }
        } else {
            ports = bindings.map { binding in
                ["ContainerPort": binding["containerPort"], "Protocol": binding["protocol"], "HostPort": binding["hostPort"],
                 "HostIp": binding["bindIP"]]
            }
        }
        if !ports.isEmpty { object["Ports"] = .array(ports) }
        object["Labels"] = [
            "com.amazonaws.ecs.cluster": .string(task.isFargate ? task.clusterArn : task.clusterName),
            "com.amazonaws.ecs.container-name": .string(container.name),
            "com.amazonaws.ecs.task-arn": .string(task.arn),
            "com.amazonaws.ecs.task-definition-family": .string(task.family),
            "com.amazonaws.ecs.task-definition-version": .string(String(task.definition.revision)),
        ]
        object["DesiredStatus"] = .string(task.desiredStatus)
        object["KnownStatus"] = .string(container.lastStatus)
        object["ExitCode"] = container.exitCode.map(JSON.int)
        var limits = JSONObject()
        limits["CPU"] = .double(Double(container.cpu))
        limits["Memory"] = container.memory.map(JSON.int)
        object["Limits"] = .object(limits)
        object["CreatedAt"] = task.pullStoppedAt.map(Self.goTime)
        object["StartedAt"] = container.processStartedAt.map(Self.goTime)
        object["Type"] = "NORMAL"
        if let health = container.healthStatus, container.definition.healthCheck != nil {
            object["Health"] = ["status": .string(health), "statusSince": container.processStartedAt.map(Self.goTime) ?? .null]
        }
        if let log = container.definition.logConfiguration {
            object["LogDriver"] = .string(log.driver)
            var options = JSONObject()
            for key in log.options.keys.sorted() { options[key] = .string(log.options[key] ?? "") }
            object["LogOptions"] = .object(options)
        }
        object["ContainerARN"] = .string(container.arn)
        object["Networks"] = .array([networkMetadata(task)])
        if task.isFargate { object["Snapshotter"] = "overlayfs" }
        return .object(object)
    }

    private func networkMetadata(_ task: ECSTask) -> JSON {
        let mode = task.definition.effectiveNetworkMode
        var object = JSONObject()
        object["NetworkMode"] = .string(mode)
        switch mode {
        case "awsvpc":
            guard let attachment = task.attachment, let address = attachment.privateIPv4Address else { return .object(object) }
            object["IPv4Addresses"] = [.string(address)]
            object["AttachmentIndex"] = 0
            object["MACAddress"] = attachment.macAddress.map(JSON.string)
            let subnet = ec2?.subnets.first { $0.id == attachment.subnetID }
            if let subnet { object["IPv4SubnetCIDRBlock"] = .string(subnet.cidr) }
            if let dns = subnet.flatMap({ vpcDNSServer($0.vpcID) }) { object["DomainNameServers"] = [.string(dns)] }
            object["DomainNameSearchList"] = [.string(context.region == "us-east-1" ? "ec2.internal" : "\(context.region).compute.internal")]
            object["PrivateDNSName"] = attachment.privateDNSName.map(JSON.string)
            if let subnet, let (base, prefix) = IPv4.parseCIDR(subnet.cidr) {
                object["SubnetGatewayIpv4Address"] = .string("\(IPv4.format(base + 1))/\(prefix)")
            }
        case "bridge":
            let index = tasks.values.filter { $0.containerInstanceID == task.containerInstanceID && $0.createdAt < task.createdAt }.count
            object["IPv4Addresses"] = [.string("172.17.0.\(2 + index % 250)")]
        default:
            break
        }
        return .object(object)
    }

    /// The Amazon-provided DNS server of a VPC: its base address plus two.
    private func vpcDNSServer(_ vpcID: String) -> String? {
        guard let vpc = ec2?.vpcs.first(where: { $0.id == vpcID }), let (base, _) = IPv4.parseCIDR(vpc.cidr) else { return nil }
        return IPv4.format(base + 2)
    }

    private func metadataVPC(_ task: ECSTask) -> String? {
        if let subnet = task.attachment?.subnetID { return ec2?.subnets.first { $0.id == subnet }?.vpcID }
        guard let instance = task.containerInstanceID else { return nil }
        return containerInstances[instance]?.vpcID
    }

    /// The name the ECS agent gives a container on an EC2 instance:
    /// `ecs-<family>-<revision>-<container>-<20 hex digits>`.
    private func dockerName(_ task: ECSTask, container: TaskContainer) -> String {
        let suffix = String(fnv1a64(container.arn), radix: 16) + String(fnv1a64(container.arn + "name"), radix: 16)
        return "ecs-\(task.family)-\(task.definition.revision)-\(container.name)-\(suffix.prefix(20))"
    }

    /// Go's `time.Time` in JSON: RFC 3339 with the fraction's trailing zeros dropped.
    static func goTime(_ time: SimTime) -> JSON {
        let text = time.rfc3339
        let millis = time.milliseconds % 1000
        guard millis > 0 else { return .string(text) }
        var fraction = String(millis)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return .string(String(text.dropLast()) + "." + fraction + "Z")
    }
}
