# The memory docs' examples: stress allocating 150 MiB under a 200 MiB limit runs; allocating
# 250 MiB under 100 MiB is OOMKilled (exit 137) and restarted with back-off.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create namespace mem-example
namespace/mem-example created
$ kubectl apply -n mem-example -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: memory-demo
> spec:
>   containers:
>   - name: memory-demo-ctr
>     image: polinux/stress
>     resources:
>       requests:
>         memory: "100Mi"
>       limits:
>         memory: "200Mi"
>     command: ["stress"]
>     args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
> ---
> apiVersion: v1
> kind: Pod
> metadata:
>   name: memory-demo-2
> spec:
>   containers:
>   - name: memory-demo-2-ctr
>     image: polinux/stress
>     resources:
>       requests:
>         memory: "50Mi"
>       limits:
>         memory: "100Mi"
>     command: ["stress"]
>     args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
> YAML
pod/memory-demo created
pod/memory-demo-2 created
$ sleep 8
$ kubectl get pods -n mem-example
NAME            READY   STATUS             RESTARTS     AGE
memory-demo     1/1     Running            0            10s
memory-demo-2   0/1     CrashLoopBackOff   1 (7s ago)   10s
$ kubectl get pod memory-demo-2 -n mem-example -o jsonpath='{.status.containerStatuses[0].lastState}'
{"terminated":{"containerID":"containerd://44368803ebc1b8ff7e67d48f3bc63746f7cdecc00a4e7850c61ffde54c719c7f","exitCode":137,"finishedAt":"2026-01-01T00:00:04Z","reason":"OOMKilled","startedAt":"2026-01-01T00:00:04Z"}} (no-eol)
$ sleep 40
$ kubectl get pods -n mem-example
NAME            READY   STATUS             RESTARTS      AGE
memory-demo     1/1     Running            0             53s
memory-demo-2   0/1     CrashLoopBackOff   3 (18s ago)   53s
$ kubectl describe pod memory-demo-2 -n mem-example
Name:             memory-demo-2
Namespace:        mem-example
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:02 +0000
Labels:           <none>
Annotations:      <none>
Status:           Running
IP:               10.244.2.3
IPs:
  IP:  10.244.2.3
Containers:
  memory-demo-2-ctr:
    Container ID:  containerd://284d0d6efa533858f9ebf2f37b39d9aef255a294cbad955e52e2df1470ae52e2
    Image:         polinux/stress
    Image ID:      docker.io/polinux/stress@sha256:7dfc0e75a73c8feccd3a5c31a46fb56bb8b23348a190724371aca14d7696e72b
    Port:          <none>
    Host Port:     <none>
    Command:
      stress
    Args:
      --vm
      1
      --vm-bytes
      250M
      --vm-hang
      1
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Thu, 01 Jan 2026 00:00:36 +0000
      Finished:     Thu, 01 Jan 2026 00:00:36 +0000
    Ready:          False
    Restart Count:  3
    Limits:
      memory:  100Mi
    Requests:
      memory:     50Mi
    Environment:  <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-d6dmx (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
Volumes:
  kube-api-access-d6dmx:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  54s                default-scheduler  Successfully assigned mem-example/memory-demo-2 to node02
  Normal   Pulled     52s                kubelet            Successfully pulled image "polinux/stress" in 165ms (376ms including waiting). Image size: 4041666 bytes.
  Normal   Pulled     51s                kubelet            Successfully pulled image "polinux/stress" in 165ms (165ms including waiting). Image size: 4041666 bytes.
  Normal   Pulled     40s                kubelet            Successfully pulled image "polinux/stress" in 363ms (363ms including waiting). Image size: 4041666 bytes.
  Normal   Pulling    20s (x4 over 52s)  kubelet            Pulling image "polinux/stress"
  Normal   Created    19s (x4 over 52s)  kubelet            Created container: memory-demo-2-ctr
  Normal   Started    19s (x4 over 52s)  kubelet            Started container memory-demo-2-ctr
  Normal   Pulled     19s                kubelet            Successfully pulled image "polinux/stress" in 352ms (352ms including waiting). Image size: 4041666 bytes.
  Warning  BackOff    18s (x3 over 50s)  kubelet            Back-off restarting failed container memory-demo-2-ctr in pod memory-demo-2_mem-example(a9f37e31-f15d-4e24-9e8b-2be4558cca96)
$ kubectl top pod memory-demo -n mem-example
NAME          CPU(cores)   MEMORY(bytes)   
memory-demo   20m          151Mi           
$ kubectl delete namespace mem-example
namespace "mem-example" deleted
