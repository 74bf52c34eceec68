# HTTP liveness probes: agnhost's /healthz answers 200 for 10 s and then 500; nginx has no
# /healthz at all. Both are restarted by the kubelet.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   labels:
>     test: liveness
>   name: liveness-http
> spec:
>   containers:
>   - name: liveness
>     image: registry.k8s.io/e2e-test-images/agnhost:2.40
>     args:
>     - liveness
>     livenessProbe:
>       httpGet:
>         path: /healthz
>         port: 8080
>         httpHeaders:
>         - name: Custom-Header
>           value: Awesome
>       initialDelaySeconds: 3
>       periodSeconds: 3
> YAML
pod/liveness-http created
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: web
> spec:
>   containers:
>   - name: nginx
>     image: nginx:1.27
>     livenessProbe:
>       httpGet:
>         path: /healthz
>         port: 80
> YAML
pod/web created
$ sleep 30
$ kubectl get pods
NAME            READY   STATUS    RESTARTS      AGE
liveness-http   1/1     Running   1 (11s ago)   33s
web             1/1     Running   1 (6s ago)    32s
$ kubectl describe pod liveness-http
Name:             liveness-http
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
    Container ID:  containerd://44368803ebc1b8ff7e67d48f3bc63746f7cdecc00a4e7850c61ffde54c719c7f
    Image:         registry.k8s.io/e2e-test-images/agnhost:2.40
    Image ID:      registry.k8s.io/e2e-test-images/agnhost@sha256:975d440b4264c70d1f2f10ba6b3e3de7d1d5ff6479841d3caa1d1f2de3e78ac7
    Port:          <none>
    Host Port:     <none>
    Args:
      liveness
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:23 +0000
    Last State:     Terminated
      Reason:       Error
      Exit Code:    143
      Started:      Thu, 01 Jan 2026 00:00:04 +0000
      Finished:     Thu, 01 Jan 2026 00:00:22 +0000
    Ready:          True
    Restart Count:  1
    Liveness:       http-get http://:8080/healthz delay=3s timeout=1s period=3s #success=1 #failure=3
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
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  34s                default-scheduler  Successfully assigned default/liveness-http to node02
  Normal   Pulling    33s                kubelet            Pulling image "registry.k8s.io/e2e-test-images/agnhost:2.40"
  Normal   Pulled     30s                kubelet            Successfully pulled image "registry.k8s.io/e2e-test-images/agnhost:2.40" in 2.159s (2.159s including waiting). Image size: 51197836 bytes.
  Warning  Unhealthy  12s (x3 over 18s)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500
  Normal   Killing    12s                kubelet            Container liveness failed liveness probe, will be restarted
  Normal   Created    11s (x2 over 30s)  kubelet            Created container: liveness
  Normal   Started    11s (x2 over 30s)  kubelet            Started container liveness
  Normal   Pulled     11s                kubelet            Container image "registry.k8s.io/e2e-test-images/agnhost:2.40" already present on machine
$ kubectl get events --field-selector involvedObject.name=web,reason=Unhealthy
LAST SEEN   TYPE      REASON      OBJECT    MESSAGE
6s          Warning   Unhealthy   pod/web   Liveness probe failed: HTTP probe failed with statuscode: 404
$ sleep 60
$ kubectl get pods
NAME            READY   STATUS             RESTARTS      AGE
liveness-http   1/1     Running            3 (26s ago)   97s
web             0/1     CrashLoopBackOff   2 (17s ago)   96s
$ kubectl describe pod web | grep -E 'Last State|Reason|Exit Code|Restart Count'
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Completed
      Exit Code:    0
    Restart Count:  2
  Type     Reason     Age                From               Message
