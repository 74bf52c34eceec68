import JSONValue

/// ingress-nginx v1.11.3 as its bare-metal manifest installs it (`deploy/static/provider/
/// baremetal/deploy.yaml`, the idiom for a kubeadm cluster like the sandbox): the namespace,
/// the controller's ServiceAccount and ConfigMap, a NodePort Service, the controller
/// Deployment and the `nginx` IngressClass.
///
/// Not simulated: the RBAC objects (Shipyard has no RBAC kinds) and the admission webhook
/// (its Jobs, Secret, Service and ValidatingWebhookConfiguration), so the Deployment here
/// leaves out the webhook's flags, port and certificate volume.
public enum IngressNginxAddon {
    public static let version = "1.11.3"
    public static let image = "registry.k8s.io/ingress-nginx/controller:v1.11.3"
    public static let namespace = "ingress-nginx"
    public static let controllerName = "k8s.io/ingress-nginx"
    public static let className = "nginx"

    static func labels(component: Bool = true) -> JSON {
        var labels = JSONObject()
        if component { labels["app.kubernetes.io/component"] = "controller" }
        labels["app.kubernetes.io/instance"] = "ingress-nginx"
        labels["app.kubernetes.io/name"] = "ingress-nginx"
        labels["app.kubernetes.io/part-of"] = "ingress-nginx"
        labels["app.kubernetes.io/version"] = .string(version)
        return .object(labels)
    }

    /// What the controller's pods carry and its Service selects.
    public static let selector: [String: String] = [
        "app.kubernetes.io/component": "controller", "app.kubernetes.io/instance": "ingress-nginx",
        "app.kubernetes.io/name": "ingress-nginx",
    ]

    static var selectorJSON: JSON {
        .object(JSONObject(selector.keys.sorted().map { ($0, JSON.string(selector[$0] ?? "")) }))
    }

    /// The objects in manifest order, each with its type.
    static func manifest() -> [(ResourceType, JSON)] {
        [
            (.namespace, ["metadata": ["name": .string(namespace),
                                       "labels": ["app.kubernetes.io/instance": "ingress-nginx",
                                                  "app.kubernetes.io/name": "ingress-nginx"]]]),
            (.serviceAccount, ["metadata": ["name": "ingress-nginx", "labels": labels()], "automountServiceAccountToken": true]),
            (.configMap, ["metadata": ["name": "ingress-nginx-controller", "labels": labels()],
                          "data": ["allow-snippet-annotations": "false"]]),
            (.service, ["metadata": ["name": "ingress-nginx-controller", "labels": labels()],
                        "spec": ["ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack",
                                 "ports": [["appProtocol": "http", "name": "http", "port": 80, "protocol": "TCP",
                                            "targetPort": "http"],
                                           ["appProtocol": "https", "name": "https", "port": 443, "protocol": "TCP",
                                            "targetPort": "https"]],
                                 "selector": selectorJSON, "type": "NodePort"]]),
            (.deployment, deployment()),
            (.ingressClass, ["metadata": ["name": .string(className), "labels": labels()],
                             "spec": ["controller": .string(controllerName)]]),
        ]
    }

    /// Creates the objects; returns the lines `kubectl apply` prints for them.
    static func install(on server: APIServer) -> [String] {
        var lines: [String] = []
        for (type, object) in manifest() {
            let ns = type.namespaced ? namespace : nil
            do {
                try server.create(type, object, namespace: ns)
                lines.append("\(type.qualifiedSingular)/\(object.name) created")
            } catch {
                lines.append("\(type.qualifiedSingular)/\(object.name) unchanged")
            }
        }
        return lines
    }

    static func deployment() -> JSON {
        let probe: JSON = ["failureThreshold": 5, "httpGet": ["path": "/healthz", "port": 10254, "scheme": "HTTP"],
                           "initialDelaySeconds": 10, "periodSeconds": 10, "successThreshold": 1, "timeoutSeconds": 1]
        var readiness = probe
        readiness["failureThreshold"] = 3
        return [
            "metadata": ["name": "ingress-nginx-controller", "labels": labels()],
            "spec": [
                "minReadySeconds": 0,
                "revisionHistoryLimit": 10,
                "selector": ["matchLabels": selectorJSON],
                "strategy": ["rollingUpdate": ["maxUnavailable": 1], "type": "RollingUpdate"],
                "template": [
                    "metadata": ["labels": labels()],
                    "spec": [
                        "containers": [[
                            "args": ["/nginx-ingress-controller", "--election-id=ingress-nginx-leader",
                                     "--controller-class=k8s.io/ingress-nginx", "--ingress-class=nginx",
                                     "--configmap=$(POD_NAMESPACE)/ingress-nginx-controller",
                                     "--enable-metrics=false"],
                            "env": [
                                ["name": "POD_NAME", "valueFrom": ["fieldRef": ["fieldPath": "metadata.name"]]],
                                ["name": "POD_NAMESPACE", "valueFrom": ["fieldRef": ["fieldPath": "metadata.namespace"]]],
                                ["name": "LD_PRELOAD", "value": "/usr/local/lib/libmimalloc.so"],
                            ],
                            "image": .string(image),
                            "imagePullPolicy": "IfNotPresent",
                            "lifecycle": ["preStop": ["exec": ["command": ["/wait-shutdown"]]]],
                            "livenessProbe": probe,
                            "name": "controller",
                            "ports": [["containerPort": 80, "name": "http", "protocol": "TCP"],
                                      ["containerPort": 443, "name": "https", "protocol": "TCP"]],
                            "readinessProbe": readiness,
                            "resources": ["requests": ["cpu": "100m", "memory": "90Mi"]],
                            "securityContext": [
                                "allowPrivilegeEscalation": false,
                                "capabilities": ["add": ["NET_BIND_SERVICE"], "drop": ["ALL"]],
                                "readOnlyRootFilesystem": false,
                                "runAsNonRoot": true,
                                "runAsUser": 101,
                                "seccompProfile": ["type": "RuntimeDefault"],
                            ],
                        ]],
                        "dnsPolicy": "ClusterFirst",
                        "nodeSelector": ["kubernetes.io/os": "linux"],
                        "serviceAccountName": "ingress-nginx",
                        "terminationGracePeriodSeconds": 300,
                    ],
                ],
            ],
        ]
    }
}
