# kubectl and aws output through the built-in filters.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get pods -n kube-system | grep proxy
kube-proxy-dbdg7                       1/1     Running   0          8m50s
kube-proxy-tkkmb                       1/1     Running   0          9m48s
kube-proxy-ttkq7                       1/1     Running   0          9m5s
$ kubectl get pods -n kube-system | grep -c Running
10
$ kubectl get pods -n kube-system --no-headers | wc -l
10
$ kubectl get pods -A | head -n 3
NAMESPACE     NAME                                   READY   STATUS    RESTARTS   AGE
kube-system   coredns-7ccffd5bf-gnh2c                1/1     Running   0          9m51s
kube-system   coredns-7ccffd5bf-x42w4                1/1     Running   0          9m51s
$ kubectl get pods -A | tail -n 2
kube-system   kube-scheduler-controlplane            1/1     Running   0          10m
kube-system   metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m29s
$ kubectl get pods -n kube-system -o name | sort -r | head -n 2
pod/metrics-server-775ccfbfd9-2nl4r
pod/kube-scheduler-controlplane
$ kubectl get nodes | grep -v control
NAME           STATUS   ROLES           AGE     VERSION
node01         Ready    <none>          9m11s   v1.32.4
node02         Ready    <none>          8m56s   v1.32.4
$ kubectl get pods -n kube-system | grep -E 'etcd|coredns' | wc -l
3
$ kubectl get pods -n kube-system -o name | head -c 20; echo
pod/coredns-7ccffd5b
$ kubectl get pods -n kube-system -o name | tail -c 16
75ccfbfd9-2nl4r
$ kubectl get pods -n kube-system -o name | head -c many
head: invalid number of bytes: 'many'
? 1
$ kubectl describe node node01 | grep -A3 Taints
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  node01
$ kubectl describe pod -n kube-system etcd-controlplane | grep -n -B1 -A2 'QoS Class'
48-Volumes:                      <none>
49:QoS Class:                    Burstable
50-Node-Selectors:               <none>
51-Tolerations:                  :NoExecute op=Exists
$ kubectl get pods -n kube-system | grep -C1 scheduler
kube-proxy-ttkq7                       1/1     Running   0          9m18s
kube-scheduler-controlplane            1/1     Running   0          10m
metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m38s
$ kubectl get nodes | grep -A x Ready
grep: x: invalid context length argument
? 2
$ kubectl get pods -n kube-system -o yaml | grep -c -- '- name:'
6
$ kubectl get nodes | grep -- -v
? 1
