# Traffic inside the cluster: CoreDNS resolves a Service's name (short, with its namespace,
# or fully qualified) to its ClusterIP, and kube-proxy sends each connection to one of the
# Service's ready endpoints at random, so repeated requests land on different pods. A
# Service with no ready endpoints refuses connections; a port the Service does not define
# goes unanswered until the connect times out; a name nobody knows does not resolve. Pods
# still terminating serve while no ready endpoint is left, as kube-proxy falls back to them.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment hello --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=3 --port=8080
deployment.apps/hello created
$ kubectl run client --image=nginx:1.27
pod/client created
$ kubectl run box --image=busybox:1.36 -- sleep 3600
pod/box created
$ kubectl rollout status deployment/hello
Waiting for deployment "hello" rollout to finish: 0 of 3 updated replicas are available...
Waiting for deployment "hello" rollout to finish: 1 of 3 updated replicas are available...
deployment "hello" successfully rolled out
$ kubectl expose deployment hello --port=80 --target-port=8080
service/hello exposed
$ kubectl get service hello
NAME    TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE
hello   ClusterIP   10.106.197.133   <none>        80/TCP    1s
$ kubectl get endpoints hello
NAME    ENDPOINTS                                         AGE
hello   10.244.1.3:8080,10.244.2.2:8080,10.244.2.3:8080   2s
$ sleep 5
$ kubectl exec client -- curl -s hello
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-jp96r | v=1
$ kubectl exec client -- curl -s hello
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
$ kubectl exec client -- curl -s hello.default
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
$ kubectl exec client -- curl -s http://hello.default.svc.cluster.local/
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
$ kubectl exec client -- curl -s $(kubectl get service hello -o jsonpath='{.spec.clusterIP}')
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
$ kubectl get pod client -o wide
NAME     READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
client   1/1     Running   0          20s   10.244.2.4   node02   <none>           <none>
$ kubectl logs deploy/hello --tail=2
Found 3 pods, using pod/hello-7fff57dc47-clr4x
Kubernetes Bootcamp App Started At: 2026-01-01T00:00:05.427Z | Running On:  hello-7fff57dc47-clr4x 

$ kubectl exec box -- wget -qO- hello
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
$ kubectl exec box -- wget -O- hello
Connecting to hello (10.106.197.133:80)
writing to stdout
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
-                    100% |********************************|    70  0:00:00 ETA

written to stdout
$ kubectl exec box -- wget hello
Connecting to hello (10.106.197.133:80)
saving to 'index.html'
index.html           100% |********************************|    70  0:00:00 ETA

'index.html' saved
$ kubectl exec box -- cat index.html
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-jp96r | v=1
$ kubectl exec client -- curl hellp
curl: (6) Could not resolve host: hellp
command terminated with exit code 6
? 6
$ kubectl exec box -- wget -qO- hellp
wget: bad address 'hellp'
command terminated with exit code 1
? 1
$ kubectl exec client -- curl hello:8080
curl: (28) Failed to connect to hello port 8080 after 130023 ms: Couldn't connect to server
command terminated with exit code 28
? 28
$ kubectl expose deployment hello --name=wrong --port=80 --target-port=9090
service/wrong exposed
$ sleep 2
$ kubectl exec client -- curl wrong
curl: (7) Failed to connect to wrong port 80 after 0 ms: Couldn't connect to server
command terminated with exit code 7
? 7
$ kubectl scale deployment hello --replicas=0
deployment.apps/hello scaled
$ sleep 5
$ kubectl get pods -l app=hello
NAME                     READY   STATUS        RESTARTS   AGE
hello-7fff57dc47-8v528   1/1     Terminating   0          2m52s
hello-7fff57dc47-clr4x   1/1     Terminating   0          2m52s
hello-7fff57dc47-jp96r   1/1     Terminating   0          2m52s
$ kubectl exec client -- curl -s hello
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-jp96r | v=1
$ sleep 40
$ kubectl get endpoints hello
NAME    ENDPOINTS   AGE
hello   <none>      3m28s
$ kubectl exec client -- curl hello
curl: (7) Failed to connect to hello port 80 after 0 ms: Couldn't connect to server
command terminated with exit code 7
? 7
$ kubectl exec box -- wget -qO- hello
wget: can't connect to remote host (10.106.197.133): Connection refused
command terminated with exit code 1
? 1
