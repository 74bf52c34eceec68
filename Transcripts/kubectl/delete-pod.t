# Deleting a pod waits until the kubelet has stopped it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ sleep 10
$ kubectl get pods
NAME   READY   STATUS    RESTARTS   AGE
web    1/1     Running   0          12s
$ kubectl delete pod web
pod "web" deleted
$ kubectl get pods
No resources found in default namespace.
$ kubectl delete pod web
Error from server (NotFound): pods "web" not found
? 1
