import ContainerImages
import JSONValue
import SimCore

/// Builds a cluster the way `kubeadm init` and `kubeadm join` would, on the simulated clock:
/// the control-plane node with its static pods, kube-proxy and CoreDNS, then the workers.
public enum KubeadmBootstrap {
    public struct Plan: Sendable {
        public var controlPlane: NodeConfig
        public var workers: [NodeConfig]
        /// Seconds after `kubeadm init` that each worker joins.
        public var joinDelays: [Int64]
        /// Seconds after `kubeadm init` that the admin applies metrics-server's manifest; nil for none.
        public var metricsServerDelay: Int64?

        public init(controlPlane: NodeConfig, workers: [NodeConfig], joinDelays: [Int64], metricsServerDelay: Int64? = nil) {
            self.controlPlane = controlPlane
            self.workers = workers
            self.joinDelays = joinDelays
            self.metricsServerDelay = metricsServerDelay
        }

        /// `controlplane`, `node01`, `node02`: the sandbox every learner starts with.
        public static let sandbox = Plan(
            controlPlane: NodeConfig(name: "controlplane", internalIP: "192.168.0.10", podCIDR: "10.244.0.0/24",
                                     controlPlane: true),
            workers: [
                NodeConfig(name: "node01", internalIP: "192.168.0.11", podCIDR: "10.244.1.0/24"),
                NodeConfig(name: "node02", internalIP: "192.168.0.12", podCIDR: "10.244.2.0/24"),
            ],
            joinDelays: [55, 70], metricsServerDelay: 95)
    }

