# kubectl logs -l: the logs of every pod a selector picks (the last 10 lines of each unless
# --tail says otherwise), --prefix, --all-containers (init containers first), the default
# container and kubectl's note about it, following several pods at once, and the errors.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ cat > sidecar.yaml <<'YAML'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: sidecar
>   labels:
>     app: web
> spec:
>   initContainers:
>   - name: setup
>     image: busybox:1.36
>     command: ["sh", "-c", "echo preparing; echo ready"]
>   containers:
>   - name: nginx
>     image: nginx:1.27
>   - name: tick
>     image: busybox:1.36
>     command: ["sh", "-c", "echo tick 1; sleep 20; echo tick 2"]
> YAML
$ kubectl apply -f sidecar.yaml
pod/sidecar created
$ sleep 10
$ kubectl logs sidecar --all-containers -f --prefix --tail=1
[pod/sidecar/setup] ready
[pod/sidecar/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
[pod/sidecar/tick] tick 1
[pod/sidecar/tick] tick 2
$ kubectl logs -l app=web --tail=2 --prefix
Defaulted container "nginx" out of: nginx, tick, setup (init)
[pod/sidecar/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 29
[pod/sidecar/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
[pod/web-5c94f75b5d-8v528/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 29
[pod/web-5c94f75b5d-8v528/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
[pod/web-5c94f75b5d-clr4x/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 29
[pod/web-5c94f75b5d-clr4x/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
$ kubectl logs -l app=web -c tick
error: container tick is not valid for pod web-5c94f75b5d-8v528
? 1
$ kubectl logs sidecar --all-containers --prefix --tail=1
[pod/sidecar/setup] ready
[pod/sidecar/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
[pod/sidecar/tick] tick 2
$ kubectl logs sidecar --tail=1
Defaulted container "nginx" out of: nginx, tick, setup (init)
2026/01/01 00:00:05 [notice] 1#1: start worker process 30
$ kubectl logs -l app=web -f --tail=1
Defaulted container "nginx" out of: nginx, tick, setup (init)
2026/01/01 00:00:05 [notice] 1#1: start worker process 30
2026/01/01 00:00:05 [notice] 1#1: start worker process 30
2026/01/01 00:00:05 [notice] 1#1: start worker process 30
$ kubectl logs -l app=web -f --tail=1 --max-log-requests=3 --prefix
Defaulted container "nginx" out of: nginx, tick, setup (init)
[pod/sidecar/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
[pod/web-5c94f75b5d-8v528/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
[pod/web-5c94f75b5d-clr4x/nginx] 2026/01/01 00:00:05 [notice] 1#1: start worker process 30
$ kubectl logs -l app=nothing
No resources found in default namespace.
$ kubectl logs -l app=web sidecar
error: only a selector (-l) or a POD name is allowed
See 'kubectl logs -h' for help and examples
? 1
$ kubectl logs -l app=web -c nope
error: container nope is not valid for pod sidecar
? 1
