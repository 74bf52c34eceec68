# Change causes through a rollout: the Deployment's kubernetes.io/change-cause follows it to each new ReplicaSet, rollout history shows them, --revision prints a revision's pod template, and rollout undo brings back the old revision's cause. With -o, history prints the revisions' ReplicaSets themselves.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl annotate deployment/web kubernetes.io/change-cause="first release"
deployment.apps/web annotated
$ sleep 10
$ kubectl set image deployment/web nginx=nginx:1.28
deployment.apps/web image updated
$ kubectl annotate deployment/web kubernetes.io/change-cause="nginx 1.28" --overwrite
deployment.apps/web annotated
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         first release
2         nginx 1.28

$ kubectl rollout history deployment/web --revision=2
deployment.apps/web with revision #2
Pod Template:
  Labels:	app=web
	pod-template-hash=76bbc6d9dc
  Annotations:	kubernetes.io/change-cause: nginx 1.28
  Containers:
   nginx:
    Image:	nginx:1.28
    Port:	<none>
    Host Port:	<none>
    Environment:	<none>
    Mounts:	<none>
  Volumes:	<none>
  Node-Selectors:	<none>
  Tolerations:	<none>

$ kubectl rollout history deployment/web --revision=5
error: unable to find the specified revision
? 1
$ kubectl rollout undo deployment/web
deployment.apps/web rolled back
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
2         nginx 1.28
3         first release

$ kubectl get deployment web -o jsonpath="{.metadata.annotations}{\"\\n\"}"
{"deployment.kubernetes.io/revision":"3","kubernetes.io/change-cause":"first release"}
$ kubectl get rs -o custom-columns=NAME:.metadata.name,REVISION:.metadata.annotations.deployment\\.kubernetes\\.io/revision,HISTORY:.metadata.annotations.deployment\\.kubernetes\\.io/revision-history
NAME             REVISION   HISTORY
web-5c94f75b5d   3          1
web-76bbc6d9dc   2          <none>
$ kubectl rollout history deployment/web -o name
replicaset.apps/web-76bbc6d9dc
replicaset.apps/web-5c94f75b5d
$ kubectl rollout history deployment/web --revision=2 -o jsonpath='{.metadata.annotations.kubernetes\.io/change-cause}{"\n"}'
nginx 1.28
$ kubectl rollout history deployment/web -o yaml | grep -E '^(---|kind:)|^  name:'
kind: ReplicaSet
  name: web-76bbc6d9dc
---
kind: ReplicaSet
  name: web-5c94f75b5d
$ kubectl rollout history deployment/web --revision=9 -o name
error: unable to find the specified revision
? 1
