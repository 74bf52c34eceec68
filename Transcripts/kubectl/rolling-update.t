# A rolling update with maxSurge 1 and maxUnavailable 0, watched step by step, then its history;
# then rollout pause, resume, restart and undo printing as -o asks (the name, a field of the
# object; undo prints the Deployment as it was before the rollback).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 3
>   strategy:
>     rollingUpdate:
>       maxSurge: 1
>       maxUnavailable: 0
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: web
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
> YAML
deployment.apps/web created
$ sleep 10
$ kubectl set image deployment/web nginx=nginx:1.28
deployment.apps/web image updated
$ kubectl get rs
NAME             DESIRED   CURRENT   READY   AGE
web-5c94f75b5d   3         3         3       13s
web-76bbc6d9dc   1         1         0       1s
$ sleep 3
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-5c94f75b5d-clr4x   1/1     Running   0          18s
web-5c94f75b5d-jp96r   1/1     Running   0          18s
web-76bbc6d9dc-6vzmq   1/1     Running   0          6s
web-76bbc6d9dc-fvrw8   0/1     Pending   0          1s
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl get rs
NAME             DESIRED   CURRENT   READY   AGE
web-5c94f75b5d   0         0         0       26s
web-76bbc6d9dc   3         3         3       14s
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         <none>
2         <none>

$ kubectl describe deployment web | grep -E 'Image|ScalingReplicaSet|RollingUpdateStrategy'
RollingUpdateStrategy:  0 max unavailable, 1 max surge
    Image:         nginx:1.28
  Normal  ScalingReplicaSet  28s   deployment-controller  Scaled up replica set web-5c94f75b5d from 0 to 3
  Normal  ScalingReplicaSet  16s   deployment-controller  Scaled up replica set web-76bbc6d9dc from 0 to 1
  Normal  ScalingReplicaSet  11s   deployment-controller  Scaled down replica set web-5c94f75b5d from 3 to 2
  Normal  ScalingReplicaSet  11s   deployment-controller  Scaled up replica set web-76bbc6d9dc from 1 to 2
  Normal  ScalingReplicaSet  6s    deployment-controller  Scaled down replica set web-5c94f75b5d from 2 to 1
  Normal  ScalingReplicaSet  6s    deployment-controller  Scaled up replica set web-76bbc6d9dc from 2 to 3
  Normal  ScalingReplicaSet  3s    deployment-controller  Scaled down replica set web-5c94f75b5d from 1 to 0
$ kubectl rollout pause deployment/web -o jsonpath='{.spec.paused}{"\n"}'
true
$ kubectl rollout resume deployment/web -o name
deployment.apps/web
$ kubectl rollout restart deployment/web -o jsonpath='{.spec.template.metadata.annotations}{"\n"}'
{"kubectl.kubernetes.io/restartedAt":"2026-01-01T00:00:31Z"}
$ kubectl rollout undo deployment/web -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
nginx:1.28
$ kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
nginx:1.28
$ kubectl rollout undo deployment/web --dry-run=client -o name
deployment.apps/web
