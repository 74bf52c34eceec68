"""Records GNU diff -u hunks for pairs of texts (see README.md)."""
import json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "KubectlTests", "Fixtures", "unified_diff_goldens.json")

DEPLOYMENT = """apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "1"
  creationTimestamp: "2026-01-01T00:00:01Z"
  generation: 1
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "412"
  uid: 3a0c9647-ea25-453c-80a1-6606fe4d9edf
spec:
  progressDeadlineSeconds: 600
  replicas: 2
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: web
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
    type: RollingUpdate
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        imagePullPolicy: IfNotPresent
        name: nginx
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      - image: busybox
        imagePullPolicy: Always
        name: sidecar
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
status:
  availableReplicas: 2
  observedGeneration: 1
  readyReplicas: 2
  replicas: 2
  updatedReplicas: 2
"""


def edited(text, edits):
    lines = text.splitlines(keepends=True)
    for old, new in edits:
        lines = [new if l == old else l for l in lines] if new is not None else [l for l in lines if l != old]
    return "".join(lines)


def manifest_cases():
    d = DEPLOYMENT
    yield "nothing", d, d
    yield "created", "", d
    yield "deleted", d, ""
    yield "replicas", d, edited(d, [("  replicas: 2\n", "  replicas: 5\n")])
    yield "generation and image", d, edited(d, [("  generation: 1\n", "  generation: 2\n"),
                                                ("      - image: nginx:1.27\n", "      - image: nginx:1.28\n")])
    yield "both images", d, edited(d, [("      - image: nginx:1.27\n", "      - image: nginx:1.28\n"),
                                       ("      - image: busybox\n", "      - image: busybox:1.36\n")])
    yield "label added", d, d.replace("    app: web\n  name: web\n", "    app: web\n    tier: front\n  name: web\n")
    yield "sidecar removed", d, d.replace("""      - image: busybox
        imagePullPolicy: Always
        name: sidecar
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
""", "")
    yield "first and last line", d, "apiVersion: apps/v2\n" + d.split("\n", 1)[1].replace("  updatedReplicas: 2\n", "  updatedReplicas: 1\n")
    lines = d.splitlines(keepends=True)
    for gap in range(4, 10):
        # two changes `gap` lines apart: one hunk or two
        changed = list(lines)
        changed[14] = "  changed: a\n"
        changed[14 + gap + 1] = "  changed: b\n"
        yield f"two changes {gap} apart", d, "".join(changed)


NGINX = """      - image: nginx:1.27
        imagePullPolicy: IfNotPresent
        name: nginx
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
"""
ENV = """        env:
        - name: MODE
          value: blue
"""


def more_manifest_cases():
    d = DEPLOYMENT
    yield "first container removed", d, d.replace(NGINX, "")
    yield "container added first", d, d.replace(
        NGINX, NGINX.replace("nginx:1.27", "redis:7").replace("name: nginx", "name: cache") + NGINX)
    yield "container added last", d, d.replace("      dnsPolicy", NGINX.replace("name: nginx", "name: extra") + "      dnsPolicy")
    with_env = d.replace("        name: nginx\n", "        name: nginx\n" + ENV)
    yield "env added", d, with_env
    yield "env changed", with_env, with_env.replace("value: blue", "value: green")
    yield "env to both", d, with_env.replace("        name: sidecar\n", "        name: sidecar\n" + ENV)
    yield "annotation removed", d, d.replace('  annotations:\n    deployment.kubernetes.io/revision: "1"\n', "")
    yield "status emptied", d, d.split("status:\n")[0] + "status: {}\n"


def hunks(old, new):
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        open(a, "w").write(old)
        open(b, "w").write(new)
        out = subprocess.run(["diff", "-u", "-N", a, b], capture_output=True, text=True).stdout
    return "".join(out.splitlines(keepends=True)[2:])


def main():
    cases = [{"name": name, "old": old, "new": new, "hunks": hunks(old, new)}
             for name, old, new in list(manifest_cases()) + list(more_manifest_cases())]
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases")


main()
