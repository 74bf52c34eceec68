import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// The binder's matching rules (`PersistentVolumeMatcher`), and the binder, protection and
/// reclaim behaviour they drive on a small cluster.
@Suite struct PersistentVolumeBinderTests {
    static func volume(_ name: String, size: String, modes: [String] = ["ReadWriteOnce"], storageClass: String = "manual",
                       labels: JSON = .null, claimRef: JSON = .null, phase: String = "Available",
                       volumeMode: String = "Filesystem", nodes: [String]? = nil) -> JSON {
        var volume: JSON = [
            "metadata": ["name": .string(name)],
            "spec": ["capacity": ["storage": .string(size)], "accessModes": .array(modes.map(JSON.string)),
                     "storageClassName": .string(storageClass), "volumeMode": .string(volumeMode),
                     "hostPath": ["path": .string("/mnt/\(name)")]],
            "status": ["phase": .string(phase)],
        ]
        if !labels.isNull { volume["metadata"]["labels"] = labels }
        if !claimRef.isNull { volume["spec"]["claimRef"] = claimRef }
        if let nodes {
            volume["spec"]["nodeAffinity"] = ["required": ["nodeSelectorTerms": [[
                "matchExpressions": [["key": "kubernetes.io/hostname", "operator": "In", "values": .array(nodes.map(JSON.string))]],
            ]]]]
        }
        return volume
    }

    static func claim(_ name: String = "data", size: String = "1Gi", modes: [String] = ["ReadWriteOnce"],
                      storageClass: String? = "manual", selector: JSON = .null, uid: String = "u-1") -> JSON {
        var claim: JSON = [
            "metadata": ["name": .string(name), "namespace": "default", "uid": .string(uid)],
            "spec": ["accessModes": .array(modes.map(JSON.string)), "resources": ["requests": ["storage": .string(size)]],
                     "volumeMode": "Filesystem"],
        ]
        if let storageClass { claim["spec"]["storageClassName"] = .string(storageClass) }
        if !selector.isNull { claim["spec"]["selector"] = selector }
        return claim
    }

    // MARK: Matching rules

