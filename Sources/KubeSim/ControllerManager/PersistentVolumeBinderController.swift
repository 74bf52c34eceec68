import JSONValue
import SimCore

/// kube-controller-manager's persistentvolume-binder: binds claims to volumes (both ways:
/// `spec.claimRef` on the volume, `spec.volumeName` on the claim, and the bind annotations),
/// asks external provisioners for volumes, and reclaims volumes whose claim is gone — Retain
/// leaves them Released, Delete deletes them (or leaves that to the provisioner that made them).
/// Like the real controller it re-examines unfinished work every 15 seconds, which is why a
/// waiting claim's events count up (`x4 over 45s`).
final class PersistentVolumeBinderController {
    static let source = EventRecorder.Source(component: "persistentvolume-controller")
    static let resyncPeriod = SimDuration.seconds(Int64(15))

    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!
    private var resyncScheduled = false
    private let started: SimTime
    /// When each waiting claim last had its waiting event: a claim is looked at again after
    /// every change to it (many of them the controller's own), but says why it waits once per
    /// resync period, as the real one does.
    private var lastWaitingEvent: [String: SimTime] = [:]  // by claim uid and reason

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        started = server.now
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.persistentVolumeClaim) { [weak self] event in
            guard let self else { return }
            if event.type == .deleted {
                self.claimDeleted(event.object)
            } else {
                self.queue.add("claim/" + ObjectKey.make(event.object.namespace, event.object.name))
            }
        }
        server.watch(.persistentVolume) { [weak self] event in
            guard let self else { return }
            if event.type == .deleted {
                // A freed claim may now find another volume; a claim that lost its volume is Lost.
                self.enqueuePendingClaims()
                if let ref = event.object["spec"]["claimRef"].object,
                    let name = ref["name"]?.string, let namespace = ref["namespace"]?.string
                {
                    self.queue.add("claim/" + ObjectKey.make(namespace, name))
                }
                return
            }
            self.queue.add("volume/" + event.object.name)
            if event.object["spec"]["claimRef"].isNull || event.old == nil { self.enqueuePendingClaims() }
        }
        server.watch(.storageClass, only: .added) { [weak self] _ in self?.enqueuePendingClaims() }
    }

    private func sync(_ key: String) {
        if key.hasPrefix("claim/") {
            let (namespace, name) = ObjectKey.split(String(key.dropFirst("claim/".count)))
            guard let claim = server.object(.persistentVolumeClaim, namespace: namespace, name: name) else { return }
            syncClaim(claim)
        } else if key.hasPrefix("volume/") {
            guard let volume = server.object(.persistentVolume, namespace: "", name: String(key.dropFirst("volume/".count)))
            else { return }
            syncVolume(volume)
        }
    }

    // MARK: Claims

    private func syncClaim(_ claim: JSON) {
        let volumeName = claim["spec"]["volumeName"].string ?? ""
        if volumeName.isEmpty {
            syncUnboundClaim(claim)
        } else {
            syncBoundClaim(claim, volumeName: volumeName)
        }
    }

    private func syncUnboundClaim(_ claim: JSON) {
        let className = StorageFacts.claimClass(claim)
        let storageClass = className.isEmpty ? nil : server.object(.storageClass, namespace: "", name: className)
        let delayBinding = storageClass?["volumeBindingMode"].string == "WaitForFirstConsumer"
        let volumes = server.list(.persistentVolume, namespace: nil)
        if let volume = PersistentVolumeMatcher.bestMatch(for: claim, among: volumes, delayBinding: delayBinding) {
            bind(volume, to: claim)
            return
        }
        if delayBinding, claim.annotations[StorageFacts.selectedNode] == nil {
            recordWaiting(claim, reason: "WaitForFirstConsumer",
                          message: "waiting for first consumer to be created before binding")
        } else if !className.isEmpty {
            provision(claim, className: className, storageClass: storageClass)
        } else {
            recordWaiting(claim, reason: "FailedBinding",
                          message: "no persistent volumes available for this claim and no storage class is set")
        }
        setClaimPhase(claim, "Pending")
        scheduleResync()
    }

    /// `provisionClaim`: in-tree provisioners are not simulated, so a class either names an
    /// external provisioner (which is told through annotations, and awaited) or fails.
    private func provision(_ claim: JSON, className: String, storageClass: JSON?) {
        guard let storageClass else {
            recordWaiting(claim, type: "Warning", reason: "ProvisioningFailed",
                          message: "storageclass.storage.k8s.io \"\(className)\" not found")
            return
        }
        let named = storageClass["provisioner"].string ?? ""
        let provisioner = StorageFacts.migratedProvisioners[named] ?? named
        if provisioner.hasPrefix("kubernetes.io/") {
            recordWaiting(claim, type: "Warning", reason: "ProvisioningFailed",
                          message: "no volume plugin matched name: \(provisioner)")
            return
        }
        let annotated = server.modify(.persistentVolumeClaim, namespace: claim.namespace, name: claim.name) { claim in
            claim["metadata"]["annotations"][StorageFacts.betaStorageProvisioner] = .string(provisioner)
            claim["metadata"]["annotations"][StorageFacts.storageProvisioner] = .string(provisioner)
        }
        recordWaiting(annotated ?? claim, reason: "ExternalProvisioning",
                      message: "Waiting for a volume to be created either by the external provisioner '\(provisioner)' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.")
    }

    private func syncBoundClaim(_ claim: JSON, volumeName: String) {
        guard let volume = server.object(.persistentVolume, namespace: "", name: volumeName) else {
            if claim["status"]["phase"].string != "Lost" {
                setClaimPhase(claim, "Lost")
                events.record(claim, type: "Warning", reason: "ClaimLost",
                              message: "Bound claim has lost its PersistentVolume. Data on the volume is lost!",
                              source: Self.source)
            }
            return
        }
        if volume["spec"]["claimRef"].isNull || PersistentVolumeMatcher.isReserved(volume, for: claim) {
            bind(volume, to: claim)
        } else {
            events.record(claim, type: "Warning", reason: "FailedBinding",
                          message: "volume \"\(volumeName)\" already bound to a different claim.", source: Self.source)
            setClaimPhase(claim, "Pending")
        }
    }

    /// Writes both halves of a binding, volume first, as the controller does.
    private func bind(_ volume: JSON, to claim: JSON) {
        let now = server.now
        server.modify(.persistentVolume, namespace: "", name: volume.name) { volume in
            if volume["spec"]["claimRef"].isNull {
                volume["metadata"]["annotations"][StorageFacts.boundByController] = "yes"
            }
            // A claimRef that already names the claim, uid and all, is left as it is (with the
            // claim's resourceVersion of the moment it was bound).
            if volume["spec"]["claimRef"]["uid"].string != claim.uid {
                volume["spec"]["claimRef"] = StorageFacts.claimRef(to: claim)
            }
            if volume["status"]["phase"].string != "Bound" {
                volume["status"] = ["phase": "Bound", "lastPhaseTransitionTime": .string(now.rfc3339)]
            }
        }
        guard let bound = server.object(.persistentVolume, namespace: "", name: volume.name) else { return }
        server.modify(.persistentVolumeClaim, namespace: claim.namespace, name: claim.name) { claim in
            if (claim["spec"]["volumeName"].string ?? "").isEmpty {
                claim["metadata"]["annotations"][StorageFacts.boundByController] = "yes"
                claim["spec"]["volumeName"] = .string(bound.name)
            }
            claim["metadata"]["annotations"][StorageFacts.bindCompleted] = "yes"
            claim["status"]["phase"] = "Bound"
            claim["status"]["accessModes"] = bound["spec"]["accessModes"]
            claim["status"]["capacity"] = bound["spec"]["capacity"]
        }
    }

    private func setClaimPhase(_ claim: JSON, _ phase: String) {
        guard claim["status"]["phase"].string != phase else { return }
        server.modify(.persistentVolumeClaim, namespace: claim.namespace, name: claim.name) {
            $0["status"]["phase"] = .string(phase)
        }
    }

    // MARK: Volumes

    private func syncVolume(_ volume: JSON) {
        let ref = volume["spec"]["claimRef"]
        guard ref.object != nil else {
            setVolumePhase(volume, "Available")
            return
        }
        let claim = server.object(.persistentVolumeClaim, namespace: ref["namespace"].string ?? "",
                                  name: ref["name"].string ?? "")
        if let claim, PersistentVolumeMatcher.isReserved(volume, for: claim) {
            // Bound, or reserved for a claim the claim side will bind.
            if (claim["spec"]["volumeName"].string ?? "") == volume.name { setVolumePhase(volume, "Bound") }
            else if volume["status"]["phase"].string == "Pending" { setVolumePhase(volume, "Available") }
            return
        }
        if ref["uid"].string?.isEmpty ?? true {
            // Reserved by name for a claim that does not exist yet.
            setVolumePhase(volume, "Available")
            return
        }
        // The claim is gone: release, then reclaim.
        guard ["Bound", "Available", "Pending"].contains(volume["status"]["phase"].string ?? "") else { return }
        setVolumePhase(volume, "Released")
        reclaim(volume)
    }

    private func reclaim(_ volume: JSON) {
        switch volume["spec"]["persistentVolumeReclaimPolicy"].string ?? "Retain" {
        case "Delete":
            if volume.annotations[StorageFacts.provisionedBy] != nil {
                return  // its provisioner deletes what it made
            }
            if let path = volume["spec"]["hostPath"]["path"].string {
                if path.hasPrefix("/tmp/"), path.count > "/tmp/".count {
                    _ = try? server.delete(.persistentVolume, namespace: "", name: volume.name)
                } else {
                    failVolume(volume, message: "host_path deleter only supports /tmp/.+ but received provided \(path)",
                               reason: "VolumeFailedDelete")
                }
            } else {
                failVolume(volume, message: "error getting deleter volume plugin for volume \"\(volume.name)\": no deletable volume plugin matched",
                           reason: "VolumeFailedDelete")
            }
        case "Recycle":
            failVolume(volume, message: "No recycler plugin found for the volume!", reason: "VolumeFailedRecycle")
        default:
            break  // Retain: the data stays, and so does the volume, Released.
        }
    }

    private func failVolume(_ volume: JSON, message: String, reason: String) {
        let now = server.now
        let failed = server.modify(.persistentVolume, namespace: "", name: volume.name) {
            $0["status"] = ["phase": "Failed", "message": .string(message), "lastPhaseTransitionTime": .string(now.rfc3339)]
        }
        events.record(failed ?? volume, type: "Warning", reason: reason, message: message, source: Self.source)
    }

    private func setVolumePhase(_ volume: JSON, _ phase: String) {
        guard volume["status"]["phase"].string != phase else { return }
        let now = server.now
        server.modify(.persistentVolume, namespace: "", name: volume.name) {
            $0["status"] = ["phase": .string(phase), "lastPhaseTransitionTime": .string(now.rfc3339)]
        }
    }

    private func claimDeleted(_ claim: JSON) {
        lastWaitingEvent = lastWaitingEvent.filter { !$0.key.hasPrefix(claim.uid + "/") }
        for volume in server.list(.persistentVolume, namespace: nil) where PersistentVolumeMatcher.isReserved(volume, for: claim) {
            queue.add("volume/" + volume.name)
        }
    }

    private func recordWaiting(_ claim: JSON, type: String = "Normal", reason: String, message: String) {
        let now = server.now
        let period = Self.resyncPeriod.milliseconds
        let slotStart = started + .millis(((now - started).milliseconds / period) * period)
        let key = claim.uid + "/" + reason
        if let last = lastWaitingEvent[key], last >= slotStart { return }
        lastWaitingEvent[key] = now
        events.record(claim, type: type, reason: reason, message: message, source: Self.source)
    }

    // MARK: Resync

    private func enqueuePendingClaims() {
        for claim in server.list(.persistentVolumeClaim, namespace: nil)
        where (claim["spec"]["volumeName"].string ?? "").isEmpty {
            queue.add("claim/" + ObjectKey.make(claim.namespace, claim.name))
        }
    }

    /// The periodic resync, on the 15-second grid counted from the controller's start, for as
    /// long as some claim waits.
    private func scheduleResync() {
        guard !resyncScheduled else { return }
        resyncScheduled = true
        let period = Self.resyncPeriod.milliseconds
        let elapsed = (server.now - started).milliseconds
        let next = started + .millis(((elapsed / period) + 1) * period)
        server.simulation.schedule(at: next) { [weak self] in
            self?.resyncScheduled = false
            self?.enqueuePendingClaims()
        }
    }
}
