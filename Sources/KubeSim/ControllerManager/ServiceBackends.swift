import GoPorts
import JSONValue
import SimCore

/// What the endpoints and endpointslice controllers share (kube-controller-manager's
/// `endpointslice/util`): which pods back a Service, on which port numbers, in what state.
enum ServiceBackends {
    /// The Service's selector; nil when it has none, so its endpoints are someone else's to
    /// write (the user's, or the API server's for `kubernetes`), and for ExternalName Services,
    /// which have no endpoints at all.
    static func selector(of service: JSON) -> [String: String]? {
        guard service["spec"]["type"].string != "ExternalName", let selector = service["spec"]["selector"].object, !selector.isEmpty else { return nil }
        return stringMap(service["spec"]["selector"])
    }

    static func isHeadless(_ service: JSON) -> Bool {
        let ip = service["spec"]["clusterIP"].string ?? ""
        return ip.isEmpty || ip == "None"
    }

    /// The pods in the Service's namespace that its selector picks, by name.
    static func pods(for service: JSON, selector: [String: String], server: APIServer) -> [JSON] {
        server.list(.pod, namespace: service.namespace, labelSelector: LabelSelector(matchLabels: selector))
    }

    /// `ShouldPodBeInEndpoints`: the pod has an IP, is not terminating (unless those count),
    /// and has not finished for good under its restart policy.
    static func shouldInclude(_ pod: JSON, includeTerminating: Bool) -> Bool {
        guard !(pod["status"]["podIP"].string ?? "").isEmpty else { return false }
        if !includeTerminating, pod.isTerminating { return false }
        let phase = pod["status"]["phase"].string
        switch pod["spec"]["restartPolicy"].string {
        case "Never": return phase != "Failed" && phase != "Succeeded"
        case "OnFailure": return phase != "Succeeded"
        default: return true
        }
    }

    static func isReady(_ pod: JSON) -> Bool { PodTemplate.isReady(pod) }

    /// `FindPort`: a numeric targetPort as it is; a named one looked up among the pod's
    /// container ports of the same protocol; nil when the pod has no such port.
    static func targetPort(_ servicePort: JSON, in pod: JSON) -> Int? {
        let target = servicePort["targetPort"]
        if let number = target.int { return number }
        guard let name = target.string else { return servicePort["port"].int }
        if let number = Int(name) { return number }
        let proto = servicePort["protocol"].string ?? "TCP"
        for container in pod["spec"]["containers"].array ?? [] {
            for port in container["ports"].array ?? []
            where port["name"].string == name && (port["protocol"].string ?? "TCP") == proto {
                return port["containerPort"].int
            }
        }
        return nil
    }

    /// One Service port as a pod offers it: the Service port's name, protocol and app
    /// protocol with the pod's port number (`getEndpointPorts`); ports the pod lacks are left out.
    struct EndpointPort: Equatable {
        var name: String
        var port: Int
        var `protocol`: String
        var appProtocol: String?
    }

    static func endpointPorts(service: JSON, pod: JSON) -> [EndpointPort] {
        (service["spec"]["ports"].array ?? []).compactMap { servicePort in
            targetPort(servicePort, in: pod).map {
                EndpointPort(name: servicePort["name"].string ?? "", port: $0, protocol: servicePort["protocol"].string ?? "TCP",
                             appProtocol: servicePort["appProtocol"].string)
            }
        }
    }

    /// The reference an address or endpoint keeps to its pod.
    /// The endpoint's `hostname` (`ShouldSetHostname`): a pod's own, when its `subdomain`
    /// names the Service (a StatefulSet's pods behind its headless Service).
    static func hostname(of pod: JSON, in service: JSON) -> String? {
        guard let hostname = pod["spec"]["hostname"].string, !hostname.isEmpty,
            pod["spec"]["subdomain"].string == service.name, pod.namespace == service.namespace
        else { return nil }
        return hostname
    }

    static func targetRef(_ pod: JSON) -> JSON {
        ["kind": "Pod", "namespace": .string(pod.namespace), "name": .string(pod.name), "uid": .string(pod.uid)]
    }

