# kubectl events --watch: the events that exist, in the order the watch replays them, then each new one as the simulated clock moves, until the world is quiet.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ sleep 10
$ kubectl scale deployment web --replicas=3
deployment.apps/web scaled
$ kubectl events --watch --for deployment/web
LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
13s         Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-5c94f75b5d from 0 to 1
1s          Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-5c94f75b5d from 1 to 3
$ kubectl events -w --types=Warning
$ kubectl run bad --image=nginx:9.99
pod/bad created
$ kubectl events -w --for pod/bad
LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
1s          Normal   Scheduled   Pod/bad   Successfully assigned default/bad to node02
0s          Normal   Pulling     Pod/bad   Pulling image "nginx:9.99"
0s          Warning   Failed      Pod/bad   Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": failed to resolve reference "docker.io/library/nginx:9.99": docker.io/library/nginx:9.99: not found
0s          Warning   Failed      Pod/bad   Error: ErrImagePull
0s          Normal    BackOff     Pod/bad   Back-off pulling image "nginx:9.99"
0s          Warning   Failed      Pod/bad   Error: ImagePullBackOff
0s (x2 over 11s)   Normal    Pulling     Pod/bad   Pulling image "nginx:9.99"
0s (x2 over 11s)   Warning   Failed      Pod/bad   Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": failed to resolve reference "docker.io/library/nginx:9.99": docker.io/library/nginx:9.99: not found
0s (x2 over 11s)   Warning   Failed      Pod/bad   Error: ErrImagePull
0s (x2 over 11s)   Normal    BackOff     Pod/bad   Back-off pulling image "nginx:9.99"
0s (x2 over 11s)   Warning   Failed      Pod/bad   Error: ImagePullBackOff
0s (x3 over 32s)   Normal    Pulling     Pod/bad   Pulling image "nginx:9.99"
0s (x3 over 31s)   Warning   Failed      Pod/bad   Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": failed to resolve reference "docker.io/library/nginx:9.99": docker.io/library/nginx:9.99: not found
0s (x3 over 31s)   Warning   Failed      Pod/bad   Error: ErrImagePull
0s (x3 over 32s)   Normal    BackOff     Pod/bad   Back-off pulling image "nginx:9.99"
0s (x3 over 32s)   Warning   Failed      Pod/bad   Error: ImagePullBackOff
