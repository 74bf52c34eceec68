# Pods that ask for more CPU than any node has stay Pending until a bigger node joins.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment big --image=nginx:1.27 --replicas=2
deployment.apps/big created
$ kubectl set resources deployment big --requests=cpu=3
deployment.apps/big resource requirements updated
$ sleep 5
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
big-7d78d746c8-8v528   1/1     Running   0          8s
big-7d78d746c8-clr4x   1/1     Running   0          8s
big-c97946f9-jp96r     0/1     Pending   0          7s
$ kubectl describe pods -l app=big | grep FailedScheduling
  Warning  FailedScheduling  8s    default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.
$ sim nodes add 1 --cpu 4 --memory 8Gi
added 1 nodes (node03…node03)
$ sleep 30
$ kubectl get nodes
NAME           STATUS   ROLES           AGE     VERSION
controlplane   Ready    control-plane   10m     v1.32.4
node01         Ready    <none>          9m47s   v1.32.4
node02         Ready    <none>          9m32s   v1.32.4
node03         Ready    <none>          32s     v1.32.4
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
big-7d78d746c8-clr4x   1/1     Running   0          43s   10.244.2.2   node02   <none>           <none>
big-c97946f9-fvrw8     0/1     Pending   0          26s   <none>       <none>   <none>           <none>
big-c97946f9-jp96r     1/1     Running   0          42s   10.244.3.2   node03   <none>           <none>
