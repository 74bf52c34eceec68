# A readiness probe on the wrong port keeps pods out of the Deployment's available count; fixing
# the port makes them Ready. nginx logs each probe, from the node's address on the pod network,
# as kube-probe/1.32; with its index page removed, "/" is forbidden and the pod turns unready.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 2
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: web
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
>         readinessProbe:
>           httpGet:
>             path: /
>             port: 8080
>           periodSeconds: 5
> YAML
deployment.apps/web created
$ sleep 30
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    0/2     2            0           32s
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-549dd78bbf-8v528   0/1     Running   0          33s
web-549dd78bbf-clr4x   0/1     Running   0          33s
$ kubectl describe pods -l app=web | grep -E 'Readiness|Ready:|Unhealthy'
    Ready:          False
    Readiness:      http-get http://:8080/ delay=0s timeout=1s period=5s #success=1 #failure=3
  Warning  Unhealthy  3s (x6 over 28s)  kubelet            Readiness probe failed: Get "http://10.244.1.3:8080/": dial tcp 10.244.1.3:8080: connect: connection refused
    Ready:          False
    Readiness:      http-get http://:8080/ delay=0s timeout=1s period=5s #success=1 #failure=3
  Warning  Unhealthy  4s (x6 over 29s)  kubelet            Readiness probe failed: Get "http://10.244.2.2:8080/": dial tcp 10.244.2.2:8080: connect: connection refused
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 2
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: web
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
>         readinessProbe:
>           httpGet:
>             path: /
>             port: 80
>           periodSeconds: 5
> YAML
deployment.apps/web configured
$ kubectl rollout status deployment web
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    2/2     2            2           43s
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-7b7498b67c-6vzmq   1/1     Running   0          6s
web-7b7498b67c-jp96r   1/1     Running   0          9s
$ sleep 12
$ kubectl logs deploy/web --tail=3
Found 2 pods, using pod/web-7b7498b67c-jp96r
10.244.2.1 - - [01/Jan/2026:00:00:47 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.32" "-"
10.244.2.1 - - [01/Jan/2026:00:00:52 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.32" "-"
10.244.2.1 - - [01/Jan/2026:00:00:57 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.32" "-"
$ kubectl exec web-7b7498b67c-jp96r -- rm /usr/share/nginx/html/index.html
$ sleep 20
$ kubectl logs web-7b7498b67c-jp96r --tail=2
2026/01/01 00:01:17 [error] 29#29: *9 directory index of "/usr/share/nginx/html/" is forbidden, client: 10.244.2.1, server: localhost, request: "GET / HTTP/1.1", host: "10.244.2.3:80"
10.244.2.1 - - [01/Jan/2026:00:01:17 +0000] "GET / HTTP/1.1" 403 153 "-" "kube-probe/1.32" "-"
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-7b7498b67c-6vzmq   1/1     Running   0          44s
web-7b7498b67c-jp96r   0/1     Running   0          47s
$ kubectl describe pod web-7b7498b67c-jp96r | grep Unhealthy
  Warning  Unhealthy  1s (x5 over 21s)  kubelet            Readiness probe failed: HTTP probe failed with statuscode: 403
