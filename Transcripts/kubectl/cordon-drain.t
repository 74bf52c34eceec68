# Cordon a node so nothing new lands there, then drain it: its pods are evicted and rescheduled.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=4
deployment.apps/web created
$ sleep 10
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-5c94f75b5d-6vzmq   1/1     Running   0          12s   10.244.1.3   node01   <none>           <none>
web-5c94f75b5d-8v528   1/1     Running   0          12s   10.244.1.4   node01   <none>           <none>
web-5c94f75b5d-clr4x   1/1     Running   0          12s   10.244.2.2   node02   <none>           <none>
web-5c94f75b5d-jp96r   1/1     Running   0          12s   10.244.2.3   node02   <none>           <none>
$ kubectl cordon node01
node/node01 cordoned
$ kubectl get nodes
NAME           STATUS                     ROLES           AGE     VERSION
controlplane   Ready                      control-plane   10m     v1.32.4
node01         Ready,SchedulingDisabled   <none>          9m19s   v1.32.4
node02         Ready                      <none>          9m4s    v1.32.4
$ kubectl drain node01
node/node01 already cordoned
error: unable to drain node "node01" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-ttkq7, cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-775ccfbfd9-2nl4r, continuing command...
There are pending nodes to be drained:
 node01
cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-ttkq7
cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-775ccfbfd9-2nl4r
? 1
$ kubectl drain node01 --ignore-daemonsets
node/node01 already cordoned
error: unable to drain node "node01" due to error: cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-775ccfbfd9-2nl4r, continuing command...
There are pending nodes to be drained:
 node01
cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-775ccfbfd9-2nl4r
? 1
$ kubectl drain node01 --ignore-daemonsets --delete-emptydir-data
node/node01 already cordoned
Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-ttkq7
evicting pod default/web-5c94f75b5d-6vzmq
evicting pod default/web-5c94f75b5d-8v528
evicting pod kube-system/metrics-server-775ccfbfd9-2nl4r
pod/web-5c94f75b5d-6vzmq evicted
pod/web-5c94f75b5d-8v528 evicted
pod/metrics-server-775ccfbfd9-2nl4r evicted
node/node01 drained
$ sleep 10
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-5c94f75b5d-clr4x   1/1     Running   0          29s   10.244.2.2   node02   <none>           <none>
web-5c94f75b5d-fvrw8   1/1     Running   0          12s   10.244.2.4   node02   <none>           <none>
web-5c94f75b5d-jp96r   1/1     Running   0          29s   10.244.2.3   node02   <none>           <none>
web-5c94f75b5d-pjx7s   1/1     Running   0          12s   10.244.2.5   node02   <none>           <none>
$ kubectl get pods -n kube-system -l k8s-app=metrics-server -o wide
NAME                              READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
metrics-server-775ccfbfd9-kdr65   0/1     Running   0          13s   10.244.2.6   node02   <none>           <none>
$ kubectl uncordon node01
node/node01 uncordoned
$ kubectl get nodes
NAME           STATUS   ROLES           AGE     VERSION
controlplane   Ready    control-plane   10m     v1.32.4
node01         Ready    <none>          9m37s   v1.32.4
node02         Ready    <none>          9m22s   v1.32.4
