# Lesson ingress-and-storage with mistakes: an Ingress in the wrong namespace, one with no
# class, one naming a Service that does not exist, one matching only `/`; listing the wrong
# namespace; checking before the controller has published an address; a wrong node; the claim
# and the Deployment applied without a namespace; deleting the claim instead of the pod, and
# undoing it; a volume name cut short; a status for a policy.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson ingress-and-storage
Ingress and storage
===================

Two things a real application needs that pods and Services alone do not give it.

A way in from outside. A NodePort Service opens one port per Service on every node; an
Ingress is the usual front door instead: rules that send HTTP requests for a host name and
path to a Service inside the cluster. But an Ingress is only a request — the ingress
controller, software you install in the cluster, is what sets up the actual access.

A place to keep data. A container's files go when its pod goes. A PersistentVolume is
storage that outlives pods; a pod gets one by naming a PersistentVolumeClaim.

The setup made the namespace `shop` with a Deployment `web` (2 pods of `nginx:1.27`) behind a
Service `web` on port 80, and wrote two files you will use later: `claim.yaml` and `notes.yaml`.

Step 1 of 14:
Create an Ingress named `web` in `shop` that sends every request for the host
`shop.example.com` — whatever its path — to the Service `web` on port 80, with the class
`nginx`.

Checked:
  • An Ingress named web in shop has a rule for the host shop.example.com
  • Its rule sends requests to the Service web, port 80
  • It matches every path (a Prefix match on /)
  • Its class is nginx

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ kubectl create ingress web --class=nginx --rule="shop.example.com/*=web:80"
ingress.networking.k8s.io/web created
! Your Ingress is in the default namespace, but the Service web is in shop, and an Ingress can only send traffic to Services in its own namespace. Delete it (`kubectl delete ingress web`) and create it with `-n shop`.
$ kubectl delete ingress web
ingress.networking.k8s.io "web" deleted
$ kubectl create ingress web -n shop --rule="shop.example.com/*=web:80"
ingress.networking.k8s.io/web created
! web names no IngressClass, and this cluster has no default one, so no controller would ever take it. Delete it and create it again with `--class=nginx`.
$ check
✓ An Ingress named web in shop has a rule for the host shop.example.com
✓ Its rule sends requests to the Service web, port 80
✓ It matches every path (a Prefix match on /)
✗ Its class is nginx
    `--class=nginx` sets `spec.ingressClassName`: which controller should serve it.
$ kubectl delete ingress web -n shop
ingress.networking.k8s.io "web" deleted
$ kubectl create ingress web -n shop --class=nginx --rule="shop.example.com/*=wbe:80"
ingress.networking.k8s.io/web created
! web's rule names a Service that shop does not have — `kubectl describe ingress web -n shop` shows the error beside the backend. The Service is `web`; delete the Ingress and create it again.
$ kubectl describe ingress web -n shop
Name:             web
Labels:           <none>
Namespace:        shop
Address:          
Ingress Class:    nginx
Default backend:  <default>
Rules:
  Host              Path  Backends
  ----              ----  --------
  shop.example.com  
                    /   wbe:80 (<error: services "wbe" not found>)
Annotations:        <none>
Events:             <none>
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ kubectl delete ingress web -n shop
ingress.networking.k8s.io "web" deleted
$ kubectl create ingress web -n shop --class=nginx --rule="shop.example.com/=web:80"
ingress.networking.k8s.io/web created
! web's path is an Exact match: it would take a request for `/` but not `/cart`. Write the rule's path as `/*` for a Prefix match on everything — delete the Ingress and create it again.
$ kubectl delete ingress web -n shop
ingress.networking.k8s.io "web" deleted
$ kubectl create ingress web -n shop --class=nginx --rule="shop.example.com/*=web:80"
ingress.networking.k8s.io/web created

✓ Step 1 done.
`--rule="shop.example.com/*=web:80"` became one rule: host `shop.example.com`, path `/` of type
Prefix (that is what the `*` means), backend Service `web`, port 80. An Ingress can only name
Services in its own namespace — that is why it had to be in `shop`. `--class=nginx` says which
controller should serve it.

Step 2 of 14:
List the Ingresses in `shop` and look at the ADDRESS column. Then list the IngressClasses.

Checked:
  • You listed the Ingresses in shop
  • You listed the IngressClasses
