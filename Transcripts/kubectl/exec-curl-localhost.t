# curl inside a pod reaches the pod's own servers on localhost, as in the Kubernetes Basics
# tutorial's "kubectl exec -ti $POD_NAME -- curl http://localhost:8080". nginx serves the files
# in its container as they are now, edits included, with its own error pages; a port nothing
# listens on refuses the connection; the old nginx image has no curl. Each server logs the
# requests it answers: nginx its access and error lines, the bootcamp app its running count.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl run old --image=nginx:1.14.2
pod/old created
$ kubectl wait --for=condition=Ready pod --all --timeout=60s
pod/kubernetes-bootcamp-684c8dd9d8-clr4x condition met
pod/old condition met
pod/web condition met
$ export POD_NAME="$(kubectl get pods -l app=kubernetes-bootcamp -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')"
$ echo Name of the Pod: $POD_NAME
Name of the Pod: kubernetes-bootcamp-684c8dd9d8-clr4x
$ kubectl exec -ti $POD_NAME -- curl http://localhost:8080
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ kubectl logs $POD_NAME
Kubernetes Bootcamp App Started At: 2026-01-01T00:00:05.231Z | Running On:  kubernetes-bootcamp-684c8dd9d8-clr4x 

Running On: kubernetes-bootcamp-684c8dd9d8-clr4x | Total Requests: 1 | App Uptime: 7.918 seconds | Log Time: 2026-01-01T00:00:13.149Z
$ kubectl exec $POD_NAME -- curl localhost:8081
curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server
command terminated with exit code 7
? 7
$ kubectl exec $POD_NAME -- curl -s localhost:8081
command terminated with exit code 7
? 7
$ kubectl exec web -- curl -s localhost | head -4
<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
$ kubectl exec web -- sh -c 'echo hello from shipyard > /usr/share/nginx/html/index.html'
$ kubectl exec web -- curl -s http://127.0.0.1/
hello from shipyard
$ kubectl exec web -- curl -s http://web/50x.html | grep '<h1>'
<h1>An error occurred.</h1>
$ kubectl exec web -- curl -s localhost/missing | grep -c '404 Not Found'
2
$ kubectl exec web -- curl -sf localhost/missing
command terminated with exit code 22
? 22
$ kubectl logs web | tail -5
10.244.2.3 - - [01/Jan/2026:00:00:20 +0000] "GET /50x.html HTTP/1.1" 200 497 "-" "curl/7.88.1" "-"
2026/01/01 00:00:21 [error] 29#29: *4 open() "/usr/share/nginx/html/missing" failed (2: No such file or directory), client: ::1, server: localhost, request: "GET /missing HTTP/1.1", host: "localhost"
::1 - - [01/Jan/2026:00:00:21 +0000] "GET /missing HTTP/1.1" 404 153 "-" "curl/7.88.1" "-"
2026/01/01 00:00:22 [error] 29#29: *5 open() "/usr/share/nginx/html/missing" failed (2: No such file or directory), client: ::1, server: localhost, request: "GET /missing HTTP/1.1", host: "localhost"
::1 - - [01/Jan/2026:00:00:22 +0000] "GET /missing HTTP/1.1" 404 153 "-" "curl/7.88.1" "-"
$ kubectl exec old -- curl localhost
error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "1a0fad1921d08076c16898d9b5028483": OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown
? 1
$ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2
deployment.apps/kubernetes-bootcamp image updated
$ kubectl rollout status deployments/kubernetes-bootcamp
Waiting for deployment "kubernetes-bootcamp" rollout to finish: 1 old replicas are pending termination...
deployment "kubernetes-bootcamp" successfully rolled out
$ kubectl exec deploy/kubernetes-bootcamp -- curl -s localhost:8080
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-645d5868d6-8v528 | v=2
