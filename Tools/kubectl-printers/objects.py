"""The simulated cluster contents the oracle cases run against: one namespace per fixture.

Every object carries its namespace: kubectl fills in a missing one before printing, which is
the caller's business, not the printers'.
"""


def pod(name, ns, **extra):
    obj = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": ns}}
    for key, value in extra.items():
        if key == "metadata":
            obj["metadata"].update(value)
        else:
            obj[key] = value
    return obj


def realistic():
    ns = "pods"
    return [
        pod("web-7d4b9c", ns,
            metadata={"uid": "0b6f-1", "creationTimestamp": "2024-03-01T10:00:00Z",
                      "labels": {"app": "web", "tier": "frontend", "app.kubernetes.io/name": "web"},
                      "annotations": {"team": "blue"}},
            spec={"nodeName": "node-1", "restartPolicy": "Always",
                  "containers": [
                      {"name": "nginx", "image": "nginx:1.25",
                       "ports": [{"containerPort": 80, "protocol": "TCP"}, {"containerPort": 443, "protocol": "TCP"}],
                       "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}}},
                      {"name": "sidecar", "image": "busybox:1.36", "args": ["sleep", "3600"]}]},
            status={"phase": "Running", "podIP": "10.0.0.5", "startTime": "2024-03-01T10:00:05Z",
                    "conditions": [{"type": "Ready", "status": "True"}, {"type": "PodScheduled", "status": "True"}],
                    "containerStatuses": [
                        {"name": "nginx", "ready": True, "restartCount": 3, "image": "nginx:1.25",
                         "state": {"running": {"startedAt": "2024-03-01T10:00:06Z"}}},
                        {"name": "sidecar", "ready": False, "restartCount": 0, "image": "busybox:1.36",
                         "state": {"waiting": {"reason": "CrashLoopBackOff"}}}]}),
        pod("db-0", ns,
            metadata={"uid": "0b6f-2", "creationTimestamp": "2024-02-28T09:00:00Z", "labels": {"app": "db"}},
            spec={"nodeName": "node-2", "restartPolicy": "Always",
                  "containers": [{"name": "postgres", "image": "postgres:16",
                                  "ports": [{"containerPort": 5432, "protocol": "TCP"}],
                                  "resources": {"requests": {"cpu": "1", "memory": "1Gi"}}}]},
            status={"phase": "Running", "podIP": "10.0.0.6",
                    "conditions": [{"type": "Ready", "status": "True"}],
                    "containerStatuses": [{"name": "postgres", "ready": True, "restartCount": 0,
                                           "image": "postgres:16", "state": {"running": {}}}]}),
        pod("job-x", ns,
            metadata={"uid": "0b6f-3", "creationTimestamp": "2024-03-02T00:00:00Z"},
            spec={"restartPolicy": "Never",
                  "containers": [{"name": "worker", "image": "busybox:1.36",
                                  "resources": {"requests": {"cpu": "250m"}}}]},
            status={"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False"}]}),
    ]


def types():
    ns = "types"
    return [pod("types-1", ns, metadata={"labels": {"only": "one"}},
                spec={"containers": [{"name": "c", "image": "i"}]},
                status={"int": 42, "negative": -7, "zero": 0, "bigInt": 9007199254740993,
                        "huge": 12345678901234567890, "float": 1.5, "wholeFloat": 2.0, "million": 1000000.0,
                        "millionInt": 1000000, "tiny": 1e-07, "small": 0.0001, "big": 1e21, "sci": 123456789.0,
                        "negZero": -0.0, "ratio": 0.1,
                        "t": True, "f": False, "nothing": None, "emptyString": "", "emptyMap": {},
                        "emptyList": [], "nested": [[1, 2], [3, [4, 5]]], "html": "<b>&amp;</b>",
                        "quote": "say \"hi\"\\now", "newline": "a\nb", "tab": "a\tb", "unicode": "héllo 世界 🚀",
                        "control": "bell\u0007esc\u001b", "dotted.key": "dotted", "with space": "spaced",
                        "list": ["x", None, 3, 1.5, True, {"k": "v"}],
                        "nulls": [None, None], "strings": ["a", "b", "c", "d", "e"]})]


