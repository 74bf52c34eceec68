# kubectl events (oldest first, --for, --types, -A, -o) and kubectl replace (whole-object replace, --force, NotFound, a stale resourceVersion's Conflict).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl events
No events found in default namespace.
$ kubectl run bad --image=nginx:9.99
pod/bad created
$ cat > web.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 2
>   selector:
>     matchLabels: {app: web}
>   template:
>     metadata:
>       labels: {app: web}
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
> EOF
$ kubectl replace -f web.yaml
Error from server (NotFound): error when replacing "web.yaml": deployments.apps "web" not found
? 1
$ kubectl create -f web.yaml
deployment.apps/web created
$ sleep 40
$ kubectl events --for pod/bad
LAST SEEN           TYPE      REASON      OBJECT    MESSAGE
45s                 Normal    Scheduled   Pod/bad   Successfully assigned default/bad to node02
12s (x3 over 43s)   Normal    Pulling     Pod/bad   Pulling image "nginx:9.99"
12s (x3 over 43s)   Warning   Failed      Pod/bad   Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": failed to resolve reference "docker.io/library/nginx:9.99": docker.io/library/nginx:9.99: not found
12s (x3 over 43s)   Warning   Failed      Pod/bad   Error: ErrImagePull
10s (x3 over 42s)   Normal    BackOff     Pod/bad   Back-off pulling image "nginx:9.99"
10s (x3 over 42s)   Warning   Failed      Pod/bad   Error: ImagePullBackOff
$ kubectl events --types=Warning
LAST SEEN           TYPE      REASON   OBJECT    MESSAGE
13s (x3 over 44s)   Warning   Failed   Pod/bad   Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": failed to resolve reference "docker.io/library/nginx:9.99": docker.io/library/nginx:9.99: not found
13s (x3 over 44s)   Warning   Failed   Pod/bad   Error: ErrImagePull
11s (x3 over 43s)   Warning   Failed   Pod/bad   Error: ImagePullBackOff
$ kubectl events -A --for deployment/web
NAMESPACE   LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
default     44s         Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-5c94f75b5d from 0 to 2
$ kubectl events --for deployment/web -o name
event/web.18867252dc652800
$ kubectl events --types=Info
error: valid --types are Normal or Warning
? 1
$ kubectl events --for web
error: --for must be in resource/name form
? 1
$ cat > web.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 3
>   selector:
>     matchLabels: {app: web}
>   template:
>     metadata:
>       labels: {app: web}
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.28
> EOF
$ kubectl replace -f web.yaml
deployment.apps/web replaced
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl get deployment web -o wide
NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR
web    3/3     3            3           60s   nginx        nginx:1.28   app=web
$ kubectl replace -f web.yaml --force
deployment.apps "web" deleted
deployment.apps/web replaced
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    0/3     3            0           1s
$ kubectl replace
error: must specify one of -f and -k
? 1
$ kubectl replace -f web.yaml --grace-period=0
error: --grace-period must have --force specified
? 1
$ kubectl get pod bad -o yaml > bad.yaml
$ sleep 30
$ kubectl replace -f bad.yaml
Error from server (Conflict): error when replacing "bad.yaml": Operation cannot be fulfilled on pods "bad": the object has been modified; please apply your changes to the latest version and try again
? 1
