# The container runtime's view on a node: pod sandboxes, containers and images.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ sleep 5
$ kubectl get pod web -o wide
NAME   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web    1/1     Running   0          7s    10.244.2.2   node02   <none>           <none>
$ ssh node02
$ crictl pods
POD ID              CREATED             STATE               NAME                NAMESPACE           ATTEMPT             RUNTIME
be75a5a7e8122       6 seconds ago       Ready               web                 default             0                   (default)
a493c3c6896d4       8 minutes ago       Ready               kube-proxy-dbdg7    kube-system         0                   (default)
$ crictl ps
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
85ccb20359705       8474e1a7fbd52       4 seconds ago       Running             web                 0                   be75a5a7e8122       web                 default
7e7f656db29c2       6b42d003c60ad       8 minutes ago       Running             kube-proxy          0                   a493c3c6896d4       kube-proxy-dbdg7    kube-system
$ crictl images
IMAGE                        TAG                 IMAGE ID            SIZE
docker.io/library/nginx      1.27                8474e1a7fbd52       72.1MB
registry.k8s.io/kube-proxy   v1.32.4             6b42d003c60ad       30.91MB
registry.k8s.io/pause        3.10                c4497ffff0424       320.4kB
$ crictl ps -a
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
85ccb20359705       8474e1a7fbd52       6 seconds ago       Running             web                 0                   be75a5a7e8122       web                 default
7e7f656db29c2       6b42d003c60ad       8 minutes ago       Running             kube-proxy          0                   a493c3c6896d4       kube-proxy-dbdg7    kube-system
$ systemctl status kubelet
● kubelet.service - kubelet: The Kubernetes Node Agent
     Loaded: loaded (/usr/lib/systemd/system/kubelet.service; enabled; preset: enabled)
     Active: active (running) since Wed 2025-12-31 23:51:10 UTC; 9min ago
       Docs: https://kubernetes.io/docs/
$ exit
logout
Connection to node02 closed.
