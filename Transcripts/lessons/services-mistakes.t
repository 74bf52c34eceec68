# Lesson services with mistakes: a misspelt Service, the wrong port, a check before the
# endpoints are ready, a wrong cluster IP and a wrong component, then a hint and a solution.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson services
Services
========

Pods come and go: a Deployment replaces a pod that dies, and the new one gets a new IP
address. Something that talks to your pods cannot keep a list of their IPs. A Service gives
a set of pods one stable address — a virtual cluster IP and a DNS name — and Kubernetes keeps
track of which pods are behind it.

The setup made a Deployment `web` with 3 pods of `nginx:1.27` listening on port 80.

Step 1 of 10:
Look at web's pods with their IP addresses and nodes.

Checked:
  • You listed the pods with their IP addresses

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-64c8bdf64c-8v528   1/1     Running   0          31s
web-64c8bdf64c-clr4x   1/1     Running   0          31s
web-64c8bdf64c-jp96r   1/1     Running   0          31s
$ check
✗ You listed the pods with their IP addresses
    `kubectl get pods -o wide` adds each pod's IP and node.
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-64c8bdf64c-8v528   1/1     Running   0          33s   10.244.1.3   node01   <none>           <none>
web-64c8bdf64c-clr4x   1/1     Running   0          33s   10.244.2.2   node02   <none>           <none>
web-64c8bdf64c-jp96r   1/1     Running   0          33s   10.244.2.3   node02   <none>           <none>

✓ Step 1 done.
Each pod has its own IP from its node's pod network (`10.244.1.x` on node01, `10.244.2.x` on
node02). Those addresses last only as long as the pods do.

Step 2 of 10:
Create a Service named `web` in front of the Deployment, on port 80, and wait until it lists
web's 3 pods as its endpoints.

Checked:
  • A Service named web selects the pods labelled app=web
  • It listens on port 80
  • Its endpoints are web's 3 ready pods
$ kubectl expose deployment web --port=80 --name=wbe
service/wbe exposed
! There is a Service whose name is close to `web` but not it. Delete it (`kubectl delete service NAME`) and expose web again, or give `--name=web`.
$ kubectl delete service wbe
service "wbe" deleted
$ kubectl expose deployment web --port=8080
service/web exposed
$ check
✓ A Service named web selects the pods labelled app=web
✗ It listens on port 80
    Give the Service port 80 (`--port=80`).
✓ Its endpoints are web's 3 ready pods
$ kubectl delete service web
service "web" deleted
$ kubectl expose deployment web --port=80
service/web exposed

✓ Step 2 done.
`kubectl expose` copied the Deployment's selector (`app=web`) into the Service, and the API
server gave the Service a cluster IP from the service range (`10.96.0.0/12`). The pods' port
80 became the Service's target port.

Step 3 of 10:
Look at the Service's endpoints.

Checked:
  • You listed the endpoints
$ check
✗ You listed the endpoints
    `kubectl get endpoints` lists them (short name `ep`).
$ sleep 2
$ kubectl get endpoints web
NAME   ENDPOINTS                                   AGE
web    10.244.1.3:80,10.244.2.2:80,10.244.2.3:80   5s

✓ Step 3 done.
The endpoints controller — one of the controllers in the kube-controller-manager — lists the
IP and port of every ready pod the selector picks, in an Endpoints object (and in
EndpointSlices, its newer form). kube-proxy, on every node, watches them and programs the
node's routing rules: a connection to the Service's IP goes to one of these pods.
`kubectl describe service web` shows the same addresses on its `Endpoints:` line.

Step 4 of 10:
Delete one of web's pods, and wait until the Service has 3 ready endpoints again.

Checked:
  • You deleted one of web's pods
  • web has 3 ready endpoints again
