import JSONValue
import SimCore

/// The endpoints controller: keeps an Endpoints object, named as its Service, listing the IPs
/// and ports of the ready (and, apart, the not-ready) pods that a Service with a selector picks.
/// v1 Endpoints is what older clients and `kubectl get endpoints` read; EndpointSlices are the
/// newer form (`EndpointSliceController`).
final class EndpointsController {
    private let server: APIServer
    private var queue: ServicePodsQueue?
    private let triggerTimes = TriggerTimeTracker()

    init(server: APIServer) {
        self.server = server
        queue = ServicePodsQueue(server: server) { [weak self] namespace, name in self?.sync(namespace, name) }
    }

    private func sync(_ namespace: String, _ name: String) {
        guard let service = server.object(.service, namespace: namespace, name: name) else {
            triggerTimes.forget(namespace: namespace, name: name)
            _ = try? server.delete(.endpoints, namespace: namespace, name: name)
            return
        }
        guard let selector = ServiceBackends.selector(of: service) else { return }
        let pods = ServiceBackends.pods(for: service, selector: selector, server: server)
        let subsets = Self.subsets(service: service, pods: pods)
        var labels = service["metadata"]["labels"].object ?? JSONObject()
        if ServiceBackends.isHeadless(service) { labels["service.kubernetes.io/headless"] = "" }
        let trigger = triggerTimes.triggerTime(service: service, pods: pods)

        if let current = server.object(.endpoints, namespace: namespace, name: name) {
            let currentLabels = current["metadata"]["labels"].object ?? JSONObject()
            guard current["subsets"] != subsets || currentLabels != labels else { return }
            server.modify(.endpoints, namespace: namespace, name: name) { endpoints in
                endpoints["metadata"].set("labels", labels.isEmpty ? nil : .object(labels))
                Self.stamp(&endpoints, trigger)
                endpoints.set("subsets", subsets.isNull ? nil : subsets)
            }
        } else {
            var endpoints: JSON = ["metadata": ["name": .string(name)]]
            if !labels.isEmpty { endpoints["metadata"]["labels"] = .object(labels) }
            Self.stamp(&endpoints, trigger)
            endpoints.set("subsets", subsets.isNull ? nil : subsets)
            _ = try? server.create(.endpoints, endpoints, namespace: namespace)
        }
    }

    private static func stamp(_ endpoints: inout JSON, _ trigger: SimTime?) {
        var annotations = endpoints["metadata"]["annotations"].object ?? JSONObject()
        annotations[ServiceBackends.triggerTimeAnnotation] = trigger.map { .string($0.rfc3339) }
        endpoints["metadata"].set("annotations", annotations.isEmpty ? nil : .object(annotations))
    }

    /// The Service's subsets in canonical form (`endpoints.RepackSubsets`): one subset per group
    /// of ports that the same addresses offer, addresses ordered by IP then pod UID, ports by
    /// hash; null when no pod qualifies.
    static func subsets(service: JSON, pods: [JSON]) -> JSON {
        let publishNotReady = service["spec"]["publishNotReadyAddresses"].bool ?? false
        let servicePorts = service["spec"]["ports"].array ?? []
        // Each port, with the addresses that offer it and whether each is ready.
        var ports: [(port: JSON, addresses: [(address: JSON, ready: Bool)])] = []
        var headlessAddresses: [(address: JSON, ready: Bool)] = []
        for pod in pods where ServiceBackends.shouldInclude(pod, includeTerminating: publishNotReady) {
            var address: JSON = ["ip": .string(pod["status"]["podIP"].string ?? "")]
            if let hostname = ServiceBackends.hostname(of: pod, in: service) { address["hostname"] = .string(hostname) }
            if let node = pod["spec"]["nodeName"].string { address["nodeName"] = .string(node) }
            address["targetRef"] = ServiceBackends.targetRef(pod)
            let ready = publishNotReady || ServiceBackends.isReady(pod)
            if servicePorts.isEmpty, ServiceBackends.isHeadless(service) {
                headlessAddresses.append((address, ready))
                continue
            }
            for endpointPort in ServiceBackends.endpointPorts(service: service, pod: pod) {
                var port: JSON = [:]
                if !endpointPort.name.isEmpty { port["name"] = .string(endpointPort.name) }
                port["port"] = .int(endpointPort.port)
                port["protocol"] = .string(endpointPort.protocol)
                if let app = endpointPort.appProtocol { port["appProtocol"] = .string(app) }
                if let index = ports.firstIndex(where: { $0.port == port }) {
                    ports[index].addresses.append((address, ready))
                } else {
                    ports.append((port, [(address, ready)]))
                }
            }
        }
        if !headlessAddresses.isEmpty { return [subset(headlessAddresses, ports: [])] }
        // Ports offered by the same set of addresses share a subset.
        var groups: [(signature: String, addresses: [(address: JSON, ready: Bool)], ports: [JSON])] = []
        for entry in ports {
            let signature = sortedAddresses(entry.addresses).map { "\($0.address["ip"].string ?? "")/\($0.ready)" }
                .joined(separator: ",")
            if let index = groups.firstIndex(where: { $0.signature == signature }) {
                groups[index].ports.append(entry.port)
            } else {
                groups.append((signature, entry.addresses, [entry.port]))
            }
        }
        if groups.isEmpty { return .null }
        return .array(groups.sorted { $0.signature < $1.signature }.map { subset($0.addresses, ports: $0.ports) })
    }

    private static func subset(_ addresses: [(address: JSON, ready: Bool)], ports: [JSON]) -> JSON {
        let sorted = sortedAddresses(addresses)
        var subset: JSON = [:]
        let ready = sorted.filter(\.ready).map(\.address)
        let notReady = sorted.filter { !$0.ready }.map(\.address)
        if !ready.isEmpty { subset["addresses"] = .array(ready) }
        if !notReady.isEmpty { subset["notReadyAddresses"] = .array(notReady) }
        if !ports.isEmpty { subset["ports"] = .array(ServiceBackends.sortedByHash(ports, render: goRendering)) }
        return subset
    }

    /// `LessEndpointAddress`: by the IP's bytes, then by pod UID.
    private static func sortedAddresses(_ addresses: [(address: JSON, ready: Bool)]) -> [(address: JSON, ready: Bool)] {
        addresses.sorted {
            let (a, b) = ($0.address["ip"].string ?? "", $1.address["ip"].string ?? "")
            if a != b { return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) }
            return ($0.address["targetRef"]["uid"].string ?? "") < ($1.address["targetRef"]["uid"].string ?? "")
        }
    }

    /// spew's `%#v` of a `v1.EndpointPort`.
    private static func goRendering(_ port: JSON) -> String {
        let app = port["appProtocol"].string.map { "(*string)\($0)" } ?? "(*string)<nil>"
        return "(v1.EndpointPort){Name:(string)\(port["name"].string ?? "") Port:(int32)\(port["port"].int ?? 0) "
            + "Protocol:(v1.Protocol)\(port["protocol"].string ?? "") AppProtocol:\(app)}"
    }
}