    @Test func smallestVolumeThatIsBigEnoughWins() {
        let volumes = [Self.volume("big", size: "10Gi"), Self.volume("small", size: "500Mi"), Self.volume("fit", size: "2Gi"),
                       Self.volume("exact", size: "1Gi")]
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(), among: volumes)?.name == "exact")
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(size: "1500Mi"), among: volumes)?.name == "fit")
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(size: "20Gi"), among: volumes) == nil)
    }

    @Test func classMustBeTheSameIncludingTheEmptyClass() {
        let volumes = [Self.volume("fast", size: "1Gi", storageClass: "fast"), Self.volume("none", size: "5Gi", storageClass: "")]
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(storageClass: "fast"), among: volumes)?.name == "fast")
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(storageClass: ""), among: volumes)?.name == "none")
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(storageClass: "manual"), among: volumes) == nil)
    }

    @Test func everyRequestedAccessModeMustBeOffered() {
        let volumes = [Self.volume("rwo", size: "1Gi"), Self.volume("both", size: "5Gi", modes: ["ReadWriteOnce", "ReadWriteMany"])]
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(modes: ["ReadWriteMany"]), among: volumes)?.name == "both")
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(modes: ["ReadOnlyMany"]), among: volumes) == nil)
    }

    @Test func boundReleasedAndOtherModeVolumesAreSkipped() {
        let taken = Self.volume("taken", size: "1Gi", claimRef: ["name": "other", "namespace": "default", "uid": "u-2"], phase: "Bound")
        let released = Self.volume("released", size: "1Gi", phase: "Released")
        let block = Self.volume("block", size: "1Gi", volumeMode: "Block")
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(), among: [taken, released, block]) == nil)
    }

    @Test func aVolumeReservedForTheClaimWinsWhateverItsSize() {
        let reserved = Self.volume("reserved", size: "100Gi", claimRef: ["name": "data", "namespace": "default"])
        let volumes = [Self.volume("exact", size: "1Gi"), reserved]
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(), among: volumes)?.name == "reserved")
        // Reserved for an earlier claim of the same name: not this one.
        let stale = Self.volume("stale", size: "1Gi", claimRef: ["name": "data", "namespace": "default", "uid": "old"])
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(), among: [stale]) == nil)
    }

    @Test func selectorNarrowsByVolumeLabels() {
        let volumes = [Self.volume("ssd", size: "5Gi", labels: ["disk": "ssd"]), Self.volume("hdd", size: "1Gi", labels: ["disk": "hdd"])]
        let claim = Self.claim(selector: ["matchLabels": ["disk": "ssd"]])
        #expect(PersistentVolumeMatcher.bestMatch(for: claim, among: volumes)?.name == "ssd")
    }

    @Test func delayedBindingLeavesFreeVolumesToTheSchedulerWhoKnowsTheNode() {
        let volumes = [Self.volume("local-1", size: "1Gi", nodes: ["node01"]), Self.volume("local-2", size: "1Gi", nodes: ["node02"])]
        #expect(PersistentVolumeMatcher.bestMatch(for: Self.claim(), among: volumes, delayBinding: true) == nil)
        let onNode02 = PersistentVolumeMatcher.bestMatch(for: Self.claim(), among: volumes, delayBinding: true,
                                                         node: ("node02", ["kubernetes.io/hostname": "node02"]))
        #expect(onNode02?.name == "local-2")
    }

    // MARK: On a cluster

    func cluster() -> Cluster { TestCluster.make(seed: 7, withNode: true) }

    func create(_ cluster: Cluster, _ type: ResourceType, _ object: JSON) throws {
        var object = object
        object["metadata"].remove("uid")
        object.remove("status")
        try cluster.apiServer.create(type, object)
        cluster.simulation.advance(by: .seconds(Int64(1)))
    }

    @Test func staticBindingWritesBothHalvesAndTheAnnotations() throws {
        let cluster = cluster()
        try create(cluster, .persistentVolume, Self.volume("small", size: "1Gi"))
        try create(cluster, .persistentVolume, Self.volume("large", size: "5Gi"))
        try create(cluster, .persistentVolumeClaim, Self.claim(size: "2Gi"))
        let server = cluster.apiServer
        let claim = try server.get(.persistentVolumeClaim, namespace: "default", name: "data")
        let large = try server.get(.persistentVolume, namespace: "", name: "large")
        #expect(claim["status"]["phase"] == "Bound")
        #expect(claim["spec"]["volumeName"] == "large")
        #expect(claim["status"]["capacity"]["storage"] == "5Gi")
        #expect(claim.annotations["pv.kubernetes.io/bind-completed"] == "yes")
        #expect(claim.annotations["pv.kubernetes.io/bound-by-controller"] == "yes")
        #expect(claim.finalizers == ["kubernetes.io/pvc-protection"])
        #expect(large["status"]["phase"] == "Bound")
        #expect(large["spec"]["claimRef"]["uid"].string == claim.uid)
        #expect(large.annotations["pv.kubernetes.io/bound-by-controller"] == "yes")
        #expect(large.finalizers == ["kubernetes.io/pv-protection"])
        #expect(try server.get(.persistentVolume, namespace: "", name: "small")["status"]["phase"] == "Available")
    }

    @Test func retainLeavesTheVolumeReleasedOnceTheClaimGoes() throws {
        let cluster = cluster()
        try create(cluster, .persistentVolume, Self.volume("keep", size: "1Gi"))
        try create(cluster, .persistentVolumeClaim, Self.claim())
        try cluster.apiServer.delete(.persistentVolumeClaim, namespace: "default", name: "data")
        cluster.simulation.advance(by: .seconds(Int64(1)))
        #expect(cluster.apiServer.object(.persistentVolumeClaim, namespace: "default", name: "data") == nil)
        let volume = try cluster.apiServer.get(.persistentVolume, namespace: "", name: "keep")
        #expect(volume["status"]["phase"] == "Released")
        #expect(volume["spec"]["persistentVolumeReclaimPolicy"] == "Retain")
    }

    @Test func aClaimInUseStaysTerminatingUntilItsPodIsGone() throws {
        let cluster = cluster()
        try create(cluster, .persistentVolume, Self.volume("pv", size: "1Gi"))
        try create(cluster, .persistentVolumeClaim, Self.claim())
        try create(cluster, .pod, [
            "metadata": ["name": "app"],
            "spec": ["containers": [["name": "app", "image": "nginx:1.27"]],
                     "volumes": [["name": "d", "persistentVolumeClaim": ["claimName": "data"]]]],
        ])
        cluster.simulation.advance(by: .seconds(Int64(10)))
        #expect(try cluster.apiServer.get(.pod, namespace: "default", name: "app")["spec"]["nodeName"] == "node01")
        try cluster.apiServer.delete(.persistentVolumeClaim, namespace: "default", name: "data")
        cluster.simulation.advance(by: .seconds(Int64(1)))
        #expect(cluster.apiServer.object(.persistentVolumeClaim, namespace: "default", name: "data")?.isTerminating == true)
        try cluster.apiServer.delete(.pod, namespace: "default", name: "app")
        cluster.simulation.advance(by: .seconds(Int64(40)))
        #expect(cluster.apiServer.object(.persistentVolumeClaim, namespace: "default", name: "data") == nil)
    }

    @Test func aPodWhoseClaimIsMissingIsNotScheduled() throws {
        let cluster = cluster()
        try create(cluster, .pod, [
            "metadata": ["name": "app"],
            "spec": ["containers": [["name": "app", "image": "nginx:1.27"]],
                     "volumes": [["name": "d", "persistentVolumeClaim": ["claimName": "nope"]]]],
        ])
        let pod = try cluster.apiServer.get(.pod, namespace: "default", name: "app")
        #expect(pod["spec"]["nodeName"].isNull)
        let condition = (pod["status"]["conditions"].array ?? []).first { $0["type"] == "PodScheduled" }
        #expect(condition?["message"].string
            == "0/1 nodes are available: persistentvolumeclaim \"nope\" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.")
    }
}