    /// Runs `kubeadm init` now and schedules the joins; the caller advances the clock.
    public static func start(_ cluster: Cluster, plan: Plan) {
        let version = KubernetesVersion.default.gitVersion
        cluster.createSystemNamespaces()
        DefaultStorageClass.install(on: cluster.apiServer)
        let ip = plan.controlPlane.internalIP
        cluster.addNode(plan.controlPlane, staticPods: [
            staticPod("etcd", image: "registry.k8s.io/etcd:3.5.16-0", cpu: "100m", memory: "100Mi",
                      command: ["etcd", "--advertise-client-urls=https://\(ip):2379", "--data-dir=/var/lib/etcd",
                                "--listen-client-urls=https://127.0.0.1:2379,https://\(ip):2379", "--name=controlplane"]),
            staticPod("kube-apiserver", image: "registry.k8s.io/kube-apiserver:\(version)", cpu: "250m", memory: nil,
                      command: ["kube-apiserver", "--advertise-address=\(ip)", "--etcd-servers=https://127.0.0.1:2379",
                                "--secure-port=6443", "--service-cluster-ip-range=10.96.0.0/12"]),
            staticPod("kube-controller-manager", image: "registry.k8s.io/kube-controller-manager:\(version)", cpu: "200m",
                      memory: nil, command: ["kube-controller-manager", "--cluster-cidr=10.244.0.0/16",
                                             "--controllers=*,bootstrapsigner,tokencleaner", "--leader-elect=true"]),
            staticPod("kube-scheduler", image: "registry.k8s.io/kube-scheduler:\(version)", cpu: "100m", memory: nil,
                      command: ["kube-scheduler", "--kubeconfig=/etc/kubernetes/scheduler.conf", "--leader-elect=true"]),
        ])
        let server = cluster.apiServer
        // The API server's own Service, and kubeadm's cluster DNS Service.
        _ = try? server.create(.service, [
            "metadata": ["name": "kubernetes", "labels": ["component": "apiserver", "provider": "kubernetes"]],
            "spec": ["clusterIP": "10.96.0.1", "clusterIPs": ["10.96.0.1"],
                     "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]]],
        ], namespace: "default")
        // Its endpoints are the API server's own to write (the endpoint reconciler), not a controller's.
        _ = try? server.create(.endpoints, [
            "metadata": ["name": "kubernetes", "labels": ["endpointslice.kubernetes.io/skip-mirror": "true"]],
            "subsets": [["addresses": [["ip": .string(ip)]], "ports": [["name": "https", "port": 6443, "protocol": "TCP"]]]],
        ], namespace: "default")
        _ = try? server.create(.endpointSlice, [
            "metadata": ["name": "kubernetes", "labels": ["kubernetes.io/service-name": "kubernetes"]],
            "addressType": "IPv4",
            "endpoints": [["addresses": [.string(ip)], "conditions": ["ready": true]]],
            "ports": [["name": "https", "port": 6443, "protocol": "TCP"]],
        ], namespace: "default")
        cluster.simulation.schedule(after: .seconds(Int64(12))) {
            _ = try? server.create(.service, [
                "metadata": ["name": "kube-dns", "labels": ["k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true",
                                                             "kubernetes.io/name": "CoreDNS"],
                             "annotations": ["prometheus.io/port": "9153", "prometheus.io/scrape": "true"]],
                "spec": ["clusterIP": "10.96.0.10", "clusterIPs": ["10.96.0.10"], "selector": ["k8s-app": "kube-dns"],
                         "ports": [["name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53],
                                   ["name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53],
                                   ["name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153]]],
            ], namespace: "kube-system")
            _ = try? server.create(.daemonSet, kubeProxy(version), namespace: "kube-system")
            _ = try? server.create(.deployment, coreDNS(), namespace: "kube-system")
        }
        for (worker, delay) in zip(plan.workers, plan.joinDelays) {
            cluster.simulation.schedule(after: .seconds(delay)) { cluster.addNode(worker) }
        }
        if let delay = plan.metricsServerDelay {
            cluster.simulation.schedule(after: .seconds(delay)) { MetricsServerAddon.install(on: server) }
        }
    }

    static func staticPod(_ component: String, image: String, cpu: String, memory: String?, command: [String]) -> JSON {
        var requests: JSON = ["cpu": .string(cpu)]
        if let memory { requests["memory"] = .string(memory) }
        return [
            "metadata": [
                "name": .string(component),
                "namespace": "kube-system",
                "labels": ["component": .string(component), "tier": "control-plane"],
            ],
            "spec": [
                "containers": [[
                    "command": .array(command.map(JSON.string)),
                    "image": .string(image),
                    "imagePullPolicy": "IfNotPresent",
                    "name": .string(component),
                    "resources": ["requests": requests],
                ]],
                "hostNetwork": true,
                "priority": 2_000_001_000,
                "priorityClassName": "system-node-critical",
                "securityContext": ["seccompProfile": ["type": "RuntimeDefault"]],
                "tolerations": [["effect": "NoExecute", "operator": "Exists"]],
                "automountServiceAccountToken": false,
            ],
        ]
    }

    static func kubeProxy(_ version: String) -> JSON {
        [
            "metadata": ["name": "kube-proxy", "namespace": "kube-system", "labels": ["k8s-app": "kube-proxy"]],
            "spec": [
                "selector": ["matchLabels": ["k8s-app": "kube-proxy"]],
                "template": [
                    "metadata": ["labels": ["k8s-app": "kube-proxy"]],
                    "spec": [
                        "containers": [[
                            "command": ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf",
                                        "--hostname-override=$(NODE_NAME)"],
                            "image": .string("registry.k8s.io/kube-proxy:\(version)"),
                            "imagePullPolicy": "IfNotPresent",
                            "name": "kube-proxy",
                            "securityContext": ["privileged": true],
                        ]],
                        "hostNetwork": true,
                        "nodeSelector": ["kubernetes.io/os": "linux"],
                        "priorityClassName": "system-node-critical",
                        "serviceAccountName": "kube-proxy",
                        "tolerations": [["operator": "Exists"]],
                    ],
                ],
            ],
        ]
    }

    static func coreDNS() -> JSON {
        [
            "metadata": ["name": "coredns", "namespace": "kube-system", "labels": ["k8s-app": "kube-dns"]],
            "spec": [
                "replicas": 2,
                "selector": ["matchLabels": ["k8s-app": "kube-dns"]],
                "strategy": ["rollingUpdate": ["maxSurge": "25%", "maxUnavailable": 1], "type": "RollingUpdate"],
                "template": [
                    "metadata": ["labels": ["k8s-app": "kube-dns"]],
                    "spec": [
                        "containers": [[
                            "args": ["-conf", "/etc/coredns/Corefile"],
                            "image": "registry.k8s.io/coredns/coredns:v1.11.3",
                            "imagePullPolicy": "IfNotPresent",
                            "name": "coredns",
                            "ports": [
                                ["containerPort": 53, "name": "dns", "protocol": "UDP"],
                                ["containerPort": 53, "name": "dns-tcp", "protocol": "TCP"],
                                ["containerPort": 9153, "name": "metrics", "protocol": "TCP"],
                            ],
                            "resources": ["limits": ["memory": "170Mi"], "requests": ["cpu": "100m", "memory": "70Mi"]],
                        ]],
                        "dnsPolicy": "Default",
                        "nodeSelector": ["kubernetes.io/os": "linux"],
                        "priorityClassName": "system-cluster-critical",
                        "serviceAccountName": "coredns",
                        "tolerations": [
                            ["key": "CriticalAddonsOnly", "operator": "Exists"],
                            ["effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"],
                        ],
                    ],
                ],
            ],
        ]
    }
}
