# A rolling update with maxSurge 1 and maxUnavailable 0, watched step by step, then its history.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=3
deployment.apps/web created
$ kubectl patch deployment web -p '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'
error: unknown command "patch" for "kubectl"
? 1
$ sleep 10
$ kubectl set image deployment/web nginx=nginx:1.28
deployment.apps/web image updated
$ kubectl get rs
NAME             DESIRED   CURRENT   READY   AGE
web-5c94f75b5d   3         3         3       14s
web-76bbc6d9dc   1         1         0       1s
$ sleep 3
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-5c94f75b5d-kqqw8   1/1     Running   0          19s
web-5c94f75b5d-tv7p2   1/1     Running   0          19s
web-76bbc6d9dc-4dbn2   0/1     Pending   0          1s
web-76bbc6d9dc-sl7zf   1/1     Running   0          6s
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl get rs
NAME             DESIRED   CURRENT   READY   AGE
web-5c94f75b5d   0         0         0       27s
web-76bbc6d9dc   3         3         3       14s
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         <none>
2         <none>

$ kubectl rollout history deployment/web --revision=2
error: Shipyard does not print a single revision's pod template yet; use kubectl get rs -o yaml
? 1
$ kubectl describe deployment web | grep -E 'Image|ScalingReplicaSet'
    Image:         nginx:1.28
  Normal  ScalingReplicaSet  30s   deployment-controller  Scaled up replica set web-5c94f75b5d from 0 to 3
  Normal  ScalingReplicaSet  17s   deployment-controller  Scaled up replica set web-76bbc6d9dc from 0 to 1
  Normal  ScalingReplicaSet  12s   deployment-controller  Scaled down replica set web-5c94f75b5d from 3 to 2
  Normal  ScalingReplicaSet  12s   deployment-controller  Scaled up replica set web-76bbc6d9dc from 1 to 2
  Normal  ScalingReplicaSet  7s    deployment-controller  Scaled down replica set web-5c94f75b5d from 2 to 1
  Normal  ScalingReplicaSet  7s    deployment-controller  Scaled up replica set web-76bbc6d9dc from 2 to 3
  Normal  ScalingReplicaSet  4s    deployment-controller  Scaled down replica set web-5c94f75b5d from 1 to 0
