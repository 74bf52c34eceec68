# The Kubernetes Basics tutorial's "Explore your app" module: kubectl proxy, run in the
# background, serves the API server on localhost:8001, and the learner's curl reads it:
# /version, a pod by its REST path, and the pod's own server through the API server's proxy
# subresource. JSON comes indented for curl, as the API server sends it to curl. Unknown
# paths and names get the API server's Status; a second proxy on the same port cannot bind.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ sleep 30
$ kubectl proxy &
[1] 4255
Starting to serve on 127.0.0.1:8001
$ curl http://localhost:8001/version
{
  "major": "1",
  "minor": "32",
  "gitVersion": "v1.32.4",
  "gitCommit": "59526cd4867447956156ae3a602fcbac10a2c335",
  "gitTreeState": "clean",
  "buildDate": "2025-04-22T16:03:02Z",
  "goVersion": "go1.23.8",
  "compiler": "gc",
  "platform": "linux/amd64"
} (no-eol)
$ export POD_NAME=$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')
$ echo Name of the Pod: $POD_NAME
Name of the Pod: kubernetes-bootcamp-684c8dd9d8-clr4x
$ curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ curl -s http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME | grep -A3 '"metadata"'
  "metadata": {
    "name": "kubernetes-bootcamp-684c8dd9d8-clr4x",
    "generateName": "kubernetes-bootcamp-684c8dd9d8-",
    "namespace": "default",
$ curl -s http://localhost:8001/apis/apps/v1/namespaces/default/deployments | head -8
{
  "kind": "DeploymentList",
  "apiVersion": "apps/v1",
  "metadata": {
    "resourceVersion": "361"
  },
  "items": [
    {
$ curl http://localhost:8001/api/v1/namespaces/default/pods/nope
{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "pods \"nope\" not found",
  "reason": "NotFound",
  "details": {
    "name": "nope",
    "kind": "pods"
  },
  "code": 404
} (no-eol)
$ curl http://localhost:8001/apis/apps/v1/namespaces/default/deployments/nope
{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "deployments.apps \"nope\" not found",
  "reason": "NotFound",
  "details": {
    "name": "nope",
    "group": "apps",
    "kind": "deployments"
  },
  "code": 404
} (no-eol)
$ curl http://localhost:8001/api/v1/namespaces/default/widgets
{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "the server could not find the requested resource",
  "reason": "NotFound",
  "details": {},
  "code": 404
} (no-eol)
$ curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:9999/proxy/
{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "error trying to reach service: dial tcp 10.244.2.2:9999: connect: connection refused",
  "reason": "ServiceUnavailable",
  "code": 503
} (no-eol)
$ curl http://localhost:8001/nothing
404 page not found
$ curl -s http://localhost:8001/healthz
ok (no-eol)
$ kubectl proxy
error: listen tcp 127.0.0.1:8001: bind: address already in use
? 1
$ kubectl proxy --port=8002
Starting to serve on 127.0.0.1:8002
shipyard: kubectl proxy goes on serving until Ctrl-C, and this shell runs one command at a time; run it in the background to use it: kubectl proxy --port=8002 &
$ jobs
[1]+  Running                 kubectl proxy &
$ kill %1
[1]+  Terminated              kubectl proxy
$ curl http://localhost:8001/version
curl: (7) Failed to connect to localhost port 8001 after 0 ms: Couldn't connect to server
? 7
