# Stop the kubelet on node01: the node goes NotReady after its lease expires, is tainted, and its
# pods are evicted once their 300 s toleration runs out; the Deployment replaces them.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=3
deployment.apps/web created
$ sleep 10
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-5c94f75b5d-8v528   1/1     Running   0          12s   10.244.1.3   node01   <none>           <none>
web-5c94f75b5d-clr4x   1/1     Running   0          12s   10.244.2.2   node02   <none>           <none>
web-5c94f75b5d-jp96r   1/1     Running   0          12s   10.244.2.3   node02   <none>           <none>
$ ssh node01
$ systemctl stop kubelet
$ exit
logout
Connection to node01 closed.
$ sleep 50
$ kubectl get nodes
NAME           STATUS     ROLES           AGE     VERSION
controlplane   Ready      control-plane   11m     v1.32.4
node01         NotReady   <none>          10m     v1.32.4
node02         Ready      <none>          9m57s   v1.32.4
$ kubectl describe node node01 | grep node.kubernetes.io
Taints:             node.kubernetes.io/unreachable:NoExecute
                    node.kubernetes.io/unreachable:NoSchedule
$ sleep 300
$ kubectl get pods -o wide
NAME                   READY   STATUS        RESTARTS   AGE     IP           NODE     NOMINATED NODE   READINESS GATES
web-5c94f75b5d-6vzmq   1/1     Running       0          20s     10.244.2.4   node02   <none>           <none>
web-5c94f75b5d-8v528   1/1     Terminating   0          6m10s   10.244.1.3   node01   <none>           <none>
web-5c94f75b5d-clr4x   1/1     Running       0          6m10s   10.244.2.2   node02   <none>           <none>
web-5c94f75b5d-jp96r   1/1     Running       0          6m10s   10.244.2.3   node02   <none>           <none>
$ sleep 30
$ kubectl get pods -o wide
NAME                   READY   STATUS        RESTARTS   AGE     IP           NODE     NOMINATED NODE   READINESS GATES
web-5c94f75b5d-6vzmq   1/1     Running       0          52s     10.244.2.4   node02   <none>           <none>
web-5c94f75b5d-8v528   1/1     Terminating   0          6m42s   10.244.1.3   node01   <none>           <none>
web-5c94f75b5d-clr4x   1/1     Running       0          6m42s   10.244.2.2   node02   <none>           <none>
web-5c94f75b5d-jp96r   1/1     Running       0          6m42s   10.244.2.3   node02   <none>           <none>
$ kubectl get events --field-selector reason=TaintManagerEviction
LAST SEEN   TYPE     REASON                 OBJECT                     MESSAGE
53s         Normal   TaintManagerEviction   pod/web-5c94f75b5d-8v528   Marking for deletion Pod default/web-5c94f75b5d-8v528
