import GoPorts
import JSONValue
import KubeSim
import SimCore

/// The pod kubectl picks when `logs` or `exec` names a workload (`deploy/web`) instead of a
/// pod: the selector's pods in the API's order (by name), sorted with Go's `sort.Sort` by
/// one of podutils' orders, first one wins. Both orders prefer a pod that is scheduled,
/// running and ready, and ready the longest; they part on restarts (logs wants the pod that
/// restarted most, exec the one that restarted least) and on pods being deleted.
enum FirstPod {
    enum Purpose {
        /// `kubectl logs`: podutils.ByLogging.
        case logging
        /// `kubectl exec` and `attach`: sort.Reverse(podutils.ActivePods).
        case attaching
    }

    static func choose(_ pods: [JSON], for purpose: Purpose) -> JSON? {
        let facts = pods.map(Facts.init)
        let order = GoSort<Never>.sort(count: pods.count) { i, j in
            switch purpose {
            case .logging: return byLogging(facts[i], facts[j])
            case .attaching: return activePods(facts[j], facts[i])
            }
        }
        return order.first.map { pods[$0] }
    }

    /// What the orders compare, read once per pod.
    private struct Facts {
        var assigned: Bool
        var phase: String
        var ready: Bool
        var readySince: Int64?
        var deletingSince: Int64?
        var restarts: (regular: Int, sidecar: Int)
        var created: Int64?

        init(_ pod: JSON) {
            assigned = !(pod["spec"]["nodeName"].string ?? "").isEmpty
            phase = pod["status"]["phase"].string ?? ""
            let readyCondition = (pod["status"]["conditions"].array ?? []).first { $0["type"].string == "Ready" }
            ready = readyCondition?["status"].string == "True"
            readySince = ready ? readyCondition?["lastTransitionTime"].string.flatMap(Self.milliseconds) : nil
            deletingSince = pod["metadata"]["deletionTimestamp"].string.flatMap(Self.milliseconds)
            let regular = (pod["status"]["containerStatuses"].array ?? []).map { $0["restartCount"].int ?? 0 }.max() ?? 0
            let sidecars = Set((pod["spec"]["initContainers"].array ?? [])
                .filter { $0["restartPolicy"].string == "Always" }.compactMap { $0["name"].string })
            let sidecar = (pod["status"]["initContainerStatuses"].array ?? [])
                .filter { sidecars.contains($0["name"].string ?? "") }.map { $0["restartCount"].int ?? 0 }.max() ?? 0
            restarts = (regular, sidecar)
            created = pod["metadata"]["creationTimestamp"].string.flatMap(Self.milliseconds)
        }

        private static func milliseconds(_ text: String) -> Int64? { SimTime(rfc3339: text)?.milliseconds }
    }

    /// afterOrZero: a missing time counts as later than any.
    private static func afterOrZero(_ a: Int64?, _ b: Int64?) -> Bool {
        guard let a, let b else { return a == nil }
        return a > b
    }

    /// compareMaxContainerRestarts: the pod with more restarts is "less".
    private static func moreRestarts(_ a: Facts, _ b: Facts) -> Bool? {
        if a.restarts.regular != b.restarts.regular { return a.restarts.regular > b.restarts.regular }
        if a.restarts.sidecar != b.restarts.sidecar { return a.restarts.sidecar > b.restarts.sidecar }
        return nil
    }

    private static func byLogging(_ a: Facts, _ b: Facts) -> Bool {
        if a.assigned != b.assigned { return a.assigned }
        let rank = ["Running": 0, "Unknown": 1, "Pending": 2]
        let (ra, rb) = (rank[a.phase] ?? 0, rank[b.phase] ?? 0)
        if ra != rb { return ra < rb }
        if a.ready != b.ready { return a.ready }
        if a.ready, b.ready, a.readySince != b.readySince { return afterOrZero(b.readySince, a.readySince) }
        if let more = moreRestarts(a, b) { return more }
        if a.created != b.created { return afterOrZero(b.created, a.created) }
        return false
    }

    private static func activePods(_ a: Facts, _ b: Facts) -> Bool {
        if a.assigned != b.assigned { return !a.assigned }
        let rank = ["Pending": 0, "Unknown": 1, "Running": 2]
        let (ra, rb) = (rank[a.phase] ?? 0, rank[b.phase] ?? 0)
        if ra != rb { return ra < rb }
        if a.ready != b.ready { return !a.ready }
        if (a.deletingSince != nil) != (b.deletingSince != nil) { return a.deletingSince != nil }
        if let da = a.deletingSince, let db = b.deletingSince, da != db { return da < db }
        if a.ready, b.ready, a.readySince != b.readySince { return afterOrZero(a.readySince, b.readySince) }
        if let more = moreRestarts(a, b) { return more }
        if a.created != b.created { return afterOrZero(a.created, b.created) }
        return false
    }
}
