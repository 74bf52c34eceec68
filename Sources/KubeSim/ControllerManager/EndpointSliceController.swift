import JSONValue
import SimCore

/// The endpointslice controller: for each Service with a selector, EndpointSlices
/// (`<service>-<suffix>`, at most 100 endpoints each) listing every pod it picks with its
/// address, node and conditions (ready, serving, terminating). kube-proxy and
/// `kubectl describe service` read these.
final class EndpointSliceController {
    static let managedBy = "endpointslice-controller.k8s.io"
    static let maxEndpointsPerSlice = 100
    private let server: APIServer
    private var queue: ServicePodsQueue?
    private let triggerTimes = TriggerTimeTracker()

    init(server: APIServer) {
        self.server = server
        queue = ServicePodsQueue(server: server) { [weak self] namespace, name in self?.sync(namespace, name) }
    }

    private func sync(_ namespace: String, _ name: String) {
        guard let service = server.object(.service, namespace: namespace, name: name) else {
            // The garbage collector removes the slices with their owner.
            triggerTimes.forget(namespace: namespace, name: name)
            return
        }
        guard let selector = ServiceBackends.selector(of: service) else { return }
        let pods = ServiceBackends.pods(for: service, selector: selector, server: server)
        let trigger = triggerTimes.triggerTime(service: service, pods: pods)
        // Desired endpoints, grouped by the ports they offer.
        var groups: [(ports: JSON, endpoints: [JSON])] = []
        for pod in pods where ServiceBackends.shouldInclude(pod, includeTerminating: true) {
            let ports = Self.ports(service: service, pod: pod)
            let endpoint = Self.endpoint(pod, service: service)
            if let index = groups.firstIndex(where: { $0.ports == ports }) {
                groups[index].endpoints.append(endpoint)
            } else {
                groups.append((ports, [endpoint]))
            }
        }
        let existing = server.list(.endpointSlice, namespace: namespace,
                                   labelSelector: LabelSelector(matchLabels: ["kubernetes.io/service-name": name]))
            .filter { slice in slice.ownerReferences.contains { $0.uid == service.uid } }
        var wanted: [(name: String?, ports: JSON, endpoints: [JSON])] = []
        var unused = existing
        for group in groups {
            // Slices that already carry these ports keep their endpoints where they are.
            var slices: [(name: String?, endpoints: [JSON])] = []
            var remaining = group.endpoints
            for slice in unused where slice["ports"] == group.ports {
                let kept = (slice["endpoints"].array ?? []).compactMap { current in
                    remaining.firstIndex { $0["targetRef"]["uid"] == current["targetRef"]["uid"] }
                        .map { remaining.remove(at: $0) }
                }
                slices.append((slice.name, kept))
            }
            unused.removeAll { $0["ports"] == group.ports }
            // New endpoints go to the slice closest to full that has room, else a new slice.
            while !remaining.isEmpty {
                let room = slices.indices.filter { slices[$0].endpoints.count < Self.maxEndpointsPerSlice }
                    .max { slices[$0].endpoints.count < slices[$1].endpoints.count }
                if let room {
                    slices[room].endpoints.append(remaining.removeFirst())
                } else {
                    slices.append((nil, []))
                }
            }
            wanted += slices.filter { !$0.endpoints.isEmpty }.map { ($0.name, group.ports, $0.endpoints) }
        }
        // No endpoints at all: one placeholder slice, with neither ports nor endpoints.
        if wanted.isEmpty { wanted = [(nil, .null, [])] }
        // Slices no longer needed lend their names to new ones, then go.
        for index in wanted.indices where wanted[index].name == nil {
            guard !unused.isEmpty else { break }
            wanted[index].name = unused.removeFirst().name
        }
        for slice in unused { _ = try? server.delete(.endpointSlice, namespace: namespace, name: slice.name) }
        for slice in wanted {
            write(service: service, name: slice.name, ports: slice.ports, endpoints: slice.endpoints, trigger: trigger)
        }
    }