$ kubectl get ingress
No resources found in default namespace.
$ check
✗ You listed the Ingresses in shop
    `kubectl get ingress -n shop` (short name `ing`).
✗ You listed the IngressClasses
    `kubectl get ingressclass` lists the classes, one per installed controller.
$ kubectl get ingress -n shop
NAME   CLASS   HOSTS              ADDRESS   PORTS   AGE
web    nginx   shop.example.com             80      3s
$ kubectl get ingressclass
No resources found

✓ Step 2 done.
No address, and no IngressClass at all. The API server stored your Ingress, but nothing in a
bare cluster acts on it: unlike Deployments or Services, Ingresses have no controller in the
kube-controller-manager. Something has to watch them and configure a real proxy or load
balancer — an ingress controller, which you choose and install yourself: ingress-nginx,
Traefik, or on EKS the AWS Load Balancer Controller, which makes an Application Load Balancer
for each Ingress. Each installs an IngressClass naming itself.

Step 3 of 14:
Install the ingress-nginx controller (in this shell it is an add-on: `sim addons list`), wait
until it runs, and wait until `web` has an address.

Checked:
  • The ingress-nginx controller is running in the namespace ingress-nginx
  • web has an address
$ check
✗ The ingress-nginx controller is running in the namespace ingress-nginx
    `sim addons enable ingress` installs ingress-nginx (`sim addons list` shows the add-ons). Then its pod needs a minute to pull its image and become ready: `kubectl get pods -n ingress-nginx`.
✗ web has an address
    The controller publishes the address once its pod is ready, and then every minute: `sleep 30` and look again with `kubectl get ingress -n shop`.
$ hint
Hint 1/3: An ingress controller is ordinary software that runs in pods. This shell installs one with `sim addons enable ingress` (`sim addons list` shows the add-ons).
$ sim addons list
ADDON            STATUS
ingress          disabled
metrics-server   enabled
$ sim addons enable ingress
namespace/ingress-nginx created
serviceaccount/ingress-nginx created
configmap/ingress-nginx-controller created
service/ingress-nginx-controller created
deployment.apps/ingress-nginx-controller created
ingressclass.networking.k8s.io/nginx created
$ check
✗ The ingress-nginx controller is running in the namespace ingress-nginx
    `sim addons enable ingress` installs ingress-nginx (`sim addons list` shows the add-ons). Then its pod needs a minute to pull its image and become ready: `kubectl get pods -n ingress-nginx`.
✗ web has an address
    The controller publishes the address once its pod is ready, and then every minute: `sleep 30` and look again with `kubectl get ingress -n shop`.
$ kubectl rollout status deployment/ingress-nginx-controller -n ingress-nginx
Waiting for deployment "ingress-nginx-controller" rollout to finish: 0 of 1 updated replicas are available...
deployment "ingress-nginx-controller" successfully rolled out
$ kubectl get ingress -n shop
NAME   CLASS   HOSTS              ADDRESS   PORTS   AGE
web    nginx   shop.example.com             80      25s
$ sleep 30
$ kubectl get ingress -n shop
NAME   CLASS   HOSTS              ADDRESS   PORTS   AGE
web    nginx   shop.example.com             80      57s
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ sleep 30

✓ Step 3 done.
The add-on applied ingress-nginx's manifest: the namespace `ingress-nginx`, the controller's
Deployment, a NodePort Service in front of it, and the IngressClass `nginx`
(`kubectl get ingressclass`). The controller is an ordinary pod running nginx. It watches the
Ingresses of its class, writes their rules into nginx's configuration, and reports where it can
be reached in the Ingress's status — here the address of the node its pod runs on, which is
what ingress-nginx's bare-metal install reports.

Step 4 of 14:
Describe the Ingress `web`.

Checked:
  • You described the Ingress web
$ kubectl describe ingress web -n shop
Name:             web
Labels:           <none>
Namespace:        shop
Address:          192.168.0.12
Ingress Class:    nginx
Default backend:  <default>
Rules:
  Host              Path  Backends
  ----              ----  --------
  shop.example.com  
                    /   web:80 (10.244.2.2:80,10.244.1.3:80)
Annotations:        <none>
Events:
  Type    Reason  Age                From                      Message
  ----    ------  ----               ----                      -------
  Normal  Sync    15s (x2 over 75s)  nginx-ingress-controller  Scheduled for sync

