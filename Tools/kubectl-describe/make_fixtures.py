#!/usr/bin/env python3
"""Writes the hand-made fixture objects for the describe goldens.

Why a generator: the scenarios (a rollout in progress, a CrashLoopBackOff pod, a failed Job...)
need many objects that agree with each other (owner UIDs, labels, node names, event
involvedObjects). Writing them from one script keeps them consistent; the JSON it writes is what
gets committed and served. All times are relative to FIXTURE_NOW (2026-01-01T00:00:00Z, the
clock Shipyard starts at), so the recorded ages are stable.

Usage: make_fixtures.py OUTDIR   (writes OUTDIR/*.json, one List per scenario)
"""

import datetime as dt
import json
import os
import sys
import uuid
import zlib

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def ago(spec, micro=False):
    """'1d2h3m4s' before NOW, as RFC 3339."""
    total, num = 0, ""
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    for ch in spec:
        if ch.isdigit():
            num += ch
        else:
            total += int(num) * units[ch]
            num = ""
    t = NOW - dt.timedelta(seconds=total)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000000Z" if micro else "Z")


def uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, "/".join(parts) + ".shipyard.test"))


def meta(kind, name, ns=None, created="1h", labels=None, annotations=None, owner=None, **extra):
    md = {"name": name}
    if ns:
        md["namespace"] = ns
    md["uid"] = uid(kind, ns or "", name)
    md["resourceVersion"] = str(zlib.crc32(f"{kind}/{ns}/{name}".encode()) % 90000 + 1000)
    md["creationTimestamp"] = ago(created)
    if labels:
        md["labels"] = labels
    if annotations:
        md["annotations"] = annotations
    if owner:
        okind, oname, oapi = owner
        md["ownerReferences"] = [{"apiVersion": oapi, "kind": okind, "name": oname,
                                  "uid": uid(okind, ns or "", oname), "controller": True,
                                  "blockOwnerDeletion": True}]
    md.update(extra)
    return md


def event(ns, obj_kind, obj_name, reason, message, etype="Normal", first="5m", last=None,
          count=1, component="kubelet", host=None, field_path=None, api="v1", name_suffix=None,
          obj_ns=None, obj_uid=None):
    last = last or first
    io = {"kind": obj_kind, "namespace": obj_ns if obj_ns is not None else ns, "name": obj_name,
          "uid": obj_uid or uid(obj_kind, ns if obj_ns is None else obj_ns, obj_name), "apiVersion": api}
    if io["namespace"] == "":
        del io["namespace"]
    if field_path:
        io["fieldPath"] = field_path
    suffix = name_suffix or uuid.uuid5(uuid.NAMESPACE_DNS, obj_name + reason + message + first).hex[:16]
    src = {"component": component}
    if host:
        src["host"] = host
    return {
        "kind": "Event", "apiVersion": "v1",
        "metadata": {"name": f"{obj_name}.{suffix}", "namespace": ns, "uid": uid("Event", ns, obj_name, suffix),
                     "resourceVersion": "500", "creationTimestamp": ago(first)},
        "involvedObject": io, "reason": reason, "message": message, "source": src,
        "firstTimestamp": ago(first), "lastTimestamp": ago(last), "count": count, "type": etype,
        "eventTime": None, "reportingComponent": component, "reportingInstance": host or "",
    }


