import JSONValue
import SimCore

/// The deployment controller: owns a ReplicaSet per pod template, rolls from old to new
/// within maxSurge and maxUnavailable, keeps revision history, honours pause, and reports
/// progress (including the progress deadline).
final class DeploymentController {
    static let source = EventRecorder.Source(component: "deployment-controller")
    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.deployment) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watchOwned(.replicaSet, ownerKind: "Deployment") { [weak self] event, owner in
            self?.queue.addForChild(namespace: event.object.namespace, name: owner.name)
        }
    }

    private func replicaSets(of deployment: JSON) -> [JSON] {
        server.index.children(ofOwner: deployment.uid).filter { $0.prefix == ResourceType.replicaSet.etcdPrefix }
            .compactMap { server.object(.replicaSet, namespace: $0.namespace, name: $0.name) }
    }

    static func revision(_ rs: JSON) -> Int { Int(rs.annotations[DeploymentAnnotations.revision] ?? "") ?? 0 }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let deployment = server.object(.deployment, namespace: namespace, name: name), !deployment.isTerminating
        else { return }
        var all = replicaSets(of: deployment)
        let template = deployment["spec"]["template"]
        let collisions = deployment["status"]["collisionCount"].int ?? 0
        let hash = PodTemplate.hash(template, collisionCount: collisions)
        var newRS = all.first { $0.labels["pod-template-hash"] == hash }
            ?? all.first { Self.sameTemplate($0["spec"]["template"], template) }
        let paused = deployment["spec"]["paused"].bool ?? false
        let desired = deployment["spec"]["replicas"].int ?? 1

        if newRS == nil, !paused {
            newRS = createReplicaSet(deployment, hash: hash, existing: all)
            if let newRS { all.append(newRS) }
        } else if let current = newRS {
            // The deployment's annotations follow it to its new ReplicaSet, and the new
            // ReplicaSet's revision stays the highest (a rollback re-uses an old one, which then
            // remembers its earlier revisions in revision-history).
            let maxRevision = all.map(Self.revision).max() ?? 0
            let bump = Self.revision(current) < maxRevision || Self.revision(current) == 0
            var updated = current
            let copied = Self.copyAnnotations(from: deployment, into: &updated)
            if bump {
                let old = updated.annotations[DeploymentAnnotations.revision]
                updated["metadata"]["annotations"][DeploymentAnnotations.revision] = .string(String(maxRevision + 1))
                if let old, !old.isEmpty {
                    let history = updated.annotations[DeploymentAnnotations.revisionHistory] ?? ""
                    updated["metadata"]["annotations"][DeploymentAnnotations.revisionHistory] =
                        .string(history.isEmpty ? old : history + "," + old)
                }
            }
            if bump || copied {
                newRS = server.modify(.replicaSet, namespace: namespace, name: current.name) {
                    $0["metadata"]["annotations"] = updated["metadata"]["annotations"]
                } ?? current
                all = replicaSets(of: deployment)
            }
            // The Deployment's revision is its new ReplicaSet's.
            if let revision = newRS?.annotations[DeploymentAnnotations.revision],
                deployment.annotations[DeploymentAnnotations.revision] != revision
            {
                server.modify(.deployment, namespace: namespace, name: name) {
                    $0["metadata"]["annotations"][DeploymentAnnotations.revision] = .string(revision)
                }
            }
        }
        let old = all.filter { $0.uid != newRS?.uid }

        if paused {
            scaleProportionally(deployment, newRS: newRS, old: old, desired: desired)
        } else if deployment["spec"]["strategy"]["type"].string == "Recreate" {
            recreate(deployment, newRS: newRS, old: old, desired: desired)
        } else {
            rollingUpdate(deployment, newRS: newRS, old: old, desired: desired)
        }
        cleanupHistory(deployment, old: replicaSets(of: deployment).filter { $0.uid != newRS?.uid })
        updateStatus(namespace: namespace, name: name)
    }

    /// Copies the Deployment's annotations (`kubernetes.io/change-cause`, the learner's own)
    /// onto a ReplicaSet, adding or overwriting, never removing; true when something changed.
    static func copyAnnotations(from deployment: JSON, into rs: inout JSON) -> Bool {
        var changed = false
        for (key, value) in deployment.annotations.sorted(by: { $0.key < $1.key })
        where !DeploymentAnnotations.rolloutOwned.contains(key) && rs.annotations[key] != value {
            rs["metadata"]["annotations"][key] = .string(value)
            changed = true
        }
        return changed
    }

    static func sameTemplate(_ a: JSON, _ b: JSON) -> Bool {
        var a = a
        var b = b
        a["metadata"]["labels"].remove("pod-template-hash")
        b["metadata"]["labels"].remove("pod-template-hash")
        return PodTemplate.canonical(a) == PodTemplate.canonical(b)
    }

    private func createReplicaSet(_ deployment: JSON, hash: String, existing: [JSON]) -> JSON? {
        let revision = (existing.map(Self.revision).max() ?? 0) + 1
        var template = deployment["spec"]["template"]
        template["metadata"]["labels"]["pod-template-hash"] = .string(hash)
        var selector = deployment["spec"]["selector"]
        selector["matchLabels"]["pod-template-hash"] = .string(hash)
        let desired = deployment["spec"]["replicas"].int ?? 1
        let maxSurge = Self.maxSurge(deployment, desired: desired)
        var labels = stringMap(deployment["spec"]["template"]["metadata"]["labels"])
        labels["pod-template-hash"] = hash
        let reference = OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: deployment.name, uid: deployment.uid)
        let rs: JSON = [
            "metadata": [
                "name": .string("\(deployment.name)-\(hash)"),
                "namespace": .string(deployment.namespace),
                "labels": labels.json,
                "annotations": [
                    "deployment.kubernetes.io/desired-replicas": .string(String(desired)),
                    "deployment.kubernetes.io/max-replicas": .string(String(desired + maxSurge)),
                    DeploymentAnnotations.revision: .string(String(revision)),
                ],
                "ownerReferences": [reference.json],
            ],
            "spec": ["replicas": 0, "minReadySeconds": deployment["spec"]["minReadySeconds"].int.map(JSON.int) ?? .null,
                     "selector": selector, "template": template],
        ]
        var cleaned = rs
        if cleaned["spec"]["minReadySeconds"].isNull { cleaned["spec"].remove("minReadySeconds") }
        _ = Self.copyAnnotations(from: deployment, into: &cleaned)
        guard let created = try? server.create(.replicaSet, cleaned, namespace: deployment.namespace) else { return nil }
        server.modify(.deployment, namespace: deployment.namespace, name: deployment.name) {
            $0["metadata"]["annotations"][DeploymentAnnotations.revision] = .string(String(revision))
            DeploymentConditions.set(&$0, type: "Progressing", status: "True", reason: "NewReplicaSetCreated",
                                     message: "Created new replica set \"\(created.name)\"", now: self.server.now)
        }
        return created
    }

    static func resolve(_ value: JSON, total: Int, roundUp: Bool) -> Int {
        if let i = value.int { return i }
        guard let s = value.string, s.hasSuffix("%"), let percent = Int(s.dropLast()) else { return 0 }
        let scaled = Double(total * percent) / 100
        return roundUp ? Int(scaled.rounded(.up)) : Int(scaled.rounded(.down))
    }

    static func maxSurge(_ d: JSON, desired: Int) -> Int {
        resolve(d["spec"]["strategy"]["rollingUpdate"]["maxSurge"], total: desired, roundUp: true)
    }

    static func maxUnavailable(_ d: JSON, desired: Int) -> Int {
        var value = resolve(d["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"], total: desired, roundUp: false)
        if value == 0 && maxSurge(d, desired: desired) == 0 { value = 1 }
        return min(value, desired)
    }

    private func replicas(_ rs: JSON?) -> Int { rs?["spec"]["replicas"].int ?? 0 }
    private func available(_ rs: JSON?) -> Int { rs?["status"]["availableReplicas"].int ?? 0 }

    private func scale(_ rs: JSON, to count: Int, deployment: JSON) {
        let current = replicas(rs)
        guard current != count else { return }
        let desired = deployment["spec"]["replicas"].int ?? 1
        let surge = Self.maxSurge(deployment, desired: desired)
        server.modify(.replicaSet, namespace: rs.namespace, name: rs.name) {
            $0["spec"]["replicas"] = .int(count)
            $0["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = .string(String(desired))
            $0["metadata"]["annotations"]["deployment.kubernetes.io/max-replicas"] = .string(String(desired + surge))
        }
        let direction = count > current ? "up" : "down"
        events.record(deployment, reason: "ScalingReplicaSet",
                      message: "Scaled \(direction) replica set \(rs.name) from \(current) to \(count)", source: Self.source)
    }

    private func rollingUpdate(_ d: JSON, newRS: JSON?, old: [JSON], desired: Int) {
        guard let newRS else { return }
        // Scale up the new ReplicaSet within maxSurge.
        let current = replicas(newRS)
        if current > desired {
            scale(newRS, to: desired, deployment: d)
            return
        }
        if current < desired {
            let total = old.map(replicas).reduce(current, +)
            let maxTotal = desired + Self.maxSurge(d, desired: desired)
            if total < maxTotal {
                let up = min(maxTotal - total, desired - current)
                scale(newRS, to: current + up, deployment: d)
                return
            }
        }
        // Scale down old ReplicaSets within maxUnavailable.
        let oldTotal = old.map(replicas).reduce(0, +)
        guard oldTotal > 0 else { return }
        let allTotal = oldTotal + replicas(newRS)
        let minAvailable = desired - Self.maxUnavailable(d, desired: desired)
        let newUnavailable = replicas(newRS) - available(newRS)
        var budget = allTotal - minAvailable - newUnavailable
        guard budget > 0 else { return }
        let oldestFirst = old.sorted { ($0.creationTimestamp?.milliseconds ?? 0) < ($1.creationTimestamp?.milliseconds ?? 0) }
        // Unhealthy old pods go first: they cost no availability.
        for rs in oldestFirst where budget > 0 {
            let unhealthy = replicas(rs) - available(rs)
            guard unhealthy > 0 else { continue }
            let down = min(unhealthy, budget)
            scale(rs, to: replicas(rs) - down, deployment: d)
            budget -= down
        }
        let refreshed = old.compactMap { server.object(.replicaSet, namespace: $0.namespace, name: $0.name) }
        let availableTotal = (refreshed + [newRS]).map(available).reduce(0, +)
        var room = min(budget, availableTotal - minAvailable)
        for rs in refreshed.sorted(by: { ($0.creationTimestamp?.milliseconds ?? 0) < ($1.creationTimestamp?.milliseconds ?? 0) })
        where room > 0 && replicas(rs) > 0 {
            let down = min(replicas(rs), room)
            scale(rs, to: replicas(rs) - down, deployment: d)
            room -= down
        }
    }

    private func recreate(_ d: JSON, newRS: JSON?, old: [JSON], desired: Int) {
        let activeOld = old.filter { replicas($0) > 0 }
        if !activeOld.isEmpty {
            for rs in activeOld { scale(rs, to: 0, deployment: d) }
            return
        }
        let oldPodsRemain = old.contains { ($0["status"]["replicas"].int ?? 0) > 0 }
        if let newRS, !oldPodsRemain { scale(newRS, to: desired, deployment: d) }
    }

    /// While paused only scaling happens, spread over the ReplicaSets in proportion.
    private func scaleProportionally(_ d: JSON, newRS: JSON?, old: [JSON], desired: Int) {
        let sets = ([newRS].compactMap { $0 } + old).filter { replicas($0) > 0 }
        let total = sets.map(replicas).reduce(0, +)
        guard total != desired else { return }
        if sets.isEmpty, let newRS {
            scale(newRS, to: desired, deployment: d)
            return
        }
        guard let largest = sets.max(by: { replicas($0) < replicas($1) }) else { return }
        scale(largest, to: max(0, replicas(largest) + desired - total), deployment: d)
    }

    private func cleanupHistory(_ d: JSON, old: [JSON]) {
        let limit = d["spec"]["revisionHistoryLimit"].int ?? 10
        let idle = old.filter { replicas($0) == 0 && ($0["status"]["replicas"].int ?? 0) == 0 }
            .sorted { Self.revision($0) < Self.revision($1) }
        guard idle.count > limit else { return }
        for rs in idle.prefix(idle.count - limit) {
            _ = try? server.delete(.replicaSet, namespace: rs.namespace, name: rs.name)
        }
    }

    private func updateStatus(namespace: String, name: String) {
        guard let d = server.object(.deployment, namespace: namespace, name: name) else { return }
        let sets = replicaSets(of: d)
        let hash = PodTemplate.hash(d["spec"]["template"], collisionCount: d["status"]["collisionCount"].int ?? 0)
        let newRS = sets.first { $0.labels["pod-template-hash"] == hash }
            ?? sets.first { Self.sameTemplate($0["spec"]["template"], d["spec"]["template"]) }
        let desired = d["spec"]["replicas"].int ?? 1
        let total = sets.map { $0["status"]["replicas"].int ?? 0 }.reduce(0, +)
        let updated = newRS?["status"]["replicas"].int ?? 0
        let ready = sets.map { $0["status"]["readyReplicas"].int ?? 0 }.reduce(0, +)
        let availableCount = sets.map(available).reduce(0, +)
        let unavailable = max(0, total - availableCount)
        let minAvailable = desired - Self.maxUnavailable(d, desired: desired)
        let now = server.now
        let complete = updated == desired && total == desired && availableCount >= desired
        let deadline = d["spec"]["progressDeadlineSeconds"].int ?? 600
        server.modify(.deployment, namespace: namespace, name: name) { d in
            var status = JSONObject()
            status["observedGeneration"] = .int(d.generation)
            if total > 0 { status["replicas"] = .int(total) }
            if updated > 0 { status["updatedReplicas"] = .int(updated) }
            if ready > 0 { status["readyReplicas"] = .int(ready) }
            if availableCount > 0 { status["availableReplicas"] = .int(availableCount) }
            if unavailable > 0 { status["unavailableReplicas"] = .int(unavailable) }
            if let conditions = d["status"]["conditions"].array { status["conditions"] = .array(conditions) }
            if let collisions = d["status"]["collisionCount"].int { status["collisionCount"] = .int(collisions) }
            d["status"] = .object(status)
            if availableCount >= minAvailable {
                DeploymentConditions.set(&d, type: "Available", status: "True", reason: "MinimumReplicasAvailable",
                                         message: "Deployment has minimum availability.", now: now)
            } else {
                DeploymentConditions.set(&d, type: "Available", status: "False", reason: "MinimumReplicasUnavailable",
                                         message: "Deployment does not have minimum availability.", now: now)
            }
            guard let newRS else { return }
            if d["spec"]["paused"].bool == true {
                DeploymentConditions.set(&d, type: "Progressing", status: "Unknown", reason: "DeploymentPaused",
                                         message: "Deployment is paused", now: now)
            } else if complete {
                DeploymentConditions.set(&d, type: "Progressing", status: "True", reason: "NewReplicaSetAvailable",
                                         message: "ReplicaSet \"\(newRS.name)\" has successfully progressed.", now: now)
            } else if let progressing = DeploymentConditions.get(d, "Progressing"),
                progressing["reason"].string == "ProgressDeadlineExceeded"
            {
                // Stays failed until the template changes.
            } else if let progressing = DeploymentConditions.get(d, "Progressing"),
                let since = progressing["lastUpdateTime"].string.flatMap({ SimTime(rfc3339: $0) }),
                now - since > .seconds(Int64(deadline))
            {
                DeploymentConditions.set(&d, type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded",
                                         message: "ReplicaSet \"\(newRS.name)\" has timed out progressing.", now: now)
            } else if DeploymentConditions.get(d, "Progressing")?["reason"].string != "NewReplicaSetCreated"
                || DeploymentConditions.get(d, "Progressing")?["message"].string != "Created new replica set \"\(newRS.name)\""
            {
                DeploymentConditions.set(&d, type: "Progressing", status: "True", reason: "ReplicaSetUpdated",
                                         message: "ReplicaSet \"\(newRS.name)\" is progressing.", now: now,
                                         refreshUpdateTime: false)
            }
        }
        if !complete, d["spec"]["paused"].bool != true {
            queue.add(ObjectKey.make(namespace, name), after: .seconds(Int64(deadline) + 1))
        }
    }
}

