# The control plane and node components run as pods in kube-system.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get pods -n kube-system
NAME                                   READY   STATUS    RESTARTS   AGE
coredns-7ccffd5bf-gnh2c                1/1     Running   0          9m48s
coredns-7ccffd5bf-x42w4                1/1     Running   0          9m48s
etcd-controlplane                      1/1     Running   0          10m
kube-apiserver-controlplane            1/1     Running   0          10m
kube-controller-manager-controlplane   1/1     Running   0          10m
kube-proxy-dbdg7                       1/1     Running   0          8m50s
kube-proxy-tkkmb                       1/1     Running   0          9m48s
kube-proxy-ttkq7                       1/1     Running   0          9m5s
kube-scheduler-controlplane            1/1     Running   0          10m
metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m25s
$ kubectl get pods --namespace=kube-system -o wide
NAME                                   READY   STATUS    RESTARTS   AGE     IP             NODE           NOMINATED NODE   READINESS GATES
coredns-7ccffd5bf-gnh2c                1/1     Running   0          9m49s   10.244.0.3     controlplane   <none>           <none>
coredns-7ccffd5bf-x42w4                1/1     Running   0          9m49s   10.244.0.2     controlplane   <none>           <none>
etcd-controlplane                      1/1     Running   0          10m     192.168.0.10   controlplane   <none>           <none>
kube-apiserver-controlplane            1/1     Running   0          10m     192.168.0.10   controlplane   <none>           <none>
kube-controller-manager-controlplane   1/1     Running   0          10m     192.168.0.10   controlplane   <none>           <none>
kube-proxy-dbdg7                       1/1     Running   0          8m51s   192.168.0.12   node02         <none>           <none>
kube-proxy-tkkmb                       1/1     Running   0          9m49s   192.168.0.10   controlplane   <none>           <none>
kube-proxy-ttkq7                       1/1     Running   0          9m6s    192.168.0.11   node01         <none>           <none>
kube-scheduler-controlplane            1/1     Running   0          10m     192.168.0.10   controlplane   <none>           <none>
metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m26s   10.244.1.2     node01         <none>           <none>
$ kubectl get pods -A
NAMESPACE     NAME                                   READY   STATUS    RESTARTS   AGE
kube-system   coredns-7ccffd5bf-gnh2c                1/1     Running   0          9m50s
kube-system   coredns-7ccffd5bf-x42w4                1/1     Running   0          9m50s
kube-system   etcd-controlplane                      1/1     Running   0          10m
kube-system   kube-apiserver-controlplane            1/1     Running   0          10m
kube-system   kube-controller-manager-controlplane   1/1     Running   0          10m
kube-system   kube-proxy-dbdg7                       1/1     Running   0          8m52s
kube-system   kube-proxy-tkkmb                       1/1     Running   0          9m50s
kube-system   kube-proxy-ttkq7                       1/1     Running   0          9m7s
kube-system   kube-scheduler-controlplane            1/1     Running   0          10m
kube-system   metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m27s
$ kubectl -n kube-system get pod etcd-controlplane -o name
pod/etcd-controlplane
