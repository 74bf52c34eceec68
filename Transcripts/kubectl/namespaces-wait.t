# Namespaces, kubectl wait for a condition and for deletion, and a namespace deleted with its pods.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create namespace team-a
namespace/team-a created
$ kubectl create deployment api --image=httpd:2.4 -n team-a --replicas=2
deployment.apps/api created
$ kubectl wait --for=condition=available deployment/api -n team-a --timeout=60s
deployment.apps/api condition met
$ kubectl get all -n team-a
NAME                       READY   STATUS    RESTARTS   AGE
pod/api-7f988c9fdd-8v528   1/1     Running   0          6s
pod/api-7f988c9fdd-clr4x   1/1     Running   0          6s

NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/api   2/2     2            2           6s

NAME                             DESIRED   CURRENT   READY   AGE
replicaset.apps/api-7f988c9fdd   2         2         2       6s
$ kubectl config set-context --current --namespace=team-a
Context "sandbox" modified.
$ kubectl config view --minify | grep -A4 '^contexts:'
contexts:
- context:
    cluster: sandbox
    namespace: team-a
    user: kubernetes-admin
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
api-7f988c9fdd-8v528   1/1     Running   0          9s
api-7f988c9fdd-clr4x   1/1     Running   0          9s
$ kubectl config set-context --current --namespace=default
Context "sandbox" modified.
$ kubectl delete namespace team-a --wait=false
namespace "team-a" deleted
$ kubectl get namespace team-a
NAME     STATUS        AGE
team-a   Terminating   13s
$ kubectl wait --for=delete namespace/team-a --timeout=120s
$ kubectl get namespaces
NAME              STATUS   AGE
default           Active   10m
kube-node-lease   Active   10m
kube-public       Active   10m
kube-system       Active   10m
