import JSONValue
import KubeSim

/// What the `aws-ebs-csi-driver` add-on applies in kube-system: the controller Deployment
/// (the driver with its provisioner, attacher, snapshotter, resizer and liveness sidecars) and
/// the node DaemonSet (the driver, its registrar and liveness probe), images from EKS's
/// registry, kept off Fargate.
extension EBSCSIDriver {
    static let images = (driver: "eks/aws-ebs-csi-driver:v1.37.0", provisioner: "eks/csi-provisioner:v5.1.0-eks-1-31-12",
                         attacher: "eks/csi-attacher:v4.7.0-eks-1-31-12", snapshotter: "eks/csi-snapshotter:v8.1.0-eks-1-31-12",
                         resizer: "eks/csi-resizer:v1.12.0-eks-1-31-12", liveness: "eks/livenessprobe:v2.14.0-eks-1-31-12",
                         registrar: "eks/csi-node-driver-registrar:v2.12.0-eks-1-31-12")

    static func install(on kube: Cluster, region: String) {
        let registry = "\(EKSBootstrap.imageAccount).dkr.ecr.\(region).amazonaws.com/"
        func container(_ name: String, _ image: String, cpu: String = "10m", memory: String = "40Mi") -> JSON {
            ["image": .string(registry + image), "name": .string(name),
             "resources": ["limits": ["memory": "256Mi"], "requests": ["cpu": .string(cpu), "memory": .string(memory)]]]
        }
        let labels: JSON = ["app.kubernetes.io/component": "csi-driver", "app.kubernetes.io/managed-by": "EKS",
                            "app.kubernetes.io/name": "aws-ebs-csi-driver", "app.kubernetes.io/version": "1.37.0"]
        var controllerLabels = labels
        controllerLabels["app"] = "ebs-csi-controller"
        var nodeLabels = labels
        nodeLabels["app"] = "ebs-csi-node"
        let server = kube.apiServer
        _ = try? server.create(.deployment, [
            "metadata": ["name": "ebs-csi-controller", "labels": labels],
            "spec": [
                "replicas": 2,
                "selector": ["matchLabels": ["app": "ebs-csi-controller", "app.kubernetes.io/name": "aws-ebs-csi-driver"]],
                "strategy": ["rollingUpdate": ["maxUnavailable": 1], "type": "RollingUpdate"],
                "template": [
                    "metadata": ["labels": controllerLabels],
                    "spec": [
                        "affinity": EKSBootstrap.notOnFargate,
                        "containers": [
                            container("ebs-plugin", images.driver), container("csi-provisioner", images.provisioner),
                            container("csi-attacher", images.attacher), container("csi-snapshotter", images.snapshotter),
                            container("csi-resizer", images.resizer), container("liveness-probe", images.liveness, memory: "20Mi"),
                        ],
                        "priorityClassName": "system-cluster-critical",
                        "serviceAccountName": "ebs-csi-controller-sa",
                        "tolerations": [["key": "CriticalAddonsOnly", "operator": "Exists"],
                                        ["effect": "NoExecute", "operator": "Exists", "tolerationSeconds": 300]],
                    ],
                ],
            ],
        ], namespace: "kube-system")
        _ = try? server.create(.daemonSet, [
            "metadata": ["name": "ebs-csi-node", "labels": labels],
            "spec": [
                "selector": ["matchLabels": ["app": "ebs-csi-node", "app.kubernetes.io/name": "aws-ebs-csi-driver"]],
                "updateStrategy": ["rollingUpdate": ["maxUnavailable": "10%"], "type": "RollingUpdate"],
                "template": [
                    "metadata": ["labels": nodeLabels],
                    "spec": [
                        "affinity": EKSBootstrap.notOnFargate,
                        "containers": [
                            container("ebs-plugin", images.driver), container("node-driver-registrar", images.registrar, memory: "20Mi"),
                            container("liveness-probe", images.liveness, memory: "20Mi"),
                        ],
                        "priorityClassName": "system-node-critical",
                        "serviceAccountName": "ebs-csi-node-sa",
                        "tolerations": [["operator": "Exists"]],
                    ],
                ],
            ],
        ], namespace: "kube-system")
    }
}
