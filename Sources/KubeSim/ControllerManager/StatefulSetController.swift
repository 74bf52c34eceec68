import JSONValue
import SimCore

/// The statefulset controller: pods with stable names `<set>-0`, `<set>-1`, … created in
/// order (each waits for the one before it to be Running and Ready, under OrderedReady) and
/// removed in reverse order.
final class StatefulSetController {
    static let source = EventRecorder.Source(component: "statefulset-controller")
    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
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
        guard let sts = server.object(.statefulSet, namespace: namespace, name: name), !sts.isTerminating else { return }
        let pods = server.index.children(ofOwner: sts.uid).filter { $0.prefix == ResourceType.pod.etcdPrefix }
            .compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }
        var byOrdinal: [Int: JSON] = [:]
        for pod in pods { if let i = Self.ordinal(pod, set: name) { byOrdinal[i] = pod } }
        let replicas = sts["spec"]["replicas"].int ?? 1
        let ordered = (sts["spec"]["podManagementPolicy"].string ?? "OrderedReady") == "OrderedReady"
        let revision = PodTemplate.hash(sts["spec"]["template"])

        // Replace failed pods; create the missing ones in order.
        for ordinal in 0..<replicas {
            if let pod = byOrdinal[ordinal] {
                let phase = pod["status"]["phase"].string
                if phase == "Failed" || phase == "Succeeded", !pod.isTerminating {
                    _ = try? server.delete(.pod, namespace: namespace, name: pod.name)
                    events.record(sts, reason: "SuccessfulDelete",
                                  message: "delete Pod \(pod.name) in StatefulSet \(name) successful", source: Self.source)
                }
                if ordered && (!PodTemplate.isReady(pod) || pod.isTerminating) { break }
                continue
            }
            var pod = PodTemplate.pod(from: sts["spec"]["template"], owner: sts, namePrefix: "",
                                      extraLabels: ["apps.kubernetes.io/pod-index": String(ordinal),
                                                    "controller-revision-hash": "\(name)-\(revision)",
                                                    "statefulset.kubernetes.io/pod-name": "\(name)-\(ordinal)"])
            pod["metadata"].remove("generateName")
            pod["metadata"]["name"] = .string("\(name)-\(ordinal)")
            pod["spec"]["hostname"] = .string("\(name)-\(ordinal)")
            if let service = sts["spec"]["serviceName"].string, !service.isEmpty {
                pod["spec"]["subdomain"] = .string(service)
            }
            if (try? server.create(.pod, pod, namespace: namespace)) != nil {
                events.record(sts, reason: "SuccessfulCreate",
                              message: "create Pod \(name)-\(ordinal) in StatefulSet \(name) successful", source: Self.source)
            }
            if ordered { break }
        }
        // Scale down from the highest ordinal, one at a time when ordered.
        for ordinal in byOrdinal.keys.sorted(by: >) where ordinal >= replicas {
            guard let pod = byOrdinal[ordinal], !pod.isTerminating else {
                if ordered { break } else { continue }
            }
            _ = try? server.delete(.pod, namespace: namespace, name: pod.name)
            events.record(sts, reason: "SuccessfulDelete",
                          message: "delete Pod \(pod.name) in StatefulSet \(name) successful", source: Self.source)
            if ordered { break }
        }

        let current = server.index.children(ofOwner: sts.uid).filter { $0.prefix == ResourceType.pod.etcdPrefix }
            .compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }.filter(PodTemplate.isActive)
        let ready = current.filter(PodTemplate.isReady).count
        server.modify(.statefulSet, namespace: namespace, name: name) { sts in
            var status = JSONObject()
            status["availableReplicas"] = .int(ready)
            status["collisionCount"] = 0
            status["currentReplicas"] = .int(current.count)
            status["currentRevision"] = .string("\(name)-\(revision)")
            status["observedGeneration"] = .int(sts.generation)
            if ready > 0 { status["readyReplicas"] = .int(ready) }
            status["replicas"] = .int(current.count)
            status["updateRevision"] = .string("\(name)-\(revision)")
            status["updatedReplicas"] = .int(current.count)
            sts["status"] = .object(status)
        }
    }
}
