import JSONValue
import KubeSim
import SimCore

/// Managed nodes joining their cluster: an instance of a node group's Auto Scaling group,
/// some seconds after it runs, registers as a Kubernetes node named by its private DNS name
/// (`ip-172-31-5-12.ec2.internal`), with the labels, capacity and provider ID EKS nodes carry.
/// When the instance terminates the node and its pods go.
extension EKSBackend {
    /// How many times a self-managed node's kubelet tries to register (every 30 seconds)
    /// before Shipyard stops simulating its retries.
    static let registrationAttempts = 40

    func instanceChanged(_ instance: EC2Backend.Instance) {
        let nodegroup: EKSNodegroup? = instance.autoScalingGroup.flatMap { self.nodegroup(ofAutoScalingGroup: $0) }
        guard let clusterName = nodegroup?.clusterName ?? selfManagedCluster(instance) else { return }
        switch instance.state {
        case .running:
            let id = instance.id
            simulation.schedule(after: .seconds(Int64(timing().int(in: 35...55)))) { [weak self] in
                self?.join(instanceID: id, nodegroup: nodegroup?.name, cluster: clusterName, attempt: 1)
            }
        case .shuttingDown, .terminated, .stopping, .stopped:
            kubernetes[clusterName]?.removeNode(ec2.privateDNSName(instance.privateIPAddress))
        case .pending:
            break
        }
    }

    private func nodegroup(ofAutoScalingGroup group: String) -> EKSNodegroup? {
        for (_, groups) in nodegroups.sorted(by: { $0.key < $1.key }) {
            if let found = groups.values.first(where: { $0.autoScalingGroupName == group }) { return found }
        }
        return nil
    }

    /// A self-managed node: an instance of an EKS-optimized AMI whose user data names its
    /// cluster (nodeadm's `NodeConfig`, or `/etc/eks/bootstrap.sh NAME` on older AMIs).
    private func selfManagedCluster(_ instance: EC2Backend.Instance) -> String? {
        guard ec2.images.first(where: { $0.id == instance.imageID })?.name.hasPrefix("amazon-eks-node") == true
        else { return nil }
        return EKSNodeUserData.clusterName(base64: instance.userData)
    }

    private func join(instanceID: String, nodegroup name: String?, cluster clusterName: String, attempt: Int) {
        guard let instance = ec2.instance(id: instanceID), instance.state == .running,
            let cluster = clusters[clusterName], let kube = kubernetes[clusterName],
            let spec = InstanceTypeSpec.named(instance.instanceType),
            let subnet = ec2.subnets.first(where: { $0.id == instance.subnetID })
        else { return }
        let nodeName = ec2.privateDNSName(instance.privateIPAddress)
        guard kube.kubelet(on: nodeName) == nil else { return }
        let nodegroup = name.flatMap { nodegroups[clusterName]?[$0] }
        // A self-managed node's kubelet is refused until its role is let in; it keeps trying.
        if nodegroup == nil, !(ec2.instanceRoleArn(instance).map { admitsNode(roleArn: $0, cluster: cluster) } ?? false) {
            guard attempt < Self.registrationAttempts else { return }
            simulation.schedule(after: .seconds(Int64(30))) { [weak self] in
                self?.join(instanceID: instanceID, nodegroup: nil, cluster: clusterName, attempt: attempt + 1)
            }
            return
        }
        kube.addNode(nodeConfig(nodeName, instance: instance, spec: spec, subnet: subnet, nodegroup: nodegroup,
                                podBlock: kube.kubelets.count))
        if let nodegroup { noteJoined(nodegroup, in: kube) }
    }

    /// A node group is ACTIVE once it has every node it wants.
    private func noteJoined(_ nodegroup: EKSNodegroup, in kube: Cluster) {
        guard nodegroup.status == .creating else { return }
        let joined = kube.kubelets.keys.filter { name in
            kube.apiServer.object(.node, namespace: "", name: name)?["metadata"]["labels"]["eks.amazonaws.com/nodegroup"]
                .string == nodegroup.name
        }.count
        guard joined >= nodegroup.desiredSize else { return }
        nodegroups[nodegroup.clusterName]?[nodegroup.name]?.status = .active
        nodegroups[nodegroup.clusterName]?[nodegroup.name]?.modifiedAt = simulation.now
    }

