# A Service's endpoints follow its pods: the endpoints and endpointslice controllers list the
# ready pods the selector picks, keep not-ready ones apart, and drop pods as they go.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get endpoints,endpointslices -A
NAMESPACE     NAME                       ENDPOINTS                                               AGE
default       endpoints/kubernetes       192.168.0.10:6443                                       10m
kube-system   endpoints/kube-dns         10.244.0.2:53,10.244.0.3:53,10.244.0.2:53 + 3 more...   9m48s
kube-system   endpoints/metrics-server   10.244.1.2:10250                                        8m25s

NAMESPACE     NAME                                                  ADDRESSTYPE   PORTS        ENDPOINTS               AGE
default       endpointslice.discovery.k8s.io/kubernetes             IPv4          6443         192.168.0.10            10m
kube-system   endpointslice.discovery.k8s.io/kube-dns-wfwmf         IPv4          53,53,9153   10.244.0.2,10.244.0.3   9m48s
kube-system   endpointslice.discovery.k8s.io/metrics-server-2cczm   IPv4          10250        10.244.1.2              8m25s
$ kubectl create deployment web --image=nginx:1.27 --replicas=3 --port=80
deployment.apps/web created
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Service
> metadata:
>   name: web
> spec:
>   selector:
>     app: web
>   ports:
>   - name: http
>     port: 80
>     targetPort: 80
> YAML
service/web created
$ kubectl get endpoints web
NAME   ENDPOINTS   AGE
web    <none>      1s
$ sleep 15
$ kubectl get endpoints web
NAME   ENDPOINTS                                   AGE
web    10.244.1.3:80,10.244.2.2:80,10.244.2.3:80   18s
$ kubectl get endpointslices -l kubernetes.io/service-name=web
NAME        ADDRESSTYPE   PORTS   ENDPOINTS                          AGE
web-ph7vq   IPv4          80      10.244.2.2,10.244.1.3,10.244.2.3   19s
$ kubectl describe service web
Name:                     web
Namespace:                default
Labels:                   <none>
Annotations:              <none>
Selector:                 app=web
Type:                     ClusterIP
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.106.197.133
IPs:                      10.106.197.133
Port:                     http  80/TCP
TargetPort:               80/TCP
Endpoints:                10.244.2.2:80,10.244.1.3:80,10.244.2.3:80
Session Affinity:         None
Internal Traffic Policy:  Cluster
Events:                   <none>
$ kubectl get endpoints web -o yaml
apiVersion: v1
kind: Endpoints
metadata:
  annotations:
    endpoints.kubernetes.io/last-change-trigger-time: "2026-01-01T00:00:05Z"
  creationTimestamp: "2026-01-01T00:00:02Z"
  name: web
  namespace: default
  resourceVersion: "380"
  uid: 08492dfe-0c62-4f1e-9d6e-e4556b2cd1ec
subsets:
- addresses:
  - ip: 10.244.1.3
    nodeName: node01
    targetRef:
      kind: Pod
      name: web-64c8bdf64c-8v528
      namespace: default
      uid: a9f37e31-f15d-4e24-9e8b-2be4558cca96
  - ip: 10.244.2.2
    nodeName: node02
    targetRef:
      kind: Pod
      name: web-64c8bdf64c-clr4x
      namespace: default
      uid: 6919f263-8329-402b-8094-b4b79bb1f41b
  - ip: 10.244.2.3
    nodeName: node02
    targetRef:
      kind: Pod
      name: web-64c8bdf64c-jp96r
      namespace: default
      uid: d908d967-7252-49ad-8e08-d9faeddb710c
  ports:
  - name: http
    port: 80
    protocol: TCP
$ kubectl scale deployment web --replicas=5
deployment.apps/web scaled
$ sleep 20
$ kubectl get endpoints web
NAME   ENDPOINTS                                               AGE
web    10.244.1.3:80,10.244.1.4:80,10.244.2.2:80 + 2 more...   44s
$ kubectl describe endpointslices -l kubernetes.io/service-name=web
Name:         web-ph7vq
Namespace:    default
Labels:       endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io
              kubernetes.io/service-name=web
Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2026-01-01T00:00:27Z
AddressType:  IPv4
Ports:
  Name  Port  Protocol
  ----  ----  --------
  http  80    TCP
Endpoints:
  - Addresses:  10.244.2.2
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/web-64c8bdf64c-clr4x
    NodeName:   node02
    Zone:       <unset>
  - Addresses:  10.244.1.3
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/web-64c8bdf64c-8v528
    NodeName:   node01
    Zone:       <unset>
  - Addresses:  10.244.2.3
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/web-64c8bdf64c-jp96r
    NodeName:   node02
    Zone:       <unset>
  - Addresses:  10.244.2.4
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/web-64c8bdf64c-fvrw8
    NodeName:   node02
    Zone:       <unset>
  - Addresses:  10.244.1.4
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/web-64c8bdf64c-6vzmq
    NodeName:   node01
    Zone:       <unset>
Events:         <none>
$ kubectl scale deployment web --replicas=1
deployment.apps/web scaled
$ sleep 5
$ kubectl get endpoints web
NAME   ENDPOINTS       AGE
web    10.244.2.3:80   53s
$ kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{.items[0].metadata.generation}{"\n"}'
7
$ kubectl delete service web
service "web" deleted
$ kubectl get endpoints,endpointslices
NAME                   ENDPOINTS           AGE
endpoints/kubernetes   192.168.0.10:6443   10m

NAME                                        ADDRESSTYPE   PORTS   ENDPOINTS      AGE
endpointslice.discovery.k8s.io/kubernetes   IPv4          6443    192.168.0.10   10m