✓ Step 4 done.
`Address:` is what the controller published. Under `Rules`, the backend `web:80` is followed by
the IPs of web's ready pods: ingress-nginx sends requests straight to those endpoints, not
through the Service's cluster IP. The `Sync` event is the controller taking the Ingress into
its configuration.

Step 5 of 14:
The address is the InternalIP of one of the cluster's nodes. Which node? Answer with its name.

Answer with `answer …`.
$ answer controlplane
✗ The control plane's taint keeps ordinary pods — the controller's included — off it. Compare the address with the INTERNAL-IP column of `kubectl get nodes -o wide`.
$ answer 192.168.0.12
✗ Not quite. Try again, or `hint`.
$ hint
Hint 1/2: `kubectl get nodes -o wide` lists each node's INTERNAL-IP.
$ kubectl get nodes -o wide
NAME           STATUS   ROLES           AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME
controlplane   Ready    control-plane   12m   v1.32.4   192.168.0.10   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.24
node01         Ready    <none>          11m   v1.32.4   192.168.0.11   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.24
node02         Ready    <none>          11m   v1.32.4   192.168.0.12   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.24
$ answer node02

✓ Step 5 done.
It is the node where the controller's pod runs: `kubectl get pods -n ingress-nginx -o wide`
shows the same node. The Ingress did nothing by itself; the controller — a pod on a node, like
any other — is what made the way in. On a cloud cluster the address would instead be a load
balancer's, made by the controller or by a LoadBalancer Service in front of it.

Step 6 of 14:
Now use the way in. Ask for `shop.example.com` from your machine: send the request to a
node's address at the node port of the controller's Service, with `shop.example.com` in the
`Host` header, and see one of web's pods answer.

Checked:
  • One of web's pods answered a request that came in through the controller
$ curl http://shop.example.com/
shipyard: curl here reaches the ports kubectl port-forward and kubectl proxy listen on (kubectl port-forward svc/NAME 8080:80 &, then curl localhost:8080) and the nodes' addresses (NodePorts); `http://shop.example.com/` is not simulated.
? 1
$ kubectl get service -n ingress-nginx
NAME                       TYPE       CLUSTER-IP      EXTERNAL-IP   PORT(S)                      AGE
ingress-nginx-controller   NodePort   10.110.244.56   <none>        80:32652/TCP,443:31829/TCP   88s
$ export NODE_PORT=$(kubectl get service ingress-nginx-controller -n ingress-nginx -o jsonpath='{.spec.ports[0].nodePort}')
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ curl -H "Host: other.example.com" http://192.168.0.11:$NODE_PORT/
<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx</center>
</body>
</html>
$ check
✗ One of web's pods answered a request that came in through the controller
    Send it to a node's address at the node port of the Service ingress-nginx-controller (`kubectl get service -n ingress-nginx`), with the header `Host: shop.example.com`.
$ curl -s -H "Host: shop.example.com" http://192.168.0.11:$NODE_PORT/ | grep title
<title>Welcome to nginx!</title>

✓ Step 6 done.
The node's kube-proxy sent the connection from the node port to the controller's pod, and
nginx there matched the `Host` header and the path against the Ingress rules it had loaded:
`shop.example.com`, prefix `/`, so it passed the request on to one of web's endpoints. web's
access log names the controller pod's IP as the client. Ask for another host
(`-H "Host: other.example.com"`) and no rule matches: the controller's default backend answers
`404 Not Found`. With real DNS pointing `shop.example.com` at the address, a browser would send
that header by itself.

Step 7 of 14:
`cat claim.yaml` shows a PersistentVolumeClaim named `data` that asks for 1Gi of storage,
readable and writable by one node at a time (ReadWriteOnce). Create it in `shop`.

Checked:
  • A PersistentVolumeClaim named data in shop asks for 1Gi
$ kubectl apply -f claim.yaml
persistentvolumeclaim/data created
! The claim is in the default namespace. A pod can use only claims in its own namespace, and notes will run in shop: delete this one (`kubectl delete pvc data`) and apply the file with `-n shop`.
$ kubectl delete pvc data
persistentvolumeclaim "data" deleted
$ kubectl apply -f claim.yaml -n shop
persistentvolumeclaim/data created

✓ Step 7 done.
A claim is a request for storage, the way a pod is a request for CPU and memory. It names no
StorageClass, so the cluster's default one filled it in: `standard`
(`kubectl get storageclass`). A StorageClass says who makes volumes and how; `standard` uses the
local-path provisioner, which makes a directory on a node's disk.