    /// How an EKS-optimized Amazon Linux 2023 node describes itself. The kubelet reserves
    /// CPU by EKS's scale and `255Mi + 11Mi × max pods` of memory, plus the 100Mi eviction
    /// threshold; max pods follows the VPC CNI's addresses (`ENIs × (IPs per ENI − 1) + 2`).
    private func nodeConfig(_ name: String, instance: EC2Backend.Instance, spec: InstanceTypeSpec,
                            subnet: EC2Backend.Subnet, nodegroup: EKSNodegroup?, podBlock: Int) -> NodeConfig {
        let maxPods = spec.maxENIs * (spec.ipv4PerENI - 1) + 2
        let memoryKi = Int64(spec.ecsRegisteredMemoryMiB) * 1024
        let reservedCPU = Self.reservedMillicores(cores: spec.vCPUs)
        // Pods take addresses from the node's subnet (the VPC CNI): a /24 from the top of it.
        let subnetTop = (IPv4.parseCIDR(subnet.cidr).map { $0.base + (UInt32(1) << UInt32(32 - $0.prefix)) } ?? 0)
        let block = IPv4.format(subnetTop &- UInt32(256 * (podBlock + 1)))
        var config = NodeConfig(
            name: name, internalIP: instance.privateIPAddress, podCIDR: block + "/24", cpu: String(spec.vCPUs),
            memoryKi: memoryKi, pods: maxPods, osImage: "Amazon Linux 2023.9.20251208",
            kernelVersion: "6.1.158-180.294.amzn2023.x86_64",
            labels: labels(instance: instance, spec: spec, subnet: subnet, nodegroup: nodegroup))
        config.kubeletVersion = KubernetesVersion.default.gitVersion + "-eks-" + Self.stableHex("kubelet-1.32.4", 7)
        config.containerRuntimeVersion = "containerd://1.7.27"
        config.providerID = "aws:///\(instance.availabilityZone)/\(instance.id)"
        config.reportsPodCIDR = false
        config.internalDNS = name
        config.externalIP = instance.publicIPAddress
        config.externalDNS = instance.publicIPAddress.map(ec2.publicDNSName)
        config.allocatableCPU = "\(spec.vCPUs * 1000 - reservedCPU)m"
        config.allocatableMemoryKi = memoryKi - Int64(255 + 11 * maxPods + 100) * 1024
        config.annotations = ["alpha.kubernetes.io/provided-node-ip": instance.privateIPAddress,
                              "node.alpha.kubernetes.io/ttl": "0",
                              "volumes.kubernetes.io/controller-managed-attach-detach": "true"]
        return config
    }

    /// The labels EKS nodes carry; managed nodes add their node group's.
    private func labels(instance: EC2Backend.Instance, spec: InstanceTypeSpec, subnet: EC2Backend.Subnet,
                        nodegroup: EKSNodegroup?) -> [String: String] {
        var labels = [
            "beta.kubernetes.io/instance-type": spec.name,
            "failure-domain.beta.kubernetes.io/region": context.region,
            "failure-domain.beta.kubernetes.io/zone": instance.availabilityZone,
            "node.kubernetes.io/instance-type": spec.name, "topology.k8s.aws/zone-id": subnet.availabilityZoneID,
            "topology.kubernetes.io/region": context.region, "topology.kubernetes.io/zone": instance.availabilityZone,
        ]
        guard let nodegroup else { return labels }
        labels["eks.amazonaws.com/capacityType"] = nodegroup.capacityType
        labels["eks.amazonaws.com/nodegroup"] = nodegroup.name
        labels["eks.amazonaws.com/nodegroup-image"] = instance.imageID
        labels["k8s.io/cloud-provider-aws"] = Self.stableHex(nodegroup.clusterName, 32)
        return labels.merging(nodegroup.labels) { $1 }
    }

    /// EKS's CPU reservation: 6% of the first core, 1% of the second, 0.5% of the next two,
    /// 0.25% of the rest.
    static func reservedMillicores(cores: Int) -> Int {
        var millis = 0.0
        for core in 0..<cores { millis += core == 0 ? 60 : core == 1 ? 10 : core < 4 ? 5 : 2.5 }
        return Int(millis)
    }

    static func stableHex(_ seed: String, _ length: Int) -> String { MachineImage.stableHex(seed, length) }

    /// Under `CONFIG_MAP` EKS adds a managed node group's role to `aws-auth`, so its nodes may
    /// join (`system:bootstrappers`, `system:nodes`).
    func mapNodeRole(_ roleArn: String, in clusterName: String) {
        mapRole(roleArn, in: clusterName, groups: ["system:bootstrappers", "system:nodes"])
    }

    func mapRole(_ roleArn: String, in clusterName: String, groups: [String]) {
        guard let server = kubernetes[clusterName]?.apiServer else { return }
        let username = groups.contains("system:node-proxier") ? "system:node:{{SessionName}}" : "system:node:{{EC2PrivateDNSName}}"
        let entry = "- groups:\n" + groups.map { "  - \($0)\n" }.joined() + "  rolearn: \(roleArn)\n  username: \(username)\n"
        if let existing = server.object(.configMap, namespace: "kube-system", name: "aws-auth") {
            let roles = existing["data"]["mapRoles"].string ?? ""
            guard !roles.contains("rolearn: \(roleArn)\n") else { return }
            server.modify(.configMap, namespace: "kube-system", name: "aws-auth") { $0["data"]["mapRoles"] = .string(roles + entry) }
        } else {
            _ = try? server.create(.configMap, ["metadata": ["name": "aws-auth"], "data": ["mapRoles": .string(entry)]],
                                   namespace: "kube-system")
        }
    }
}

/// The cluster an EKS node's user data joins: nodeadm's `NodeConfig` (`spec.cluster.name`),
/// as AL2023 AMIs read it, or the argument of `/etc/eks/bootstrap.sh` on Amazon Linux 2.
enum EKSNodeUserData {
    static func clusterName(base64: String?) -> String? {
        guard let base64, let bytes = Base64.decode(base64) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { $0.drop { $0 == " " } }
        if let index = lines.firstIndex(where: { $0.hasPrefix("cluster:") }) {
            for line in lines[(index + 1)...] where line.hasPrefix("name:") {
                let name = line.dropFirst("name:".count).filter { $0 != " " && $0 != "\"" && $0 != "'" }
                return name.isEmpty ? nil : String(name)
            }
        }
        for line in lines {
            guard let range = line.firstRange(of: "/etc/eks/bootstrap.sh") else { continue }
            return line[range.upperBound...].split(separator: " ").first.map(String.init)
        }
        return nil
    }
}
