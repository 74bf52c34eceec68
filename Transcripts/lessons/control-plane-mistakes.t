# Lesson control-plane with the usual wrong turns: the default namespace, a wrong node, a
# misspelt pod name, etcdctl without its certificates, and the solution shown on request.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson control-plane
The control plane
=================

Kubernetes automates deploying, scaling and running containerised applications, on any cloud
or none. A cluster is a set of machines working as one: the control plane manages the
cluster, and nodes run your applications.

The cluster in front of you, `sandbox`, was built the way `kubeadm` builds one: a
control-plane machine called `controlplane` and two worker nodes, `node01` and `node02`. In
this lesson you will find each component at work:

- on the control plane: kube-apiserver (the front door), etcd (the database),
  kube-scheduler (picks a node for each new pod) and kube-controller-manager (the
  controllers that keep things as you asked);
- on every node: the kubelet (the node's agent), containerd (runs the containers) and
  kube-proxy (network rules for Services).

Step 1 of 7:
List the machines of the cluster: its nodes.

Checked:
  • You listed the cluster's nodes

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ kubectl get nodes
NAME           STATUS   ROLES           AGE     VERSION
controlplane   Ready    control-plane   10m     v1.32.4
node01         Ready    <none>          9m6s    v1.32.4
node02         Ready    <none>          8m51s   v1.32.4

✓ Step 1 done.
`kubectl get nodes` sent a request to kube-apiserver, the only way into a cluster:
kubectl, the controllers, the scheduler and every kubelet all talk to it. Each row is a Node
object that the machine's kubelet registered and keeps up to date. `controlplane` has the role
`control-plane`; `node01` and `node02` run your workloads.

Step 2 of 7:
List the pods in the `kube-system` namespace, where the cluster's own components run.

Checked:
  • You listed the pods in the kube-system namespace
$ kubectl get pods
No resources found in default namespace.
! That looked in the `default` namespace, where your own pods go. The control plane's pods are in `kube-system` — add `-n kube-system`.
$ kubectl get pods -A
NAMESPACE     NAME                                   READY   STATUS    RESTARTS   AGE
kube-system   coredns-7ccffd5bf-gnh2c                1/1     Running   0          9m51s
kube-system   coredns-7ccffd5bf-x42w4                1/1     Running   0          9m51s
kube-system   etcd-controlplane                      1/1     Running   0          10m
kube-system   kube-apiserver-controlplane            1/1     Running   0          10m
kube-system   kube-controller-manager-controlplane   1/1     Running   0          10m
kube-system   kube-proxy-dbdg7                       1/1     Running   0          8m53s
kube-system   kube-proxy-tkkmb                       1/1     Running   0          9m51s
kube-system   kube-proxy-ttkq7                       1/1     Running   0          9m8s
kube-system   kube-scheduler-controlplane            1/1     Running   0          10m
kube-system   metrics-server-775ccfbfd9-2nl4r        1/1     Running   0          8m28s

✓ Step 2 done.
On a kubeadm cluster the control plane itself runs as pods:

- `kube-apiserver-controlplane` — the API every component talks to;
- `etcd-controlplane` — the key-value store holding all cluster state;
- `kube-scheduler-controlplane` — assigns new pods to nodes;
- `kube-controller-manager-controlplane` — the bundle of controllers (deployments, jobs,
  nodes, endpoints …). On a cloud, a separate cloud-controller-manager would connect the
  cluster to the provider's load balancers and machines; this sandbox has none;
- `kube-proxy-…` — one per node, maintaining the network rules behind Services;
- `coredns-…` — the cluster's DNS;
- `metrics-server-…` — an add-on that collects each pod's CPU and memory use for `kubectl top`.

A pod is the smallest thing Kubernetes runs: one or more containers sharing a network
address and storage. Pods are ephemeral: they come and go.

Step 3 of 7:
Which node runs the kube-scheduler? Answer with the node's name.

Answer with `answer …`.
$ answer node01
✗ node01 is a worker node; your own pods run there. The control-plane components run elsewhere.
$ hint
Hint 1/2: `kubectl get pods -n kube-system -o wide` has a NODE column.
$ hint
Hint 2/2: Look at the row of the pod whose name starts with `kube-scheduler`.
$ hint
That was the last hint. `solution` shows the commands.
$ answer controlplane

✓ Step 3 done.
The control-plane components all run on `controlplane`. Its taint,
`node-role.kubernetes.io/control-plane:NoSchedule`, keeps ordinary pods off it, so your
workloads land on `node01` and `node02`.

Step 4 of 7:
Run a pod named `hello` from the image `nginx`, and wait until it is Running.

Checked:
  • A pod named hello runs the image nginx
  • hello is Running
$ kubectl run helo --image=nginx
pod/helo created
! There is a pod whose name is close to `hello` but not it. Delete it (`kubectl delete pod NAME`) and run one called exactly hello.
$ check
✗ A pod named hello runs the image nginx
    Create it with `kubectl run`, giving the name hello and `--image=nginx`.
✗ hello is Running
    The kubelet is still pulling the image or starting the container; look again with `kubectl get pods` in a few seconds.
$ kubectl delete pod helo
pod "helo" deleted
$ kubectl run hello --image=nginx
pod/hello created
$ kubectl get pods
NAME    READY   STATUS    RESTARTS   AGE
hello   0/1     Pending   0          1s
$ sleep 10

✓ Step 4 done.
Behind that one command: kubectl sent a Pod to the API server, which stored it in etcd. The
scheduler saw a pod without a node, chose one and bound the pod to it. The kubelet on that
node saw a pod assigned to it, told containerd to pull `nginx` and start a container, and
reported the pod Running.

Step 5 of 7:
Which node did the scheduler assign `hello` to? The pod's events say.

Answer with `answer …`.
$ answer node01
✗ Not quite. Try again, or `hint`.
$ kubectl describe pod hello | grep Scheduled
  PodScheduled                True 
  Normal  Scheduled  14s   default-scheduler  Successfully assigned default/hello to node02
$ answer node02

✓ Step 5 done.
`kubectl describe` shows an object in full, with its events: `Scheduled` came from
`default-scheduler`; `Pulling`, `Pulled`, `Created` and `Started` from the kubelet on that
node. Events are how the components tell you what they did.

Step 6 of 7:
Look inside etcd: log in to the control-plane node and list the keys of the pods it stores.

Checked:
  • You read keys from etcd on the control-plane node
$ ssh controlplane
$ etcdctl get /registry/pods --prefix --keys-only
{"level":"warn","ts":"2026-01-01T00:00:34.151000Z","logger":"etcd-client","caller":"v3@v3.5.16/retry_interceptor.go:63","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc000386000/127.0.0.1:2379","attempt":0,"error":"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \"error reading server preface: EOF\""}
Error: context deadline exceeded
? 1
$ etcdctl get /registry/pods/default/hello
{"level":"warn","ts":"2026-01-01T00:00:40.151000Z","logger":"etcd-client","caller":"v3@v3.5.16/retry_interceptor.go:63","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc000386000/127.0.0.1:2379","attempt":0,"error":"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \"error reading server preface: EOF\""}
Error: context deadline exceeded
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
? 1
$ ls /etc/kubernetes/pki/etcd
ca.crt
ca.key
peer.crt
peer.key
server.crt
server.key
$ solution
Show the solution? The step will count as shown, not solved. [y/N]  (no-eol)
$ y
Solution:
  ssh controlplane
  etcdctl --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key get /registry/pods --prefix --keys-only
  exit
Type the commands yourself; the step completes when its checks pass.
$ etcdctl --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key get /registry/pods --prefix --keys-only
/registry/pods/default/hello

/registry/pods/kube-system/coredns-7ccffd5bf-gnh2c

/registry/pods/kube-system/coredns-7ccffd5bf-x42w4

/registry/pods/kube-system/etcd-controlplane

/registry/pods/kube-system/kube-apiserver-controlplane

/registry/pods/kube-system/kube-controller-manager-controlplane

/registry/pods/kube-system/kube-proxy-dbdg7

/registry/pods/kube-system/kube-proxy-tkkmb

/registry/pods/kube-system/kube-proxy-ttkq7

/registry/pods/kube-system/kube-scheduler-controlplane

/registry/pods/kube-system/metrics-server-775ccfbfd9-2nl4r


✓ Step 6 done.
Everything the API server knows lives in etcd under `/registry/<resource>/<namespace>/<name>`
— your pod is `/registry/pods/default/hello`. Only the API server talks to etcd; everyone else
goes through the API server.

Step 7 of 7:
Log in to a worker node and list the containers its container runtime is running.

Checked:
  • You listed the containers a node's containerd is running
$ exit
logout
Connection to controlplane closed.
$ crictl ps
shipyard: crictl: command not found
crictl talks to a node's containerd: `ssh node01 crictl ps`, or `ssh node01` and then `crictl ps`.
? 127
$ ssh node02
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ crictl ps
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
85ccb20359705       f1c3df61464d8       30 seconds ago      Running             hello               0                   be75a5a7e8122       hello               default
7e7f656db29c2       6b42d003c60ad       9 minutes ago       Running             kube-proxy          0                   a493c3c6896d4       kube-proxy-dbdg7    kube-system

✓ Step 7 done.
The kubelet asked containerd for those containers, and `crictl` asks containerd directly.
Every node runs `kube-proxy`; the node the scheduler chose also runs `hello`. Deleting a pod
makes that node's kubelet stop its containers.

★ Lesson complete: The control plane

You have seen every component of a cluster at work: the API server answering kubectl, etcd
holding the state, the scheduler placing a pod, the kubelet and containerd running it, and
kube-proxy on every node. Next you will let controllers do the work: Deployments and
ReplicaSets that keep pods running for you.

Next: `lesson deployments` — Pods and Deployments.
$ exit
logout
Connection to node02 closed.
$ progress
1 of 13 lessons finished.
  control-plane: 6 solved, 1 with the solution shown, 0 skipped, of 7
