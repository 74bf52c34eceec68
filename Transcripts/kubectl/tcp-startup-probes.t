# The docs' goproxy example: TCP readiness and liveness probes on port 8080; and a startup probe
# that holds the other probes back until it passes.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: goproxy
>   labels:
>     app: goproxy
> spec:
>   containers:
>   - name: goproxy
>     image: registry.k8s.io/goproxy:0.1
>     ports:
>     - containerPort: 8080
>     readinessProbe:
>       tcpSocket:
>         port: 8080
>       initialDelaySeconds: 15
>       periodSeconds: 10
>     livenessProbe:
>       tcpSocket:
>         port: 8080
>       initialDelaySeconds: 15
>       periodSeconds: 10
> ---
> apiVersion: v1
> kind: Pod
> metadata:
>   name: slow-start
> spec:
>   containers:
>   - name: web
>     image: nginx:1.27
>     ports:
>     - name: liveness-port
>       containerPort: 80
>     startupProbe:
>       httpGet:
>         path: /
>         port: liveness-port
>       failureThreshold: 30
>       periodSeconds: 10
>     livenessProbe:
>       tcpSocket:
>         port: 9000
> YAML
pod/goproxy created
pod/slow-start created
$ sleep 10
$ kubectl get pods
NAME         READY   STATUS    RESTARTS   AGE
goproxy      0/1     Running   0          12s
slow-start   1/1     Running   0          12s
$ sleep 15
$ kubectl get pods
NAME         READY   STATUS    RESTARTS     AGE
goproxy      1/1     Running   0            29s
slow-start   1/1     Running   1 (4s ago)   29s
$ kubectl describe pod goproxy | grep -E 'Liveness|Readiness'
    Liveness:       tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3
    Readiness:      tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3
$ sleep 40
$ kubectl get pods
NAME         READY   STATUS    RESTARTS      AGE
goproxy      1/1     Running   0             72s
slow-start   1/1     Running   2 (24s ago)   72s
$ kubectl describe pod slow-start
Name:             slow-start
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           <none>
Annotations:      <none>
Status:           Running
IP:               10.244.2.3
IPs:
  IP:  10.244.2.3
Containers:
  web:
    Container ID:   containerd://e996a8e36710cafa98594893c111c7ccbaa91a7f565ad79ce3dbbceba45915c0
    Image:          nginx:1.27
    Image ID:       docker.io/library/nginx@sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:58 +0000
    Last State:     Terminated
      Reason:       Completed
      Exit Code:    0
      Started:      Thu, 01 Jan 2026 00:00:27 +0000
      Finished:     Thu, 01 Jan 2026 00:00:48 +0000
    Ready:          True
    Restart Count:  2
    Liveness:       tcp-socket :9000 delay=0s timeout=1s period=10s #success=1 #failure=3
    Startup:        http-get http://:liveness-port/ delay=0s timeout=1s period=10s #success=1 #failure=30
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
Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  73s                default-scheduler  Successfully assigned default/slow-start to node02
  Normal   Pulling    71s                kubelet            Pulling image "nginx:1.27"
  Normal   Pulled     68s                kubelet            Successfully pulled image "nginx:1.27" in 2.804s (2.973s including waiting). Image size: 72099412 bytes.
  Normal   Killing    26s (x2 over 48s)  kubelet            Container web failed liveness probe, will be restarted
  Warning  BackOff    25s                kubelet            Back-off restarting failed container web in pod slow-start_default(a9f37e31-f15d-4e24-9e8b-2be4558cca96)
  Normal   Created    15s (x3 over 68s)  kubelet            Created container: web
  Normal   Started    15s (x3 over 68s)  kubelet            Started container web
  Normal   Pulled     15s (x2 over 47s)  kubelet            Container image "nginx:1.27" already present on machine
  Warning  Unhealthy  4s (x7 over 68s)   kubelet            Liveness probe failed: dial tcp 10.244.2.3:9000: connect: connection refused