Step 8 of 14:
The claim is Pending (`kubectl get pvc -n shop`). Describe it to find out why.

Checked:
  • You described the claim data
$ kubectl get pvc -n shop
NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data   Pending                                      standard       <unset>                 1s
$ kubectl describe pvc data -n shop
Name:          data
Namespace:     shop
StorageClass:  standard
Status:        Pending
Volume:        
Labels:        <none>
Annotations:   <none>
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      
Access Modes:  
VolumeMode:    Filesystem
Used By:       <none>
Events:
  Type    Reason                Age   From                         Message
  ----    ------                ----  ----                         -------
  Normal  WaitForFirstConsumer  2s    persistentvolume-controller  waiting for first consumer to be created before binding

✓ Step 8 done.
`WaitForFirstConsumer`: the class `standard` binds and provisions only when a pod uses the
claim. A volume on a node's disk can only be used by pods on that node, so it should be made
where the scheduler puts the first pod, not before. (A class with `Immediate` binding would
provision straight away.)

Step 9 of 14:
`notes.yaml` is a Deployment `notes` whose pod mounts the claim `data` at `/data`. Create it in
`shop` and wait until its pod runs, the claim is Bound and a PersistentVolume is bound to it.

Checked:
  • The Deployment notes in shop has its pod running
  • The claim data is Bound
  • A PersistentVolume is bound to shop/data
$ kubectl apply -f notes.yaml
deployment.apps/notes created
! notes is in the default namespace, where there is no claim called data: its pod stays Pending (`kubectl describe pod -l app=notes` says why). Delete it (`kubectl delete deployment notes`) and apply the file with `-n shop`.
$ kubectl describe pod -l app=notes
Name:             notes-75cbdccc78-6vzmq
Namespace:        default
Priority:         0
Service Account:  default
Node:             <none>
Labels:           app=notes
                  pod-template-hash=75cbdccc78
Annotations:      <none>
Status:           Pending
IP:               
IPs:              <none>
Controlled By:    ReplicaSet/notes-75cbdccc78
Containers:
  app:
    Image:      busybox:1.36
    Port:       <none>
    Host Port:  <none>
    Command:
      sleep
      infinity
    Environment:  <none>
    Mounts:
      /data from data (rw)
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9td89 (ro)
Conditions:
  Type           Status
  PodScheduled   False 
Volumes:
  data:
    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:  data
    ReadOnly:   false
  kube-api-access-9td89:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason            Age   From               Message
  ----     ------            ----  ----               -------
  Warning  FailedScheduling  1s    default-scheduler  0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
$ kubectl delete deployment notes
deployment.apps "notes" deleted
$ kubectl apply -f notes.yaml -n shop
deployment.apps/notes created
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ kubectl rollout status deployment/notes -n shop
Waiting for deployment "notes" rollout to finish: 0 of 1 updated replicas are available...
deployment "notes" successfully rolled out

✓ Step 9 done.
The scheduler picked a node for notes's pod, the provisioner made a volume there — a
PersistentVolume named `pvc-` followed by the claim's UID — and the PersistentVolume controller
bound the two. `kubectl describe pv` shows it: a directory under `/var/local-path-provisioner`
on that node, and a node affinity that keeps every pod using it on that node. The claim is in a
namespace, like the pod; the volume belongs to the whole cluster. On EKS the same claim would
get an EBS volume from the EBS CSI driver instead of a directory.

Step 10 of 14:
Write a file onto the volume from notes's pod: run a shell in it with `kubectl exec` and send
an `echo` into a file under `/data` — any name, any text.

Checked:
  • There is a file on the volume at /data
$ kubectl exec deploy/notes -n shop -- sh -c 'echo hello > /tmp/hello.txt'
$ check
✗ There is a file on the volume at /data
    Write one from inside notes's pod: `kubectl exec deploy/notes -n shop -- sh -c 'echo hello > /data/hello.txt'`.
$ kubectl exec deploy/notes -n shop -- sh -c 'echo hello > /data/hello.txt'

✓ Step 10 done.
`/data` in the container is the volume: what you wrote went to the directory on the node that
the PersistentVolume names, not into the container's own filesystem. A file written anywhere
else in the container — `/tmp`, say — lives in the container's writable layer and goes when the
container goes.

