# The Kubernetes docs' Deployment page, step by step: nginx:1.14.2, updated to 1.16.1, a typo'd
# tag (1.161) that never pulls, and the rollback. The old nginx images start silently and run
# on older Debian releases, as the real ones do.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > nginx-deployment.yaml <<'YAML'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: nginx-deployment
>   labels:
>     app: nginx
> spec:
>   replicas: 3
>   selector:
>     matchLabels:
>       app: nginx
>   template:
>     metadata:
>       labels:
>         app: nginx
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.14.2
>         ports:
>         - containerPort: 80
> YAML
$ kubectl apply -f nginx-deployment.yaml
deployment.apps/nginx-deployment created
$ kubectl get deployments
NAME               READY   UP-TO-DATE   AVAILABLE   AGE
nginx-deployment   0/3     3            0           1s
$ kubectl rollout status deployment/nginx-deployment
Waiting for deployment "nginx-deployment" rollout to finish: 0 of 3 updated replicas are available...
Waiting for deployment "nginx-deployment" rollout to finish: 1 of 3 updated replicas are available...
deployment "nginx-deployment" successfully rolled out
$ kubectl get rs
NAME                          DESIRED   CURRENT   READY   AGE
nginx-deployment-7f4d79f7d7   3         3         3       5s
$ kubectl get pods --show-labels
NAME                                READY   STATUS    RESTARTS   AGE   LABELS
nginx-deployment-7f4d79f7d7-8v528   1/1     Running   0          6s    app=nginx,pod-template-hash=7f4d79f7d7
nginx-deployment-7f4d79f7d7-clr4x   1/1     Running   0          6s    app=nginx,pod-template-hash=7f4d79f7d7
nginx-deployment-7f4d79f7d7-jp96r   1/1     Running   0          6s    app=nginx,pod-template-hash=7f4d79f7d7
$ kubectl logs deploy/nginx-deployment
Found 3 pods, using pod/nginx-deployment-7f4d79f7d7-clr4x
$ kubectl exec deploy/nginx-deployment -- cat /etc/os-release
PRETTY_NAME="Debian GNU/Linux 9 (stretch)"
NAME="Debian GNU/Linux"
VERSION_ID="9"
VERSION="9 (stretch)"
VERSION_CODENAME=stretch
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
$ kubectl set image deployment.v1.apps/nginx-deployment nginx=nginx:1.16.1
deployment.apps/nginx-deployment image updated
$ kubectl rollout status deployment/nginx-deployment
Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "nginx-deployment" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "nginx-deployment" rollout to finish: 1 old replicas are pending termination...
deployment "nginx-deployment" successfully rolled out
$ kubectl get rs
NAME                          DESIRED   CURRENT   READY   AGE
nginx-deployment-6c9484cc6d   3         3         3       14s
nginx-deployment-7f4d79f7d7   0         0         0       23s
$ kubectl describe deployments
Name:                   nginx-deployment
Namespace:              default
CreationTimestamp:      Thu, 01 Jan 2026 00:00:01 +0000
Labels:                 app=nginx
Annotations:            deployment.kubernetes.io/revision: 2
Selector:               app=nginx
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=nginx
  Containers:
   nginx:
    Image:         nginx:1.16.1
    Port:          80/TCP
    Host Port:     0/TCP
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
OldReplicaSets:  nginx-deployment-7f4d79f7d7 (0/0 replicas created)
NewReplicaSet:   nginx-deployment-6c9484cc6d (3/3 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  24s   deployment-controller  Scaled up replica set nginx-deployment-7f4d79f7d7 from 0 to 3
  Normal  ScalingReplicaSet  15s   deployment-controller  Scaled up replica set nginx-deployment-6c9484cc6d from 0 to 1
  Normal  ScalingReplicaSet  10s   deployment-controller  Scaled down replica set nginx-deployment-7f4d79f7d7 from 3 to 2
  Normal  ScalingReplicaSet  10s   deployment-controller  Scaled up replica set nginx-deployment-6c9484cc6d from 1 to 2
  Normal  ScalingReplicaSet  5s    deployment-controller  Scaled down replica set nginx-deployment-7f4d79f7d7 from 2 to 1
  Normal  ScalingReplicaSet  5s    deployment-controller  Scaled up replica set nginx-deployment-6c9484cc6d from 2 to 3
  Normal  ScalingReplicaSet  2s    deployment-controller  Scaled down replica set nginx-deployment-7f4d79f7d7 from 1 to 0
$ kubectl set image deployment/nginx-deployment nginx=nginx:1.161
deployment.apps/nginx-deployment image updated
$ kubectl rollout status deployment/nginx-deployment --timeout=20s
Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...
error: timed out waiting for the condition
? 1
$ kubectl get rs
NAME                          DESIRED   CURRENT   READY   AGE
nginx-deployment-6c9484cc6d   3         3         3       38s
nginx-deployment-7f4d79f7d7   0         0         0       47s
nginx-deployment-dbb4db858    1         1         0       22s
$ kubectl get pods
NAME                                READY   STATUS             RESTARTS   AGE
nginx-deployment-6c9484cc6d-6vzmq   1/1     Running            0          39s
nginx-deployment-6c9484cc6d-fvrw8   1/1     Running            0          34s
nginx-deployment-6c9484cc6d-pjx7s   1/1     Running            0          29s
nginx-deployment-dbb4db858-kdr65    0/1     ImagePullBackOff   0          23s
$ kubectl rollout history deployment/nginx-deployment
deployment.apps/nginx-deployment 
REVISION  CHANGE-CAUSE
1         <none>
2         <none>
3         <none>

$ kubectl rollout history deployment/nginx-deployment --revision=2
deployment.apps/nginx-deployment with revision #2
Pod Template:
  Labels:	app=nginx
	pod-template-hash=6c9484cc6d
  Containers:
   nginx:
    Image:	nginx:1.16.1
    Port:	80/TCP
    Host Port:	0/TCP
    Environment:	<none>
    Mounts:	<none>
  Volumes:	<none>
  Node-Selectors:	<none>
  Tolerations:	<none>

$ kubectl rollout undo deployment/nginx-deployment
deployment.apps/nginx-deployment rolled back
$ kubectl get deployment nginx-deployment
NAME               READY   UP-TO-DATE   AVAILABLE   AGE
nginx-deployment   3/3     3            3           52s
$ kubectl describe deployment nginx-deployment | tail -12
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  53s   deployment-controller  Scaled up replica set nginx-deployment-7f4d79f7d7 from 0 to 3
  Normal  ScalingReplicaSet  44s   deployment-controller  Scaled up replica set nginx-deployment-6c9484cc6d from 0 to 1
  Normal  ScalingReplicaSet  39s   deployment-controller  Scaled down replica set nginx-deployment-7f4d79f7d7 from 3 to 2
  Normal  ScalingReplicaSet  39s   deployment-controller  Scaled up replica set nginx-deployment-6c9484cc6d from 1 to 2
  Normal  ScalingReplicaSet  34s   deployment-controller  Scaled down replica set nginx-deployment-7f4d79f7d7 from 2 to 1
  Normal  ScalingReplicaSet  34s   deployment-controller  Scaled up replica set nginx-deployment-6c9484cc6d from 2 to 3
  Normal  ScalingReplicaSet  31s   deployment-controller  Scaled down replica set nginx-deployment-7f4d79f7d7 from 1 to 0
  Normal  ScalingReplicaSet  28s   deployment-controller  Scaled up replica set nginx-deployment-dbb4db858 from 0 to 1
  Normal  ScalingReplicaSet  2s    deployment-controller  Scaled down replica set nginx-deployment-dbb4db858 from 1 to 0
$ kubectl exec deploy/nginx-deployment -- ls /
bin
boot
dev
etc
home
lib
lib64
media
mnt
opt
proc
root
run
sbin
srv
sys
tmp
usr
var
$ kubectl exec deploy/nginx-deployment -- cat /usr/share/nginx/html/index.html
<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
