# The sandbox cluster's nodes, plain and wide.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get nodes
NAME           STATUS   ROLES           AGE     VERSION
controlplane   Ready    control-plane   10m     v1.32.4
node01         Ready    <none>          9m5s    v1.32.4
node02         Ready    <none>          8m50s   v1.32.4
$ kubectl get no -o wide
NAME           STATUS   ROLES           AGE     VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME
controlplane   Ready    control-plane   10m     v1.32.4   192.168.0.10   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.24
node01         Ready    <none>          9m6s    v1.32.4   192.168.0.11   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.24
node02         Ready    <none>          8m51s   v1.32.4   192.168.0.12   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.24
$ kubectl get node node01
NAME     STATUS   ROLES    AGE    VERSION
node01   Ready    <none>   9m7s   v1.32.4
$ kubectl get nodes --show-labels
NAME           STATUS   ROLES           AGE     VERSION   LABELS
controlplane   Ready    control-plane   10m     v1.32.4   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=controlplane,kubernetes.io/os=linux,node-role.kubernetes.io/control-plane=,node.kubernetes.io/exclude-from-external-load-balancers=
node01         Ready    <none>          9m8s    v1.32.4   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node01,kubernetes.io/os=linux
node02         Ready    <none>          8m53s   v1.32.4   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node02,kubernetes.io/os=linux