def kube_api_access(suffix):
    return {"name": f"kube-api-access-{suffix}", "projected": {"defaultMode": 420, "sources": [
        {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
        {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}},
        {"downwardAPI": {"items": [{"path": "namespace", "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}}]}},
    ]}}


def sa_mount(suffix):
    return {"name": f"kube-api-access-{suffix}", "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "readOnly": True}


DEFAULT_TOLERATIONS = [
    {"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
    {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
]


def pod_conditions(created, ready=True, scheduled=True, initialized=True):
    s = lambda b: "True" if b else "False"  # noqa: E731
    conds = [
        {"type": "PodReadyToStartContainers", "status": s(scheduled), "lastProbeTime": None, "lastTransitionTime": ago(created)},
        {"type": "Initialized", "status": s(initialized), "lastProbeTime": None, "lastTransitionTime": ago(created)},
        {"type": "Ready", "status": s(ready), "lastProbeTime": None, "lastTransitionTime": ago(created)},
        {"type": "ContainersReady", "status": s(ready), "lastProbeTime": None, "lastTransitionTime": ago(created)},
        {"type": "PodScheduled", "status": "True", "lastProbeTime": None, "lastTransitionTime": ago(created)},
    ]
    return conds


NODE_IPS = {"controlplane": "192.168.0.10", "node01": "192.168.0.11", "node02": "192.168.0.12"}


def simple_pod(name, ns, node, ip, image, created="1h", labels=None, owner=None, container="app",
               phase="Running", ready=True, restarts=0, started="1h", sa_suffix="abcde",
               resources=None, ports=None, qos="BestEffort", state=None, last_state=None,
               extra_spec=None, extra_status=None, container_extra=None, annotations=None, **metaextra):
    c = {"name": container, "image": image, "imagePullPolicy": "IfNotPresent",
         "resources": resources or {}, "terminationMessagePath": "/dev/termination-log",
         "terminationMessagePolicy": "File", "volumeMounts": [sa_mount(sa_suffix)]}
    if ports:
        c["ports"] = ports
    if container_extra:
        c.update(container_extra)
    cs = {"name": container, "image": image if ":" in image else image + ":latest",
          "imageID": f"docker.io/library/{image.split(':')[0]}@sha256:" + uuid.uuid5(uuid.NAMESPACE_DNS, image).hex * 2,
          "containerID": "containerd://" + uuid.uuid5(uuid.NAMESPACE_DNS, name + container).hex * 2,
          "ready": ready, "restartCount": restarts, "started": ready,
          "state": state or {"running": {"startedAt": ago(started)}},
          "lastState": last_state or {}}
    spec = {"containers": [c], "dnsPolicy": "ClusterFirst", "enableServiceLinks": True,
            "nodeName": node, "preemptionPolicy": "PreemptLowerPriority", "priority": 0,
            "restartPolicy": "Always", "schedulerName": "default-scheduler", "securityContext": {},
            "serviceAccount": "default", "serviceAccountName": "default",
            "terminationGracePeriodSeconds": 30, "tolerations": DEFAULT_TOLERATIONS,
            "volumes": [kube_api_access(sa_suffix)]}
    if extra_spec:
        spec.update(extra_spec)
    status = {"phase": phase, "conditions": pod_conditions(created, ready=ready),
              "hostIP": NODE_IPS.get(node, ""), "hostIPs": [{"ip": NODE_IPS.get(node, "")}],
              "podIP": ip, "podIPs": [{"ip": ip}], "qosClass": qos, "startTime": ago(created),
              "containerStatuses": [cs]}
    if extra_status:
        status.update(extra_status)
    return {"apiVersion": "v1", "kind": "Pod",
            "metadata": meta("Pod", name, ns, created, labels, annotations, owner, **metaextra),
            "spec": spec, "status": status}


def write(outdir, name, items):
    with open(os.path.join(outdir, name + ".json"), "w") as fh:
        json.dump({"apiVersion": "v1", "kind": "List", "items": items}, fh, indent=2)
        fh.write("\n")


# ------------------------------------------------------------------ scenarios

def pods():
    items = []
    # A bare pod from `kubectl run nginx --image=nginx`.
    items.append(simple_pod("nginx", "default", "node01", "10.244.1.4", "nginx", created="25m", started="24m50s",
                            labels={"run": "nginx"}, sa_suffix="x7k2p"))
    items += [
        event("default", "Pod", "nginx", "Scheduled", "Successfully assigned default/nginx to node01", first="25m", component="default-scheduler"),
        event("default", "Pod", "nginx", "Pulling", 'Pulling image "nginx"', first="25m", host="node01", field_path="spec.containers{app}"),
        event("default", "Pod", "nginx", "Pulled", 'Successfully pulled image "nginx" in 7.915s (7.915s including waiting). Image size: 72195292 bytes.', first="24m52s", host="node01", field_path="spec.containers{app}"),
        event("default", "Pod", "nginx", "Created", "Created container: app", first="24m52s", host="node01", field_path="spec.containers{app}"),
        event("default", "Pod", "nginx", "Started", "Started container app", first="24m51s", host="node01", field_path="spec.containers{app}"),
    ]

    # Pending, unschedulable: requests more CPU than any node has.
    big = simple_pod("big-pod", "default", "", "", "nginx:1.27", created="12m",
                     resources={"requests": {"cpu": "8", "memory": "1Gi"}}, qos="Burstable",
                     labels={"app": "big"}, sa_suffix="q9w8e", phase="Pending", ready=False)
    del big["spec"]["nodeName"]
    big["status"] = {"phase": "Pending", "qosClass": "Burstable", "conditions": [
        {"type": "PodScheduled", "status": "False", "lastProbeTime": None, "lastTransitionTime": ago("12m"),
         "reason": "Unschedulable",
         "message": "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."}]}
    items.append(big)
    items.append(event("default", "Pod", "big-pod", "FailedScheduling",
                       "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
                       etype="Warning", first="12m", last="2m10s", count=3, component="default-scheduler"))

    # CrashLoopBackOff with a last terminated state.
    crash = simple_pod("crashy", "default", "node02", "10.244.2.7", "busybox:1.36", created="15m",
                       labels={"app": "crashy"}, sa_suffix="m3n4b", ready=False, restarts=7,
                       container="crashy",
                       container_extra={"command": ["sh", "-c", "echo starting; sleep 2; exit 1"]},
                       state={"waiting": {"reason": "CrashLoopBackOff",
                                          "message": "back-off 5m0s restarting failed container=crashy pod=crashy_default(" + uid("Pod", "default", "crashy") + ")"}},
                       last_state={"terminated": {"exitCode": 1, "reason": "Error", "startedAt": ago("3m40s"),
                                                  "finishedAt": ago("3m38s"),
                                                  "containerID": "containerd://" + "9f" * 32}})
    crash["status"]["conditions"][2].update({"status": "False", "reason": "ContainersNotReady",
                                             "message": "containers with unready status: [crashy]"})
    crash["status"]["conditions"][3].update({"status": "False", "reason": "ContainersNotReady",
                                             "message": "containers with unready status: [crashy]"})
    items.append(crash)
    items += [
        event("default", "Pod", "crashy", "Scheduled", "Successfully assigned default/crashy to node02", first="15m", component="default-scheduler"),
        event("default", "Pod", "crashy", "Pulled", 'Container image "busybox:1.36" already present on machine', first="15m", last="3m41s", count=8, host="node02", field_path="spec.containers{crashy}"),
        event("default", "Pod", "crashy", "Created", "Created container: crashy", first="15m", last="3m41s", count=8, host="node02", field_path="spec.containers{crashy}"),
        event("default", "Pod", "crashy", "Started", "Started container crashy", first="15m", last="3m40s", count=8, host="node02", field_path="spec.containers{crashy}"),
        event("default", "Pod", "crashy", "BackOff", "Back-off restarting failed container crashy in pod crashy_default(" + uid("Pod", "default", "crashy") + ")", etype="Warning", first="14m", last="5s", count=61, host="node02", field_path="spec.containers{crashy}"),
    ]

    # ImagePullBackOff.
    bad = simple_pod("bad-image", "default", "node01", "10.244.1.9", "nginx:does-not-exist", created="6m",
                     labels={"app": "bad-image"}, sa_suffix="z1x2c", ready=False, container="nginx",
                     state={"waiting": {"reason": "ImagePullBackOff",
                                        "message": 'Back-off pulling image "nginx:does-not-exist": ErrImagePull: failed to pull and unpack image "docker.io/library/nginx:does-not-exist": failed to resolve reference "docker.io/library/nginx:does-not-exist": docker.io/library/nginx:does-not-exist: not found'}})
    cs = bad["status"]["containerStatuses"][0]
    cs["imageID"] = ""
    del cs["containerID"]
    items.append(bad)
    items += [
        event("default", "Pod", "bad-image", "Scheduled", "Successfully assigned default/bad-image to node01", first="6m", component="default-scheduler"),
        event("default", "Pod", "bad-image", "Pulling", 'Pulling image "nginx:does-not-exist"', first="6m", last="2m55s", count=5, host="node01", field_path="spec.containers{nginx}"),
        event("default", "Pod", "bad-image", "Failed", 'Failed to pull image "nginx:does-not-exist": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:does-not-exist": failed to resolve reference "docker.io/library/nginx:does-not-exist": docker.io/library/nginx:does-not-exist: not found', etype="Warning", first="6m", last="2m54s", count=5, host="node01", field_path="spec.containers{nginx}"),
        event("default", "Pod", "bad-image", "Failed", "Error: ErrImagePull", etype="Warning", first="6m", last="2m54s", count=5, host="node01", field_path="spec.containers{nginx}", name_suffix="1884a2b3c4d5e6f7"),
        event("default", "Pod", "bad-image", "BackOff", 'Back-off pulling image "nginx:does-not-exist"', first="5m58s", last="12s", count=24, host="node01", field_path="spec.containers{nginx}"),
        event("default", "Pod", "bad-image", "Failed", "Error: ImagePullBackOff", etype="Warning", first="5m58s", last="12s", count=24, host="node01", field_path="spec.containers{nginx}", name_suffix="1884a2b3c4d5e6f8"),
    ]

    # Everything: init container, env of every kind, ports, probes, mounts, many volume types.
    full_res = {"limits": {"cpu": "500m", "memory": "256Mi"}, "requests": {"cpu": "500m", "memory": "256Mi"}}
    full = simple_pod("api-full", "demo", "node01", "10.244.1.12", "ghcr.io/example/api:2.4.1", created="3h", started="2h59m",
                      labels={"app": "api", "tier": "backend", "version": "2.4.1"},
                      annotations={"example.com/owner": "platform-team",
                                   "example.com/description": "An API server used to exercise every field that kubectl describe prints for a pod, including this deliberately long annotation value."},
                      sa_suffix="p0o9i", container="api", qos="Guaranteed", resources=full_res,
                      ports=[{"name": "http", "containerPort": 8080, "protocol": "TCP"},
                             {"name": "metrics", "containerPort": 9090, "protocol": "TCP"},
                             {"name": "dns", "containerPort": 5353, "hostPort": 5353, "protocol": "UDP"}],
                      container_extra={
                          "command": ["/app/server"],
                          "args": ["--port=8080", "--config=/etc/api/config.yaml", "--log-format\njson"],
                          "env": [
                              {"name": "LOG_LEVEL", "value": "debug"},
                              {"name": "GREETING", "value": "hello\nworld"},
                              {"name": "EMPTY", "value": ""},
                              {"name": "POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}},
                              {"name": "POD_IP", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "status.podIP"}}},
                              {"name": "NODE_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
                              {"name": "APP_LABEL", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.labels['app']"}}},
                              {"name": "MEM_LIMIT", "valueFrom": {"resourceFieldRef": {"containerName": "api", "resource": "limits.memory", "divisor": "1Mi"}}},
                              {"name": "CPU_REQUEST", "valueFrom": {"resourceFieldRef": {"containerName": "api", "resource": "requests.cpu", "divisor": "1m"}}},
                              {"name": "CPU_LIMIT", "valueFrom": {"resourceFieldRef": {"containerName": "api", "resource": "limits.cpu", "divisor": "0"}}},
                              {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db-credentials", "key": "password"}}},
                              {"name": "FEATURE_FLAGS", "valueFrom": {"configMapKeyRef": {"name": "api-config", "key": "flags", "optional": True}}},
                          ],
                          "envFrom": [{"configMapRef": {"name": "api-config"}},
                                      {"prefix": "DB_", "secretRef": {"name": "db-credentials", "optional": False}}],
                          "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080, "scheme": "HTTP"},
                                            "initialDelaySeconds": 10, "timeoutSeconds": 1, "periodSeconds": 10,
                                            "successThreshold": 1, "failureThreshold": 3},
                          "readinessProbe": {"tcpSocket": {"port": "http"}, "timeoutSeconds": 2, "periodSeconds": 5,
                                             "successThreshold": 1, "failureThreshold": 3},
                          "startupProbe": {"exec": {"command": ["cat", "/tmp/started"]}, "timeoutSeconds": 1,
                                           "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 30},
                          "volumeMounts": [sa_mount("p0o9i"),
                                           {"name": "config", "mountPath": "/etc/api", "readOnly": True},
                                           {"name": "cache", "mountPath": "/var/cache/api"},
                                           {"name": "data", "mountPath": "/data", "subPath": "api"},
                                           {"name": "tls", "mountPath": "/etc/tls", "readOnly": True}],
                      },
                      extra_spec={
                          "priority": 1000, "priorityClassName": "high-priority",
                          "nodeSelector": {"disktype": "ssd", "kubernetes.io/os": "linux"},
                          "tolerations": DEFAULT_TOLERATIONS + [
                              {"key": "dedicated", "operator": "Equal", "value": "api", "effect": "NoSchedule"},
                              {"operator": "Exists", "effect": "NoSchedule"}],
                          "initContainers": [{"name": "migrate", "image": "ghcr.io/example/api:2.4.1",
                                              "command": ["/app/migrate", "--up"], "imagePullPolicy": "IfNotPresent",
                                              "resources": {"limits": {"cpu": "200m", "memory": "128Mi"}, "requests": {"cpu": "200m", "memory": "128Mi"}},
                                              "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File",
                                              "volumeMounts": [sa_mount("p0o9i")]}],
                          "volumes": [
                              {"name": "config", "configMap": {"name": "api-config", "defaultMode": 420}},
                              {"name": "cache", "emptyDir": {"medium": "Memory", "sizeLimit": "64Mi"}},
                              {"name": "scratch", "emptyDir": {}},
                              {"name": "data", "persistentVolumeClaim": {"claimName": "api-data"}},
                              {"name": "tls", "secret": {"secretName": "api-tls", "defaultMode": 420, "optional": True}},
                              {"name": "host-logs", "hostPath": {"path": "/var/log", "type": "Directory"}},
                              {"name": "podinfo", "downwardAPI": {"defaultMode": 420, "items": [
                                  {"path": "labels", "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.labels"}},
                                  {"path": "cpu_limit", "resourceFieldRef": {"containerName": "api", "resource": "limits.cpu", "divisor": "1m"}}]}},
                              {"name": "nfs-share", "nfs": {"server": "10.0.0.5", "path": "/exports/share", "readOnly": True}},
                              kube_api_access("p0o9i")],
                      },
                      extra_status={"initContainerStatuses": [{
                          "name": "migrate", "image": "ghcr.io/example/api:2.4.1",
                          "imageID": "ghcr.io/example/api@sha256:" + "ab" * 32,
                          "containerID": "containerd://" + "cd" * 32, "ready": True, "restartCount": 0, "started": False,
                          "state": {"terminated": {"exitCode": 0, "reason": "Completed", "startedAt": ago("2h59m30s"),
                                                   "finishedAt": ago("2h59m5s"), "containerID": "containerd://" + "cd" * 32}},
                          "lastState": {}}]})
    items.append(full)

    # A pod being deleted.
    term = simple_pod("old-worker", "default", "node02", "10.244.2.15", "busybox:1.36", created="2h",
                      labels={"app": "worker"}, sa_suffix="t5r4e", container="worker",
                      container_extra={"command": ["sleep", "infinity"]},
                      deletionTimestamp=ago("40s"), deletionGracePeriodSeconds=30)
    items.append(term)
    items.append(event("default", "Pod", "old-worker", "Killing", "Stopping container worker", first="40s", host="node02", field_path="spec.containers{worker}"))
    return items


def web_deployment():
    """Deployment `web` half-way through a rollout from nginx:1.27 to nginx:1.28."""
    ns, items = "demo", []
    labels = {"app": "web"}

    def template(image, hash_=None):
        lbl = dict(labels)
        if hash_:
            lbl["pod-template-hash"] = hash_
        return {"metadata": {"labels": lbl, "annotations": {"kubectl.kubernetes.io/restartedAt": "2025-12-31T23:30:00Z"}} if False else {"labels": lbl},
                "spec": {"containers": [{"name": "nginx", "image": image, "imagePullPolicy": "IfNotPresent",
                                         "ports": [{"containerPort": 80, "protocol": "TCP"}],
                                         "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}},
                                         "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}],
                         "dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler",
                         "securityContext": {}, "terminationGracePeriodSeconds": 30}}

    dep = {"apiVersion": "apps/v1", "kind": "Deployment",
           "metadata": meta("Deployment", "web", ns, "2h", labels, {"deployment.kubernetes.io/revision": "2"}, generation=2),
           "spec": {"replicas": 3, "selector": {"matchLabels": labels}, "template": template("nginx:1.28"),
                    "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}},
                    "revisionHistoryLimit": 10, "progressDeadlineSeconds": 600},
           "status": {"observedGeneration": 2, "replicas": 4, "updatedReplicas": 2, "readyReplicas": 3,
                      "availableReplicas": 3, "unavailableReplicas": 1,
                      "conditions": [
                          {"type": "Available", "status": "True", "lastUpdateTime": ago("2h"), "lastTransitionTime": ago("2h"),
                           "reason": "MinimumReplicasAvailable", "message": "Deployment has minimum availability."},
                          {"type": "Progressing", "status": "True", "lastUpdateTime": ago("20s"), "lastTransitionTime": ago("2h"),
                           "reason": "ReplicaSetUpdated", "message": 'ReplicaSet "web-7c6d9f8b4" is progressing.'}]}}
    items.append(dep)
    rs_specs = [("web-5d8f7c9b6", "5d8f7c9b6", "nginx:1.27", "2h", 2, 2, "1"),
                ("web-7c6d9f8b4", "7c6d9f8b4", "nginx:1.28", "1m", 2, 1, "2")]
    for name, h, image, created, repl, ready, rev in rs_specs:
        lbl = dict(labels, **{"pod-template-hash": h})
        items.append({"apiVersion": "apps/v1", "kind": "ReplicaSet",
                      "metadata": meta("ReplicaSet", name, ns, created, lbl,
                                       {"deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4",
                                        "deployment.kubernetes.io/revision": rev},
                                       ("Deployment", "web", "apps/v1"), generation=2),
                      "spec": {"replicas": repl, "selector": {"matchLabels": lbl}, "template": template(image, h)},
                      "status": {"replicas": repl, "fullyLabeledReplicas": repl, "readyReplicas": ready,
                                 "availableReplicas": ready, "observedGeneration": 2}})
    pods = [("web-5d8f7c9b6-4xkzp", "5d8f7c9b6", "nginx:1.27", "2h", "node01", "10.244.1.20", True, "Running"),
            ("web-5d8f7c9b6-9bq2m", "5d8f7c9b6", "nginx:1.27", "2h", "node02", "10.244.2.21", True, "Running"),
            ("web-7c6d9f8b4-hq7tw", "7c6d9f8b4", "nginx:1.28", "1m", "node01", "10.244.1.22", True, "Running"),
            ("web-7c6d9f8b4-wz5rd", "7c6d9f8b4", "nginx:1.28", "20s", "node02", "10.244.2.23", False, "Pending")]
    for pname, h, image, created, node, ip, ready, phase in pods:
        p = simple_pod(pname, ns, node, ip, image, created=created, started=created,
                       labels=dict(labels, **{"pod-template-hash": h}), owner=("ReplicaSet", f"web-{h}", "apps/v1"),
                       container="nginx", qos="Burstable", ready=ready, phase=phase,
                       resources={"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}},
                       ports=[{"containerPort": 80, "protocol": "TCP"}], sa_suffix=pname[-5:], generateName=f"web-{h}-")
        if not ready:
            p["status"]["containerStatuses"][0]["state"] = {"waiting": {"reason": "ContainerCreating"}}
            del p["status"]["containerStatuses"][0]["containerID"]
            p["status"]["containerStatuses"][0]["imageID"] = ""
            p["status"]["podIP"] = ""
            del p["status"]["podIPs"]
        items.append(p)
    items += [
        event(ns, "Deployment", "web", "ScalingReplicaSet", "Scaled up replica set web-5d8f7c9b6 from 0 to 3", first="2h", component="deployment-controller", api="apps/v1"),
        event(ns, "Deployment", "web", "ScalingReplicaSet", "Scaled up replica set web-7c6d9f8b4 from 0 to 1", first="1m", component="deployment-controller", api="apps/v1"),
        event(ns, "Deployment", "web", "ScalingReplicaSet", "Scaled down replica set web-5d8f7c9b6 from 3 to 2", first="45s", component="deployment-controller", api="apps/v1"),
        event(ns, "Deployment", "web", "ScalingReplicaSet", "Scaled up replica set web-7c6d9f8b4 from 1 to 2", first="20s", component="deployment-controller", api="apps/v1"),
        event(ns, "ReplicaSet", "web-7c6d9f8b4", "SuccessfulCreate", "Created pod: web-7c6d9f8b4-hq7tw", first="1m", component="replicaset-controller", api="apps/v1"),
        event(ns, "ReplicaSet", "web-7c6d9f8b4", "SuccessfulCreate", "Created pod: web-7c6d9f8b4-wz5rd", first="20s", component="replicaset-controller", api="apps/v1"),
        event(ns, "ReplicaSet", "web-5d8f7c9b6", "SuccessfulDelete", "Deleted pod: web-5d8f7c9b6-7lmn3", first="45s", component="replicaset-controller", api="apps/v1"),
    ]
    # A Recreate deployment scaled to zero that has no ReplicaSet at all.
    items.append({"apiVersion": "apps/v1", "kind": "Deployment",
                  "metadata": meta("Deployment", "idle", ns, "3d", {"app": "idle"}, None, generation=1),
                  "spec": {"replicas": 0, "selector": {"matchLabels": {"app": "idle"}},
                           "template": {"metadata": {"labels": {"app": "idle"}, "annotations": {"kubectl.kubernetes.io/restartedAt": "2025-12-30T10:00:00Z"}},
                                        "spec": {"containers": [{"name": "idle", "image": "busybox", "command": ["sleep", "3600"]}],
                                                 "serviceAccountName": "builder"}},
                           "strategy": {"type": "Recreate"}, "minReadySeconds": 5},
                  "status": {"observedGeneration": 1}})
    return items


def services():
    ns, items = "demo", []
    ready = lambda b: {"ready": b, "serving": b, "terminating": False}  # noqa: E731
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "web", ns, "2h", {"app": "web"}),
                  "spec": {"selector": {"app": "web"}, "type": "ClusterIP", "clusterIP": "10.96.120.15", "clusterIPs": ["10.96.120.15"],
                           "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster",
                           "sessionAffinity": "None",
                           "ports": [{"name": "http", "port": 80, "targetPort": 80, "protocol": "TCP"},
                                     {"name": "https", "port": 443, "targetPort": "https", "protocol": "TCP"}]},
                  "status": {"loadBalancer": {}}})
    items.append({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
                  "metadata": meta("EndpointSlice", "web-abc12", ns, "2h",
                                   {"kubernetes.io/service-name": "web", "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"},
                                   generateName="web-"),
                  "addressType": "IPv4",
                  "endpoints": [
                      {"addresses": ["10.244.1.20"], "conditions": ready(True), "nodeName": "node01"},
                      {"addresses": ["10.244.2.21"], "conditions": ready(True), "nodeName": "node02"},
                      {"addresses": ["10.244.1.22"], "conditions": ready(True), "nodeName": "node01"},
                      {"addresses": ["10.244.1.30"], "conditions": ready(True), "nodeName": "node01"},
                      {"addresses": ["10.244.2.23"], "conditions": ready(False), "nodeName": "node02"}],
                  "ports": [{"name": "http", "port": 80, "protocol": "TCP"}, {"name": "https", "port": 8443, "protocol": "TCP"}]})
    items.append({"apiVersion": "v1", "kind": "Endpoints",
                  "metadata": meta("Endpoints", "web", ns, "2h", {"app": "web"},
                                   {"endpoints.kubernetes.io/last-change-trigger-time": "2025-12-31T23:59:40Z"}),
                  "subsets": [{"addresses": [{"ip": "10.244.1.20", "nodeName": "node01"}, {"ip": "10.244.1.22", "nodeName": "node01"},
                                             {"ip": "10.244.2.21", "nodeName": "node02"}],
                               "notReadyAddresses": [{"ip": "10.244.2.23", "nodeName": "node02"}],
                               "ports": [{"name": "http", "port": 80, "protocol": "TCP"}, {"name": "https", "port": 8443, "protocol": "TCP"}]}]})
    items.append({"apiVersion": "v1", "kind": "Endpoints",
                  "metadata": meta("Endpoints", "empty", ns, "1h"),
                  "subsets": [{"notReadyAddresses": [{"ip": "10.244.1.40"}], "ports": [{"port": 6379, "protocol": "TCP"}]}]})
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "web-np", ns, "90m", {"app": "web"}),
                  "spec": {"selector": {"app": "web"}, "type": "NodePort", "clusterIP": "10.96.33.2", "clusterIPs": ["10.96.33.2"],
                           "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster",
                           "externalTrafficPolicy": "Cluster", "sessionAffinity": "None",
                           "ports": [{"port": 80, "targetPort": 80, "nodePort": 30080, "protocol": "TCP"}]},
                  "status": {"loadBalancer": {}}})
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "web-lb", ns, "80m", {"app": "web"}, {"metallb.universe.tf/ip-allocated-from-pool": "default"}),
                  "spec": {"selector": {"app": "web"}, "type": "LoadBalancer", "clusterIP": "10.96.44.3", "clusterIPs": ["10.96.44.3"],
                           "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster",
                           "externalTrafficPolicy": "Local", "healthCheckNodePort": 31999, "sessionAffinity": "ClientIP",
                           "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 10800}},
                           "loadBalancerSourceRanges": ["10.0.0.0/8", "192.168.0.0/16"], "externalIPs": ["203.0.113.10"],
                           "allocateLoadBalancerNodePorts": True,
                           "ports": [{"name": "http", "port": 80, "targetPort": 80, "nodePort": 31080, "protocol": "TCP"}]},
                  "status": {"loadBalancer": {"ingress": [{"ip": "192.168.0.240", "ipMode": "VIP"}]}}})
    items.append(event(ns, "Service", "web-lb", "IPAllocated", 'Assigned IP ["192.168.0.240"]', first="80m", component="metallb-controller"))
    items.append(event(ns, "Service", "web-lb", "nodeAssigned", 'announcing from node "node01" with protocol "layer2"', first="80m", last="30m", count=3, component="metallb-speaker"))
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "ext-db", ns, "3d"),
                  "spec": {"type": "ExternalName", "externalName": "db.example.com", "sessionAffinity": "None"},
                  "status": {"loadBalancer": {}}})
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "db", ns, "5h", {"app": "db"}),
                  "spec": {"selector": {"app": "db"}, "type": "ClusterIP", "clusterIP": "None", "clusterIPs": ["None"],
                           "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster",
                           "sessionAffinity": "None", "ports": [{"port": 5432, "targetPort": 5432, "protocol": "TCP"}]},
                  "status": {"loadBalancer": {}}})
    items.append({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
                  "metadata": meta("EndpointSlice", "db-x9y8z", ns, "5h", {"kubernetes.io/service-name": "db"}),
                  "addressType": "IPv4",
                  "endpoints": [{"addresses": ["10.244.1.50"], "conditions": ready(True), "hostname": "db-0"},
                                {"addresses": ["10.244.2.51"], "conditions": ready(True), "hostname": "db-1"}],
                  "ports": [{"name": "", "port": 5432, "protocol": "TCP"}]})
    # Ingress with TLS, two hosts, a missing backend service and a default backend.
    items.append({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
                  "metadata": meta("Ingress", "web", ns, "70m", {"app": "web"},
                                   {"nginx.ingress.kubernetes.io/rewrite-target": "/", "cert-manager.io/cluster-issuer": "letsencrypt"}, generation=1),
                  "spec": {"ingressClassName": "nginx",
                           "defaultBackend": {"service": {"name": "web", "port": {"name": "http"}}},
                           "tls": [{"hosts": ["web.example.com", "www.example.com"], "secretName": "web-tls"}, {"hosts": ["api.example.com"]}],
                           "rules": [
                               {"host": "web.example.com", "http": {"paths": [
                                   {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "web", "port": {"number": 80}}}},
                                   {"path": "/api", "pathType": "Prefix", "backend": {"service": {"name": "api", "port": {"number": 8080}}}}]}},
                               {"http": {"paths": [{"path": "/static", "pathType": "ImplementationSpecific",
                                                    "backend": {"resource": {"apiGroup": "k8s.example.com", "kind": "StorageBucket", "name": "static-assets"}}}]}}]},
                  "status": {"loadBalancer": {"ingress": [{"ip": "192.168.0.241"}, {"hostname": "lb.example.com"}]}}})
    items.append(event(ns, "Ingress", "web", "Sync", "Scheduled for sync", first="70m", last="69m", count=2, component="nginx-ingress-controller", api="networking.k8s.io/v1"))
    items.append({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
                  "metadata": meta("Ingress", "bare", ns, "10m"),
                  "spec": {}, "status": {"loadBalancer": {}}})
    items.append({"apiVersion": "networking.k8s.io/v1", "kind": "IngressClass",
                  "metadata": meta("IngressClass", "nginx", None, "4d", {"app.kubernetes.io/component": "controller"},
                                   {"ingressclass.kubernetes.io/is-default-class": "true"}),
                  "spec": {"controller": "k8s.io/ingress-nginx"}})
    return items


