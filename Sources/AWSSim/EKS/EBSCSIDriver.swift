import JSONValue
import KubeSim
import SimCore

/// The Amazon EBS CSI driver in an EKS cluster (the `aws-ebs-csi-driver` add-on): its
/// controller (a Deployment) and node plugin (a DaemonSet) in kube-system, and what they do
/// once the controller runs — an EBS volume in the chosen node's zone for each claim the
/// binder hands to `ebs.csi.aws.com` (gp2's in-tree `kubernetes.io/aws-ebs` included, by CSI
/// migration), a PersistentVolume pinned to that zone, the volume attached to the instance
/// of whichever node runs a pod using it, and the volume deleted with its PersistentVolume.
final class EBSCSIDriver {
    static let name = "ebs.csi.aws.com"
    private let kube: Cluster
    private weak var ec2: EC2Backend?
    private let source: EventRecorder.Source
    private var inFlight: Set<String> = []
    private let clusterName: String

    init(kube: Cluster, ec2: EC2Backend, clusterName: String, region: String) {
        self.kube = kube
        self.ec2 = ec2
        self.clusterName = clusterName
        let ids = kube.simulation.random.stream("ebs-csi-\(clusterName)")
        source = EventRecorder.Source(
            component: "\(Self.name)_ebs-csi-controller-\(ids.kubernetesSuffix())\(ids.kubernetesSuffix())-\(ids.kubernetesSuffix())_\(ids.uuid())")
        Self.install(on: kube, region: region)
        let server = kube.apiServer
        server.watch(.persistentVolumeClaim) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.provision(event.object)
        }
        // Claims that waited for the controller are served when it is up.
        server.watch(.deployment) { [weak self] event in
            guard let self, event.object.name == "ebs-csi-controller", self.controllerRuns else { return }
            for claim in server.list(.persistentVolumeClaim, namespace: nil) { self.provision(claim) }
        }
        server.watch(.pod) { [weak self] event in self?.podChanged(event) }
        server.watch(.persistentVolume) { [weak self] event in
            let volume = event.object
            guard event.type != .deleted, volume["spec"]["csi"]["driver"].string == Self.name,
                volume["status"]["phase"].string == "Released",
                volume["spec"]["persistentVolumeReclaimPolicy"].string == "Delete"
            else { return }
            self?.deleteVolume(volume)
        }
    }

    private var controllerRuns: Bool {
        (kube.apiServer.object(.deployment, namespace: "kube-system", name: "ebs-csi-controller")?["status"]["availableReplicas"]
            .int ?? 0) > 0
    }

    private func provision(_ claim: JSON) {
        let server = kube.apiServer
        guard controllerRuns, claim.annotations[StorageFacts.storageProvisioner] == Self.name, !claim.isTerminating,
            (claim["spec"]["volumeName"].string ?? "").isEmpty, !inFlight.contains(claim.uid),
            let nodeName = claim.annotations[StorageFacts.selectedNode],
            let zone = server.object(.node, namespace: "", name: nodeName)?["metadata"]["labels"]["topology.kubernetes.io/zone"].string,
            let storageClass = server.object(.storageClass, namespace: "", name: StorageFacts.claimClass(claim))
        else { return }
        let volumeName = "pvc-\(claim.uid)"
        guard server.object(.persistentVolume, namespace: "", name: volumeName) == nil else { return }
        inFlight.insert(claim.uid)
        kube.events.record(claim, reason: "Provisioning",
                           message: "External provisioner is provisioning volume for claim \"\(claim.namespace)/\(claim.name)\"",
                           source: source)
        let (uid, namespace, name) = (claim.uid, claim.namespace, claim.name)
        kube.simulation.schedule(after: .seconds(Int64(3))) { [weak self] in
            guard let self, let ec2 = self.ec2 else { return }
            self.inFlight.remove(uid)
            guard let claim = server.object(.persistentVolumeClaim, namespace: namespace, name: name), claim.uid == uid,
                !claim.isTerminating
            else { return }
            let requested = Quantity(claim["spec"]["resources"]["requests"]["storage"].string ?? "1Gi")
            let gib = max(1, Int(((requested?.milli ?? 1_073_741_824_000) / 1000 + (1 << 30) - 1) >> 30))
            let type = storageClass["parameters"]["type"].string ?? "gp3"
            let volume = ec2.createVolume(sizeGiB: gib, zone: zone, type: type, tags: [
                ("CSIVolumeName", volumeName), ("ebs.csi.aws.com/cluster", "true"),
                ("kubernetes.io/created-for/pv/name", volumeName), ("kubernetes.io/created-for/pvc/name", name),
                ("kubernetes.io/created-for/pvc/namespace", namespace),
            ])
            let persistentVolume: JSON = [
                "metadata": ["name": .string(volumeName),
                             "annotations": ["pv.kubernetes.io/provisioned-by": .string(Self.name),
                                             "volume.kubernetes.io/provisioner-deletion-secret-name": "",
                                             "volume.kubernetes.io/provisioner-deletion-secret-namespace": ""]],
                "spec": [
                    "accessModes": claim["spec"]["accessModes"],
                    "capacity": ["storage": .string("\(gib)Gi")],
                    "claimRef": StorageFacts.claimRef(to: claim),
                    "csi": ["driver": .string(Self.name), "fsType": .string(storageClass["parameters"]["fsType"].string ?? "ext4"),
                            "volumeAttributes": ["storage.kubernetes.io/csiProvisionerIdentity": .string(
                                "\(self.kube.simulation.now.milliseconds)-\(gib)-\(Self.name)")],
                            "volumeHandle": .string(volume.id)],
                    "nodeAffinity": ["required": ["nodeSelectorTerms": [[
                        "matchExpressions": [["key": "topology.kubernetes.io/zone", "operator": "In", "values": [.string(zone)]]],
                    ]]]],
                    "persistentVolumeReclaimPolicy": .string(storageClass["reclaimPolicy"].string ?? "Delete"),
                    "storageClassName": .string(storageClass.name),
                    "volumeMode": .string(claim["spec"]["volumeMode"].string ?? "Filesystem"),
                ],
            ]
            guard (try? server.create(.persistentVolume, persistentVolume)) != nil else {
                ec2.deleteVolume(volume.id)
                return
            }
            self.kube.events.record(claim, reason: "ProvisioningSucceeded", message: "Successfully provisioned volume \(volumeName)",
                                    source: self.source)
        }
    }

    /// The EBS volumes behind a pod's claims.
    private func volumeHandles(of pod: JSON) -> [String] {
        let server = kube.apiServer
        return (pod["spec"]["volumes"].array ?? []).compactMap { volume in
            guard let claimName = volume["persistentVolumeClaim"]["claimName"].string,
                let bound = server.object(.persistentVolumeClaim, namespace: pod.namespace, name: claimName)?["spec"]["volumeName"].string,
                let persistent = server.object(.persistentVolume, namespace: "", name: bound),
                persistent["spec"]["csi"]["driver"].string == Self.name
            else { return nil }
            return persistent["spec"]["csi"]["volumeHandle"].string
        }
    }

    /// The instance behind a node: the last part of its provider ID (`aws:///us-east-1a/i-0abc`).
    private func instanceID(ofNode name: String) -> String? {
        kube.apiServer.object(.node, namespace: "", name: name)?["spec"]["providerID"].string?
            .split(separator: "/").last.map(String.init)
    }

    private func podChanged(_ event: WatchEvent) {
        guard let ec2, let node = event.object["spec"]["nodeName"].string else { return }
        let handles = volumeHandles(of: event.object)
        guard !handles.isEmpty, let instance = instanceID(ofNode: node) else { return }
        if event.type == .deleted {
            // Detached once no other pod on the node uses it.
            let others = kube.apiServer.list(.pod, namespace: nil).filter { $0["spec"]["nodeName"].string == node && $0.uid != event.object.uid }
            let inUse = Set(others.flatMap(volumeHandles))
            for handle in handles where !inUse.contains(handle) { ec2.detachVolume(handle) }
        } else if event.old?["spec"]["nodeName"].string == nil {
            for handle in handles { ec2.attachVolume(handle, to: instance) }
        }
    }

    private func deleteVolume(_ volume: JSON) {
        let name = volume.name
        guard inFlight.insert("volume/" + name).inserted else { return }
        kube.simulation.schedule(after: .seconds(Int64(2))) { [weak self] in
            guard let self else { return }
            self.inFlight.remove("volume/" + name)
            guard let current = self.kube.apiServer.object(.persistentVolume, namespace: "", name: name),
                current["status"]["phase"].string == "Released"
            else { return }
            if let handle = current["spec"]["csi"]["volumeHandle"].string { self.ec2?.deleteVolume(handle) }
            _ = try? self.kube.apiServer.delete(.persistentVolume, namespace: "", name: name)
        }
    }
}
