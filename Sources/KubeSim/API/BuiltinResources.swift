extension ResourceType {
    public static let configMap = ResourceType(group: "", version: "v1", kind: "ConfigMap", resource: "configmaps", singular: "configmap",
        shortNames: ["cm"])
    public static let endpoints = ResourceType(group: "", version: "v1", kind: "Endpoints", resource: "endpoints", singular: "endpoints",
        shortNames: ["ep"], etcdPrefix: "services/endpoints")
    public static let event = ResourceType(group: "", version: "v1", kind: "Event", resource: "events", singular: "event",
        shortNames: ["ev"])
    public static let limitRange = ResourceType(group: "", version: "v1", kind: "LimitRange", resource: "limitranges", singular: "limitrange",
        shortNames: ["limits"])
    public static let namespace = ResourceType(group: "", version: "v1", kind: "Namespace", resource: "namespaces", singular: "namespace",
        shortNames: ["ns"], namespaced: false,
        verbs: ["create", "delete", "get", "list", "patch", "update", "watch"])
    public static let node = ResourceType(group: "", version: "v1", kind: "Node", resource: "nodes", singular: "node",
        shortNames: ["no"], namespaced: false, etcdPrefix: "minions")
    public static let persistentVolumeClaim = ResourceType(group: "", version: "v1", kind: "PersistentVolumeClaim", resource: "persistentvolumeclaims",
        singular: "persistentvolumeclaim", shortNames: ["pvc"])
    public static let persistentVolume = ResourceType(group: "", version: "v1", kind: "PersistentVolume", resource: "persistentvolumes",
        singular: "persistentvolume", shortNames: ["pv"], namespaced: false)
    public static let pod = ResourceType(group: "", version: "v1", kind: "Pod", resource: "pods", singular: "pod",
        shortNames: ["po"], categories: ["all"])
    public static let replicationController = ResourceType(group: "", version: "v1", kind: "ReplicationController", resource: "replicationcontrollers",
        singular: "replicationcontroller", shortNames: ["rc"], categories: ["all"],
        etcdPrefix: "controllers")
    public static let resourceQuota = ResourceType(group: "", version: "v1", kind: "ResourceQuota", resource: "resourcequotas",
        singular: "resourcequota", shortNames: ["quota"])
    public static let secret = ResourceType(group: "", version: "v1", kind: "Secret", resource: "secrets", singular: "secret")
    public static let serviceAccount = ResourceType(group: "", version: "v1", kind: "ServiceAccount", resource: "serviceaccounts",
        singular: "serviceaccount", shortNames: ["sa"])
    public static let service = ResourceType(group: "", version: "v1", kind: "Service", resource: "services", singular: "service",
        shortNames: ["svc"], categories: ["all"], etcdPrefix: "services/specs")
    public static let controllerRevision = ResourceType(group: "apps", version: "v1", kind: "ControllerRevision", resource: "controllerrevisions",
        singular: "controllerrevision")
    public static let daemonSet = ResourceType(group: "apps", version: "v1", kind: "DaemonSet", resource: "daemonsets", singular: "daemonset",
        shortNames: ["ds"], categories: ["all"])
    public static let deployment = ResourceType(group: "apps", version: "v1", kind: "Deployment", resource: "deployments",
        singular: "deployment", shortNames: ["deploy"], categories: ["all"])
    public static let replicaSet = ResourceType(group: "apps", version: "v1", kind: "ReplicaSet", resource: "replicasets",
        singular: "replicaset", shortNames: ["rs"], categories: ["all"])
    public static let statefulSet = ResourceType(group: "apps", version: "v1", kind: "StatefulSet", resource: "statefulsets",
        singular: "statefulset", shortNames: ["sts"], categories: ["all"])
    public static let horizontalPodAutoscaler = ResourceType(group: "autoscaling", version: "v2", kind: "HorizontalPodAutoscaler",
        resource: "horizontalpodautoscalers", singular: "horizontalpodautoscaler",
        shortNames: ["hpa"], categories: ["all"])
    public static let cronJob = ResourceType(group: "batch", version: "v1", kind: "CronJob", resource: "cronjobs", singular: "cronjob",
        shortNames: ["cj"], categories: ["all"])
    public static let job = ResourceType(group: "batch", version: "v1", kind: "Job", resource: "jobs", singular: "job",
        categories: ["all"])
    public static let lease = ResourceType(group: "coordination.k8s.io", version: "v1", kind: "Lease", resource: "leases",
        singular: "lease")
    public static let endpointSlice = ResourceType(group: "discovery.k8s.io", version: "v1", kind: "EndpointSlice", resource: "endpointslices",
        singular: "endpointslice")
    public static let ingressClass = ResourceType(group: "networking.k8s.io", version: "v1", kind: "IngressClass", resource: "ingressclasses",
        singular: "ingressclass", namespaced: false)
    public static let ingress = ResourceType(group: "networking.k8s.io", version: "v1", kind: "Ingress", resource: "ingresses",
        singular: "ingress", shortNames: ["ing"])
    public static let networkPolicy = ResourceType(group: "networking.k8s.io", version: "v1", kind: "NetworkPolicy", resource: "networkpolicies",
        singular: "networkpolicy", shortNames: ["netpol"])
    public static let podDisruptionBudget = ResourceType(group: "policy", version: "v1", kind: "PodDisruptionBudget", resource: "poddisruptionbudgets",
        singular: "poddisruptionbudget", shortNames: ["pdb"])
    public static let storageClass = ResourceType(group: "storage.k8s.io", version: "v1", kind: "StorageClass", resource: "storageclasses",
        singular: "storageclass", shortNames: ["sc"], namespaced: false)
}

extension ResourceCatalog {
    /// The built-in types of a v1.32 cluster that Shipyard serves, in discovery order (core
    /// group first, then groups by name), which is the order `kubectl get all` follows.
    public static let kubernetes = ResourceCatalog(types: [
        .configMap,
        .endpoints,
        .event,
        .limitRange,
        .namespace,
        .node,
        .persistentVolumeClaim,
        .persistentVolume,
        .pod,
        .replicationController,
        .resourceQuota,
        .secret,
        .serviceAccount,
        .service,
        .controllerRevision,
        .daemonSet,
        .deployment,
        .replicaSet,
        .statefulSet,
        .horizontalPodAutoscaler,
        .cronJob,
        .job,
        .lease,
        .endpointSlice,
        .ingressClass,
        .ingress,
        .networkPolicy,
        .podDisruptionBudget,
        .storageClass,
    ])
}
