# kubectl edit opens the live object in the editor $KUBE_EDITOR names (else $EDITOR, else
# vi). At a terminal that is the learner's own editor; here, as in scripts that drive kubectl
# edit, the editor is a sed that changes the file in place. kubectl writes the object as YAML
# under its comment header to a file in /tmp, and sends back what changed: the Deployment
# scales (a change to its status alone is ignored, as the server ignores it). An unchanged
# file cancels the edit; an invalid object reopens the file with the reasons at its top, and
# leaving it as it was keeps a copy and gives up; a change of kind or name is refused, and so
# is a new selector (apps/v1 keeps a Deployment's selector as it was created). -o json edits
# JSON (no header), and a type alone edits all of its objects as one List. Errors last.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ KUBE_EDITOR="sed -i 's/replicas: 1/replicas: 3/'" kubectl edit deployment web
deployment.apps/web edited
$ sleep 20
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    3/3     3            3           23s
$ KUBE_EDITOR=cat kubectl edit deployment/web
# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "1"
  creationTimestamp: "2026-01-01T00:00:00Z"
  generation: 2
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "382"
  uid: 3a0c9647-ea25-453c-80a1-6606fe4d9edf
spec:
  progressDeadlineSeconds: 600
  replicas: 3
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: web
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
    type: RollingUpdate
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        imagePullPolicy: IfNotPresent
        name: nginx
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
status:
  availableReplicas: 3
  conditions:
  - lastTransitionTime: "2026-01-01T00:00:06Z"
    lastUpdateTime: "2026-01-01T00:00:06Z"
    message: Deployment has minimum availability.
    reason: MinimumReplicasAvailable
    status: "True"
    type: Available
  - lastTransitionTime: "2026-01-01T00:00:00Z"
    lastUpdateTime: "2026-01-01T00:00:06Z"
    message: ReplicaSet "web-5c94f75b5d" has successfully progressed.
    reason: NewReplicaSetAvailable
    status: "True"
    type: Progressing
  observedGeneration: 2
  readyReplicas: 3
  replicas: 3
  updatedReplicas: 3
Edit cancelled, no changes made.
$ KUBE_EDITOR="sed -i 's/readyReplicas: 3/readyReplicas: 9/'" kubectl edit deployment web
deployment.apps/web edited
$ kubectl get deployment web -o jsonpath='{.metadata.resourceVersion} {.status.readyReplicas}{"\n"}'
382 3
$ export KUBE_EDITOR="sed -i 's/replicas: 3/replicas: -1/'"
$ kubectl edit deployment web
error: deployments.apps "web" is invalid
A copy of your changes has been stored to "/tmp/kubectl-edit-2918425050.yaml"
error: Edit cancelled, no valid changes were saved.
? 1
$ echo $?
1
$ head -8 /tmp/kubectl-edit-2835455152.yaml
# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
$ KUBE_EDITOR="sed -i 's/^  name: web/  name: shop/'" kubectl edit deployment web
A copy of your changes has been stored to "/tmp/kubectl-edit-3378873279.yaml"
error: At least one of apiVersion, kind and name was changed
? 1
$ KUBE_EDITOR="sed -i 's/app: web/app: shop/'" kubectl edit deployment web
error: deployments.apps "web" is invalid
A copy of your changes has been stored to "/tmp/kubectl-edit-2788826042.yaml"
error: Edit cancelled, no valid changes were saved.
? 1
$ sed -n 5,6p /tmp/kubectl-edit-1371526300.yaml
apiVersion: apps/v1
kind: Deployment
$ KUBE_EDITOR="sed -i 's/replicas: 3/replicas: [/'" kubectl edit deployment web
A copy of your changes has been stored to "/tmp/kubectl-edit-3223730277.yaml"
error: Edit cancelled, no valid changes were saved.
? 1
$ sed -n 5p /tmp/kubectl-edit-2110702852.yaml
apiVersion: apps/v1
$ unset KUBE_EDITOR
$ EDITOR="sed -i s/nginx:1.27/nginx:1.28/" kubectl edit deploy web -o json | grep -e generation -e '"image"'
        "generation": 3,
                        "image": "nginx:1.28",
$ kubectl rollout status deployment web
Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl create deployment api --image=httpd
deployment.apps/api created
$ KUBE_EDITOR="sed -i s/replicas:.1/replicas:\ 2/" kubectl edit deployments
deployment.apps/api edited
deployment.apps/web skipped
$ EDITOR=nano kubectl edit deployment web
error: unable to launch the editor "nano"
? 1
$ kubectl edit deployment web
error: unable to launch the editor "vi"
? 1
$ KUBE_EDITOR=false kubectl edit deployment web
error: there was a problem with the editor "false"
? 1
$ kubectl edit deployment nope
Error from server (NotFound): deployments.apps "nope" not found
? 1
$ kubectl edit deployment web -o wide
error: unable to match a printer suitable for the output format "wide", allowed formats are: json,yaml
? 1
$ kubectl edit
error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
? 1
