# Lesson deployments, solved with its reference solutions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson deployments
Pods and Deployments
====================

A pod is ephemeral: it can be deleted, evicted or lost with its node, and a pod that is gone
stays gone. So you rarely create pods yourself. You tell Kubernetes what you want — "two pods
of nginx:1.27, always" — with a Deployment, and controllers in the kube-controller-manager
make it so and keep it so.

In this lesson you will create a Deployment, look at the ReplicaSet it creates, scale it,
and delete one of its pods to see it come back. Then you will do the same to a pod that no
controller owns.

Step 1 of 6:
Create a Deployment named `web` that runs 2 replicas of the image `nginx:1.27`, and wait until
both pods are ready.

Checked:
  • A Deployment named web runs the image nginx:1.27
  • web asks for 2 replicas
  • 2 of web's pods are ready

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ sleep 15

✓ Step 1 done.
The Deployment controller created a ReplicaSet for web's pod template, the ReplicaSet
controller created 2 pods from it, the scheduler placed them on nodes and their kubelets
started them. `kubectl get deployments` shows `READY 2/2` once both pass their checks.

Step 2 of 6:
List the ReplicaSets in the namespace.

Checked:
  • You listed the ReplicaSets
$ kubectl get replicasets
NAME             DESIRED   CURRENT   READY   AGE
web-5c94f75b5d   2         2         2       17s

✓ Step 2 done.
`web-…` is web's ReplicaSet. Its name ends in a hash of the pod template, and its pods' names
start with the ReplicaSet's name. The ReplicaSet's one job is to keep exactly `DESIRED` pods
matching its selector running.

Step 3 of 6:
Scale web to 4 replicas, and wait until all 4 are ready.

Checked:
  • web asks for 4 replicas
  • 4 of web's pods are ready
$ kubectl scale deployment web --replicas=4
deployment.apps/web scaled
$ sleep 15

✓ Step 3 done.
Scaling changed one number, `spec.replicas`, on the Deployment. The Deployment controller
passed it to the ReplicaSet, which created two more pods; the scheduler spread them over the
worker nodes (see `kubectl get pods -o wide`). `kubectl edit deployment web` changes the same
number another way: it opens the whole Deployment in your editor, and saving sends the change.

Step 4 of 6:
Delete one of web's pods, and watch web get back to 4 ready pods.

Checked:
  • You deleted a pod
  • web has 4 ready pods again
$ kubectl delete pod $(kubectl get pods -l app=web -o jsonpath={.items[0].metadata.name})
pod "web-5c94f75b5d-6vzmq" deleted
$ sleep 15

✓ Step 4 done.
The moment a pod was deleted, the ReplicaSet saw 3 pods where it wants 4 and created a new
one, with a new name. This is the controller pattern that runs all of Kubernetes: watch the
actual state, compare it with the desired state, act on the difference.

Step 5 of 6:
Run a pod named `solo` (image `nginx:1.27`) with `kubectl run`, then delete it. Check that it
does not come back.

Checked:
  • You ran a pod named solo
  • You deleted solo
  • solo is gone and nothing brought it back
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-5c94f75b5d-8v528   1/1     Running   0          52s
web-5c94f75b5d-clr4x   1/1     Running   0          52s
web-5c94f75b5d-fvrw8   1/1     Running   0          17s
web-5c94f75b5d-jp96r   1/1     Running   0          34s
$ kubectl run solo --image=nginx:1.27
pod/solo created
$ sleep 10
$ kubectl delete pod solo
pod "solo" deleted

✓ Step 5 done.
Nothing owns `solo`, so nothing replaces it. That is why applications run under controllers —
Deployments, StatefulSets, DaemonSets, Jobs — and not as bare pods.

Step 6 of 6:
Which kind of object created the pod that replaced the one you deleted in the self-healing
step?

Answer with `answer …`.
$ answer replicaset

✓ Step 6 done.
The ReplicaSet. A Deployment manages ReplicaSets (one per version of the pod template);
each ReplicaSet manages pods. The Deployment's extra power is changing versions, which is the
next lesson.

★ Lesson complete: Pods and Deployments

You let controllers do the work: a Deployment made a ReplicaSet, the ReplicaSet kept your pods
running through scaling and deletion, and a pod without an owner stayed deleted. Next: rolling
updates — changing the version of a running application without stopping it.

Next: `lesson rolling-updates` — Rolling updates.
