# A StatefulSet's ordered pods (web-0 before web-1) and a DaemonSet's one pod per node.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: StatefulSet
> metadata:
>   name: web
> spec:
>   serviceName: web
>   replicas: 3
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
> ---
> apiVersion: apps/v1
> kind: DaemonSet
> metadata:
>   name: agent
> spec:
>   selector:
>     matchLabels:
>       app: agent
>   template:
>     metadata:
>       labels:
>         app: agent
>     spec:
>       containers:
>       - name: agent
>         image: busybox:1.36
>         command: ["sh", "-c", "while true; do echo tick; sleep 10; done"]
> YAML
statefulset.apps/web created
daemonset.apps/agent created
$ sleep 4
$ kubectl get pods -l app=web
NAME    READY   STATUS    RESTARTS   AGE
web-0   1/1     Running   0          6s
web-1   0/1     Pending   0          2s
$ sleep 20
$ kubectl get statefulsets,daemonsets
NAME                   READY   AGE
statefulset.apps/web   3/3     28s

NAME                   DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
daemonset.apps/agent   2         2         2       2            2           <none>          28s
$ kubectl get pods -o wide
NAME          READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
agent-8v528   1/1     Running   0          29s   10.244.2.3   node02   <none>           <none>
agent-clr4x   1/1     Running   0          29s   10.244.1.3   node01   <none>           <none>
web-0         1/1     Running   0          29s   10.244.2.2   node02   <none>           <none>
web-1         1/1     Running   0          25s   10.244.1.4   node01   <none>           <none>
web-2         1/1     Running   0          18s   10.244.2.4   node02   <none>           <none>
$ kubectl logs daemonset/agent
Found 2 pods, using pod/agent-clr4x
tick
tick
tick
$ kubectl scale statefulset web --replicas=1
statefulset.apps/web scaled
$ sleep 40
$ kubectl get pods -l app=web
NAME    READY   STATUS    RESTARTS   AGE
web-0   1/1     Running   0          73s
