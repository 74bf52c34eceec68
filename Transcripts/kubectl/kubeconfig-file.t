# kubectl's file, ~/.kube/config, is the simulation's kubeconfig: cat shows it as kubectl
# writes it, and it follows every change `kubectl config` makes. Saved, removed (kubectl then
# has nothing to connect to) and written back, it works again. An editor would open the
# learner's own file, so Shipyard sends that to `kubectl config`; a user Shipyard cannot
# keep is refused. $KUBECONFIG names another file.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat ~/.kube/config
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsYXRlZAotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
    server: https://192.168.0.10:6443
  name: sandbox
contexts:
- context:
    cluster: sandbox
    user: kubernetes-admin
  name: sandbox
current-context: sandbox
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsYXRlZAotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
    client-key-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsYXRlZAotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
$ ls -a ~/.kube
config
$ kubectl config set-context --current --namespace kube-system
Context "sandbox" modified.
$ grep -B1 -A3 namespace ~/.kube/config
    cluster: sandbox
    namespace: kube-system
    user: kubernetes-admin
  name: sandbox
current-context: sandbox
$ cat ~/.kube/config > saved-config
$ rm ~/.kube/config
$ kubectl get pods
E0101 00:00:06.003034    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:06.004528    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:06.006894    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:06.009182    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:06.011638    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1
$ kubectl config current-context
error: current-context is not set
? 1
$ cat ~/.kube/config
cat: /home/learner/.kube/config: No such file or directory
? 1
$ cat saved-config > ~/.kube/config
$ kubectl get pods
NAME                                   READY   STATUS    RESTARTS   AGE
coredns-7ccffd5bf-gnh2c                1/1     Running   0          9m58s
coredns-7ccffd5bf-x42w4                1/1     Running   0          9m58s
etcd-controlplane                      1/1     Running   0          10m
kube-apiserver-controlplane            1/1     Running   0          10m
kube-controller-manager-controlplane   1/1     Running   0          10m
kube-proxy-dbdg7                       1/1     Running   0          9m
kube-proxy-tkkmb                       1/1     Running   0          9m58s
kube-proxy-ttkq7                       1/1     Running   0          9m15s
kube-scheduler-controlplane            1/1     Running   0          10m
metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m35s
$ sed 's/kube-system/default/' saved-config > ~/.kube/config
$ kubectl config get-contexts
CURRENT   NAME      CLUSTER   AUTHINFO           NAMESPACE
*         sandbox   sandbox   kubernetes-admin   default
$ echo 'users: [{name: bob, user: {token: abc}}]' > ~/.kube/config
shipyard: /home/learner/.kube/config: Shipyard cannot keep this kubeconfig: user "bob" has neither client certificate data nor an exec command
? 1
$ echo '{unclosed' > ~/.kube/config
shipyard: /home/learner/.kube/config: Shipyard cannot keep this kubeconfig: it is not YAML
? 1
$ vi ~/.kube/config
shipyard: vi: /home/learner/.kube/config is the simulation's kubeconfig; change it with `kubectl config`, or write it with `cat > …`
? 1
$ export KUBECONFIG=$HOME/cluster.yaml
$ cat cluster.yaml | head -3
apiVersion: v1
clusters:
- cluster:
$ ls ~/.kube
ls: cannot access '/home/learner/.kube': No such file or directory
? 2
