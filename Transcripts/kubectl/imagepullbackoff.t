# A tag that does not exist: ErrImagePull, then ImagePullBackOff with its back-off.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.99
pod/web created
$ sleep 4
$ kubectl get pods
NAME   READY   STATUS             RESTARTS   AGE
web    0/1     ImagePullBackOff   0          6s
$ sleep 10
$ kubectl get pods
NAME   READY   STATUS             RESTARTS   AGE
web    0/1     ImagePullBackOff   0          18s
$ kubectl describe pod web
Name:             web
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           run=web
Annotations:      <none>
Status:           Pending
IP:               10.244.2.2
IPs:
  IP:  10.244.2.2
Containers:
  web:
    Container ID:   
    Image:          nginx:1.99
    Image ID:       
    Port:           <none>
    Host Port:      <none>
    State:          Waiting
      Reason:       ImagePullBackOff
    Ready:          False
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-5dnv9 (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
Volumes:
  kube-api-access-5dnv9:
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
  Type     Reason     Age               From               Message
  ----     ------     ----              ----               -------
  Normal   Scheduled  19s               default-scheduler  Successfully assigned default/web to node02
  Normal   Pulling    7s (x2 over 17s)  kubelet            Pulling image "nginx:1.99"
  Warning  Failed     6s (x2 over 17s)  kubelet            Failed to pull image "nginx:1.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99": failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found
  Warning  Failed     6s (x2 over 17s)  kubelet            Error: ErrImagePull
  Normal   BackOff    5s (x2 over 16s)  kubelet            Back-off pulling image "nginx:1.99"
  Warning  Failed     5s (x2 over 16s)  kubelet            Error: ImagePullBackOff
$ kubectl run typo --image=ngnix
pod/typo created
$ sleep 6
$ kubectl get pods
NAME   READY   STATUS             RESTARTS   AGE
typo   0/1     ImagePullBackOff   0          8s
web    0/1     ImagePullBackOff   0          28s
$ kubectl get pod typo -o jsonpath='{.status.containerStatuses[0].state.waiting.message}'
Back-off pulling image "ngnix" (no-eol)
