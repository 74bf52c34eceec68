import JSONValue
import SimCore

/// The taint eviction controller: pods on a node with a NoExecute taint they do not tolerate
/// are deleted — at once, or after their toleration's `tolerationSeconds`.
final class TaintEvictionController {
    static let source = EventRecorder.Source(component: "taint-eviction-controller")
    private let server: APIServer
    private let events: EventRecorder
    /// Pending evictions by pod (namespace/name).
    private var scheduled: [String: TimerID] = [:]

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        server.watch(.node) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.sync(node: event.object)
        }
    }

    private func sync(node: JSON) {
        let taints = NodeView(node).taints.filter { $0.effect == "NoExecute" }
        let added = Dictionary(uniqueKeysWithValues: (node["spec"]["taints"].array ?? []).compactMap { taint -> (String, SimTime)? in
            guard let key = taint["key"].string, taint["effect"].string == "NoExecute",
                let time = taint["timeAdded"].string.flatMap({ SimTime(rfc3339: $0) })
            else { return nil }
            return (key, time)
        })
        for key in server.index.pods(onNode: node.name) {
            let podKey = ObjectKey.make(key.namespace, key.name)
            guard let pod = server.object(.pod, namespace: key.namespace, name: key.name), !pod.isTerminating else { continue }
            if taints.isEmpty {
                if let timer = scheduled.removeValue(forKey: podKey) { server.simulation.cancel(timer) }
                continue
            }
            guard scheduled[podKey] == nil else { continue }
            let tolerations = Toleration.of(pod)
            var deadline: SimTime? = server.now
            for taint in taints {
                guard let toleration = tolerations.first(where: { $0.tolerates(taint) }) else {
                    deadline = server.now
                    break
                }
                guard let seconds = toleration.seconds else {
                    deadline = nil
                    continue
                }
                let start = added[taint.key] ?? server.now
                let due = start + .seconds(Int64(seconds))
                deadline = deadline.map { max($0, due) } ?? due
            }
            guard let deadline else { continue }
            scheduled[podKey] = server.simulation.schedule(at: deadline) { [weak self] in
                self?.evict(namespace: key.namespace, name: key.name, uid: pod.uid)
            }
        }
    }

    private func evict(namespace: String, name: String, uid: String) {
        scheduled[ObjectKey.make(namespace, name)] = nil
        guard let pod = server.object(.pod, namespace: namespace, name: name), pod.uid == uid, !pod.isTerminating else { return }
        events.record(pod, reason: "TaintManagerEviction", message: "Marking for deletion Pod \(namespace)/\(name)",
                      source: Self.source)
        _ = try? server.delete(.pod, namespace: namespace, name: name)
    }
}