/// Deployment conditions keep `lastUpdateTime` (progress) apart from `lastTransitionTime`.
enum DeploymentConditions {
    static func get(_ d: JSON, _ type: String) -> JSON? {
        (d["status"]["conditions"].array ?? []).first { $0["type"].string == type }
    }

    static func set(_ d: inout JSON, type: String, status: String, reason: String, message: String, now: SimTime,
                    refreshUpdateTime: Bool = true) {
        var conditions = d["status"]["conditions"].array ?? []
        let index = conditions.firstIndex { $0["type"].string == type }
        let existing = index.map { conditions[$0] }
        if let existing, existing["status"].string == status, existing["reason"].string == reason,
            existing["message"].string == message
        {
            return
        }
        var condition = JSONObject()
        let sameStatus = existing?["status"].string == status
        let keepUpdate = !refreshUpdateTime && sameStatus && existing?["reason"].string == reason
        condition["lastTransitionTime"] = sameStatus ? (existing?["lastTransitionTime"] ?? .string(now.rfc3339)) : .string(now.rfc3339)
        condition["lastUpdateTime"] = keepUpdate ? (existing?["lastUpdateTime"] ?? .string(now.rfc3339)) : .string(now.rfc3339)
        condition["message"] = .string(message)
        condition["reason"] = .string(reason)
        condition["status"] = .string(status)
        condition["type"] = .string(type)
        if let index { conditions[index] = .object(condition) } else { conditions.append(.object(condition)) }
        conditions.sort { ($0["type"].string == "Available" ? 0 : 1) < ($1["type"].string == "Available" ? 0 : 1) }
        d["status"]["conditions"] = .array(conditions)
    }
}