    /// Orders ports as Kubernetes does, by the MD5 of their Go rendering (spew's `%#v` of the
    /// port struct, which `hashutil.DeepHashObject` hashes): an order that looks arbitrary but is
    /// the same on every cluster. `render` gives a port's rendering.
    static func sortedByHash(_ ports: [JSON], render: (JSON) -> String) -> [JSON] {
        ports.map { (MD5.hex(render($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The annotation with the last-change trigger time the controllers stamp on what they
    /// write (RFC 3339; Go's nanosecond form trims to whole seconds here).
    static let triggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time"
}

/// `TriggerTimeTracker`: for each Service, the earliest change (a pod's Ready transition or
/// creation, or the Service's creation) since the controller last synced it.
final class TriggerTimeTracker {
    private var lastPodTimes: [String: [String: SimTime]] = [:]
    private var lastServiceTime: [String: SimTime] = [:]

    func triggerTime(service: JSON, pods: [JSON]) -> SimTime? {
        let key = ObjectKey.make(service.namespace, service.name)
        var earliest: SimTime?
        var podTimes: [String: SimTime] = [:]
        let previous = lastPodTimes[key] ?? [:]
        for pod in pods {
            guard let time = Self.podTriggerTime(pod) else { continue }
            podTimes[pod.name] = time
            if previous[pod.name].map({ time > $0 }) ?? true { earliest = min(earliest ?? time, time) }
        }
        if let created = service.creationTimestamp, lastServiceTime[key].map({ created > $0 }) ?? true {
            earliest = min(earliest ?? created, created)
            lastServiceTime[key] = created
        }
        lastPodTimes[key] = podTimes
        return earliest
    }

    func forget(namespace: String, name: String) {
        let key = ObjectKey.make(namespace, name)
        lastPodTimes[key] = nil
        lastServiceTime[key] = nil
    }

    private static func podTriggerTime(_ pod: JSON) -> SimTime? {
        let ready = (pod["status"]["conditions"].array ?? []).first { $0["type"].string == "Ready" }
        if let time = ready?["lastTransitionTime"].string.flatMap({ SimTime(rfc3339: $0) }) { return time }
        return pod.creationTimestamp
    }
}

/// The work queue of a controller that follows Services' pods: a Service's key when the
/// Service changes, and (batched) when a pod it selects before or after the change changes in
/// a way its endpoints would show.
final class ServicePodsQueue {
    private var queue: WorkQueue!
    private let selectors = ServiceSelectorIndex()

    init(server: APIServer, sync: @escaping (_ namespace: String, _ name: String) -> Void) {
        queue = WorkQueue(simulation: server.simulation) { key in
            let (namespace, name) = ObjectKey.split(key)
            sync(namespace, name)
        }
        server.watch(.service) { [weak self] event in
            self?.selectors.update(event)
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watch(.pod) { [weak self] event in
            // Most namespaces of a big rollout have no Services: that is settled before
            // comparing the pod's old and new state.
            guard let self, self.selectors.hasServices(in: event.brief?.namespace ?? event.object.namespace),
                ServiceSelectorIndex.mattersToEndpoints(event)
            else { return }
            for name in selectors.services(for: event) {
                queue.addForChild(namespace: event.object.namespace, name: name)
            }
        }
    }
}

/// Which Services select which pods, per namespace: how a pod's change finds the Services to
/// resync without listing every Service.
final class ServiceSelectorIndex {
    private var selectors: [String: [String: [String: String]]] = [:]
    /// The last namespace asked about, and the answer: a rollout's pods come one namespace
    /// at a time.
    private var lastAsked: (namespace: String, hasServices: Bool)?

    func update(_ event: WatchEvent) {
        let service = event.object
        lastAsked = nil
        if event.type == .deleted {
            selectors[service.namespace]?[service.name] = nil
        } else {
            selectors[service.namespace, default: [:]][service.name] = ServiceBackends.selector(of: service)
        }
    }

    /// Whether any Service with a selector lives in `namespace`.
    func hasServices(in namespace: String) -> Bool {
        if let lastAsked, lastAsked.namespace == namespace { return lastAsked.hasServices }
        let answer = !(selectors[namespace]?.isEmpty ?? true)
        lastAsked = (namespace, answer)
        return answer
    }

    /// Services whose selector matched the pod before or after the change, in name order.
    func services(for event: WatchEvent) -> [String] {
        guard let candidates = selectors[event.object.namespace], !candidates.isEmpty else { return [] }
        // Read in place: every pod change in a namespace with Services comes through here.
        let now = event.object["metadata"]["labels"]
        let before = event.old?["metadata"]["labels"] ?? now
        return candidates.compactMap { name, selector in
            let matches = { (labels: JSON) in selector.allSatisfy { labels[$0.key].string == $0.value } }
            return matches(now) || matches(before) ? name : nil
        }.sorted()
    }

    /// Whether a pod's change can change any Service's endpoints.
    static func mattersToEndpoints(_ event: WatchEvent) -> Bool {
        guard event.type == .modified, let old = event.old else { return true }
        let pod = event.object
        // Phase, node, deletion and readiness as the server's briefs already hold them.
        if let brief = event.brief, let previous = event.previousBrief {
            if brief.phaseValue != previous.phaseValue || brief.nodeName != previous.nodeName
                || brief.terminating != previous.terminating || brief.ready != previous.ready
            {
                return true
            }
        } else if pod["status"]["phase"] != old["status"]["phase"] || pod["spec"]["nodeName"] != old["spec"]["nodeName"]
            || pod.isTerminating != old.isTerminating || PodTemplate.isReady(pod) != PodTemplate.isReady(old)
        {
            return true
        }
        return pod["metadata"]["labels"] != old["metadata"]["labels"] || pod["status"]["podIP"] != old["status"]["podIP"]
    }
}
