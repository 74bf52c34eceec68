# Loops in a container's shell: a client pod sends six requests to a Service with
# `for i in $(seq 1 6)` and sees kube-proxy spread them over the pods; a pod's own command
# counts with a for loop; dash's errors for a loop written wrong.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=3
deployment.apps/web created
$ kubectl expose deployment web --port=8080
service/web exposed
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl run client --image=busybox:1.28 -- sleep 3600
pod/client created
$ kubectl wait --for=condition=Ready pod/client
pod/client condition met
$ kubectl exec client -- sh -c 'for i in $(seq 1 6); do wget -qO- http://web:8080; done'
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-jp96r | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: web-868579bcb8-8v528 | v=1
$ kubectl exec client -- sh -c 'for i in 1 2 3; do wget -qO- http://web:8080; done | grep -c bootcamp'
3
$ kubectl exec client -- sh -c 'for p in 80 8080; do wget -qO- -T 1 "http://web:$p" > /dev/null && echo "$p answers" || echo "$p does not"; done'
wget: can't connect to remote host (10.106.197.133): Connection timed out
80 does not
8080 answers
$ kubectl exec client -- sh -c 'for i in 1 2; do echo $i'
sh: 1: Syntax error: end of file unexpected (expecting "done")
command terminated with exit code 2
? 2
$ kubectl exec client -- sh -c 'for 1x in a; do echo; done'
sh: 1: Syntax error: Bad for loop variable
command terminated with exit code 2
? 2
$ kubectl run counter --image=busybox:1.28 --restart=Never -- sh -c 'for i in 1 2 3; do echo "tick $i"; sleep 1; done; echo finished'
pod/counter created
$ sleep 10
$ kubectl logs counter
tick 1
tick 2
tick 3
finished
$ kubectl get pod counter
NAME      READY   STATUS      RESTARTS   AGE
counter   0/1     Completed   0          13s
$ kubectl run listed --image=busybox:1.28 --restart=Never -- sh -c 'for i in $(seq 1 3); do echo "tick $i"; done; echo finished'
pod/listed created
$ sleep 5
$ kubectl logs listed
tick 1
tick 2
tick 3
finished
