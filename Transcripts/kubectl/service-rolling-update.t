# A client that keeps asking a Service while its Deployment rolls out a new version: each
# request goes to a ready endpoint of the moment, so the answers move from v=1 to v=2 with
# none refused. The same Service answers on every node's address at its NodePort, and a
# StatefulSet's pods have names of their own under their headless Service.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment hello --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=2 --port=8080
deployment.apps/hello created
$ kubectl expose deployment hello --port=80 --target-port=8080 --type=NodePort
service/hello exposed
$ kubectl rollout status deployment/hello
Waiting for deployment "hello" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "hello" rollout to finish: 1 of 2 updated replicas are available...
deployment "hello" successfully rolled out
$ kubectl run watcher --image=busybox:1.36 -- sh -c 'while true; do wget -qO- hello; sleep 2; done'
pod/watcher created
$ sleep 15
$ kubectl logs watcher --tail=3
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
$ kubectl set image deployment/hello kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2
deployment.apps/hello image updated
$ kubectl rollout status deployment/hello
Waiting for deployment "hello" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "hello" rollout to finish: 1 old replicas are pending termination...
deployment "hello" successfully rolled out
$ sleep 10
$ kubectl logs watcher --since=40s
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-8v528 | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-7fff57dc47-clr4x | v=1
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-6vzmq | v=2
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-jp96r | v=2
$ kubectl get service hello -o jsonpath='{.spec.ports[0].nodePort}{"\n"}'
32652
$ kubectl get node node01 -o jsonpath='{.status.addresses[0].address}{"\n"}'
192.168.0.11
$ kubectl exec watcher -- wget -qO- 192.168.0.11:$(kubectl get service hello -o jsonpath='{.spec.ports[0].nodePort}')
Hello Kubernetes bootcamp! | Running on: hello-66d9f6585d-6vzmq | v=2
$ kubectl exec watcher -- wget -qO- 192.168.0.11:31999
wget: can't connect to remote host (192.168.0.11): Connection refused
command terminated with exit code 1
? 1
$ kubectl create service clusterip nginx --clusterip=None --tcp=80:80
service/nginx created
$ kubectl apply -f - <<'YAML'
> apiVersion: apps/v1
> kind: StatefulSet
> metadata:
>   name: web
> spec:
>   serviceName: nginx
>   replicas: 2
>   selector:
>     matchLabels:
>       app: nginx
>   template:
>     metadata:
>       labels:
>         app: nginx
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
> YAML
statefulset.apps/web created
$ sleep 30
$ kubectl get pods -l app=nginx -o wide
NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-0   1/1     Running   0          32s   10.244.2.5   node02   <none>           <none>
web-1   1/1     Running   0          26s   10.244.1.5   node01   <none>           <none>
$ kubectl exec watcher -- wget -O /dev/null web-1.nginx
Connecting to web-1.nginx (10.244.1.5:80)
saving to '/dev/null'
null                 100% |********************************|   615  0:00:00 ETA

'/dev/null' saved
$ kubectl exec watcher -- wget -O - -q web-0.nginx.default.svc.cluster.local | grep title
<title>Welcome to nginx!</title>
$ kubectl logs web-1
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
2026/01/01 00:01:05 [notice] 1#1: using the "epoll" event method
2026/01/01 00:01:05 [notice] 1#1: nginx/1.27.5
2026/01/01 00:01:05 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) 
2026/01/01 00:01:05 [notice] 1#1: OS: Linux 6.8.0-1021-aws
2026/01/01 00:01:05 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
2026/01/01 00:01:05 [notice] 1#1: start worker processes
2026/01/01 00:01:05 [notice] 1#1: start worker process 29
2026/01/01 00:01:05 [notice] 1#1: start worker process 30
10.244.2.3 - - [01/Jan/2026:00:01:27 +0000] "GET / HTTP/1.1" 200 615 "-" "Wget" "-"
