import ContainerImages
import JSONValue
import SimCore

/// One simulated Kubernetes cluster: its control plane (etcd, kube-apiserver, kube-scheduler,
/// kube-controller-manager, cloud-controller-manager slot) and its nodes, each with a
/// kubelet and containerd.
public final class Cluster {
    public let name: String
    public let simulation: Simulation
    public let etcd: Etcd
    public let apiServer: APIServer
    public let events: EventRecorder
    public let scheduler: Scheduler
    public let controllerManager: ControllerManager
    /// The external provisioner behind the default StorageClass (see `KubeadmBootstrap`).
    public let localPathProvisioner: LocalPathProvisioner
    let horizontalPodAutoscalers: HorizontalPodAutoscalerController
    public let registry: ImageRegistry
    public private(set) var kubelets: [String: Kubelet] = [:]
    /// What containers wrote to volumes, which outlives the pods that wrote it.
    public let volumeData = VolumeData()
    /// The metrics.k8s.io add-on, when its Deployment is installed in kube-system.
    public private(set) lazy var metricsServer = MetricsServer(cluster: self)
    /// The ingress-nginx controller, once `sim addons enable ingress` has installed it.
    public private(set) var ingressNginx: IngressNginxController?
    /// The cluster's API endpoint, as kubeconfig and `kubectl cluster-info` show it.
    public var endpoint: String
    /// kube-proxy's Service rules, the same on every node.
    let serviceProxy: ServiceProxy

    public init(name: String, simulation: Simulation, registry: ImageRegistry, endpoint: String) {
        self.name = name
        self.simulation = simulation
        self.registry = registry
        self.endpoint = endpoint
        let ids = simulation.random.stream("etcd-\(name)")
        etcd = Etcd(clusterID: ids.next(), memberID: ids.next(), memberName: "controlplane")
        apiServer = APIServer(simulation: simulation, etcd: etcd)
        serviceProxy = ServiceProxy(server: apiServer, random: simulation.random.stream("kube-proxy-\(name)"))
        apiServer.register(PodStrategy(), forKind: "Pod")
        apiServer.register(NodeStrategy(), forKind: "Node")
        apiServer.register(NamespaceStrategy(), forKind: "Namespace")
        apiServer.register(DeploymentStrategy(), forKind: "Deployment")
        apiServer.register(ReplicaSetStrategy(), forKind: "ReplicaSet")
        apiServer.register(DaemonSetStrategy(), forKind: "DaemonSet")
        apiServer.register(StatefulSetStrategy(), forKind: "StatefulSet")
        apiServer.register(HorizontalPodAutoscalerStrategy(), forKind: "HorizontalPodAutoscaler")
        apiServer.register(JobStrategy(), forKind: "Job")
        apiServer.register(CronJobStrategy(), forKind: "CronJob")
        apiServer.register(ServiceStrategy(), forKind: "Service")
        apiServer.register(EndpointsStrategy(), forKind: "Endpoints")
        apiServer.register(EndpointSliceStrategy(), forKind: "EndpointSlice")
        apiServer.register(ConfigMapStrategy(), forKind: "ConfigMap")
        apiServer.register(SecretStrategy(), forKind: "Secret")
        apiServer.register(ServiceAccountStrategy(), forKind: "ServiceAccount")
        apiServer.register(EventStrategy(), forKind: "Event")
        apiServer.register(LeaseStrategy(), forKind: "Lease")
        apiServer.register(ControllerRevisionStrategy(), forKind: "ControllerRevision")
        apiServer.register(IngressStrategy(), forKind: "Ingress")
        apiServer.register(IngressClassStrategy(), forKind: "IngressClass")
        apiServer.register(PersistentVolumeStrategy(), forKind: "PersistentVolume")
        apiServer.register(PersistentVolumeClaimStrategy(), forKind: "PersistentVolumeClaim")
        apiServer.register(StorageClassStrategy(), forKind: "StorageClass")
        events = EventRecorder(server: apiServer)
        scheduler = Scheduler(server: apiServer, events: events)
        controllerManager = ControllerManager(server: apiServer, events: events)
        localPathProvisioner = LocalPathProvisioner(server: apiServer, events: events)
        horizontalPodAutoscalers = HorizontalPodAutoscalerController(server: apiServer, events: events)
        // Each kubelet watches only the pods bound to its node, as with a spec.nodeName field selector.
        apiServer.watch(.pod) { [weak self] event in
            guard Kubelet.isNews(event) else { return }
            let node = event.brief.map { $0.nodeName } ?? event.object["spec"]["nodeName"].string
            guard let node = node ?? event.old?["spec"]["nodeName"].string, let kubelet = self?.kubelets[node] else {
                return
            }
            kubelet.podChanged(event)
        }
        // A deleted PersistentVolume takes its data with it; a deleted pod its emptyDirs.
        apiServer.watch(.persistentVolume, only: .deleted) { [weak self] event in
            self?.volumeData.removePersistent(event.object.name)
        }
        apiServer.watch(.pod, only: .deleted) { [weak self] event in
            self?.volumeData.removeEmptyDirs(ofPod: event.object.uid)
        }
        horizontalPodAutoscalers.metrics = { [unowned self] namespace, resource in
            self.metricsServer.podUsage(namespace: namespace, resource: resource)
        }
    }

