# Lesson rolling-updates with wrong turns: a wrong container name in set image, reset,
# hints, and a wrong count of serving pods.
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
$ kubectl set image deployment/web web=nginx:1.29
error: unable to find container named "web"
? 1
$ kubectl get deployment web -o wide
NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR
web    3/3     3            3           32s   nginx        nginx:1.28   app=web
$ reset
Reset rolling-updates to its start.

Step 1 of 5:
Update web to the image `nginx:1.29` and follow the rollout with `kubectl rollout status`
until it finishes.

Checked:
  • web's pod template uses nginx:1.29
  • You followed the rollout with kubectl rollout status
  • All 3 pods run the new version and no old pod is left
$ kubectl get deployment web -o wide
NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR
web    3/3     3            3           31s   nginx        nginx:1.28   app=web
$ kubectl set image deployment/web nginx=nginx:1.29
deployment.apps/web image updated
$ check
✓ web's pod template uses nginx:1.29
✗ You followed the rollout with kubectl rollout status
    Run `kubectl rollout status deployment/web` to follow it to the end.
✗ All 3 pods run the new version and no old pod is left
    The rollout is still going; `kubectl rollout status deployment/web` waits for it.
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out

✓ Step 1 done.
`kubectl set image` changed the pod template, so the Deployment controller made a new
ReplicaSet for it and moved the pods across: up one new pod, down one old one, until all 3 ran
1.29. `kubectl get rs` shows both ReplicaSets; the old one is kept at 0 replicas for rolling
back.

Step 2 of 5:
Show web's rollout history.

Checked:
  • You looked at web's rollout history
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         <none>
2         <none>


✓ Step 2 done.
Each change of the pod template is a revision. Revision 1 was nginx:1.28; revision 2 is
nginx:1.29. (`CHANGE-CAUSE` shows the `kubernetes.io/change-cause` annotation if you set one.)

Step 3 of 5:
Now ship a broken version: set web's image to `nginx:1.99`, a tag that does not exist, and see
what happens to the new pod.

Checked:
  • web's pod template uses nginx:1.99
  • A new pod cannot pull its image
$ kubectl set image deployment/web nginx=nginx:1.99
deployment.apps/web image updated
$ check
✓ web's pod template uses nginx:1.99
✗ A new pod cannot pull its image
    Give the kubelet a few seconds to try the pull; `kubectl get pods` shows the STATUS.
$ sleep 20

✓ Step 3 done.
The kubelet asked containerd to pull `nginx:1.99`; the registry said there is no such tag:
`ErrImagePull`, then `ImagePullBackOff` as the kubelet waits longer and longer between
retries. The rollout stopped there.

Step 4 of 5:
How many of web's pods are still available to serve requests?

Answer with `answer …`.
$ kubectl get pods
NAME                   READY   STATUS             RESTARTS   AGE
web-5475bdc44d-6vzmq   1/1     Running            0          38s
web-5475bdc44d-fvrw8   1/1     Running            0          33s
web-5475bdc44d-pjx7s   1/1     Running            0          28s
web-6858f59687-kdr65   0/1     ImagePullBackOff   0          23s
$ answer 0
✗ Look at the AVAILABLE column of `kubectl get deployment web` — the old pods were not taken down.
$ hint
Hint 1/1: `kubectl get deployment web` has an AVAILABLE column; `kubectl get pods` shows which pods still run.
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    3/3     1            3           73s
$ answer 3

✓ Step 4 done.
All 3 old pods still serve. With 3 replicas, 25% `maxUnavailable` rounds down to 0, so the
Deployment may not take an old pod down until a new one is ready — and the new one never
becomes ready. A bad rollout stalls instead of taking the application down.

Step 5 of 5:
Roll web back to the version that worked, and wait until it is healthy again.

Checked:
  • web is back on nginx:1.29
  • No pod is stuck pulling an image
  • 3 pods of the restored version are available
$ kubectl rollout undo deployment/web
deployment.apps/web rolled back
$ kubectl rollout status deployment/web
deployment "web" successfully rolled out

✓ Step 5 done.
`kubectl rollout undo` made the previous revision's template current again, as a new revision.
The broken ReplicaSet was scaled to 0 and its pod removed. `kubectl rollout history` now skips
revision 2: it became revision 4.

★ Lesson complete: Rolling updates

You rolled a new version out without downtime, watched a broken version stall safely, and
rolled back. Next: Jobs — workloads that are meant to finish.

Next: `lesson jobs` — Jobs.