def config():
    ns, items = "demo", []
    items.append({"apiVersion": "v1", "kind": "ConfigMap",
                  "metadata": meta("ConfigMap", "api-config", ns, "3h", {"app": "api"}),
                  "data": {"config.yaml": "server:\n  port: 8080\n  logLevel: debug\n",
                           "flags": "new-ui=true"},
                  "binaryData": {"logo.png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="}})
    items.append({"apiVersion": "v1", "kind": "ConfigMap",
                  "metadata": meta("ConfigMap", "single", ns, "2d"),
                  "data": {"message": "hello"}})
    items.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("ConfigMap", "empty", ns, "2d")})
    items.append({"apiVersion": "v1", "kind": "Secret",
                  "metadata": meta("Secret", "db-credentials", ns, "3h", {"app": "api"}),
                  "type": "Opaque",
                  "data": {"password": "czNjcjN0LXBhc3N3b3Jk", "username": "YXBp"}})
    items.append({"apiVersion": "v1", "kind": "Secret",
                  "metadata": meta("Secret", "api-tls", ns, "3h"),
                  "type": "kubernetes.io/tls",
                  "data": {"tls.crt": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFNCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
                           "tls.key": "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDCi0tLS0tRU5EIFBSSVZBVEUgS0VZLS0tLS0K"}})
    token_sa_uid = uid("ServiceAccount", ns, "builder")
    items.append({"apiVersion": "v1", "kind": "Secret",
                  "metadata": meta("Secret", "builder-token", ns, "1d",
                                   annotations={"kubernetes.io/service-account.name": "builder",
                                                "kubernetes.io/service-account.uid": token_sa_uid}),
                  "type": "kubernetes.io/service-account-token",
                  "data": {"token": "ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklqRXlNeUo5LmV5SnBjM01pT2lKcmRXSmxjbTVsZEdWekluMC5zaWduYXR1cmU="}})
    items.append({"apiVersion": "v1", "kind": "Secret",
                  "metadata": meta("Secret", "regcred", ns, "1d"),
                  "type": "kubernetes.io/dockerconfigjson",
                  "data": {".dockerconfigjson": "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJhdXRoIjoiZFhObGNqcHdZWE56In19fQ=="}})
    items.append({"apiVersion": "v1", "kind": "ServiceAccount",
                  "metadata": {**meta("ServiceAccount", "builder", ns, "1d", {"team": "ci"}), "uid": token_sa_uid},
                  "secrets": [{"name": "builder-token"}, {"name": "builder-extra"}],
                  "imagePullSecrets": [{"name": "regcred"}, {"name": "missing-cred"}]})
    items.append({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta("ServiceAccount", "default", ns, "3d")})
    items.append({"apiVersion": "v1", "kind": "Namespace",
                  "metadata": meta("Namespace", "demo", None, "3d", {"kubernetes.io/metadata.name": "demo", "team": "platform"}),
                  "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}})
    items.append({"apiVersion": "v1", "kind": "ResourceQuota",
                  "metadata": meta("ResourceQuota", "compute", ns, "3d"),
                  "spec": {"hard": {"requests.cpu": "4", "requests.memory": "8Gi", "limits.cpu": "8", "limits.memory": "16Gi", "pods": "20"}},
                  "status": {"hard": {"requests.cpu": "4", "requests.memory": "8Gi", "limits.cpu": "8", "limits.memory": "16Gi", "pods": "20"},
                             "used": {"requests.cpu": "1700m", "requests.memory": "768Mi", "limits.cpu": "500m", "limits.memory": "896Mi", "pods": "7"}}})
    items.append({"apiVersion": "v1", "kind": "ResourceQuota",
                  "metadata": meta("ResourceQuota", "best-effort", ns, "3d"),
                  "spec": {"hard": {"pods": "5"}, "scopes": ["BestEffort"]},
                  "status": {"hard": {"pods": "5"}, "used": {"pods": "1"}}})
    items.append({"apiVersion": "v1", "kind": "LimitRange",
                  "metadata": meta("LimitRange", "defaults", ns, "3d"),
                  "spec": {"limits": [{"type": "Container", "default": {"memory": "512Mi"},
                                       "defaultRequest": {"memory": "256Mi"}, "max": {"memory": "1Gi"}, "min": {"memory": "64Mi"}}]}})
    items.append({"apiVersion": "v1", "kind": "Namespace",
                  "metadata": meta("Namespace", "old-team", None, "30d", {"kubernetes.io/metadata.name": "old-team"},
                                   deletionTimestamp=ago("2m")),
                  "spec": {"finalizers": ["kubernetes"]},
                  "status": {"phase": "Terminating", "conditions": [
                      {"type": "NamespaceDeletionDiscoveryFailure", "status": "False", "lastTransitionTime": ago("2m"),
                       "reason": "ResourcesDiscovered", "message": "All resources successfully discovered"},
                      {"type": "NamespaceContentRemaining", "status": "True", "lastTransitionTime": ago("2m"),
                       "reason": "SomeResourcesRemain", "message": "Some resources are remaining: pods. has 1 resource instances"}]}})
    return items


def storage():
    items = []
    items.append({"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass",
                  "metadata": meta("StorageClass", "local-path", None, "4d", None,
                                   {"storageclass.kubernetes.io/is-default-class": "true"}),
                  "provisioner": "rancher.io/local-path", "reclaimPolicy": "Delete", "volumeBindingMode": "WaitForFirstConsumer"})
    for i, node in ((0, "node01"), (1, "node02")):
        pvname = f"pvc-{uid('pv', str(i))}"
        items.append({"apiVersion": "v1", "kind": "PersistentVolume",
                      "metadata": meta("PersistentVolume", pvname, None, "5h", None,
                                       {"pv.kubernetes.io/provisioned-by": "rancher.io/local-path", "local.path.provisioner/selected-node": node},
                                       finalizers=["kubernetes.io/pv-protection"]),
                      "spec": {"capacity": {"storage": "1Gi"}, "accessModes": ["ReadWriteOnce"],
                               "persistentVolumeReclaimPolicy": "Delete", "storageClassName": "local-path", "volumeMode": "Filesystem",
                               "claimRef": {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "namespace": "demo", "name": f"data-db-{i}",
                                            "uid": uid("PersistentVolumeClaim", "demo", f"data-db-{i}")},
                               "hostPath": {"path": f"/opt/local-path-provisioner/{pvname}_demo_data-db-{i}", "type": "DirectoryOrCreate"},
                               "nodeAffinity": {"required": {"nodeSelectorTerms": [{"matchExpressions": [
                                   {"key": "kubernetes.io/hostname", "operator": "In", "values": [node]}]}]}}},
                      "status": {"phase": "Bound", "lastPhaseTransitionTime": ago("5h")}})
        items.append({"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                      "metadata": meta("PersistentVolumeClaim", f"data-db-{i}", "demo", "5h", {"app": "db"},
                                       {"pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes",
                                        "volume.beta.kubernetes.io/storage-provisioner": "rancher.io/local-path",
                                        "volume.kubernetes.io/selected-node": node,
                                        "volume.kubernetes.io/storage-provisioner": "rancher.io/local-path"},
                                       finalizers=["kubernetes.io/pvc-protection"]),
                      "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}},
                               "storageClassName": "local-path", "volumeMode": "Filesystem", "volumeName": pvname},
                      "status": {"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "1Gi"}}})
    items.append(event("demo", "PersistentVolumeClaim", "data-db-0", "WaitForFirstConsumer",
                       "waiting for first consumer to be created before binding", first="5h", component="persistentvolume-controller"))
    items.append(event("demo", "PersistentVolumeClaim", "data-db-0", "ExternalProvisioning",
                       "Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
                       first="5h", count=2, component="persistentvolume-controller"))
    items.append(event("demo", "PersistentVolumeClaim", "data-db-0", "Provisioning",
                       'External provisioner is provisioning volume for claim "demo/data-db-0"', first="5h", component="rancher.io/local-path_local-path-provisioner-7b7dc8d6f5-2x7jq_1b2c"))
    items.append(event("demo", "PersistentVolumeClaim", "data-db-0", "ProvisioningSucceeded",
                       f"Successfully provisioned volume pvc-{uid('pv', '0')}", first="5h", component="rancher.io/local-path_local-path-provisioner-7b7dc8d6f5-2x7jq_1b2c"))
    items.append({"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                  "metadata": meta("PersistentVolumeClaim", "api-data", "demo", "3h", None, None, finalizers=["kubernetes.io/pvc-protection"]),
                  "spec": {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "5Gi"}},
                           "storageClassName": "nfs", "volumeMode": "Filesystem"},
                  "status": {"phase": "Pending"}})
    items.append(event("demo", "PersistentVolumeClaim", "api-data", "ProvisioningFailed",
                       'storageclass.storage.k8s.io "nfs" not found', etype="Warning", first="3h", last="15s", count=722, component="persistentvolume-controller"))
    items.append({"apiVersion": "v1", "kind": "PersistentVolume",
                  "metadata": meta("PersistentVolume", "nfs-archive", None, "10d", {"type": "nfs"}, None, finalizers=["kubernetes.io/pv-protection"]),
                  "spec": {"capacity": {"storage": "500Gi"}, "accessModes": ["ReadWriteMany", "ReadOnlyMany"],
                           "persistentVolumeReclaimPolicy": "Retain", "volumeMode": "Filesystem", "mountOptions": ["nfsvers=4.1"],
                           "nfs": {"server": "10.0.0.5", "path": "/exports/archive"},
                           "claimRef": {"kind": "PersistentVolumeClaim", "namespace": "old-team", "name": "archive", "uid": uid("PersistentVolumeClaim", "old-team", "archive")}},
                  "status": {"phase": "Released", "lastPhaseTransitionTime": ago("2d")}})
    items.append({"apiVersion": "v1", "kind": "PersistentVolume",
                  "metadata": meta("PersistentVolume", "scratch", None, "20m"),
                  "spec": {"capacity": {"storage": "2Gi"}, "accessModes": ["ReadWriteOnce"],
                           "persistentVolumeReclaimPolicy": "Recycle", "storageClassName": "manual",
                           "hostPath": {"path": "/mnt/scratch"}},
                  "status": {"phase": "Available"}})
    return items


def statefulset():
    ns, items = "demo", []
    labels = {"app": "db"}
    tmpl = {"metadata": {"labels": labels},
            "spec": {"containers": [{"name": "postgres", "image": "postgres:16",
                                     "ports": [{"name": "postgres", "containerPort": 5432, "protocol": "TCP"}],
                                     "env": [{"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db-credentials", "key": "password"}}},
                                             {"name": "PGDATA", "value": "/var/lib/postgresql/data/pgdata"}],
                                     "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"}]}]}}
    items.append({"apiVersion": "apps/v1", "kind": "StatefulSet",
                  "metadata": meta("StatefulSet", "db", ns, "5h", labels, None, generation=1),
                  "spec": {"replicas": 2, "serviceName": "db", "selector": {"matchLabels": labels}, "template": tmpl,
                           "podManagementPolicy": "OrderedReady",
                           "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 0}},
                           "volumeClaimTemplates": [{"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                                                     "metadata": {"name": "data", "labels": {"app": "db"}},
                                                     "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "local-path",
                                                              "resources": {"requests": {"storage": "1Gi"}}, "volumeMode": "Filesystem"},
                                                     "status": {"phase": "Pending"}}]},
                  "status": {"replicas": 2, "readyReplicas": 2, "currentReplicas": 2, "updatedReplicas": 2, "availableReplicas": 2,
                             "observedGeneration": 1, "currentRevision": "db-6c9d8f7b5", "updateRevision": "db-6c9d8f7b5"}})
    for i, node, ip in ((0, "node01", "10.244.1.50"), (1, "node02", "10.244.2.51")):
        p = simple_pod(f"db-{i}", ns, node, ip, "postgres:16", created=f"{5 - i}h", labels=dict(labels, **{
            "apps.kubernetes.io/pod-index": str(i), "controller-revision-hash": "db-6c9d8f7b5", "statefulset.kubernetes.io/pod-name": f"db-{i}"}),
            owner=("StatefulSet", "db", "apps/v1"), container="postgres", sa_suffix=f"d{i}b{i}x",
            ports=[{"name": "postgres", "containerPort": 5432, "protocol": "TCP"}])
        p["spec"]["hostname"] = f"db-{i}"
        p["spec"]["subdomain"] = "db"
        p["spec"]["volumes"].insert(0, {"name": "data", "persistentVolumeClaim": {"claimName": f"data-db-{i}"}})
        items.append(p)
    items.append(event(ns, "StatefulSet", "db", "SuccessfulCreate", "create Claim data-db-0 Pod db-0 in StatefulSet db success", first="5h", component="statefulset-controller", api="apps/v1"))
    items.append(event(ns, "StatefulSet", "db", "SuccessfulCreate", "create Pod db-0 in StatefulSet db successful", first="5h", component="statefulset-controller", api="apps/v1"))
    items.append(event(ns, "StatefulSet", "db", "SuccessfulCreate", "create Claim data-db-1 Pod db-1 in StatefulSet db success", first="4h", component="statefulset-controller", api="apps/v1"))
    items.append(event(ns, "StatefulSet", "db", "SuccessfulCreate", "create Pod db-1 in StatefulSet db successful", first="4h", component="statefulset-controller", api="apps/v1"))
    # A DaemonSet with host volumes and a rolling update in progress.
    dlabels = {"app": "log-agent"}
    items.append({"apiVersion": "apps/v1", "kind": "DaemonSet",
                  "metadata": meta("DaemonSet", "log-agent", "kube-system", "6h", dict(dlabels, **{"k8s-app": "log-agent"}), {"deprecated.daemonset.template.generation": "2"}, generation=2),
                  "spec": {"selector": {"matchLabels": dlabels},
                           "template": {"metadata": {"labels": dlabels},
                                        "spec": {"containers": [{"name": "fluent-bit", "image": "fluent/fluent-bit:3.1",
                                                                 "resources": {"limits": {"memory": "200Mi"}, "requests": {"cpu": "50m", "memory": "100Mi"}},
                                                                 "volumeMounts": [{"name": "varlog", "mountPath": "/var/log", "readOnly": True},
                                                                                  {"name": "config", "mountPath": "/fluent-bit/etc/"}]}],
                                                 "tolerations": [{"key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"}],
                                                 "volumes": [{"name": "varlog", "hostPath": {"path": "/var/log"}},
                                                             {"name": "config", "configMap": {"name": "log-agent-config"}}]}},
                           "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 0}}},
                  "status": {"currentNumberScheduled": 3, "desiredNumberScheduled": 3, "numberAvailable": 2, "numberMisscheduled": 0,
                             "numberReady": 2, "numberUnavailable": 1, "observedGeneration": 2, "updatedNumberScheduled": 1}})
    for i, (node, ip, phase) in enumerate((("controlplane", "10.244.0.30", "Running"), ("node01", "10.244.1.31", "Running"), ("node02", "10.244.2.32", "Pending"))):
        p = simple_pod(f"log-agent-{['a1b2c', 'd3e4f', 'g5h6i'][i]}", "kube-system", node, ip, "fluent/fluent-bit:3.1", created="6h",
                       labels=dict(dlabels, **{"controller-revision-hash": "7f9c8d6b5", "pod-template-generation": "2"}),
                       owner=("DaemonSet", "log-agent", "apps/v1"), container="fluent-bit", qos="Burstable", phase=phase, ready=phase == "Running",
                       resources={"limits": {"memory": "200Mi"}, "requests": {"cpu": "50m", "memory": "100Mi"}})
        items.append(p)
    items.append(event("kube-system", "DaemonSet", "log-agent", "SuccessfulCreate", "Created pod: log-agent-g5h6i", first="1m", component="daemonset-controller", api="apps/v1"))
    items.append(event("kube-system", "DaemonSet", "log-agent", "SuccessfulDelete", "Deleted pod: log-agent-z9y8x", first="1m10s", component="daemonset-controller", api="apps/v1"))
    return items


def batch():
    ns, items = "demo", []

    def job_template(labels, container, image, command):
        return {"metadata": {"labels": labels},
                "spec": {"containers": [{"name": container, "image": image, "command": command}], "restartPolicy": "Never"}}

    # Completed Job (like `kubectl create job pi --image=perl:5.34 -- perl -Mbignum=bpi -wle 'print bpi(2000)'`).
    uid_pi = uid("Job", ns, "pi")
    lbl = {"batch.kubernetes.io/controller-uid": uid_pi, "batch.kubernetes.io/job-name": "pi",
           "controller-uid": uid_pi, "job-name": "pi"}
    items.append({"apiVersion": "batch/v1", "kind": "Job",
                  "metadata": meta("Job", "pi", ns, "50m", lbl, None, generation=1),
                  "spec": {"parallelism": 1, "completions": 1, "backoffLimit": 4, "completionMode": "NonIndexed", "suspend": False,
                           "manualSelector": False, "podReplacementPolicy": "TerminatingOrFailed",
                           "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": uid_pi}},
                           "template": job_template(lbl, "pi", "perl:5.34", ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"])},
                  "status": {"startTime": ago("50m"), "completionTime": ago("49m12s"), "succeeded": 1, "ready": 0, "terminating": 0,
                             "uncountedTerminatedPods": {},
                             "conditions": [{"type": "SuccessCriteriaMet", "status": "True", "lastProbeTime": ago("49m12s"), "lastTransitionTime": ago("49m12s")},
                                            {"type": "Complete", "status": "True", "lastProbeTime": ago("49m12s"), "lastTransitionTime": ago("49m12s")}]}})
    p = simple_pod("pi-7xk2d", ns, "node02", "10.244.2.40", "perl:5.34", created="50m", labels=lbl, owner=("Job", "pi", "batch/v1"),
                   container="pi", phase="Succeeded", ready=False,
                   state={"terminated": {"exitCode": 0, "reason": "Completed", "startedAt": ago("49m40s"), "finishedAt": ago("49m14s")}},
                   container_extra={"command": ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]}, sa_suffix="k8j7h")
    p["spec"]["restartPolicy"] = "Never"
    for c in p["status"]["conditions"]:
        if c["type"] in ("Ready", "ContainersReady", "PodReadyToStartContainers"):
            c["status"] = "False"
            if c["type"] != "PodReadyToStartContainers":
                c["reason"] = "PodCompleted"
    items.append(p)
    items.append(event(ns, "Job", "pi", "SuccessfulCreate", "Created pod: pi-7xk2d", first="50m", component="job-controller", api="batch/v1"))
    items.append(event(ns, "Job", "pi", "Completed", "Job completed", first="49m12s", component="job-controller", api="batch/v1"))

    # Failed Job: backoff limit exceeded.
    uid_f = uid("Job", ns, "flaky")
    flbl = {"batch.kubernetes.io/controller-uid": uid_f, "batch.kubernetes.io/job-name": "flaky", "controller-uid": uid_f, "job-name": "flaky"}
    items.append({"apiVersion": "batch/v1", "kind": "Job",
                  "metadata": meta("Job", "flaky", ns, "30m", flbl, None, generation=1),
                  "spec": {"parallelism": 1, "completions": 1, "backoffLimit": 2, "activeDeadlineSeconds": 600, "ttlSecondsAfterFinished": 3600,
                           "completionMode": "NonIndexed", "suspend": False,
                           "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": uid_f}},
                           "template": job_template(flbl, "flaky", "busybox:1.36", ["sh", "-c", "exit 3"])},
                  "status": {"startTime": ago("30m"), "failed": 3, "ready": 0, "terminating": 0, "uncountedTerminatedPods": {},
                             "conditions": [{"type": "FailureTarget", "status": "True", "lastProbeTime": ago("28m"), "lastTransitionTime": ago("28m"),
                                             "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"},
                                            {"type": "Failed", "status": "True", "lastProbeTime": ago("28m"), "lastTransitionTime": ago("28m"),
                                             "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"}]}})
    for i, n in enumerate(["flaky-4wq9z", "flaky-8mnbv", "flaky-c2x5l"]):
        items.append(event(ns, "Job", "flaky", "SuccessfulCreate", f"Created pod: {n}", first=f"{30 - i}m", component="job-controller", api="batch/v1"))
    items.append(event(ns, "Job", "flaky", "BackoffLimitExceeded", "Job has reached the specified backoff limit", etype="Warning", first="28m", component="job-controller", api="batch/v1"))

    # Indexed Job still running, without a status.ready field.
    uid_ix = uid("Job", ns, "render")
    ilbl = {"batch.kubernetes.io/controller-uid": uid_ix, "batch.kubernetes.io/job-name": "render", "controller-uid": uid_ix, "job-name": "render"}
    items.append({"apiVersion": "batch/v1", "kind": "Job",
                  "metadata": meta("Job", "render", ns, "8m", ilbl, None, generation=1),
                  "spec": {"parallelism": 3, "completions": 10, "backoffLimit": 6, "completionMode": "Indexed", "suspend": False,
                           "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": uid_ix}},
                           "template": job_template(ilbl, "render", "ghcr.io/example/render:1.0", ["/render", "--frame=$(JOB_COMPLETION_INDEX)"])},
                  "status": {"startTime": ago("8m"), "active": 3, "succeeded": 4, "completedIndexes": "0-3", "uncountedTerminatedPods": {}}})

    # CronJob with an active job and a job it owns.
    uid_h = uid("Job", ns, "hello-29452800")
    hlbl = {"batch.kubernetes.io/controller-uid": uid_h, "batch.kubernetes.io/job-name": "hello-29452800",
            "controller-uid": uid_h, "job-name": "hello-29452800"}
    items.append({"apiVersion": "batch/v1", "kind": "CronJob",
                  "metadata": meta("CronJob", "hello", ns, "2d", None, None, generation=1),
                  "spec": {"schedule": "*/5 * * * *", "concurrencyPolicy": "Allow", "suspend": False,
                           "successfulJobsHistoryLimit": 3, "failedJobsHistoryLimit": 1,
                           "jobTemplate": {"metadata": {"name": "hello"},
                                           "spec": {"template": {"metadata": {}, "spec": {
                                               "containers": [{"name": "hello", "image": "busybox:1.28", "imagePullPolicy": "IfNotPresent",
                                                               "command": ["/bin/sh", "-c", "date; echo Hello from the Kubernetes cluster"]}],
                                               "restartPolicy": "OnFailure"}}}}},
                  "status": {"active": [{"kind": "Job", "namespace": ns, "name": "hello-29452800", "uid": uid_h, "apiVersion": "batch/v1"}],
                             "lastScheduleTime": ago("0s"), "lastSuccessfulTime": ago("4m52s")}})
    items.append({"apiVersion": "batch/v1", "kind": "Job",
                  "metadata": meta("Job", "hello-29452800", ns, "0s", hlbl, None, ("CronJob", "hello", "batch/v1"), generation=1),
                  "spec": {"parallelism": 1, "completions": 1, "backoffLimit": 6, "completionMode": "NonIndexed", "suspend": False,
                           "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": uid_h}},
                           "template": {"metadata": {"labels": hlbl}, "spec": {
                               "containers": [{"name": "hello", "image": "busybox:1.28", "imagePullPolicy": "IfNotPresent",
                                               "command": ["/bin/sh", "-c", "date; echo Hello from the Kubernetes cluster"]}],
                               "restartPolicy": "OnFailure"}}},
                  "status": {"startTime": ago("0s"), "active": 1, "ready": 0, "uncountedTerminatedPods": {}}})
    items.append(event(ns, "CronJob", "hello", "SuccessfulCreate", "Created job hello-29452795", first="5m", component="cronjob-controller", api="batch/v1"))
    items.append(event(ns, "CronJob", "hello", "SawCompletedJob", "Saw completed job: hello-29452795, condition: Complete", first="4m52s", component="cronjob-controller", api="batch/v1"))
    items.append(event(ns, "CronJob", "hello", "SuccessfulCreate", "Created job hello-29452800", first="0s", component="cronjob-controller", api="batch/v1"))
    # A suspended CronJob that never ran.
    items.append({"apiVersion": "batch/v1", "kind": "CronJob",
                  "metadata": meta("CronJob", "nightly-backup", ns, "12h", {"app": "backup"}, None, generation=2),
                  "spec": {"schedule": "0 2 * * *", "timeZone": "Europe/Paris", "concurrencyPolicy": "Forbid", "suspend": True,
                           "startingDeadlineSeconds": 300,
                           "jobTemplate": {"metadata": {}, "spec": {"backoffLimit": 1, "activeDeadlineSeconds": 3600,
                                                                    "template": {"metadata": {"labels": {"app": "backup"}}, "spec": {
                                                                        "containers": [{"name": "backup", "image": "ghcr.io/example/backup:1.2",
                                                                                        "args": ["--target=s3://backups"]}],
                                                                        "restartPolicy": "Never"}}}}},
                  "status": {}})
    return items