Step 11 of 14:
Delete notes's pod — not the Deployment, not the claim — and wait until its replacement runs.
The claim must still be Bound.

Checked:
  • You deleted a pod in shop
  • notes's pod was replaced after its volume was made
  • notes has a pod running
  • The claim data is still Bound
$ kubectl delete pvc data -n shop --wait=false
persistentvolumeclaim "data" deleted
! You deleted the claim, not the pod. It stays Terminating while a running pod uses it (pvc-protection), but once none does it goes — and its volume and data with it, because the reclaim policy is Delete. `undo` takes the deletion back.
$ kubectl get pvc -n shop
NAME   STATUS        VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data   Terminating   pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            standard       <unset>                 18s
$ check
✗ You deleted a pod in shop
    `kubectl delete pod -n shop -l app=notes` (or by its name, from `kubectl get pods -n shop`).
✗ notes's pod was replaced after its volume was made
    Delete notes's pod (its name starts with `notes-`); its ReplicaSet makes a new one. If the claim was deleted and made again, its volume is new as well: `undo` takes commands back.
✓ notes has a pod running
✓ The claim data is still Bound
$ undo
Undid `kubectl delete pvc data -n shop --wait=false`.
$ kubectl get pvc -n shop
NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data   Bound    pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            standard       <unset>                 21s
$ kubectl delete pod -n shop -l app=notes
pod "notes-75cbdccc78-fvrw8" deleted

✓ Step 11 done.
The pod went; the claim and its volume did not. The ReplicaSet's new pod names the same claim,
so it got the same volume — and was scheduled to the same node, where the volume is.

Step 12 of 14:
Look at `/data` from the new pod. Is your file there?

Checked:
  • You looked at /data from the new pod
$ kubectl exec deploy/notes -n shop -- cat /tmp/hello.txt
cat: can't open '/tmp/hello.txt': No such file or directory
command terminated with exit code 1
? 1
$ kubectl exec deploy/notes -n shop -- cat /data/hello.txt
hello

✓ Step 12 done.
It is. The new pod is a different pod with a new container, but it mounts the same claim,
so it sees the same volume and everything written to it.

Step 13 of 14:
Which PersistentVolume is the claim `data` bound to now — a new one, or the one made for the
first pod? Answer with its name.

Answer with `answer …`.
$ answer data
✗ That is the claim. What is the name of the volume it is bound to?
$ kubectl get pvc -n shop
NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data   Bound    pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            standard       <unset>                 56s
$ answer pvc-9fdb8517
✗ Not quite. Try again, or `hint`.
$ hint
Hint 1/2: `kubectl get pvc -n shop` has a VOLUME column.
$ hint
Hint 2/2: Answer with the whole name, `pvc-` and all: `answer $(kubectl get pvc data -n shop -o jsonpath={.spec.volumeName})` saves typing it.
$ answer $(kubectl get pvc data -n shop -o jsonpath={.spec.volumeName})

✓ Step 13 done.
The same `pvc-…` volume that was made for the first pod. That is what long-term storage
means here: the volume, and the files on it, last as long as its claim, however many pods come
and go.

Step 14 of 14:
If you deleted the claim `data`, what would happen to its volume? Its reclaim policy says.
Answer with the policy.

Answer with `answer …`.
$ answer bound
✗ That is the volume's status. Its reclaim policy is another column.
$ answer retain
✗ Retain is what a StorageClass or a volume can ask for, and it would keep the volume. Look at data's volume — the RECLAIM POLICY column of `kubectl get pv`.
$ kubectl get pv
NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM       STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            Delete           Bound    shop/data   standard       <unset>                          53s
$ answer delete

✓ Step 14 done.
`Delete`: volumes provisioned from `standard` inherit the class's reclaim policy, and Delete
means that when the claim is deleted, the volume — and the data on it — is deleted too. With
`Retain`, the volume would stay behind, Released, with its data, until an administrator dealt
with it. So keep the claim as long as you want the data; and give important data a class or a
volume that retains it.

★ Lesson complete: Ingress and storage

You routed a host name to a Service with an Ingress and saw that it did nothing until an
ingress controller ran: the controller, not the Ingress, made the way in and published its
address. Then you claimed storage, watched the volume be provisioned only when a pod needed it,
and saw it outlive the pod, with a reclaim policy deciding what happens when the claim goes.

Next: `lesson ecr` — Your own registry — Amazon ECR.
