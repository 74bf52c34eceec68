import JSONValue
import SimCore

/// What an EKS cluster's Kubernetes holds when its control plane first answers: the default
/// namespaces, the `kubernetes` Service whose endpoints are the control plane's network
/// interfaces in the customer's subnets, and the three add-ons EKS installs itself — the
/// Amazon VPC CNI (`aws-node`), kube-proxy and CoreDNS, pulled from EKS's own registry.
///
/// Unlike kubeadm there are no control-plane pods and no control-plane node: AWS runs those
/// out of sight, so the cluster's nodes are the workers the account adds.
public enum EKSBootstrap {
    /// The account that publishes EKS's add-on images, in every region's registry.
    public static let imageAccount = "602401143452"

    /// Installs the cluster's first objects now; `controlPlaneIPs` are the addresses of the
    /// control plane's interfaces, `region` names the registry the add-ons come from.
    public static func start(_ cluster: Cluster, controlPlaneIPs: [String], region: String) {
        let server = cluster.apiServer
        let network = server.serviceNetwork
        let registry = "\(imageAccount).dkr.ecr.\(region).amazonaws.com"
        cluster.createSystemNamespaces()
        _ = try? server.create(.service, [
            "metadata": ["name": "kubernetes", "labels": ["component": "apiserver", "provider": "kubernetes"]],
            "spec": ["clusterIP": .string(network.kubernetesIP), "clusterIPs": [.string(network.kubernetesIP)],
                     "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 443]]],
        ], namespace: "default")
        let addresses = JSON.array(controlPlaneIPs.map { ["ip": .string($0)] })
        _ = try? server.create(.endpoints, [
            "metadata": ["name": "kubernetes", "labels": ["endpointslice.kubernetes.io/skip-mirror": "true"]],
            "subsets": [["addresses": addresses, "ports": [["name": "https", "port": 443, "protocol": "TCP"]]]],
        ], namespace: "default")
        _ = try? server.create(.endpointSlice, [
            "metadata": ["name": "kubernetes", "labels": ["kubernetes.io/service-name": "kubernetes"]],
            "addressType": "IPv4",
            "endpoints": .array(controlPlaneIPs.map { ["addresses": [.string($0)], "conditions": ["ready": true]] }),
            "ports": [["name": "https", "port": 443, "protocol": "TCP"]],
        ], namespace: "default")
        _ = try? server.create(.service, [
            "metadata": ["name": "kube-dns",
                         "labels": ["eks.amazonaws.com/component": "kube-dns", "k8s-app": "kube-dns",
                                    "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS"],
                         "annotations": ["prometheus.io/port": "9153", "prometheus.io/scrape": "true"]],
            "spec": ["clusterIP": .string(network.dnsIP), "clusterIPs": [.string(network.dnsIP)],
                     "selector": ["k8s-app": "kube-dns"],
                     "ports": [["name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53],
                               ["name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53],
                               ["name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153]]],
        ], namespace: "kube-system")
        // gp2, EBS through the in-tree name; since 1.30 no longer the default class.
        _ = try? server.create(.storageClass, [
            "metadata": ["name": "gp2"], "parameters": ["fsType": "ext4", "type": "gp2"],
            "provisioner": "kubernetes.io/aws-ebs", "reclaimPolicy": "Delete", "volumeBindingMode": "WaitForFirstConsumer",
        ])
        _ = try? server.create(.daemonSet, awsNode(registry), namespace: "kube-system")
        var proxy = KubeadmBootstrap.kubeProxy(Kubelet.version)
        proxy["spec"]["template"]["spec"]["containers"][0]["image"] = .string("\(registry)/eks/kube-proxy:\(addonTags.kubeProxy)")
        proxy["metadata"]["labels"]["eks.amazonaws.com/component"] = "kube-proxy"
        proxy["spec"]["template"]["spec"]["affinity"] = notOnFargate
        _ = try? server.create(.daemonSet, proxy, namespace: "kube-system")
        var dns = KubeadmBootstrap.coreDNS()
        dns["spec"]["template"]["spec"]["containers"][0]["image"] = .string("\(registry)/eks/coredns:\(addonTags.coreDNS)")
        dns["metadata"]["labels"]["eks.amazonaws.com/component"] = "coredns"
        dns["spec"]["template"]["metadata"]["labels"]["eks.amazonaws.com/component"] = "coredns"
        _ = try? server.create(.deployment, dns, namespace: "kube-system")
    }

    /// The node add-ons' affinity: not on Fargate, where each pod is its own machine.
    public static let notOnFargate: JSON = ["nodeAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": ["nodeSelectorTerms": [[
        "matchExpressions": [["key": "eks.amazonaws.com/compute-type", "operator": "NotIn", "values": ["fargate", "hybrid", "auto"]]],
    ]]]]]

    /// The add-on versions EKS installs on a new 1.32 cluster.
    public static let addonTags = (kubeProxy: "v1.32.0-minimal-eksbuild.2", coreDNS: "v1.11.4-eksbuild.2",
                                   vpcCNI: "v1.19.2-eksbuild.1", networkPolicyAgent: "v1.1.6-eksbuild.1")

    /// The Amazon VPC CNI: on every node, giving pods addresses from the VPC's subnets (its
    /// network policy agent beside it).
    static func awsNode(_ registry: String) -> JSON {
        [
            "metadata": ["name": "aws-node", "namespace": "kube-system",
                         "labels": ["app.kubernetes.io/instance": "aws-vpc-cni", "app.kubernetes.io/name": "aws-node",
                                    "k8s-app": "aws-node"]],
            "spec": [
                "selector": ["matchLabels": ["k8s-app": "aws-node"]],
                "updateStrategy": ["rollingUpdate": ["maxUnavailable": "10%"], "type": "RollingUpdate"],
                "template": [
                    "metadata": ["labels": ["app.kubernetes.io/instance": "aws-vpc-cni", "app.kubernetes.io/name": "aws-node",
                                            "k8s-app": "aws-node"]],
                    "spec": [
                        "containers": [
                            ["image": .string("\(registry)/amazon-k8s-cni:\(addonTags.vpcCNI)"), "name": "aws-node",
                             "ports": [["containerPort": 61678, "name": "metrics", "protocol": "TCP"]],
                             "resources": ["requests": ["cpu": "25m"]], "securityContext": ["privileged": true]],
                            ["image": .string("\(registry)/amazon/aws-network-policy-agent:\(addonTags.networkPolicyAgent)"),
                             "name": "aws-eks-nodeagent", "resources": ["requests": ["cpu": "25m"]],
                             "securityContext": ["privileged": true]],
                        ],
                        "affinity": notOnFargate,
                        "hostNetwork": true,
                        "priorityClassName": "system-node-critical",
                        "serviceAccountName": "aws-node",
                        "terminationGracePeriodSeconds": 10,
                        "tolerations": [["operator": "Exists"]],
                    ],
                ],
            ],
        ]
    }
}
