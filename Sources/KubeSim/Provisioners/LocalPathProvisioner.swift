import JSONValue
import SimCore

/// Rancher's local-path-provisioner, the external provisioner behind kind's `standard` class:
/// for a claim the binder has handed to `rancher.io/local-path` on a node the scheduler chose,
/// it makes a hostPath volume under `/var/local-path-provisioner` pinned to that node, and
/// deletes such volumes once Released under the Delete policy.
///
/// Only its controller loop is simulated: the Deployment in `local-path-storage` and the
/// helper pods it starts to create and remove directories are not, so a learner's pods keep
/// the names and placements they had before storage existed. Its events carry the identity a
/// real one would (`rancher.io/local-path_<pod>_<uuid>`), drawn from a stream of its own.
public final class LocalPathProvisioner {
    public static let name = "rancher.io/local-path"
    static let root = "/var/local-path-provisioner"
    /// How long the helper pod takes to create, or remove, a volume's directory.
    static let provisionTime = SimDuration.seconds(Int64(4))
    static let deleteTime = SimDuration.seconds(Int64(3))

    private let server: APIServer
    private let events: EventRecorder
    private let source: EventRecorder.Source
    private var queue: WorkQueue!
    private var inFlight: Set<String> = []

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        let ids = server.simulation.random.stream("local-path-provisioner")
        let pod = "local-path-provisioner-\(ids.kubernetesSuffix())\(ids.kubernetesSuffix())-\(ids.kubernetesSuffix())"
        source = EventRecorder.Source(component: "\(Self.name)_\(pod)_\(ids.uuid())")
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.persistentVolumeClaim) { [weak self] event in
            let claim = event.object
            guard event.type != .deleted, claim.annotations[StorageFacts.storageProvisioner] == Self.name,
                (claim["spec"]["volumeName"].string ?? "").isEmpty
            else { return }
            self?.queue.add("claim/" + ObjectKey.make(claim.namespace, claim.name))
        }
        server.watch(.persistentVolume) { [weak self] event in
            let volume = event.object
            guard event.type != .deleted, volume.annotations[StorageFacts.provisionedBy] == Self.name,
                volume["status"]["phase"].string == "Released",
                volume["spec"]["persistentVolumeReclaimPolicy"].string == "Delete"
            else { return }
            self?.queue.add("volume/" + volume.name)
        }
    }

    private func sync(_ key: String) {
        if key.hasPrefix("claim/") {
            let (namespace, name) = ObjectKey.split(String(key.dropFirst("claim/".count)))
            if let claim = server.object(.persistentVolumeClaim, namespace: namespace, name: name) { provision(claim) }
        } else if key.hasPrefix("volume/") {
            let name = String(key.dropFirst("volume/".count))
            guard inFlight.insert(key).inserted else { return }
            server.simulation.schedule(after: Self.deleteTime) { [weak self] in
                guard let self else { return }
                self.inFlight.remove(key)
                guard let volume = self.server.object(.persistentVolume, namespace: "", name: name),
                    volume["status"]["phase"].string == "Released"
                else { return }
                _ = try? self.server.delete(.persistentVolume, namespace: "", name: name)
            }
        }
    }

    private func provision(_ claim: JSON) {
        guard !claim.isTerminating, (claim["spec"]["volumeName"].string ?? "").isEmpty,
            !inFlight.contains(claim.uid)
        else { return }
        let className = StorageFacts.claimClass(claim)
        guard let storageClass = server.object(.storageClass, namespace: "", name: className),
            storageClass["provisioner"].string == Self.name
        else { return }
        let volumeName = "pvc-\(claim.uid)"
        if server.object(.persistentVolume, namespace: "", name: volumeName) != nil { return }
        guard let node = claim.annotations[StorageFacts.selectedNode] else {
            events.record(claim, type: "Warning", reason: "ProvisioningFailed",
                          message: "failed to provision volume with StorageClass \"\(className)\": configuration error, no node was specified",
                          source: source)
            return
        }
        inFlight.insert(claim.uid)
        events.record(claim, reason: "Provisioning",
                      message: "External provisioner is provisioning volume for claim \"\(claim.namespace)/\(claim.name)\"",
                      source: source)
        let uid = claim.uid
        server.simulation.schedule(after: Self.provisionTime) { [weak self] in
            guard let self else { return }
            self.inFlight.remove(uid)
            guard let claim = self.server.object(.persistentVolumeClaim, namespace: claim.namespace, name: claim.name),
                claim.uid == uid, !claim.isTerminating
            else { return }
            let volume = Self.volume(named: volumeName, for: claim, storageClass: storageClass, node: node)
            guard (try? self.server.create(.persistentVolume, volume)) != nil else { return }
            self.events.record(claim, reason: "ProvisioningSucceeded", message: "Successfully provisioned volume \(volumeName)",
                               source: self.source)
        }
    }

    static func volume(named name: String, for claim: JSON, storageClass: JSON, node: String) -> JSON {
        [
            "metadata": [
                "name": .string(name),
                "annotations": ["local.path.provisioner/selected-node": .string(node),
                                "pv.kubernetes.io/provisioned-by": .string(Self.name)],
            ],
            "spec": [
                "accessModes": claim["spec"]["accessModes"],
                "capacity": ["storage": claim["spec"]["resources"]["requests"]["storage"]],
                "claimRef": StorageFacts.claimRef(to: claim),
                "hostPath": ["path": .string("\(root)/\(name)_\(claim.namespace)_\(claim.name)"), "type": "DirectoryOrCreate"],
                "nodeAffinity": ["required": ["nodeSelectorTerms": [[
                    "matchExpressions": [["key": "kubernetes.io/hostname", "operator": "In", "values": [.string(node)]]],
                ]]]],
                "persistentVolumeReclaimPolicy": .string(storageClass["reclaimPolicy"].string ?? "Delete"),
                "storageClassName": .string(storageClass.name),
                "volumeMode": .string(claim["spec"]["volumeMode"].string ?? "Filesystem"),
            ],
        ]
    }
}
