# A NoSchedule taint keeps pods off a node unless they tolerate it; taint prints as -o asks
# (the name, a field of the node as patched, a dry run's YAML).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl taint nodes node01 dedicated=gpu:NoSchedule
node/node01 tainted
$ kubectl taint nodes node02 dedicated=gpu:NoSchedule
node/node02 tainted
$ kubectl run plain --image=nginx:1.27
pod/plain created
$ sleep 3
$ kubectl get pods
NAME    READY   STATUS    RESTARTS   AGE
plain   0/1     Pending   0          5s
$ kubectl describe pod plain | grep FailedScheduling
  Warning  FailedScheduling  6s    default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: tolerant
> spec:
>   tolerations:
>   - key: dedicated
>     operator: Equal
>     value: gpu
>     effect: NoSchedule
>   containers:
>   - name: nginx
>     image: nginx:1.27
> YAML
pod/tolerant created
$ sleep 5
$ kubectl get pods -o wide
NAME       READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
plain      0/1     Pending   0          14s   <none>       <none>   <none>           <none>
tolerant   1/1     Running   0          7s    10.244.2.2   node02   <none>           <none>
$ kubectl describe node node01 | grep Taints:
Taints:             dedicated=gpu:NoSchedule
$ kubectl taint nodes node01 dedicated=gpu:NoSchedule-
node/node01 untainted
$ sleep 5
$ kubectl get pods -o wide
NAME       READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
plain      1/1     Running   0          23s   10.244.1.3   node01   <none>           <none>
tolerant   1/1     Running   0          16s   10.244.2.2   node02   <none>           <none>
$ kubectl taint nodes node02 team=web:PreferNoSchedule -o name
node/node02
$ kubectl taint nodes node02 team=shop:PreferNoSchedule --overwrite -o jsonpath='{.spec.taints}{"\n"}'
[{"effect":"NoSchedule","key":"dedicated","value":"gpu"},{"effect":"PreferNoSchedule","key":"team","value":"shop"}]
$ kubectl taint nodes node02 team- --dry-run=client -o yaml | grep -c taints
1
$ kubectl get node node02 -o jsonpath='{.spec.taints[*].key}{"\n"}'
dedicated team
$ kubectl taint nodes node02 team-
node/node02 untainted
