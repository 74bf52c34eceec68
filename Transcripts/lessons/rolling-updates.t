# Lesson rolling-updates, solved with its reference solutions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson rolling-updates
Rolling updates
===============

A Deployment runs a version of your application. To ship a new version you change its pod
template — usually the image — and the Deployment controller rolls the change out: it
creates a new ReplicaSet, scales it up a pod at a time and the old one down, so the
application keeps serving throughout (`maxSurge` and `maxUnavailable`, 25% each by default,
set the pace). If the new version is broken, you roll back.

The setup created `web`: 3 replicas of `nginx:1.28`.

Step 1 of 5:
Update web to the image `nginx:1.29` and follow the rollout with `kubectl rollout status`
until it finishes.

Checked:
  • web's pod template uses nginx:1.29
  • You followed the rollout with kubectl rollout status
  • All 3 pods run the new version and no old pod is left

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ kubectl set image deployment/web nginx=nginx:1.27
deployment.apps/web image updated
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         <none>
2         <none>

$ kubectl set image deployment/web nginx=nginx:1.99
deployment.apps/web image updated
$ sleep 20
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ kubectl get pods
NAME                   READY   STATUS             RESTARTS   AGE
web-5c94f75b5d-4dbn2   1/1     Running            0          26s
web-5c94f75b5d-dvgd7   1/1     Running            0          37s
web-5c94f75b5d-sl7zf   1/1     Running            0          32s
web-6858f59687-9rgk7   0/1     ImagePullBackOff   0          22s
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    3/3     1            3           69s
$ answer 3
This step is not a question; `task` shows what to do.
$ kubectl rollout undo deployment/web
deployment.apps/web rolled back
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ kubectl rollout status deployment/web
deployment "web" successfully rolled out
