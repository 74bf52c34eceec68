# A DaemonSet's pods stay on a cordoned node and through a drain that ignores DaemonSets: the controller gives every daemon pod the tolerations that let it run on an unschedulable node.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > agent.yaml <<'YAML'
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
>         command: ["sleep", "3600"]
> YAML
$ kubectl apply -f agent.yaml
daemonset.apps/agent created
$ kubectl rollout status daemonset/agent
Waiting for daemon set "agent" rollout to finish: 0 of 2 updated pods are available...
Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...
daemon set "agent" successfully rolled out
$ kubectl cordon node01
node/node01 cordoned
$ sleep 30
$ kubectl get pods -l app=agent -o wide
NAME          READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
agent-8v528   1/1     Running   0          37s   10.244.2.2   node02   <none>           <none>
agent-clr4x   1/1     Running   0          37s   10.244.1.3   node01   <none>           <none>
$ kubectl drain node01 --ignore-daemonsets --delete-emptydir-data
node/node01 already cordoned
Warning: ignoring DaemonSet-managed Pods: default/agent-clr4x, kube-system/kube-proxy-ttkq7
evicting pod kube-system/metrics-server-775ccfbfd9-2nl4r
pod/metrics-server-775ccfbfd9-2nl4r evicted
node/node01 drained
$ kubectl get ds agent
NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
agent   2         2         2       2            2           <none>          39s
$ kubectl get pods -l app=agent -o wide
NAME          READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
agent-8v528   1/1     Running   0          40s   10.244.2.2   node02   <none>           <none>
agent-clr4x   1/1     Running   0          40s   10.244.1.3   node01   <none>           <none>
