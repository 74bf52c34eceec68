import JSONValue
import KubeSim
import SimCore

/// EKS's Fargate half inside the cluster: a mutating webhook that hands a new pod matching an
/// ACTIVE profile to `fargate-scheduler` (so the default scheduler leaves it alone), and that
/// scheduler, which starts a micro-VM for each such pod — a node of its own, named
/// `fargate-ip-….ec2.internal`, with an interface in one of the profile's private subnets —
/// and binds the pod to it about a minute later. The node goes when its pod does.
extension EKSBackend {
    static let fargateSchedulerName = "fargate-scheduler"
    static let fargateSource = EventRecorder.Source(component: fargateSchedulerName)

    /// Installs the webhook and the scheduler on a cluster's Kubernetes.
    func startFargate(on kube: Cluster, cluster clusterName: String) {
        kube.apiServer.podAdmission = { [weak self] pod in self?.admitToFargate(&pod, cluster: clusterName) }
        kube.apiServer.watch(.pod) { [weak self] event in self?.fargatePodChanged(event, cluster: clusterName) }
    }

    private func admitToFargate(_ pod: inout JSON, cluster clusterName: String) {
        guard pod["spec"]["nodeName"].isNull, pod["spec"]["schedulerName"].string == "default-scheduler",
            let profiles = fargateProfiles[clusterName]
        else { return }
        let labels = EKSStringMap.read(pod["metadata"]["labels"])
        let namespace = pod["metadata"]["namespace"].string ?? "default"
        guard let profile = profiles.values.sorted(by: { $0.name < $1.name }).first(where: { profile in
            profile.status == .active && profile.selectors.contains { $0.matches(namespace: namespace, labels: labels) }
        }) else { return }
        pod["spec"]["schedulerName"] = .string(Self.fargateSchedulerName)
        pod["metadata"]["labels"]["eks.amazonaws.com/fargate-profile"] = .string(profile.name)
    }

    private func fargatePodChanged(_ event: WatchEvent, cluster clusterName: String) {
        let pod = event.object
        switch event.type {
        case .added where pod["spec"]["schedulerName"].string == Self.fargateSchedulerName && pod["spec"]["nodeName"].isNull:
            let (namespace, name, uid) = (pod.namespace, pod.name, pod.uid)
            simulation.schedule(after: .seconds(Int64(timing().int(in: 40...70)))) { [weak self] in
                self?.provisionFargate(namespace: namespace, name: name, uid: uid, cluster: clusterName)
            }
        case .deleted:
            guard let node = pod["spec"]["nodeName"].string, node.hasPrefix("fargate-") else { return }
            kubernetes[clusterName]?.removeNode(node)
            if let id = fargateInterfaces.removeValue(forKey: node) { ec2.deleteNetworkInterface(id: id) }
        default:
            break
        }
    }

    private func provisionFargate(namespace: String, name: String, uid: String, cluster clusterName: String) {
        guard let kube = kubernetes[clusterName],
            let pod = kube.apiServer.object(.pod, namespace: namespace, name: name), pod.uid == uid, pod["spec"]["nodeName"].isNull,
            let profileName = pod["metadata"]["labels"]["eks.amazonaws.com/fargate-profile"].string,
            let profile = fargateProfiles[clusterName]?[profileName], !profile.subnets.isEmpty
        else { return }
        let subnetID = profile.subnets[timing().int(in: 0...profile.subnets.count - 1)]
        guard let subnet = ec2.subnets.first(where: { $0.id == subnetID }),
            let eni = try? ec2.createNetworkInterface(subnetID: subnetID, securityGroupIDs: clusters[clusterName]?
                .clusterSecurityGroupID.map { [$0] } ?? [], description: "", requesterManaged: false, publicIP: false)
        else { return }
        let host = ec2.privateDNSName(eni.privateIPAddress)
        let nodeName = "fargate-" + host
        fargateInterfaces[nodeName] = eni.id
        var config = NodeConfig(
            name: nodeName, internalIP: eni.privateIPAddress, podCIDR: eni.privateIPAddress + "/32", cpu: "2",
            memoryKi: 3_977_748, pods: 1, osImage: "Amazon Linux 2", kernelVersion: "5.10.238-234.956.amzn2.x86_64",
            labels: ["eks.amazonaws.com/compute-type": "fargate", "kubernetes.io/hostname": host,
                     "failure-domain.beta.kubernetes.io/region": context.region,
                     "failure-domain.beta.kubernetes.io/zone": subnet.availabilityZone,
                     "topology.kubernetes.io/region": context.region, "topology.kubernetes.io/zone": subnet.availabilityZone])
        config.kubeletVersion = "v1.32.4-eks-" + Self.stableHex("fargate-kubelet-1.32.4", 7)
        config.containerRuntimeVersion = "containerd://1.7.27"
        config.providerID = "aws:///\(subnet.availabilityZone)/\(ids().hex(10))-\(ids().hex(32))/\(nodeName)"
        config.internalDNS = host
        config.taints = [("eks.amazonaws.com/compute-type", "fargate", "NoSchedule")]
        config.podIP = eni.privateIPAddress
        config.reportsPodCIDR = false
        config.annotations = ["node.alpha.kubernetes.io/ttl": "0",
                              "volumes.kubernetes.io/controller-managed-attach-detach": "true"]
        kube.addNode(config)
        kube.events.record(pod, type: "Warning", reason: "LoggingDisabled",
                           message: "Disabled logging because aws-logging configmap was not found. configmap \"aws-logging\" not found",
                           source: Self.fargateSource)
        let now = simulation.now
        let bound = kube.apiServer.modify(.pod, namespace: namespace, name: name) { pod in
            pod["metadata"]["annotations"]["CapacityProvisioned"] = "0.25vCPU 0.5GB"
            pod["metadata"]["annotations"]["Logging"] = "LoggingDisabled: LOGGING_CONFIGMAP_NOT_FOUND"
            pod["spec"]["nodeName"] = .string(nodeName)
            PodConditions.set(&pod, type: "PodScheduled", status: "True", now: now)
        }
        if let bound {
            kube.events.record(bound, reason: "Scheduled", message: "Successfully assigned \(namespace)/\(name) to \(nodeName)",
                               source: Self.fargateSource)
        }
    }

    /// A profile deleted: its pods' micro-VMs stop, and their pods with them.
    func stopFargatePods(profile: String, in clusterName: String) {
        guard let kube = kubernetes[clusterName] else { return }
        for pod in kube.apiServer.list(.pod, namespace: nil)
        where pod["metadata"]["labels"]["eks.amazonaws.com/fargate-profile"].string == profile {
            _ = try? kube.apiServer.delete(.pod, namespace: pod.namespace, name: pod.name, gracePeriodSeconds: 0)
        }
    }
}