def weird():
    ns = "weird"
    return [
        pod("ünïcode-名前", ns, metadata={"labels": {"note": "tab\there", "esc": "\u001b[31mred"}},
            status={"phase": "Running", "message": "line1\nline2", "cr": "a\rb"}),
        pod("x", ns, metadata={"labels": {"note": ""}}, status={"phase": "", "message": "short"}),
        pod("a-very-long-pod-name-that-is-wide", ns, status={"phase": "Succeeded", "message": "<&>"}),
    ]


def sortset():
    ns = "sortset"
    rows = [
        # name, priority, restarts, size, score, created, optional, mixed, flag
        ("p-echo", 3, 5, "100m", 2.5, "2024-01-05T00:00:00Z", "b", 1, True),
        ("p-alpha", 1, 0, "1", 0.5, "2024-01-01T00:00:00Z", None, "s", False),
        ("p-delta", 2, 12, "2Gi", 10.0, "2023-12-31T23:59:59Z", "a", 2, True),
        ("p-bravo", 3, 1, "500Mi", -1.0, "2024-01-02T00:00:00Z", None, 3, False),
        ("p-golf", 1, 7, "0.5", 3.25, "2024-01-03T00:00:00Z", "c", 4, True),
        ("p-charlie", 2, 2, "1k", 2.5, "2024-01-04T00:00:00Z", "a", 5, True),
        ("p-foxtrot", 3, 0, "1e3", 0.0, "2024-01-06T00:00:00Z", None, 6, False),
        ("p-hotel", 1, 3, "abc", 1.0, "2024-01-07T00:00:00Z", "d", 7, True),
    ]
    out = []
    for name, prio, restarts, size, score, created, optional, mixed, flag in rows:
        spec = {"priority": prio, "containers": [{"name": "c", "image": "img-" + name}]}
        if optional is not None:
            spec["optional"] = optional
        out.append(pod(name, ns, metadata={"creationTimestamp": created, "labels": {"size": size}},
                       spec=spec,
                       status={"restarts": restarts, "score": score, "mixed": mixed, "flag": flag,
                               "nullable": None if prio == 2 else prio, "tags": [name[2:], "t"],
                               "meta": {"k": name}}))
    return out


def sortbig():
    """Sixty pods with many ties and gaps, so Go's pdqsort runs its ninther, partition and
    equal-partition paths; the order of ties is only right if the algorithm is."""
    ns = "sortbig"
    out = []
    for i in range(60):
        bucket = (i * 7) % 5
        spec = {"bucket": bucket, "containers": [{"name": "c", "image": "i"}]}
        if i % 4 != 0:
            spec["sometimes"] = (i * 13) % 6
        quantities = ["1", "1000m", "1k", "100m", "2", "0.1", "1Ki", "abc", "10", "9"]
        out.append(pod("q%02d" % ((i * 37) % 60), ns,
                       metadata={"labels": {"q": quantities[i % len(quantities)]}},
                       spec=spec, status={"n": (i * 11) % 9}))
    return out


def descending():
    """Already sorted in reverse, and already sorted, to hit pdqsort's pattern detection."""
    ns = "ordered"
    out = []
    for i in range(70):
        out.append(pod("o%03d" % i, ns, spec={"rank": 70 - i, "same": 1, "up": i,
                                              "containers": [{"name": "c", "image": "i"}]}))
    return out


def single():
    ns = "one"
    return [pod("solo", ns, metadata={"labels": {"app": "solo"}},
                spec={"containers": [{"name": "c", "image": "nginx"}]}, status={"phase": "Running"})]


def nulls():
    ns = "nulls"
    return [pod("n1", ns, spec={"items": [None, {"a": 1}, None], "containers": []}),
            pod("n2", ns, spec={"items": [], "containers": [{"name": "c", "image": "i"}]})]


NAMESPACES = {
    "pods": realistic(),
    "types": types(),
    "weird": weird(),
    "sortset": sortset(),
    "sortbig": sortbig(),
    "ordered": descending(),
    "one": single(),
    "nulls": nulls(),
    "empty": [],
}
