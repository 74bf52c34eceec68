import JSONValue

/// metrics-server's manifest (components.yaml of v0.7.2), as an admin applies it: its
/// ServiceAccount, Service and Deployment in kube-system.
enum MetricsServerAddon {
    static let image = "registry.k8s.io/metrics-server/metrics-server:v0.7.2"

    static func install(on server: APIServer) {
        let labels: JSON = ["k8s-app": "metrics-server"]
        _ = try? server.create(.serviceAccount, ["metadata": ["name": "metrics-server", "labels": labels]],
                               namespace: "kube-system")
        _ = try? server.create(.service, [
            "metadata": ["name": "metrics-server", "labels": labels],
            "spec": ["selector": labels,
                     "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": "https"]]],
        ], namespace: "kube-system")
        _ = try? server.create(.deployment, deployment(labels: labels), namespace: "kube-system")
    }

    static func deployment(labels: JSON) -> JSON {
        [
            "metadata": ["name": "metrics-server", "labels": labels],
            "spec": [
                "selector": ["matchLabels": labels],
                "strategy": ["rollingUpdate": ["maxUnavailable": 0]],
                "template": [
                    "metadata": ["labels": labels],
                    "spec": [
                        "containers": [[
                            "args": ["--cert-dir=/tmp", "--secure-port=10250",
                                     "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
                                     "--kubelet-use-node-status-port", "--metric-resolution=15s",
                                     "--kubelet-insecure-tls"],
                            "image": .string(image),
                            "imagePullPolicy": "IfNotPresent",
                            "livenessProbe": [
                                "failureThreshold": 3,
                                "httpGet": ["path": "/livez", "port": "https", "scheme": "HTTPS"],
                                "periodSeconds": 10,
                            ],
                            "name": "metrics-server",
                            "ports": [["containerPort": 10250, "name": "https", "protocol": "TCP"]],
                            "readinessProbe": [
                                "failureThreshold": 3,
                                "httpGet": ["path": "/readyz", "port": "https", "scheme": "HTTPS"],
                                "initialDelaySeconds": 20,
                                "periodSeconds": 10,
                            ],
                            "resources": ["requests": ["cpu": "100m", "memory": "200Mi"]],
                            "securityContext": [
                                "allowPrivilegeEscalation": false,
                                "capabilities": ["drop": ["ALL"]],
                                "readOnlyRootFilesystem": true,
                                "runAsNonRoot": true,
                                "runAsUser": 1000,
                                "seccompProfile": ["type": "RuntimeDefault"],
                            ],
                            "volumeMounts": [["mountPath": "/tmp", "name": "tmp-dir"]],
                        ]],
                        "nodeSelector": ["kubernetes.io/os": "linux"],
                        "priorityClassName": "system-cluster-critical",
                        "serviceAccountName": "metrics-server",
                        "volumes": [["emptyDir": [:], "name": "tmp-dir"]],
                    ],
                ],
            ],
        ]
    }
}
