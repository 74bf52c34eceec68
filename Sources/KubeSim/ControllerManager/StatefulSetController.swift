import JSONValue
import SimCore

/// The statefulset controller: pods with stable names `<set>-0`, `<set>-1`, … created in
/// order (each waits for the one before it to be Running and Ready, under OrderedReady) and
/// removed in reverse order.
final class StatefulSetController {
    static let source = EventRecorder.Source(component: "statefulset-controller")
    let server: APIServer
    private let events: EventRecorder
    private let history: ControllerHistory
    private var queue: WorkQueue!
    /// Sets that made a burst of pods, and when they may make more.
    private var resting: [String: SimTime] = [:]

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        history = ControllerHistory(server: server)
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.statefulSet) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watchOwned(.pod, ownerKind: "StatefulSet") { [weak self] event, owner in
            self?.queue.addForChild(namespace: event.object.namespace, name: owner.name)
        }
    }

    static func ordinal(_ pod: JSON, set: String) -> Int? {
        guard pod.name.hasPrefix(set + "-") else { return nil }
        return Int(pod.name.dropFirst(set.count + 1))
    }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let sts = server.object(.statefulSet, namespace: namespace, name: name), !sts.isTerminating else {
            resting[key] = nil
            return
        }
        let pods = server.index.children(ofOwner: sts.uid).filter { $0.prefix == ResourceType.pod.etcdPrefix }
            .compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }
        var byOrdinal: [Int: JSON] = [:]
        for pod in pods { if let i = Self.ordinal(pod, set: name) { byOrdinal[i] = pod } }
        let replicas = sts["spec"]["replicas"].int ?? 1
        let ordered = (sts["spec"]["podManagementPolicy"].string ?? "OrderedReady") == "OrderedReady"
        let strategy = sts["spec"]["updateStrategy"]
        let partition = strategy["type"].string == "RollingUpdate" ? strategy["rollingUpdate"]["partition"].int ?? 0 : 0

        // The revision of the template as it is (the update revision), and the one the set
        // was at before (the current revision) until every pod is at the update revision.
        let data = ControllerHistory.patch(restoring: sts)
        let hash = ControllerHistory.hash(data, collisionCount: sts["status"]["collisionCount"].int ?? 0)
        var revisionLabels = stringMap(sts["spec"]["template"]["metadata"]["labels"])
        revisionLabels[Self.hashLabel] = hash
        let updateRevision = history.record(sts, name: "\(name)-\(hash)", labels: revisionLabels.json)?.name
            ?? "\(name)-\(hash)"
        let revisions = history.revisions(of: sts)
        let current = sts["status"]["currentRevision"].string.flatMap { wanted in revisions.first { $0.name == wanted } }
        let currentRevision = current?.name ?? updateRevision
        let currentTemplate = current.map(ControllerHistory.template(of:)) ?? sts["spec"]["template"]

        // Replace failed pods; create the missing ones in order, below the partition from the
        // current revision and from the update revision at and above it. Under OrderedReady
        // each waits for the one before it to be running and ready.
        if let until = resting[key], server.now >= until { resting[key] = nil }
        var waiting = false
        var made: [String] = []
        var removedAtCurrent = 0
        for ordinal in 0..<replicas {
            if let pod = byOrdinal[ordinal] {
                let phase = pod["status"]["phase"].string
                if phase == "Failed" || phase == "Succeeded", !pod.isTerminating {
                    deletePod(sts, pod.name)
                }
                if ordered && (!PodTemplate.isReady(pod) || pod.isTerminating) {
                    waiting = true
                    break
                }
                continue
            }
            if resting[key] != nil {
                waiting = true
                break
            }
            let fromCurrent = ordinal < partition
            let revision = fromCurrent ? currentRevision : updateRevision
            if createPod(sts, ordinal: ordinal, template: fromCurrent ? currentTemplate : sts["spec"]["template"],
                         revision: revision)
            {
                made.append(revision)
            }
            if made.count >= Self.burst {
                resting[key] = server.now + .seconds(Int64(1))
                queue.add(key, after: .seconds(Int64(1)))
            }
            if ordered || made.count >= Self.burst {
                waiting = true
                break
            }
        }
        reconcileClaimOwners(sts, byOrdinal, replicas: replicas)
        // Scale down from the highest ordinal, one at a time when ordered.
        if !waiting {
            for ordinal in byOrdinal.keys.sorted(by: >) where ordinal >= replicas {
                guard let pod = byOrdinal[ordinal], !pod.isTerminating else {
                    if ordered {
                        waiting = true
                        break
                    }
                    continue
                }
                deletePod(sts, pod.name)
                if ordered {
                    waiting = true
                    break
                }
            }
        }
        // A rolling update deletes the highest-ordinal pod not at the update revision, down to
        // the partition, once every pod above it is healthy; the loop above makes it again.
        if !waiting, strategy["type"].string == "RollingUpdate" {
            for ordinal in stride(from: replicas - 1, through: partition, by: -1) {
                guard let pod = byOrdinal[ordinal] else { break }
                if Self.revision(of: pod) != updateRevision, !pod.isTerminating {
                    deletePod(sts, pod.name)
                    if Self.revision(of: pod) == currentRevision { removedAtCurrent += 1 }
                    break
                }
                if !PodTemplate.isReady(pod) || pod.isTerminating { break }
            }
        }

        // The status counts the pods as this sync found them (terminating ones among the
        // replicas, not among the revisions), with the pods it made and deleted since.
        let created = pods.filter { !$0.isTerminating }
        let replicaCount = pods.count + made.count
        let ready = pods.filter(PodTemplate.isReady).count
        let updated = created.filter { Self.revision(of: $0) == updateRevision }.count
            + made.filter { $0 == updateRevision }.count
        var atCurrent = created.filter { Self.revision(of: $0) == currentRevision }.count
            + made.filter { $0 == currentRevision }.count - removedAtCurrent
        var finalRevision = currentRevision
        // The update is complete when every pod is at the update revision and ready.
        if strategy["type"].string == "RollingUpdate", updated == replicaCount, ready == replicaCount {
            finalRevision = updateRevision
            atCurrent = updated
        }
        atCurrent = max(0, atCurrent)
        server.modify(.statefulSet, namespace: namespace, name: name) { sts in
            var status = JSONObject()
            status["availableReplicas"] = .int(ready)
            status["collisionCount"] = 0
            if atCurrent > 0 { status["currentReplicas"] = .int(atCurrent) }
            status["currentRevision"] = .string(finalRevision)
            status["observedGeneration"] = .int(sts.generation)
            if ready > 0 { status["readyReplicas"] = .int(ready) }
            status["replicas"] = .int(replicaCount)
            status["updateRevision"] = .string(updateRevision)
            if updated > 0 { status["updatedReplicas"] = .int(updated) }
            sts["status"] = .object(status)
        }
        let live = Set(pods.map(Self.revision(of:))).union([finalRevision, updateRevision])
        history.prune(sts) { live.contains($0.name) }
    }

    private func createPod(_ sts: JSON, ordinal: Int, template: JSON, revision: String) -> Bool {
        let name = "\(sts.name)-\(ordinal)"
        var pod = PodTemplate.pod(from: template, owner: sts, namePrefix: "",
                                  extraLabels: ["apps.kubernetes.io/pod-index": String(ordinal),
                                                DaemonSetController.hashLabel: revision,
                                                "statefulset.kubernetes.io/pod-name": name])
        pod["metadata"].remove("generateName")
        pod["metadata"]["name"] = .string(name)
        pod["spec"]["hostname"] = .string(name)
        if let service = sts["spec"]["serviceName"].string, !service.isEmpty {
            pod["spec"]["subdomain"] = .string(service)
        }
        // Each claim template gives the pod a claim of its own, made first and kept across
        // the pod's replacements; the pod mounts it under the template's name.
        let claims = claims(of: sts, ordinal: ordinal)
        for claim in claims where server.object(.persistentVolumeClaim, namespace: sts.namespace, name: claim.name) == nil {
            guard (try? server.create(.persistentVolumeClaim, claim, namespace: sts.namespace)) != nil else { return false }
            events.record(sts, reason: "SuccessfulCreate",
                          message: "create Claim \(claim.name) Pod \(name) in StatefulSet \(sts.name) success",
                          source: Self.source)
        }
        if !claims.isEmpty {
            let templates = sts["spec"]["volumeClaimTemplates"].array ?? []
            let claimed = Set(templates.map(\.name))
            var volumes: [JSON] = zip(templates, claims).map { template, claim in
                ["name": .string(template.name), "persistentVolumeClaim": ["claimName": .string(claim.name)]]
            }
            volumes += (pod["spec"]["volumes"].array ?? []).filter { !claimed.contains($0["name"].string ?? "") }
            pod["spec"]["volumes"] = .array(volumes)
        }
        guard (try? server.create(.pod, pod, namespace: sts.namespace)) != nil else { return false }
        events.record(sts, reason: "SuccessfulCreate", message: "create Pod \(name) in StatefulSet \(sts.name) successful",
                      source: Self.source)
        return true
    }

    private func deletePod(_ sts: JSON, _ name: String) {
        guard (try? server.delete(.pod, namespace: sts.namespace, name: name)) != nil else { return }
        events.record(sts, reason: "SuccessfulDelete", message: "delete Pod \(name) in StatefulSet \(sts.name) successful",
                      source: Self.source)
    }

    /// At most this many pods are made in a second (the controller manager's client is
    /// rate-limited): a set of a million Parallel replicas grows over time instead of
    /// stopping the world while it is made.
    static let burst = 500

    /// The label a StatefulSet's revisions carry their hash in (a pod carries the revision's
    /// name in `controller-revision-hash`).
    static let hashLabel = "controller.kubernetes.io/hash"

    static func revision(of pod: JSON) -> String {
        pod["metadata"]["labels"][DaemonSetController.hashLabel].string ?? ""
    }
}