    /// Starts a machine's kubelet, which registers the node.
    @discardableResult
    public func addNode(_ config: NodeConfig, staticPods: [JSON] = []) -> Kubelet {
        let kubelet = Kubelet(config: config, server: apiServer, events: events, registry: registry)
        kubelet.volumeData = volumeData
        kubelet.network = { [unowned self] client, request in self.request(request, from: client) }
        kubelet.resolver = { [unowned self] namespace in self.resolver(forPodsIn: namespace) }
        for manifest in staticPods { kubelet.addStaticPod(manifest) }
        kubelets[config.name] = kubelet
        kubelet.register()
        return kubelet
    }

    public func kubelet(on node: String) -> Kubelet? { kubelets[node] }

    /// Creates the namespaces every cluster starts with.
    public func createSystemNamespaces() {
        for namespace in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            _ = try? apiServer.create(.namespace, ["metadata": ["name": .string(namespace)]])
        }
    }
}

extension Cluster {
    /// Installs ingress-nginx (`sim addons enable ingress`) and starts its controller, which
    /// acts once its pods run. Returns the lines `kubectl apply` prints, or nil when the
    /// add-on is already enabled.
    public func enableIngressNginx() -> [String]? {
        guard ingressNginx == nil else { return nil }
        let lines = IngressNginxAddon.install(on: apiServer)
        ingressNginx = IngressNginxController(server: apiServer, events: events)
        return lines
    }
}

extension Cluster {
    /// Adds `count` worker machines at once (`sim nodes add`), numbered after the existing ones.
    @discardableResult
    public func addNodes(count: Int, cpu: String, memoryKi: Int64, pods: Int) -> [String] {
        var names: [String] = []
        var index = kubelets.count
        for _ in 0..<max(0, count) {
            var name = Cluster.workerName(index)
            while kubelets[name] != nil {
                index += 1
                name = Cluster.workerName(index)
            }
            let cidr = index < 250 ? "10.244.\(index).0/24" : "100.\(64 + index / 256).\(index % 256).0/24"
            let ip = "192.168.\(index / 250).\(10 + index % 250)"
            addNode(NodeConfig(name: name, internalIP: ip, podCIDR: cidr, cpu: cpu, memoryKi: memoryKi, pods: pods))
            names.append(name)
            index += 1
        }
        return names
    }
}

extension Cluster {
    /// `node03`, `node1234`: two digits at least. (A function, not a `String` initializer: as
    /// `String.init` it would stand in wherever an `(Int) -> String` is wanted.)
    static func workerName(_ index: Int) -> String {
        index < 10 ? "node0\(index)" : "node\(index)"
    }
}

extension Cluster {
    /// A machine gone for good (its cloud instance terminated): the kubelet stops, the cloud
    /// node lifecycle controller deletes the Node, and the pod garbage collector force-deletes
    /// the pods that were bound to it.
    public func removeNode(_ name: String) {
        guard let kubelet = kubelets.removeValue(forKey: name) else { return }
        kubelet.stop()
        _ = try? apiServer.delete(.node, namespace: "", name: name)
        for key in apiServer.index.pods(onNode: name) {
            _ = try? apiServer.delete(.pod, namespace: key.namespace, name: key.name, gracePeriodSeconds: 0)
        }
    }
}