    private func write(service: JSON, name: String?, ports: JSON, endpoints: [JSON], trigger: SimTime?) {
        let labels = Self.labels(service)
        let content: (inout JSON) -> Void = { slice in
            slice["metadata"]["labels"] = .object(labels)
            var annotations = slice["metadata"]["annotations"].object ?? JSONObject()
            annotations[ServiceBackends.triggerTimeAnnotation] = trigger.map { .string($0.rfc3339) }
            slice["metadata"].set("annotations", annotations.isEmpty ? nil : .object(annotations))
            slice["addressType"] = "IPv4"
            slice["endpoints"] = endpoints.isEmpty ? .null : .array(endpoints)
            slice["ports"] = ports
        }
        if let name, let current = server.object(.endpointSlice, namespace: service.namespace, name: name) {
            let unchanged = current["ports"] == ports && current["endpoints"] == (endpoints.isEmpty ? .null : .array(endpoints))
                && current["metadata"]["labels"] == .object(labels)
            guard !unchanged else { return }
            server.modify(.endpointSlice, namespace: service.namespace, name: name, content)
            return
        }
        var slice: JSON = ["metadata": ["generateName": .string("\(service.name)-"),
                                        "ownerReferences": [OwnerReference(apiVersion: "v1", kind: "Service", name: service.name,
                                                                           uid: service.uid).json]]]
        content(&slice)
        _ = try? server.create(.endpointSlice, slice, namespace: service.namespace)
    }

    /// The Service's labels, less the reserved ones, plus the service name and the manager.
    static func labels(_ service: JSON) -> JSONObject {
        let reserved: Set = ["kubernetes.io/service-name", "endpointslice.kubernetes.io/managed-by",
                             "service.kubernetes.io/headless"]
        var labels = JSONObject()
        for (key, value) in (service["metadata"]["labels"].object ?? JSONObject()).pairs where !reserved.contains(key) {
            labels[key] = value
        }
        if ServiceBackends.isHeadless(service) { labels["service.kubernetes.io/headless"] = "" }
        labels["kubernetes.io/service-name"] = .string(service.name)
        labels["endpointslice.kubernetes.io/managed-by"] = .string(managedBy)
        return labels
    }

    /// `podToEndpoint`.
    static func endpoint(_ pod: JSON, service: JSON) -> JSON {
        let serving = ServiceBackends.isReady(pod)
        let terminating = pod.isTerminating
        let ready = (service["spec"]["publishNotReadyAddresses"].bool ?? false) || (serving && !terminating)
        var endpoint: JSON = [
            "addresses": [.string(pod["status"]["podIP"].string ?? "")],
            "conditions": ["ready": .bool(ready), "serving": .bool(serving), "terminating": .bool(terminating)],
        ]
        if let hostname = ServiceBackends.hostname(of: pod, in: service) { endpoint["hostname"] = .string(hostname) }
        endpoint["targetRef"] = ServiceBackends.targetRef(pod)
        if let node = pod["spec"]["nodeName"].string { endpoint["nodeName"] = .string(node) }
        return endpoint
    }

    /// `getEndpointPorts`, in the order of their hashes (`NewPortMapKey` sorts them).
    static func ports(service: JSON, pod: JSON) -> JSON {
        let ports = ServiceBackends.endpointPorts(service: service, pod: pod).map { endpointPort -> JSON in
            var port: JSON = ["name": .string(endpointPort.name), "protocol": .string(endpointPort.protocol),
                              "port": .int(endpointPort.port)]
            if let app = endpointPort.appProtocol { port["appProtocol"] = .string(app) }
            return port
        }
        return ports.isEmpty ? .null : .array(ServiceBackends.sortedByHash(ports, render: goRendering))
    }

    /// spew's `%#v` of a `discovery.EndpointPort`, whose fields are pointers.
    private static func goRendering(_ port: JSON) -> String {
        let app = port["appProtocol"].string.map { "(*string)\($0)" } ?? "(*string)<nil>"
        return "(discovery.EndpointPort){Name:(*string)\(port["name"].string ?? "") "
            + "Protocol:(*v1.Protocol)\(port["protocol"].string ?? "") Port:(*int32)\(port["port"].int ?? 0) AppProtocol:\(app)}"
    }
}
