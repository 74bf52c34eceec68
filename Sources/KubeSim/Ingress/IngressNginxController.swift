import JSONValue
import SimCore

/// The ingress-nginx controller process, as it behaves from inside the pods of the
/// `ingress-nginx-controller` Deployment (v1.11, bare-metal flags: `--ingress-class=nginx`,
/// `--controller-class=k8s.io/ingress-nginx`, no `--publish-service`,
/// no `--watch-ingress-without-class`).
///
/// - Once a controller container runs, its informers see every Ingress it handles and it
///   records `Normal Sync "Scheduled for sync"` on each — again whenever one changes, its own
///   status writes included (the store compares whole objects), which is why a fresh Ingress
///   shows `Sync (x2 …)` after its address appears.
/// - Its status syncer runs at start and every 60 s. Without `--publish-service` it publishes
///   the addresses of the nodes where ready controller pods run (`GetNodeIPOrName`: the
///   ExternalIP, else the InternalIP — in the sandbox, e.g. node01's 192.168.0.11), so
///   ADDRESS stays empty until the pod is ready and the next sync comes round.
/// - When the last controller pod stops it clears the addresses it published
///   (`--update-status-on-shutdown`, true by default).
public final class IngressNginxController {
    static let statusInterval = SimDuration.seconds(Int64(60))
    static let source = EventRecorder.Source(component: "nginx-ingress-controller")

    private let server: APIServer
    private let events: EventRecorder
    private var running = false
    private var ticker: TimerID?

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        server.watch(.pod) { [weak self] event in
            guard (event.brief?.namespace ?? event.object.namespace) == IngressNginxAddon.namespace else { return }
            self?.podsChanged()
        }
        server.watch(.ingress) { [weak self] event in self?.ingressChanged(event) }
        podsChanged()
    }

    /// The controller's pods that run (what serves its traffic).
    func runningControllerPods() -> [JSON] { controllerPods() }

    private func controllerPods() -> [JSON] {
        server.list(.pod, namespace: IngressNginxAddon.namespace,
                    labelSelector: LabelSelector(matchLabels: IngressNginxAddon.selector))
            .filter { !$0.isTerminating && $0["status"]["phase"].string == "Running" }
    }

    private func podsChanged() {
        let nowRunning = !controllerPods().isEmpty
        guard nowRunning != running else { return }
        running = nowRunning
        if running { start() } else { stop() }
    }

    /// The informers' initial list, then the status syncer's first round and its ticker.
    private func start() {
        for ingress in server.list(.ingress, namespace: nil) where handles(ingress) {
            events.record(ingress, reason: "Sync", message: "Scheduled for sync", source: Self.source)
        }
        tick()
    }

    private func tick() {
        guard running else { return }
        syncStatus(addresses: publishedAddresses())
        ticker = server.simulation.schedule(after: Self.statusInterval) { [weak self] in self?.tick() }
    }

    private func stop() {
        if let ticker { server.simulation.cancel(ticker) }
        ticker = nil
        syncStatus(addresses: [])
    }

    private func ingressChanged(_ event: WatchEvent) {
        guard running, event.type != .deleted, handles(event.object) else { return }
        events.record(event.object, reason: "Sync", message: "Scheduled for sync", source: Self.source)
    }

    /// Whether this controller owns `ingress`: the deprecated annotation naming `nginx`, or a
    /// class whose IngressClass names this controller. Ingresses without a class are ignored.
    func handles(_ ingress: JSON) -> Bool {
        if let annotation = ingress["metadata"]["annotations"][IngressClasses.legacyAnnotation].string {
            return annotation == IngressNginxAddon.className
        }
        guard let className = ingress["spec"]["ingressClassName"].string,
            let ingressClass = server.object(.ingressClass, namespace: "", name: className)
        else { return false }
        return ingressClass["spec"]["controller"].string == IngressNginxAddon.controllerName
    }

    /// The nodes of ready controller pods, as `status.loadBalancer.ingress` entries, sorted.
    func publishedAddresses() -> [JSON] {
        var addresses: [String] = []
        for pod in controllerPods() where PodTemplate.isReady(pod) {
            guard let nodeName = pod["spec"]["nodeName"].string,
                let node = server.object(.node, namespace: "", name: nodeName)
            else { continue }
            let nodeAddresses = node["status"]["addresses"].array ?? []
            let internalIP = nodeAddresses.first { $0["type"].string == "InternalIP" }?["address"].string
            let external = nodeAddresses.first { $0["type"].string == "ExternalIP" }?["address"].string
            let address = external ?? internalIP ?? nodeName
            if !addresses.contains(address) { addresses.append(address) }
        }
        return addresses.sorted().map { address in
            IngressValidation.isIPAddress(address) ? ["ip": .string(address)] : ["hostname": .string(address)]
        }
    }

    private func syncStatus(addresses: [JSON]) {
        for ingress in server.list(.ingress, namespace: nil) where handles(ingress) {
            let current = ingress["status"]["loadBalancer"]["ingress"].array ?? []
            guard current != addresses else { continue }
            server.modify(.ingress, namespace: ingress.namespace, name: ingress.name) { object in
                if addresses.isEmpty {
                    object["status"] = ["loadBalancer": .object(JSONObject())]
                } else {
                    object["status"]["loadBalancer"]["ingress"] = .array(addresses)
                }
            }
        }
    }
}
