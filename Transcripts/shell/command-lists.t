# Commands joined by && or ; run one after another, and the controllers react in between,
# as they do in the milliseconds between two real kubectl runs. The clock does not move.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2 && kubectl get deployment,replicaset,pods
deployment.apps/web created
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/web   0/2     2            0           0s

NAME                             DESIRED   CURRENT   READY   AGE
replicaset.apps/web-5c94f75b5d   2         2         0       0s

NAME                       READY   STATUS    RESTARTS   AGE
pod/web-5c94f75b5d-8v528   0/1     Pending   0          0s
pod/web-5c94f75b5d-clr4x   0/1     Pending   0          0s
$ kubectl scale deployment web --replicas=3; kubectl get pods
deployment.apps/web scaled
NAME                   READY   STATUS    RESTARTS   AGE
web-5c94f75b5d-8v528   0/1     Pending   0          1s
web-5c94f75b5d-clr4x   0/1     Pending   0          1s
web-5c94f75b5d-jp96r   0/1     Pending   0          0s
$ kubectl delete deployment nope || kubectl get deployment web
Error from server (NotFound): deployments.apps "nope" not found
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    0/3     3            0           2s
$ kubectl get deployment web -o name && kubectl rollout status deployment/web
deployment.apps/web
Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...
deployment "web" successfully rolled out
