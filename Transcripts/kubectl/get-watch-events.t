# kubectl get -w --output-watch-events: an EVENT column first (ADDED for the objects the watch starts from, then MODIFIED and DELETED as they change); with -o json each change is one line, {"type":…,"object":…}; a watch's YAML documents are separated by ---; a get without -w still prints one List.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl get pods -w --output-watch-events
EVENT      NAME                   READY   STATUS    RESTARTS   AGE
ADDED      web-5c94f75b5d-clr4x   0/1     Pending   0          1s
MODIFIED   web-5c94f75b5d-clr4x   0/1     ContainerCreating   0          1s
MODIFIED   web-5c94f75b5d-clr4x   1/1     Running             0          5s
$ kubectl scale deployment web --replicas=2
deployment.apps/web scaled
$ kubectl get pods -A -w --output-watch-events -l app=web
EVENT      NAMESPACE   NAME                   READY   STATUS    RESTARTS   AGE
ADDED      default     web-5c94f75b5d-8v528   0/1     Pending   0          1s
ADDED      default     web-5c94f75b5d-clr4x   1/1     Running   0          37s
MODIFIED   default     web-5c94f75b5d-8v528   0/1     ContainerCreating   0          1s
MODIFIED   default     web-5c94f75b5d-8v528   1/1     Running             0          5s
$ kubectl run solo --image=nginx:1.27
pod/solo created
$ kubectl get pod solo -w -o json --output-watch-events | cut -c1-60
{"type":"ADDED","object":{"apiVersion":"v1","kind":"Pod","me
{"type":"MODIFIED","object":{"apiVersion":"v1","kind":"Pod",
{"type":"MODIFIED","object":{"apiVersion":"v1","kind":"Pod",
$ kubectl delete pod solo --wait=false
pod "solo" deleted
$ kubectl run solo2 --image=busybox:1.36 -- sleep 3600
pod/solo2 created
$ kubectl get pod solo2 -w -o yaml | grep -E '^---|^  phase'
  phase: Pending
---
  phase: Pending
---
  phase: Running
$ kubectl get pod solo2 -w -o yaml --output-watch-events | grep -E '^---|^type'
type: ADDED
$ kubectl delete pod solo2 --wait=false
pod "solo2" deleted
$ kubectl get pods -w --output-watch-events -l run=solo2
EVENT      NAME    READY   STATUS        RESTARTS   AGE
ADDED      solo2   1/1     Terminating   0          66s
MODIFIED   solo2   0/1     Terminating   0          95s
MODIFIED   solo2   0/1     Terminating   0          95s
DELETED    solo2   0/1     Terminating   0          95s
$ kubectl get pods -o json | head -3
{
    "apiVersion": "v1",
    "items": [
$ kubectl get pods -o yaml | head -3
apiVersion: v1
items:
- apiVersion: v1