$ kubectl delete pod $(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
pod "web-64c8bdf64c-8v528" deleted
$ check
✓ You deleted one of web's pods
✗ web has 3 ready endpoints again
    The replacement pod is starting; its address joins the endpoints once it is ready.
$ sleep 15

✓ Step 4 done.
The ReplicaSet replaced the pod, the new pod got a new IP, and once it was ready the endpoints
controller swapped the old address for the new one. Nobody had to tell the Service.

Step 5 of 10:
What is web's cluster IP now?

Answer with `answer …`.
$ answer 10.96.0.1
✗ Not quite. Try again, or `hint`.
$ hint
Hint 1/1: `kubectl get service web` shows it in the CLUSTER-IP column.
$ kubectl get service web
NAME   TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE
web    ClusterIP   10.102.143.255   <none>        80/TCP    26s
$ answer $(kubectl get service web -o jsonpath={.spec.clusterIP})

✓ Step 5 done.
The same as before you deleted the pod: a Service's cluster IP lasts as long as the Service.
Inside the cluster, clients use it — or the name `web` (`web.default.svc.cluster.local`), which
the cluster DNS resolves to it — and never a pod's IP.

Step 6 of 10:
Ask the Service for its page from inside the cluster, by its name `web`: run one `wget`
in a throwaway busybox pod, and see one of web's pods answer.

Checked:
  • One of web's pods answered a request
$ kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- wget -qO- wbe
If you don't see a command prompt, try pressing enter.
wget: bad address 'wbe'
pod "tmp" deleted
pod default/tmp terminated (Error)
? 1
$ check
✗ One of web's pods answered a request
    Nothing has asked web yet. Ask it from a pod inside the cluster: busybox has `wget`.
$ hint
Hint 1/2: `kubectl run NAME --rm -it --image=busybox:1.36 --restart=Never -- COMMAND` runs one command in a throwaway pod and shows its output.
$ kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- wget -qO- web | grep title
If you don't see a command prompt, try pressing enter.
<title>Welcome to nginx!</title>

✓ Step 6 done.
The pod's resolver asked the cluster DNS (CoreDNS) for `web`, which it completed to
`web.default.svc.cluster.local` and answered with the cluster IP. No machine has that address:
kube-proxy's rules on the node sent the connection to one of web's endpoints, chosen at random,
so asking again may reach another pod. `kubectl logs -l app=web` shows the request in the access
log of the pod that answered, with the throwaway pod's IP as the client. `--rm` deleted the pod
when `wget` was done.

Step 7 of 10:
Ask web six times in a row from one throwaway pod, with a `for` loop in its `sh -c` command,
and see the requests land on more than one of web's pods.

Checked:
  • More than one of web's pods has answered a request
$ check
✗ More than one of web's pods has answered a request
    Ask web several times in a row from one pod: a `for` loop in its `sh -c` command sends one request per pass.
$ kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- sh -c for i in 1 2 3 4 5 6; do wget -qO- web; done
shipyard: syntax error near unexpected token `do'
? 2
$ hint
Hint 1/2: `sh -c 'for i in 1 2 3 4 5 6; do COMMAND; done'` runs COMMAND six times; `> /dev/null` keeps the pages off your screen.
$ kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- sh -c 'for i in 1 2 3 4 5 6; do wget -qO- web > /dev/null; done'
If you don't see a command prompt, try pressing enter.
pod "tmp" deleted

✓ Step 7 done.
Every request went to the same cluster IP, and kube-proxy's rules picked an endpoint for each
new connection on its own, at random: six requests over three pods seldom all reach the same
one. `kubectl logs -l app=web --prefix` names the pod in front of each access-log line. This is
the load balancing a Service gives for free, with no balancer of its own in the path: the
rules on the client's node do it.

Step 8 of 10:
Now reach web from your own machine, which is outside the cluster: forward local port 8080
to the Service's port 80 with `kubectl port-forward`, in the background, and ask
`localhost:8080` for the page with `curl`. Stop the forward with `kill` when you are done.

Checked:
  • One of web's pods answered a request from your machine, through a port-forward
$ curl web
curl: (6) Could not resolve host: web
? 6
$ kubectl port-forward svc/web 8080:80
Forwarding from 127.0.0.1:8080 -> 80
Forwarding from [::1]:8080 -> 80
shipyard: kubectl port-forward goes on serving until Ctrl-C, and this shell runs one command at a time; run it in the background to use it: kubectl port-forward svc/web 8080:80 &
$ curl localhost:8080
curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
? 7
$ check
✗ One of web's pods answered a request from your machine, through a port-forward
    Forward a local port to the Service in the background (`&`), then ask `localhost` with `curl`.
$ kubectl port-forward svc/web 8080:8080 &
[1] 4255
error: Service web does not have a service port 8080
[1]+  Exit 1                  kubectl port-forward svc/web 8080:8080
$ kubectl port-forward svc/web 8080:80 &
[1] 4279
Forwarding from 127.0.0.1:8080 -> 80
Forwarding from [::1]:8080 -> 80
$ curl -s localhost:8080 | grep title
Handling connection for 8080
<title>Welcome to nginx!</title>

✓ Step 8 done.
`kubectl port-forward svc/web 8080:80` picked one of web's pods, listened on port 8080 of
your machine, and carried each connection through the API server and the pod's kubelet into
the pod, where it reached port 80 on the pod's own `localhost`: its access log shows the client
as `127.0.0.1`. The tunnel goes to that one pod, not through kube-proxy, and ends when the pod
does. `&` ran it as a background job (`jobs` lists it) so the prompt came back for `curl`;
`kill %1` stops it.

Step 9 of 10:
A cluster IP is reachable only inside the cluster. Expose web on every node as well: a
Service named `web-public` of type NodePort, on port 80.

Checked:
  • A Service web-public of type NodePort exists
  • It has a node port
$ kill %1
[1]+  Terminated              kubectl port-forward svc/web 8080:80
$ kubectl expose deployment web --type=NodePort --port=80
Error from server (AlreadyExists): services "web" already exists
? 1
$ solution
Show the solution? The step will count as shown, not solved. [y/N]  (no-eol)
$ y
Solution:
  kubectl expose deployment web --type=NodePort --port=80 --name=web-public
Type the commands yourself; the step completes when its checks pass.
$ kubectl expose deployment web --type=NodePort --port=80 --name=web-public
service/web-public exposed

✓ Step 9 done.
A NodePort Service is a ClusterIP Service plus a port from 30000–32767 that kube-proxy opens
on every node: traffic to any node's IP at that port reaches one of web's pods, wherever it
runs. (A LoadBalancer Service adds a cloud load balancer in front of the node ports; on AWS,
that is the cloud-controller-manager's job.)

Step 10 of 10:
Which component keeps a Service's list of endpoints up to date? Answer `a`, `b` or `c`:

- (a) kube-proxy
- (b) the kube-controller-manager
- (c) the kubelet

Answer with `answer …`.
$ answer a
✗ kube-proxy reads the endpoints and turns them into routing rules on its node; it does not decide them.
$ answer c
✗ The kubelet reports whether each of its pods is ready; another component turns that into the Service's endpoints.
$ answer b

✓ Step 10 done.
(b). The endpoints and EndpointSlice controllers in the kube-controller-manager write the
endpoints from the pods' readiness, which kubelets report; kube-proxy on every node reads them
and routes traffic accordingly.

★ Lesson complete: Services

You gave a Deployment a stable address, saw its endpoints follow the pods as one was replaced,
and exposed it on every node. The Service's address stayed put while the pods behind it
changed: that is what a Service is for. The ECS lessons come next.

Next: `lesson ecs-building-blocks` — ECS building blocks.
$ lessons
Kubernetes
     1. control-plane          The control plane · 12 min
     2. deployments            Pods and Deployments · 12 min
     3. rolling-updates        Rolling updates · 12 min
     4. jobs                   Jobs · 10 min
  ✓  5. services               Services · 16 min
    10. ingress-and-storage    Ingress and storage · 18 min

Amazon ECS
     6. ecs-building-blocks    ECS building blocks · 14 min
     7. tasks-and-services     Tasks versus services · 12 min
     8. ec2-and-fargate        EC2 mode versus Fargate · 15 min
     9. task-roles             Inside a task — containers and roles · 15 min

Amazon ECR
    11. ecr                    Your own registry — Amazon ECR · 28 min

Amazon EKS
    12. eks                    Kubernetes, managed — Amazon EKS · 20 min
    13. eks-nodes-and-storage  EKS nodes of your own, Fargate, and EBS volumes · 25 min

`lesson ID` starts or resumes one (e.g. `lesson control-plane`).
