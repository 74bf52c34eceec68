# describe: a deployment, one of its pods, a node and the kubernetes Service, each with the
# events the components recorded.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ sleep 20
$ kubectl describe deployment web
Name:                   web
Namespace:              default
CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=web
Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
  Containers:
   nginx:
    Image:         nginx:1.27
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   web-5c94f75b5d (2/2 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  22s   deployment-controller  Scaled up replica set web-5c94f75b5d from 0 to 2
$ kubectl describe pods -l app=web --show-events=false
Name:             web-5c94f75b5d-8v528
Namespace:        default
Priority:         0
Service Account:  default
Node:             node01/192.168.0.11
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           app=web
                  pod-template-hash=5c94f75b5d
Annotations:      <none>
Status:           Running
IP:               10.244.1.3
IPs:
  IP:           10.244.1.3
Controlled By:  ReplicaSet/web-5c94f75b5d
Containers:
  nginx:
    Container ID:   containerd://c8966e5e3cdbf7d75282f5cd2f9e112c0f672e7453b698c150f84c1ac31462c8
    Image:          nginx:1.27
    Image ID:       docker.io/library/nginx@sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3
    Port:           <none>
    Host Port:      <none>
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:05 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-d6dmx (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-d6dmx:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s


Name:             web-5c94f75b5d-clr4x
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           app=web
                  pod-template-hash=5c94f75b5d
Annotations:      <none>
Status:           Running
IP:               10.244.2.2
IPs:
  IP:           10.244.2.2
Controlled By:  ReplicaSet/web-5c94f75b5d
Containers:
  nginx:
    Container ID:   containerd://efc4dc065f3bf5729cedb8eaa9657fd585b26b6241e8ac41c42bb61ce4cb1799
    Image:          nginx:1.27
    Image ID:       docker.io/library/nginx@sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3
    Port:           <none>
    Host Port:      <none>
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:05 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-5dnv9 (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
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
$ kubectl describe pod web-5c94f75b5d-tv7p2
Error from server (NotFound): pods "web-5c94f75b5d-tv7p2" not found
? 1
$ kubectl describe node node01
Name:               node01
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=node01
                    kubernetes.io/os=linux
Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///var/run/containerd/containerd.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Wed, 31 Dec 2025 23:50:55 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  node01
  AcquireTime:     <unset>
  RenewTime:       Thu, 01 Jan 2026 00:00:25 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Wed, 31 Dec 2025 23:55:55 +0000   Wed, 31 Dec 2025 23:50:55 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Wed, 31 Dec 2025 23:55:55 +0000   Wed, 31 Dec 2025 23:50:55 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Wed, 31 Dec 2025 23:55:55 +0000   Wed, 31 Dec 2025 23:50:55 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Wed, 31 Dec 2025 23:55:55 +0000   Wed, 31 Dec 2025 23:50:55 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  192.168.0.11
  Hostname:    node01
Capacity:
  cpu:                2
  ephemeral-storage:  20134592Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             4025040Ki
  pods:               110
Allocatable:
  cpu:                2
  ephemeral-storage:  18570104183
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             3922640Ki
  pods:               110
System Info:
  Machine ID:                 78f309005a70a04be6f978c220cc3202
  System UUID:                61f418ca-b532-d96b-a49f-3371e566db49
  Boot ID:                    e0902b3e-1d5b-13c6-f00d-388be1c28bda
  Kernel Version:             6.8.0-60-generic
  OS Image:                   Ubuntu 24.04.2 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.24
  Kubelet Version:            v1.32.4
  Kube-Proxy Version:         v1.32.4
PodCIDR:                      10.244.1.0/24
PodCIDRs:                     10.244.1.0/24
Non-terminated Pods:          (3 in total)
  Namespace                   Name                               CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                               ------------  ----------  ---------------  -------------  ---
  default                     web-5c94f75b5d-8v528               0 (0%)        0 (0%)      0 (0%)           0 (0%)         25s
  kube-system                 kube-proxy-ttkq7                   0 (0%)        0 (0%)      0 (0%)           0 (0%)         9m30s
  kube-system                 metrics-server-775ccfbfd9-2nl4r    100m (5%)     0 (0%)      200Mi (5%)       0 (0%)         8m50s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                100m (5%)   0 (0%)
  memory             200Mi (5%)  0 (0%)
  ephemeral-storage  0 (0%)      0 (0%)
  hugepages-1Gi      0 (0%)      0 (0%)
  hugepages-2Mi      0 (0%)      0 (0%)
Events:              <none>
$ kubectl describe replicaset
Name:           web-5c94f75b5d
Namespace:      default
Selector:       app=web,pod-template-hash=5c94f75b5d
Labels:         app=web
                pod-template-hash=5c94f75b5d
Annotations:    deployment.kubernetes.io/desired-replicas: 2
                deployment.kubernetes.io/max-replicas: 3
                deployment.kubernetes.io/revision: 1
Controlled By:  Deployment/web
Replicas:       2 current / 2 desired
Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=web
           pod-template-hash=5c94f75b5d
  Containers:
   nginx:
    Image:         nginx:1.27
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:
  Type    Reason            Age   From                   Message
  ----    ------            ----  ----                   -------
  Normal  SuccessfulCreate  26s   replicaset-controller  Created pod: web-5c94f75b5d-clr4x
  Normal  SuccessfulCreate  26s   replicaset-controller  Created pod: web-5c94f75b5d-8v528
$ kubectl describe pod nope
Error from server (NotFound): pods "nope" not found
? 1
$ kubectl describe
error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.
? 1