def nodes_extra():
    """Events and objects about nodes."""
    items = [
        event("default", "Node", "node02", "NodeNotSchedulable", "Node node02 status is now: NodeNotSchedulable", first="3m", component="kubelet", host="node02", obj_ns="", obj_uid="node02"),
        event("default", "Node", "node02", "RegisteredNode", "Node node02 event: Registered Node node02 in Controller", first="9m", component="node-controller", obj_ns="", obj_uid=SHIPYARD_UIDS.get("node02")),
        event("default", "Node", "node02", "Starting", "", first="8m55s", component="kube-proxy", host="node02", obj_ns="", obj_uid="node02"),
    ]
    return items


def misc():
    ns, items = "demo", []
    items.append({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
                  "metadata": meta("PodDisruptionBudget", "web-pdb", ns, "2h", None, None, generation=1),
                  "spec": {"minAvailable": 2, "selector": {"matchLabels": {"app": "web"}}},
                  "status": {"currentHealthy": 3, "desiredHealthy": 2, "disruptionsAllowed": 1, "expectedPods": 4, "observedGeneration": 1}})
    items.append({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
                  "metadata": meta("PodDisruptionBudget", "db-pdb", ns, "5h", None, None, generation=1),
                  "spec": {"maxUnavailable": "50%", "selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["db", "cache"]}]}},
                  "status": {"currentHealthy": 2, "desiredHealthy": 1, "disruptionsAllowed": 1, "expectedPods": 2, "observedGeneration": 1}})
    items.append({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
                  "metadata": meta("HorizontalPodAutoscaler", "web", ns, "1h"),
                  "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                           "minReplicas": 2, "maxReplicas": 10,
                           "metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}]},
                  "status": {"currentReplicas": 3, "desiredReplicas": 3,
                             "currentMetrics": [{"type": "Resource", "resource": {"name": "cpu", "current": {"averageUtilization": 35, "averageValue": "35m"}}}],
                             "conditions": [{"type": "AbleToScale", "status": "True", "lastTransitionTime": ago("1h"), "reason": "ReadyForNewScale", "message": "recommended size matches current size"},
                                            {"type": "ScalingActive", "status": "True", "lastTransitionTime": ago("1h"), "reason": "ValidMetricFound", "message": "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)"},
                                            {"type": "ScalingLimited", "status": "False", "lastTransitionTime": ago("1h"), "reason": "DesiredWithinRange", "message": "the desired count is within the acceptable range"}]}})
    items.append({"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass",
                  "metadata": meta("PriorityClass", "high-priority", None, "4d"),
                  "value": 1000, "globalDefault": False, "description": "For important API pods.", "preemptionPolicy": "PreemptLowerPriority"})
    return items


def edge_cases():
    """Less common shapes, each exercising a distinct branch of the describers."""
    ns, items = "edge", []
    items.append({"apiVersion": "v1", "kind": "Namespace", "metadata": meta("Namespace", ns, None, "2d", {"kubernetes.io/metadata.name": ns}),
                  "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}})
    # Multi-container pod: a sidecar init container, readiness gates, seccomp, gRPC and HTTPS
    # probes, an ephemeral volume, CSI, topology spread, a terminated container with a signal,
    # terminal escape characters and non-ASCII text.
    p = simple_pod("multi", ns, "node01", "10.244.1.60", "nginx:1.27", created="40m", started="39m",
                   labels={"app": "multi", "owner": "José", "team": "naïve-ops"},
                   annotations={"note": "line one\nline two\n", "esc": "red \x1b[31mtext\x1b[0m\rend",
                                "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\"}\n"},
                   sa_suffix="mu1ti", container="web", qos="Burstable",
                   resources={"requests": {"cpu": "0.25", "memory": "100M", "ephemeral-storage": "1Gi", "nvidia.com/gpu": "1"},
                              "limits": {"cpu": "1", "memory": "0.5Gi", "nvidia.com/gpu": "1"}},
                   ports=[{"containerPort": 8443, "hostPort": 443, "protocol": "TCP", "name": "https"}],
                   container_extra={
                       "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/audit.json"}},
                       "livenessProbe": {"grpc": {"port": 9000, "service": ""}, "initialDelaySeconds": 5, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3},
                       "readinessProbe": {"httpGet": {"host": "::1", "path": "ready now?", "port": "https", "scheme": "HTTPS"}, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3},
                       "volumeDevices": [{"name": "block", "devicePath": "/dev/xvda"}],
                   },
                   extra_spec={
                       "runtimeClassName": "gvisor",
                       "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
                       "readinessGates": [{"conditionType": "example.com/feature-ready"}, {"conditionType": "example.com/lb-ready"}],
                       "topologySpreadConstraints": [
                           {"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "DoNotSchedule",
                            "labelSelector": {"matchLabels": {"app": "multi"}}},
                           {"maxSkew": 2, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway"}],
                       "initContainers": [{"name": "proxy", "image": "envoyproxy/envoy:v1.31", "restartPolicy": "Always",
                                           "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}}}],
                       "tolerations": [{"operator": "Exists"}, {"key": "gpu", "operator": "Equal", "value": "true"},
                                       {"key": "spot", "operator": "Exists"}],
                       "volumes": [
                           {"name": "scratch", "ephemeral": {"volumeClaimTemplate": {"metadata": {"labels": {"type": "scratch"}},
                                                                                     "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "local-path",
                                                                                              "resources": {"requests": {"storage": "2Gi"}}}}}},
                           {"name": "secrets-store", "csi": {"driver": "secrets-store.csi.k8s.io", "readOnly": True,
                                                             "volumeAttributes": {"secretProviderClass": "vault", "usePodIdentity": "false"}}},
                           {"name": "block", "persistentVolumeClaim": {"claimName": "block-claim", "readOnly": True}},
                           {"name": "bundle", "projected": {"sources": [{"secret": {"name": "bundle-secret"}},
                                                                        {"configMap": {"name": "bundle-cm"}},
                                                                        {"downwardAPI": {"items": [{"path": "name", "fieldRef": {"fieldPath": "metadata.name"}}]}}]}},
                           {"name": "legacy", "iscsi": {"targetPortal": "10.0.0.9:3260", "iqn": "iqn.2001-04.com.example:storage", "lun": 0}},
                           kube_api_access("mu1ti")]},
                   extra_status={"nominatedNodeName": "node02", "initContainerStatuses": [{
                       "name": "proxy", "image": "envoyproxy/envoy:v1.31", "imageID": "docker.io/envoyproxy/envoy@sha256:" + "e1" * 32,
                       "containerID": "containerd://" + "e2" * 32, "ready": True, "restartCount": 1, "started": True,
                       "state": {"running": {"startedAt": ago("38m")}},
                       "lastState": {"terminated": {"exitCode": 137, "signal": 9, "reason": "OOMKilled", "message": "memory limit exceeded",
                                                    "startedAt": ago("39m30s"), "finishedAt": ago("38m10s")}}}]})
    p["spec"]["containers"].append({"name": "logger", "image": "busybox:1.36", "command": ["sh", "-c", "tail -f /var/log/app.log"],
                                    "env": [{"name": "NS", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}}},
                                            {"name": "MEM", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory"}}}]})
    p["status"]["containerStatuses"].append({"name": "logger", "image": "busybox:1.36", "imageID": "", "containerID": "containerd://" + "f0" * 32,
                                             "ready": False, "restartCount": 2, "started": False,
                                             "state": {"terminated": {"exitCode": 2, "reason": "Error", "message": "tail: can't open '/var/log/app.log'\n",
                                                                      "startedAt": ago("10m"), "finishedAt": ago("10m")}},
                                             "lastState": {}})
    p["status"]["conditions"].append({"type": "example.com/feature-ready", "status": "True", "lastProbeTime": None, "lastTransitionTime": ago("39m")})
    items.append(p)
    # An evicted pod.
    ev = simple_pod("evicted", ns, "node02", "", "nginx:1.27", created="3d", labels={"app": "evicted"}, sa_suffix="ev1ct",
                    phase="Failed", ready=False, container="nginx",
                    state={"terminated": {"exitCode": 137, "reason": "ContainerStatusUnknown",
                                          "message": "The container could not be located when the pod was terminated",
                                          "startedAt": None, "finishedAt": None}})
    ev["status"].update({"reason": "Evicted", "message": "The node was low on resource: memory. Threshold quantity: 100Mi, available: 91232Ki. Container nginx was using 1234Mi, request is 0, has larger consumption of memory. "})
    del ev["status"]["podIPs"]
    ev["status"]["podIP"] = ""
    items.append(ev)
    items.append(event(ns, "Pod", "evicted", "Evicted", "The node was low on resource: memory.", etype="Warning", first="2d", component="kubelet", host="node02"))
    # Events in the new style: eventTime and series, reportingComponent without source.
    series_ev = event(ns, "Pod", "multi", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", etype="Warning", first="30m", host="node01", field_path="spec.containers{web}")
    series_ev.update({"eventTime": ago("30m", micro=True), "series": {"count": 14, "lastObservedTime": ago("1m30s", micro=True)},
                      "firstTimestamp": None, "lastTimestamp": None, "count": 0, "source": {}, "reportingComponent": "kubelet", "action": "Probe"})
    items.append(series_ev)
    items.append(event(ns, "Pod", "multi", "Scheduled", "Successfully assigned edge/multi to node01", first="40m", component="default-scheduler"))
    items.append(event(ns, "Pod", "multi", "Pulled", "  Container image \"nginx:1.27\" already present on machine  \n", first="39m", host="node01"))
    # A mirror pod's kubelet event uses the config hash as UID.
    items.append(event("kube-system", "Pod", "etcd-controlplane", "Pulled", 'Container image "registry.k8s.io/etcd:3.5.16-0" already present on machine',
                       first="10m", host="controlplane", obj_uid="72384b66c2e7c01f", field_path="spec.containers{etcd}"))
    # Deployment with a matchExpressions selector and several old ReplicaSets (one scaled to zero).
    sel = {"matchLabels": {"app": "api"}, "matchExpressions": [{"key": "tier", "operator": "In", "values": ["web", "backend"]},
                                                              {"key": "canary", "operator": "DoesNotExist"}]}
    tmpl = lambda image, h=None: {"metadata": {"labels": dict({"app": "api", "tier": "backend"}, **({"pod-template-hash": h} if h else {}))},  # noqa: E731
                                  "spec": {"containers": [{"name": "api", "image": image}]}}
    items.append({"apiVersion": "apps/v1", "kind": "Deployment",
                  "metadata": meta("Deployment", "api", ns, "9d", {"app": "api"}, {"deployment.kubernetes.io/revision": "3"}, generation=5),
                  "spec": {"replicas": 2, "selector": sel, "template": tmpl("api:3"), "paused": True,
                           "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}, "minReadySeconds": 10},
                  "status": {"replicas": 3, "updatedReplicas": 0, "readyReplicas": 3, "availableReplicas": 3,
                             "conditions": [{"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"},
                                            {"type": "Progressing", "status": "Unknown", "reason": "DeploymentPaused"}]}})
    for name, h, image, created, repl in (("api-6b7f9c", "6b7f9c", "api:1", "9d", 0), ("api-7d8e9f", "7d8e9f", "api:2", "5d", 2), ("api-5c4d3e", "5c4d3e", "api:2.1", "4d", 1)):
        items.append({"apiVersion": "apps/v1", "kind": "ReplicaSet",
                      "metadata": meta("ReplicaSet", name, ns, created, {"app": "api", "tier": "backend", "pod-template-hash": h}, None, ("Deployment", "api", "apps/v1")),
                      "spec": {"replicas": repl, "selector": sel, "template": tmpl(image, h)},
                      "status": {"replicas": repl, "readyReplicas": repl}})
    # StatefulSet with partition and maxUnavailable, no claim templates, OnDelete-less.
    items.append({"apiVersion": "apps/v1", "kind": "StatefulSet",
                  "metadata": meta("StatefulSet", "cache", ns, "1d", {"app": "cache"}),
                  "spec": {"replicas": 3, "serviceName": "cache", "selector": {"matchLabels": {"app": "cache"}},
                           "template": {"metadata": {"labels": {"app": "cache"}, "annotations": {"prometheus.io/scrape": "true"}},
                                        "spec": {"containers": [{"name": "redis", "image": "redis:7"}], "priorityClassName": "high-priority",
                                                 "initContainers": [{"name": "init", "image": "busybox", "command": ["true"]}]}},
                           "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 2, "maxUnavailable": "50%"}}},
                  "status": {"replicas": 3}})
    # Indexed job with a long list of completed indexes.
    items.append({"apiVersion": "batch/v1", "kind": "Job",
                  "metadata": meta("Job", "sweep", ns, "3h", {"job-name": "sweep"}),
                  "spec": {"completions": 100, "parallelism": 10, "completionMode": "Indexed",
                           "selector": {"matchLabels": {"job-name": "sweep"}},
                           "template": {"metadata": {"labels": {"job-name": "sweep"}}, "spec": {"containers": [{"name": "w", "image": "busybox"}], "restartPolicy": "Never"}}},
                  "status": {"startTime": ago("3h"), "active": 10, "ready": 7, "succeeded": 40,
                             "completedIndexes": "0-5,7,9,11,13,15,17,19,21,23,25,27,29,31,33,35,37,39,41,43,45,47,49,51,53,55,57,59,61,63,65"}})
    # Services: no selector, dual stack, IPv6 endpoints; headless without ports.
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "dual", ns, "1d"),
                  "spec": {"type": "ClusterIP", "clusterIP": "10.96.7.7", "clusterIPs": ["10.96.7.7", "fd00:10:96::7"],
                           "ipFamilies": ["IPv4", "IPv6"], "ipFamilyPolicy": "PreferDualStack", "sessionAffinity": "None",
                           "ports": [{"port": 80, "targetPort": 8080, "protocol": "TCP"}]}})
    items.append({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
                  "metadata": meta("EndpointSlice", "dual-v6", ns, "1d", {"kubernetes.io/service-name": "dual"}),
                  "addressType": "IPv6", "endpoints": [{"addresses": ["fd00:10:244:1::5"]}, {"addresses": ["fd00:10:244:2::6"], "conditions": {"ready": True}}],
                  "ports": [{"name": "", "port": 8080, "protocol": "TCP"}]})
    items.append({"apiVersion": "v1", "kind": "Service",
                  "metadata": meta("Service", "portless", ns, "1d"),
                  "spec": {"type": "ClusterIP", "clusterIP": "None", "selector": {"app": "x"}}})
    # Ingress with only a default backend (no rules).
    items.append({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
                  "metadata": meta("Ingress", "catch-all", ns, "2h"),
                  "spec": {"defaultBackend": {"service": {"name": "dual", "port": {"number": 80}}}}, "status": {"loadBalancer": {}}})
    # Node without a lease, with extended resources, hugepages in use and init containers.
    items.append({"apiVersion": "v1", "kind": "Node",
                  "metadata": meta("Node", "gpu01", None, "20d", {"kubernetes.io/hostname": "gpu01", "kubernetes.io/role": "gpu",
                                                                  "node-role.kubernetes.io/worker": "", "node-role.kubernetes.io/": ""}),
                  "spec": {"taints": [{"key": "nvidia.com/gpu", "value": "present", "effect": "NoSchedule"},
                                      {"key": "maintenance", "effect": "PreferNoSchedule"}, {"key": "zone", "value": "a"}],
                           "providerID": "aws:///eu-west-1a/i-0abc123"},
                  "status": {"capacity": {"cpu": "16", "memory": "64Gi", "nvidia.com/gpu": "2", "hugepages-2Mi": "1Gi", "pods": "110"},
                             "addresses": [{"type": "InternalIP", "address": "10.0.5.20"}],
                             "nodeInfo": {"kubeletVersion": "v1.32.4", "architecture": "amd64", "operatingSystem": "linux"}}})
    gp = simple_pod("trainer", ns, "gpu01", "10.244.9.2", "pytorch/pytorch:2.5", created="5h", sa_suffix="gpu01", container="train",
                    resources={"requests": {"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "2", "hugepages-2Mi": "512Mi"},
                               "limits": {"memory": "32Gi", "nvidia.com/gpu": "2", "hugepages-2Mi": "512Mi"}}, qos="Burstable")
    gp["spec"]["initContainers"] = [{"name": "fetch", "image": "busybox", "resources": {"requests": {"cpu": "6", "memory": "1Gi"}}}]
    gp["spec"]["overhead"] = {"cpu": "250m", "memory": "120Mi"}
    items.append(gp)
    # PV with CSI and a local PV; PVC with a data source and conditions.
    items.append({"apiVersion": "v1", "kind": "PersistentVolume",
                  "metadata": meta("PersistentVolume", "csi-vol", None, "6h", None, {"pv.kubernetes.io/provisioned-by": "ebs.csi.aws.com"}),
                  "spec": {"capacity": {"storage": "10Gi"}, "accessModes": ["ReadWriteOnce", "ReadWriteOncePod"], "persistentVolumeReclaimPolicy": "Delete",
                           "storageClassName": "gp3", "volumeMode": "Block",
                           "csi": {"driver": "ebs.csi.aws.com", "fsType": "ext4", "volumeHandle": "vol-0123456789abcdef0",
                                   "volumeAttributes": {"storage.kubernetes.io/csiProvisionerIdentity": "1735689600000-1234-ebs.csi.aws.com"}},
                           "nodeAffinity": {"required": {"nodeSelectorTerms": [
                               {"matchExpressions": [{"key": "topology.ebs.csi.aws.com/zone", "operator": "In", "values": ["eu-west-1a", "eu-west-1b"]},
                                                     {"key": "node.kubernetes.io/instance-type", "operator": "NotIn", "values": ["t3.micro"]}]},
                               {"matchExpressions": []}]}}},
                  "status": {"phase": "Failed", "message": "recycle failed: no recycler"}})
    items.append({"apiVersion": "v1", "kind": "PersistentVolume",
                  "metadata": meta("PersistentVolume", "local-ssd", None, "6h", None, None, deletionTimestamp=ago("5m")),
                  "spec": {"capacity": {"storage": "375Gi"}, "accessModes": ["ReadWriteOnce"], "persistentVolumeReclaimPolicy": "Retain",
                           "storageClassName": "local", "local": {"path": "/mnt/disks/ssd0"}, "nodeAffinity": {"required": {"nodeSelectorTerms": []}}},
                  "status": {"phase": "Released"}})
    items.append({"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                  "metadata": meta("PersistentVolumeClaim", "restored", ns, "2h", None, {"volume.beta.kubernetes.io/storage-class": "gp3-beta"}),
                  "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}, "storageClassName": "gp3",
                           "dataSource": {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap-1"}, "volumeName": "csi-vol"},
                  "status": {"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "10Gi"},
                             "conditions": [{"type": "Resizing", "status": "True", "lastTransitionTime": ago("1h")}]}})
    # Config without data, secret without data.
    items.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("ConfigMap", "binary-only", ns, "1h"),
                  "binaryData": {"blob": "AAECAwQFBgcICQ=="}})
    items.append({"apiVersion": "v1", "kind": "Secret", "metadata": meta("Secret", "empty", ns, "1h"), "type": "Opaque"})
    # Quotas with several scopes; limit ranges of several types.
    items.append({"apiVersion": "v1", "kind": "ResourceQuota", "metadata": meta("ResourceQuota", "scoped", ns, "2d"),
                  "spec": {"hard": {"pods": "10"}, "scopes": ["NotTerminating", "NotBestEffort"]},
                  "status": {"hard": {"pods": "10", "requests.storage": "100Gi"}, "used": {"pods": "2"}}})
    items.append({"apiVersion": "v1", "kind": "LimitRange", "metadata": meta("LimitRange", "limits", ns, "2d"),
                  "spec": {"limits": [{"type": "Pod", "max": {"cpu": "2"}},
                                      {"type": "PersistentVolumeClaim", "min": {"storage": "1Gi"}},
                                      {"type": "Container", "maxLimitRequestRatio": {"cpu": "4"}}]}})
    # DaemonSet with a node selector and no pods yet.
    items.append({"apiVersion": "apps/v1", "kind": "DaemonSet",
                  "metadata": meta("DaemonSet", "gpu-plugin", ns, "20d"),
                  "spec": {"selector": {"matchLabels": {"name": "gpu-plugin"}},
                           "template": {"metadata": {"labels": {"name": "gpu-plugin"}},
                                        "spec": {"nodeSelector": {"nvidia.com/gpu.present": "true", "kubernetes.io/os": "linux"},
                                                 "containers": [{"name": "plugin", "image": "nvcr.io/nvidia/k8s-device-plugin:v0.17.0",
                                                                 "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}]}}},
                  "status": {}})
    # StorageClass with topologies and options; PriorityClass default.
    items.append({"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass",
                  "metadata": meta("StorageClass", "gp3", None, "30d", None, {"storageclass.beta.kubernetes.io/is-default-class": "true", "team": "storage"}),
                  "provisioner": "ebs.csi.aws.com", "parameters": {"type": "gp3", "iops": "3000"}, "allowVolumeExpansion": True,
                  "mountOptions": ["noatime", "nodiratime"], "reclaimPolicy": "Retain", "volumeBindingMode": "Immediate",
                  "allowedTopologies": [{"matchLabelExpressions": [{"key": "topology.ebs.csi.aws.com/zone", "values": ["eu-west-1a", "eu-west-1b"]}]}]})
    items.append({"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                  "metadata": meta("Lease", "leader", ns, "4d"),
                  "spec": {"holderIdentity": "controller-7d9f_1b2c", "leaseDurationSeconds": 15, "acquireTime": ago("4d", micro=True),
                           "renewTime": ago("2s", micro=True), "leaseTransitions": 3, "preferredHolder": None}})
    items.append({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
                  "metadata": meta("HorizontalPodAutoscaler", "api", ns, "2d", {"app": "api"}),
                  "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"}, "maxReplicas": 5,
                           "metrics": [{"type": "Pods", "pods": {"metric": {"name": "requests_per_second"}, "target": {"type": "AverageValue", "averageValue": "1k"}}},
                                       {"type": "Resource", "resource": {"name": "memory", "target": {"type": "AverageValue", "averageValue": "500Mi"}}},
                                       {"type": "External", "external": {"metric": {"name": "queue_depth"}, "target": {"type": "Value", "value": "30"}}},
                                       {"type": "Object", "object": {"metric": {"name": "hits"}, "describedObject": {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "name": "web"},
                                                                     "target": {"type": "AverageValue", "averageValue": "100"}}},
                                       {"type": "ContainerResource", "containerResource": {"name": "cpu", "container": "api", "target": {"type": "Utilization"}}}],
                           "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300, "policies": [{"type": "Percent", "value": 100, "periodSeconds": 15}]},
                                        "scaleUp": {"stabilizationWindowSeconds": 0, "selectPolicy": "Max",
                                                    "policies": [{"type": "Pods", "value": 4, "periodSeconds": 15}, {"type": "Percent", "value": 100, "periodSeconds": 15}]}}},
                  "status": {"currentReplicas": 2, "desiredReplicas": 2,
                             "currentMetrics": [{"type": "Pods", "pods": {"metric": {"name": "requests_per_second"}, "current": {"averageValue": "1500m"}}}]}})
    # A node with 20 events and many equal timestamps: kubectl's sort.Sort is not stable for
    # more than 12 elements, so this pins down its exact order.
    import random
    rnd = random.Random(7)
    items.append({"apiVersion": "v1", "kind": "Node", "metadata": meta("Node", "n9", None, "1d"), "status": {}})
    reasons = ["Starting", "NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeHasSufficientPID", "NodeAllocatableEnforced",
               "NodeReady", "RegisteredNode", "Rebooted", "NodeNotReady", "ContainerGCFailed", "ImageGCFailed", "InvalidDiskCapacity",
               "CIDRNotAvailable", "NodeSchedulable", "NodeNotSchedulable", "SystemOOM", "Reason17", "Reason18", "Reason19", "Reason20"]
    for i, r in enumerate(reasons):
        t = rnd.choice(["10m", "10m", "5m", "10m", "5m"])
        items.append(event("default", "Node", "n9", r, f"m{i}", first=t, obj_ns="", obj_uid=None if i % 3 else "n9",
                           name_suffix="%016x" % rnd.getrandbits(64)))
    # 64 events over a few seconds: the ninther pivot and shifting paths of Go's sort.
    items.append({"apiVersion": "v1", "kind": "Node", "metadata": meta("Node", "n64", None, "1d"), "status": {}})
    for i in range(64):
        t = rnd.choice(["3m", "3m1s", "3m2s", "2m", "1m59s"])
        items.append(event("default", "Node", "n64", f"Reason{i:02d}", f"event {i}", first=t, obj_ns="",
                           obj_uid=None if i % 4 else "n64", name_suffix="%016x" % rnd.getrandbits(64)))
    return items


SHIPYARD_UIDS = {}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    # Objects dumped from Shipyard (see README) are served too; node events need their UIDs.
    shipyard = os.path.join(out, "shipyard.json")
    if os.path.exists(shipyard):
        with open(shipyard) as fh:
            for obj in json.load(fh)["items"]:
                if obj["kind"] == "Node":
                    SHIPYARD_UIDS[obj["metadata"]["name"]] = obj["metadata"]["uid"]
    for name, fn in [("pods", pods), ("deployment-web", web_deployment), ("services", services), ("config", config),
                     ("storage", storage), ("statefulset-daemonset", statefulset), ("batch", batch),
                     ("nodes-extra", nodes_extra), ("misc", misc), ("edge-cases", edge_cases)]:
        write(out, name, fn())


if __name__ == "__main__":
    main()
