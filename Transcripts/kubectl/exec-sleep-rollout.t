# A rolling update watched from inside the cluster: a client pod asks the Service every two
# seconds while the Deployment moves from v1 to v2 of the bootcamp image, and its answers
# change over as the new pods become ready. `sleep` in a container's command lets the
# cluster's clock go on; the container's `date` tells the later time, and a container that
# stops meanwhile takes the command with it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=2
deployment.apps/web created
$ kubectl expose deployment web --port=8080
service/web exposed
$ kubectl run client --image=busybox:1.36 -- sleep 3600
pod/client created
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl wait --for=condition=Ready pod/client
pod/client condition met
$ kubectl set image deployment/web kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2
deployment.apps/web image updated
$ kubectl exec client -- sh -c 'for i in $(seq 1 12); do wget -qO- web:8080; sleep 2; done'
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-jp96r | v=2
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-jp96r | v=2
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-jp96r | v=2
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-jp96r | v=2
Hello Kubernetes bootcamp! | Running on: web-564bfd9dcc-jp96r | v=2
$ kubectl rollout status deployment/web
deployment "web" successfully rolled out
$ kubectl exec client -- sh -c 'date; sleep 90; date'
Thu Jan  1 00:00:35 UTC 2026
Thu Jan  1 00:02:05 UTC 2026
$ kubectl exec client -- sleep 1m
$ kubectl exec client -- sh -c 'sleep soon'
sleep: invalid number 'soon'
command terminated with exit code 1
? 1
$ kubectl exec client -- sh -c 'sleep infinity'
error: `sleep infinity` would wait until Ctrl-C; Shipyard ends the command there.
? 1
$ kubectl exec client -- sh -c 'echo before; sleep 60; echo after' &
[1] 4255
before
after
[1]+  Done                    kubectl exec client -- sh -c 'echo before; sleep 60; echo after'
$ kubectl exec client -- sh -c 'sleep 30; echo "still here"'
still here
$ kubectl run short --image=busybox:1.36 --restart=Never -- sleep 10
pod/short created
$ kubectl wait --for=condition=Ready pod/short
pod/short condition met
$ kubectl exec short -- sh -c 'echo waiting; sleep 30; echo never'
waiting
command terminated with exit code 137
? 137
$ kubectl get pod short
NAME    READY   STATUS      RESTARTS   AGE
short   0/1     Completed   0          35s
