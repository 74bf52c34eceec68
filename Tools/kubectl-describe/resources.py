"""The built-in resource types the fake API server announces in discovery.

Only the facts kubectl needs to map a name (`deploy`, `pods`, `ing`) to a REST path are kept:
group, version, plural, singular, kind, scope, short names, categories and subresources.
The table mirrors what a kubeadm v1.32 kube-apiserver announces for these types.
"""

ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
CLUSTER_VERBS = ALL_VERBS


class Resource:
    def __init__(self, group, version, plural, singular, kind, namespaced=True,
                 short=(), categories=(), subresources=(), verbs=None):
        self.group = group
        self.version = version
        self.plural = plural
        self.singular = singular
        self.kind = kind
        self.namespaced = namespaced
        self.short = list(short)
        self.categories = list(categories)
        self.subresources = list(subresources)  # (name, kind, group, version, verbs)
        self.verbs = verbs or ALL_VERBS

    @property
    def api_version(self):
        return f"{self.group}/{self.version}" if self.group else self.version


def _status(kind, group, version):
    return ("status", kind, group, version, ["get", "patch", "update"])


def _scale():
    return ("scale", "Scale", "autoscaling", "v1", ["get", "patch", "update"])


RESOURCES = [
    # core/v1
    Resource("", "v1", "pods", "pod", "Pod", short=["po"], categories=["all"],
             subresources=[_status("Pod", "", "v1"),
                           ("log", "Pod", "", "v1", ["get"]),
                           ("exec", "PodExecOptions", "", "v1", ["create", "get"]),
                           ("ephemeralcontainers", "Pod", "", "v1", ["get", "patch", "update"])]),
    Resource("", "v1", "services", "service", "Service", short=["svc"], categories=["all"],
             subresources=[_status("Service", "", "v1")]),
    Resource("", "v1", "endpoints", "endpoints", "Endpoints", short=["ep"]),
    Resource("", "v1", "events", "event", "Event", short=["ev"]),
    Resource("", "v1", "nodes", "node", "Node", namespaced=False, short=["no"],
             subresources=[_status("Node", "", "v1")]),
    Resource("", "v1", "namespaces", "namespace", "Namespace", namespaced=False, short=["ns"],
             subresources=[_status("Namespace", "", "v1")],
             verbs=["create", "delete", "get", "list", "patch", "update", "watch"]),
    Resource("", "v1", "configmaps", "configmap", "ConfigMap", short=["cm"]),
    Resource("", "v1", "secrets", "secret", "Secret"),
    Resource("", "v1", "serviceaccounts", "serviceaccount", "ServiceAccount", short=["sa"]),
    Resource("", "v1", "persistentvolumes", "persistentvolume", "PersistentVolume",
             namespaced=False, short=["pv"], subresources=[_status("PersistentVolume", "", "v1")]),
    Resource("", "v1", "persistentvolumeclaims", "persistentvolumeclaim", "PersistentVolumeClaim",
             short=["pvc"], subresources=[_status("PersistentVolumeClaim", "", "v1")]),
    Resource("", "v1", "resourcequotas", "resourcequota", "ResourceQuota", short=["quota"],
             subresources=[_status("ResourceQuota", "", "v1")]),
    Resource("", "v1", "limitranges", "limitrange", "LimitRange", short=["limits"]),
    Resource("", "v1", "replicationcontrollers", "replicationcontroller", "ReplicationController",
             short=["rc"], categories=["all"], subresources=[_scale(), _status("ReplicationController", "", "v1")]),
    # apps/v1
    Resource("apps", "v1", "deployments", "deployment", "Deployment", short=["deploy"], categories=["all"],
             subresources=[_scale(), _status("Deployment", "apps", "v1")]),
    Resource("apps", "v1", "replicasets", "replicaset", "ReplicaSet", short=["rs"], categories=["all"],
             subresources=[_scale(), _status("ReplicaSet", "apps", "v1")]),
    Resource("apps", "v1", "daemonsets", "daemonset", "DaemonSet", short=["ds"], categories=["all"],
             subresources=[_status("DaemonSet", "apps", "v1")]),
    Resource("apps", "v1", "statefulsets", "statefulset", "StatefulSet", short=["sts"], categories=["all"],
             subresources=[_scale(), _status("StatefulSet", "apps", "v1")]),
    Resource("apps", "v1", "controllerrevisions", "controllerrevision", "ControllerRevision"),
    # batch/v1
    Resource("batch", "v1", "jobs", "job", "Job", categories=["all"],
             subresources=[_status("Job", "batch", "v1")]),
    Resource("batch", "v1", "cronjobs", "cronjob", "CronJob", short=["cj"], categories=["all"],
             subresources=[_status("CronJob", "batch", "v1")]),
    # autoscaling/v2
    Resource("autoscaling", "v2", "horizontalpodautoscalers", "horizontalpodautoscaler",
             "HorizontalPodAutoscaler", short=["hpa"], categories=["all"],
             subresources=[_status("HorizontalPodAutoscaler", "autoscaling", "v2")]),
    # networking.k8s.io/v1
    Resource("networking.k8s.io", "v1", "ingresses", "ingress", "Ingress", short=["ing"],
             subresources=[_status("Ingress", "networking.k8s.io", "v1")]),
    Resource("networking.k8s.io", "v1", "ingressclasses", "ingressclass", "IngressClass", namespaced=False),
    Resource("networking.k8s.io", "v1", "networkpolicies", "networkpolicy", "NetworkPolicy", short=["netpol"]),
    # coordination.k8s.io/v1
    Resource("coordination.k8s.io", "v1", "leases", "lease", "Lease"),
    # policy/v1
    Resource("policy", "v1", "poddisruptionbudgets", "poddisruptionbudget", "PodDisruptionBudget",
             short=["pdb"], subresources=[_status("PodDisruptionBudget", "policy", "v1")]),
    # storage.k8s.io/v1
    Resource("storage.k8s.io", "v1", "storageclasses", "storageclass", "StorageClass",
             namespaced=False, short=["sc"]),
    # discovery.k8s.io/v1
    Resource("discovery.k8s.io", "v1", "endpointslices", "endpointslice", "EndpointSlice"),
    # events.k8s.io/v1 (kubectl get events prefers core/v1; listed so discovery looks complete)
    Resource("events.k8s.io", "v1", "events", "event", "Event", short=["ev"]),
    # scheduling.k8s.io/v1
    Resource("scheduling.k8s.io", "v1", "priorityclasses", "priorityclass", "PriorityClass",
             namespaced=False, short=["pc"]),
]


def group_versions():
    """(group, version) pairs in announcement order (core first)."""
    seen = []
    for r in RESOURCES:
        gv = (r.group, r.version)
        if gv not in seen:
            seen.append(gv)
    return seen


def find(group, version, plural):
    for r in RESOURCES:
        if r.group == group and r.version == version and r.plural == plural:
            return r
    return None


def for_kind(api_version, kind):
    """The resource that stores objects of this apiVersion/kind (events: core/v1 only)."""
    group, _, version = api_version.rpartition("/")
    for r in RESOURCES:
        if r.group == group and r.version == version and r.kind == kind:
            return r
    return None
