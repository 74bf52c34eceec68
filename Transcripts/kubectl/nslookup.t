# Looking names up from a pod with busybox 1.28's nslookup, as the Kubernetes docs do: Services,
# a headless Service's pods, and a name that is not there.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run dns-test --image=busybox:1.28 --restart=Never -- sleep 3600
pod/dns-test created
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Service
> metadata:
>   name: nginx
> spec:
>   clusterIP: None
>   selector:
>     app: nginx
>   ports:
>   - port: 80
>     name: web
> ---
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
service/nginx created
statefulset.apps/web created
$ kubectl rollout status statefulset/web
Waiting for 2 pods to be ready...
Waiting for 1 pods to be ready...
partitioned roll out complete: 2 new pods have been updated...
$ kubectl exec dns-test -- nslookup kubernetes.default
Server:    10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

Name:      kubernetes.default
Address 1: 10.96.0.1 kubernetes.default.svc.cluster.local
$ kubectl exec dns-test -- nslookup web-0.nginx
Server:    10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

Name:      web-0.nginx
Address 1: 10.244.2.3 web-0.nginx.default.svc.cluster.local
$ kubectl exec dns-test -- nslookup nginx.default.svc.cluster.local
Server:    10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

Name:      nginx.default.svc.cluster.local
Address 1: 10.244.2.3 web-0.nginx.default.svc.cluster.local
Address 2: 10.244.1.3 web-1.nginx.default.svc.cluster.local
$ kubectl get pods -l app=nginx -o wide
NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-0   1/1     Running   0          15s   10.244.2.3   node02   <none>           <none>
web-1   1/1     Running   0          10s   10.244.1.3   node01   <none>           <none>
$ kubectl exec dns-test -- nslookup web-2.nginx
Server:    10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

nslookup: can't resolve 'web-2.nginx'
command terminated with exit code 1
? 1
$ kubectl exec dns-test -- nslookup 10.96.0.10
Server:    10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

Name:      10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local
$ kubectl exec dns-test -- nslookup
error: Shipyard's nslookup looks up one name with the container's own nameserver: nslookup NAME
? 1
$ kubectl exec dns-test -- nslookup example.com
error: example.com is not a name in the cluster, and Shipyard does not simulate the DNS servers beyond it that CoreDNS would ask next
? 1
$ kubectl run tmp --rm -i --image=busybox:1.28 --restart=Never -- nslookup kube-dns.kube-system
If you don't see a command prompt, try pressing enter.
Server:    10.96.0.10
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

Name:      kube-dns.kube-system
Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local
pod "tmp" deleted
$ kubectl run new --image=busybox:1.36 --restart=Never -- sleep 3600
pod/new created
$ sleep 5
$ kubectl exec new -- nslookup kubernetes.default
error: Shipyard runs the nslookup of busybox 1.28 and before (busybox:1.28, as the Kubernetes docs use); this image's newer one is not simulated.
? 1
$ kubectl exec web-0 -- nslookup kubernetes.default
error: Shipyard does not run `nslookup` inside containers; it simulates cat, curl, cut, date, echo, env, false, grep, head, hostname, id, kill, ls, printenv, ps, pwd, rm, seq, sleep, sort, tail, test, touch, true, uniq, wc, wget, whoami, sh -c.
? 1
