# kubectl run's generator, rendered without creating anything.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run nginx --image=nginx --dry-run=client -o yaml
apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx
    name: nginx
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
$ kubectl run box --image=busybox --restart=Never --labels=app=box,tier=tools --env=MODE=test --dry-run=client -o json -- sleep 3600
{
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
        "name": "box",
        "creationTimestamp": null,
        "labels": {
            "app": "box",
            "tier": "tools"
        }
    },
    "spec": {
        "containers": [
            {
                "name": "box",
                "image": "busybox",
                "args": [
                    "sleep",
                    "3600"
                ],
                "env": [
                    {
                        "name": "MODE",
                        "value": "test"
                    }
                ],
                "resources": {}
            }
        ],
        "restartPolicy": "Never",
        "dnsPolicy": "ClusterFirst"
    },
    "status": {}
}
$ kubectl get pods
No resources found in default namespace.
