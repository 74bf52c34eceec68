import JSONValue
import SimCore

/// metrics-server, the add-on behind `metrics.k8s.io/v1beta1` (`kubectl top`): it scrapes every
/// kubelet's resource metrics each `--metric-resolution` (15 s) once its own pod is ready, and
/// serves the latest scrape as NodeMetrics and PodMetrics.
///
/// Scrapes are computed when asked for, from the kubelets' state at the last scrape time, so a
/// cluster of 150,000 pods pays nothing until someone runs `kubectl top`.
public final class MetricsServer {
    public static let resolution = SimDuration.seconds(Int64(15))
    public static let group = "metrics.k8s.io"
    public static let version = "v1beta1"

    /// What the add-on's APIService adds to discovery (`kubectl api-resources`).
    public static let resourceTypes = [
        ResourceType(group: group, version: version, kind: "NodeMetrics", resource: "nodes", singular: "",
                     namespaced: false, verbs: ["get", "list"]),
        ResourceType(group: group, version: version, kind: "PodMetrics", resource: "pods", singular: "",
                     verbs: ["get", "list"]),
    ]

    private unowned let cluster: Cluster

    init(cluster: Cluster) { self.cluster = cluster }

    /// Why the Metrics API cannot answer: the add-on is not installed, or not running.
    public enum Availability: Equatable {
        case notInstalled
        case unavailable
        case noScrapeYet
        case scraped(at: SimTime)
    }

    /// Whether metrics-server is deployed (its APIService is registered in discovery).
    public var isInstalled: Bool {
        cluster.apiServer.object(.deployment, namespace: "kube-system", name: "metrics-server") != nil
    }

    /// The time of the latest scrape, counted from when the metrics-server pod became ready.
    public var availability: Availability {
        guard isInstalled else { return .notInstalled }
        let pods = cluster.apiServer.list(.pod, namespace: "kube-system",
                                          labelSelector: LabelSelector(matchLabels: ["k8s-app": "metrics-server"]))
        let readySince = pods.compactMap { pod -> SimTime? in
            guard !pod.isTerminating,
                let ready = (pod["status"]["conditions"].array ?? []).first(where: {
                    $0["type"].string == "Ready" && $0["status"].string == "True"
                })
            else { return nil }
            return ready["lastTransitionTime"].string.flatMap { SimTime(rfc3339: $0) }
        }.min()
        guard let readySince else { return .unavailable }
        let now = cluster.simulation.now
        let elapsed = (now - readySince).milliseconds
        let period = Self.resolution.milliseconds
        guard elapsed >= period else { return .noScrapeYet }
        return .scraped(at: readySince + .millis(elapsed / period * period))
    }

    /// NodeMetrics for every node whose kubelet answered the last scrape.
    public func nodeMetrics() -> [JSON] {
        guard case .scraped(let time) = availability else { return [] }
        var items: [JSON] = []
        for node in cluster.apiServer.list(.node, namespace: nil) {
            guard let kubelet = cluster.kubelet(on: node.name), let usage = kubelet.nodeUsage(at: time) else { continue }
            items.append([
                "metadata": ["name": .string(node.name), "creationTimestamp": .string(cluster.simulation.now.rfc3339),
                             "labels": node["metadata"]["labels"]],
                "timestamp": .string(time.rfc3339),
                "window": "20.031s",
                "usage": ["cpu": .string("\(usage.nanoCores)n"), "memory": .string("\(usage.memoryBytes / 1024)Ki")],
            ])
        }
        return items
    }

    /// What the autoscaler's metrics client gets for one resource of a namespace's pods.
    func podUsage(namespace: String, resource: String) -> HorizontalPodAutoscalerController.PodMetrics {
        switch availability {
        case .notInstalled:
            return .failure("unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)")
        case .unavailable:
            return .failure("unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)")
        case .noScrapeYet:
            return .failure("no metrics returned from resource metrics API")
        case .scraped(let time):
            var usage: [String: Int64] = [:]
            for kubelet in cluster.kubelets.values {
                for pod in kubelet.podUsage(at: time) where pod.namespace == namespace {
                    // MilliValue rounds up, container by container.
                    usage[pod.name] = pod.containers.reduce(0) { total, container in
                        total + (resource == "memory" ? container.memoryBytes * 1000 : (container.nanoCores + 999_999) / 1_000_000)
                    }
                }
            }
            return .usage(usage, timestamp: time, window: .millis(15_006))
        }
    }

    /// PodMetrics for the pods in `namespace` (all when nil) that were running at the last scrape.
    public func podMetrics(namespace: String?) -> [JSON] {
        guard case .scraped(let time) = availability else { return [] }
        var items: [JSON] = []
        for (_, kubelet) in cluster.kubelets.sorted(by: { $0.key < $1.key }) {
            for pod in kubelet.podUsage(at: time) where namespace == nil || pod.namespace == namespace {
                let labels = cluster.apiServer.object(.pod, namespace: pod.namespace, name: pod.name)?["metadata"]["labels"]
                items.append([
                    "metadata": ["name": .string(pod.name), "namespace": .string(pod.namespace),
                                 "creationTimestamp": .string(cluster.simulation.now.rfc3339), "labels": labels ?? .null],
                    "timestamp": .string(time.rfc3339),
                    "window": "15.006s",
                    "containers": .array(pod.containers.map { container in
                        ["name": .string(container.name),
                         "usage": ["cpu": .string("\(container.nanoCores)n"),
                                   "memory": .string("\(container.memoryBytes / 1024)Ki")]]
                    }),
                ])
            }
        }
        return items
    }
}
