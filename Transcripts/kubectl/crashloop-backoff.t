# A container that exits 1 at once: restarted after 10 s, 20 s, 40 s, 80 s… (CrashLoopBackOff),
# with its last state and previous log.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run crash --image=busybox:1.36 -- sh -c 'echo starting; sleep 1; echo giving up; exit 1'
pod/crash created
$ sleep 5
$ kubectl get pods
NAME    READY   STATUS             RESTARTS     AGE
crash   0/1     CrashLoopBackOff   1 (2s ago)   7s
$ sleep 20
$ kubectl get pods
NAME    READY   STATUS             RESTARTS      AGE
crash   0/1     CrashLoopBackOff   2 (13s ago)   29s
$ sleep 60
$ kubectl get pods
NAME    READY   STATUS             RESTARTS      AGE
crash   0/1     CrashLoopBackOff   4 (13s ago)   91s
$ sleep 120
$ kubectl get pods
NAME    READY   STATUS             RESTARTS      AGE
crash   0/1     CrashLoopBackOff   5 (53s ago)   3m33s
$ kubectl describe pod crash
Name:             crash
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           run=crash
Annotations:      <none>
Status:           Running
IP:               10.244.2.2
IPs:
  IP:  10.244.2.2
Containers:
  crash:
    Container ID:  containerd://284d0d6efa533858f9ebf2f37b39d9aef255a294cbad955e52e2df1470ae52e2
    Image:         busybox:1.36
    Image ID:      docker.io/library/busybox@sha256:9c85be8fd4b5a95a9d127029304375dbf7ad001c39c03510856a4049920ce2c8
    Port:          <none>
    Host Port:     <none>
    Args:
      sh
      -c
      echo starting; sleep 1; echo giving up; exit 1
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Thu, 01 Jan 2026 00:02:39 +0000
      Finished:     Thu, 01 Jan 2026 00:02:40 +0000
    Ready:          False
    Restart Count:  5
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
  Type     Reason     Age                  From               Message
  ----     ------     ----                 ----               -------
  Normal   Scheduled  3m34s                default-scheduler  Successfully assigned default/crash to node02
  Normal   Pulling    3m32s                kubelet            Pulling image "busybox:1.36"
  Normal   Pulled     3m32s                kubelet            Successfully pulled image "busybox:1.36" in 474ms (474ms including waiting). Image size: 2155690 bytes.
  Normal   Pulled     56s (x5 over 3m30s)  kubelet            Container image "busybox:1.36" already present on machine
  Normal   Created    55s (x6 over 3m32s)  kubelet            Created container: crash
  Normal   Started    55s (x6 over 3m32s)  kubelet            Started container crash
  Warning  BackOff    53s (x5 over 3m28s)  kubelet            Back-off restarting failed container crash in pod crash_default(6919f263-8329-402b-8094-b4b79bb1f41b)
$ kubectl logs crash --previous
starting
giving up
$ kubectl get events --field-selector reason=BackOff
LAST SEEN   TYPE      REASON    OBJECT      MESSAGE
55s         Warning   BackOff   pod/crash   Back-off restarting failed container crash in pod crash_default(6919f263-8329-402b-8094-b4b79bb1f41b)
