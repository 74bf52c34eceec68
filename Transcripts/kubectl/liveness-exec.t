# The probes docs' liveness example: cat /tmp/healthy succeeds for 30 s, then fails three times,
# and the kubelet restarts the container.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   labels:
>     test: liveness
>   name: liveness-exec
> spec:
>   containers:
>   - name: liveness
>     image: registry.k8s.io/busybox
>     args:
>     - /bin/sh
>     - -c
>     - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
>     livenessProbe:
>       exec:
>         command:
>         - cat
>         - /tmp/healthy
>       initialDelaySeconds: 5
>       periodSeconds: 5
> YAML
pod/liveness-exec created
$ sleep 25
$ kubectl describe pod liveness-exec
Name:             liveness-exec
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           test=liveness
Annotations:      <none>
Status:           Running
IP:               10.244.2.2
IPs:
  IP:  10.244.2.2
Containers:
  liveness:
    Container ID:  containerd://85ccb20359705842dab29cf37db51bd69132a5d97680f5c72ff66b82bb7d6c4d
    Image:         registry.k8s.io/busybox
    Image ID:      registry.k8s.io/busybox@sha256:31235b940e54548ce6820cf0bc465b1a15712f98f69562018592fc11909d5df9
    Port:          <none>
    Host Port:     <none>
    Args:
      /bin/sh
      -c
      touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:02 +0000
    Ready:          True
    Restart Count:  0
    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3
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
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  27s   default-scheduler  Successfully assigned default/liveness-exec to node02
  Normal  Pulling    25s   kubelet            Pulling image "registry.k8s.io/busybox"
  Normal  Pulled     25s   kubelet            Successfully pulled image "registry.k8s.io/busybox" in 439ms (439ms including waiting). Image size: 1144547 bytes.
  Normal  Created    25s   kubelet            Created container: liveness
  Normal  Started    25s   kubelet            Started container liveness
$ kubectl exec liveness-exec -- cat /tmp/healthy
$ sleep 20
$ kubectl describe pod liveness-exec
Name:             liveness-exec
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           test=liveness
Annotations:      <none>
Status:           Running
IP:               10.244.2.2
IPs:
  IP:  10.244.2.2
Containers:
  liveness:
    Container ID:  containerd://85ccb20359705842dab29cf37db51bd69132a5d97680f5c72ff66b82bb7d6c4d
    Image:         registry.k8s.io/busybox
    Image ID:      registry.k8s.io/busybox@sha256:31235b940e54548ce6820cf0bc465b1a15712f98f69562018592fc11909d5df9
    Port:          <none>
    Host Port:     <none>
    Args:
      /bin/sh
      -c
      touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:02 +0000
    Ready:          True
    Restart Count:  0
    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3
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
Events:
  Type     Reason     Age               From               Message
  ----     ------     ----              ----               -------
  Normal   Scheduled  50s               default-scheduler  Successfully assigned default/liveness-exec to node02
  Normal   Pulling    48s               kubelet            Pulling image "registry.k8s.io/busybox"
  Normal   Pulled     48s               kubelet            Successfully pulled image "registry.k8s.io/busybox" in 439ms (439ms including waiting). Image size: 1144547 bytes.
  Normal   Created    48s               kubelet            Created container: liveness
  Normal   Started    48s               kubelet            Started container liveness
  Warning  Unhealthy  8s (x3 over 18s)  kubelet            Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory
  Normal   Killing    8s                kubelet            Container liveness failed liveness probe, will be restarted
$ sleep 60
$ kubectl get pod liveness-exec
NAME            READY   STATUS    RESTARTS      AGE
liveness-exec   1/1     Running   1 (40s ago)   112s
