import JSONValue

/// Pod-level resource arithmetic that describe prints: the QoS class and the requests/limits
/// totals of the Node describer (kubectl `pkg/util/qos`, `pkg/util/resource`).
enum ResourceMath {
    typealias ResourceList = [(name: String, quantity: Quantity)]

    static func list(_ json: JSON) -> ResourceList {
        json.members.compactMap { m in Quantity(json: m.value).map { (name: m.key, quantity: $0) } }
    }

    private static func index(_ l: ResourceList, _ name: String) -> Int? {
        l.firstIndex { $0.name == name }
    }

    /// `addResourceList`: the first quantity of a name is copied, later ones added to it.
    static func add(_ list: inout ResourceList, _ new: ResourceList) {
        for (name, q) in new {
            if let i = index(list, name) {
                list[i].quantity.add(q)
            } else {
                list.append((name, q))
            }
        }
    }

    /// `maxResourceList`.
    static func maxInto(_ list: inout ResourceList, _ new: ResourceList) {
        for (name, q) in new {
            if let i = index(list, name) {
                if q.compare(to: list[i].quantity) > 0 { list[i].quantity = q }
            } else {
                list.append((name, q))
            }
        }
    }

    static func get(_ l: ResourceList, _ name: String) -> Quantity {
        index(l, name).map { l[$0].quantity } ?? .zero
    }

    /// `PodRequestsAndLimits`: containers summed, init containers as a maximum (sidecars with
    /// `restartPolicy: Always` counted in both), plus pod overhead.
    static func requestsAndLimits(_ pod: JSON) -> (requests: ResourceList, limits: ResourceList) {
        var statuses: [String: JSON] = [:]
        for s in pod["status"]["containerStatuses"].items { statuses[s["name"].str] = s }
        let infeasible = pod["status"]["resize"].str == "Infeasible"

        var reqs: ResourceList = []
        var limits: ResourceList = []
        for c in pod["spec"]["containers"].items {
            var cr = list(c["resources"]["requests"])
            if let cs = statuses[c["name"].str], cs["resources"].isSet {
                let sr = list(cs["resources"]["requests"])
                if infeasible {
                    cr = sr
                } else {
                    cr = maxOf(cr, sr)
                }
            }
            add(&reqs, cr)
            add(&limits, list(c["resources"]["limits"]))
        }
        var sidecarReqs: ResourceList = [], initReqs: ResourceList = []
        var sidecarLimits: ResourceList = [], initLimits: ResourceList = []
        for c in pod["spec"]["initContainers"].items {
            let cr = list(c["resources"]["requests"]), cl = list(c["resources"]["limits"])
            if c["restartPolicy"].str == "Always" {
                add(&reqs, cr)
                add(&sidecarReqs, cr)
                maxInto(&initReqs, sidecarReqs)
                add(&limits, cl)
                add(&sidecarLimits, cl)
                maxInto(&initLimits, sidecarLimits)
            } else {
                var tr: ResourceList = []
                add(&tr, cr)
                add(&tr, sidecarReqs)
                maxInto(&initReqs, tr)
                var tl: ResourceList = []
                add(&tl, cl)
                add(&tl, sidecarLimits)
                maxInto(&initLimits, tl)
            }
        }
        maxInto(&reqs, initReqs)
        maxInto(&limits, initLimits)
        let overhead = list(pod["spec"]["overhead"])
        if !overhead.isEmpty {
            add(&reqs, overhead)
            for (name, q) in overhead {
                if let i = index(limits, name), !limits[i].quantity.isZero { limits[i].quantity.add(q) }
            }
        }
        return (reqs, limits)
    }

    /// kubectl's `max(a, b)` of two resource lists.
    private static func maxOf(_ a: ResourceList, _ b: ResourceList) -> ResourceList {
        var result: ResourceList = []
        for (name, q) in a {
            if let i = index(b, name), q.compare(to: b[i].quantity) <= 0 {
                result.append((name, b[i].quantity))
            } else {
                result.append((name, q))
            }
        }
        for (name, q) in b where index(result, name) == nil { result.append((name, q)) }
        return result
    }

    /// `qos.GetPodQOS`: `status.qosClass`, else computed from the containers' resources.
    static func qosClass(_ pod: JSON) -> String {
        let stored = pod["status"]["qosClass"].str
        if !stored.isEmpty { return stored }
        var requests: ResourceList = [], limits: ResourceList = []
        var guaranteed = true
        func process(_ into: inout ResourceList, _ l: ResourceList) {
            for (name, q) in l where (name == "cpu" || name == "memory") && q.compare(to: .zero) > 0 {
                if let i = index(into, name) {
                    var delta = q
                    delta.add(into[i].quantity)
                    into[i].quantity = delta
                } else {
                    into.append((name, q))
                }
            }
        }
        func hasBoth(_ l: ResourceList) -> Bool {
            let names = Set(l.filter { ($0.name == "cpu" || $0.name == "memory") && $0.quantity.compare(to: .zero) > 0 }.map(\.name))
            return names.contains("cpu") && names.contains("memory")
        }
        let podResources = pod["spec"]["resources"]
        if podResources.isSet {
            process(&requests, list(podResources["requests"]))
            if podResources["limits"].isSet {
                let l = list(podResources["limits"])
                process(&limits, l)
                if !hasBoth(l) { guaranteed = false }
            }
        } else {
            for c in pod["spec"]["containers"].items + pod["spec"]["initContainers"].items {
                process(&requests, list(c["resources"]["requests"]))
                let l = list(c["resources"]["limits"])
                process(&limits, l)
                if !hasBoth(l) { guaranteed = false }
            }
        }
        if requests.isEmpty && limits.isEmpty { return "BestEffort" }
        if guaranteed {
            for (name, req) in requests {
                guard let i = index(limits, name), limits[i].quantity.compare(to: req) == 0 else {
                    guaranteed = false
                    break
                }
            }
        }
        return guaranteed && requests.count == limits.count ? "Guaranteed" : "Burstable"
    }
}
