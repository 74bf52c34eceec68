# --dry-run on every command that writes: client (nothing sent) and server (checked, not
# stored), each message ending "(dry run)" or "(server dry run)"; --dry-run alone and as a
# boolean, deprecated with klog's warning; create --save-config keeps the generated object
# as the last-applied annotation, so a later apply is quiet.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --save-config
deployment.apps/web created
$ kubectl get deployment web -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'
{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx:1.27","resources":{}}]}},"strategy":{}},"status":{}}
$ kubectl scale deployment web --replicas=3 --dry-run=client
deployment.apps/web scaled (dry run)
$ kubectl scale deployment web --replicas=3 --dry-run=server
deployment.apps/web scaled (server dry run)
$ kubectl label deployment web tier=front --dry-run
W0101 00:00:04.000000       1 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.
deployment.apps/web labeled (dry run)
$ kubectl annotate deployment web note=hi --dry-run=true
W0101 00:00:05.000000       1 helpers.go:716] --dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.
deployment.apps/web annotated (dry run)
$ kubectl set image deployment/web nginx=nginx:1.28 --dry-run=server
deployment.apps/web image updated (server dry run)
$ kubectl set resources deployment/web --limits=cpu=200m --dry-run=client
deployment.apps/web resource requirements updated (dry run)
$ kubectl rollout restart deployment/web --dry-run=client
deployment.apps/web restarted (dry run)
$ kubectl rollout pause deployment/web --dry-run=server
deployment.apps/web paused (server dry run)
$ kubectl get deployment web -o wide --show-labels
NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR   LABELS
web    1/1     1            1           10s   nginx        nginx:1.27   app=web    app=web
$ kubectl cordon node01 --dry-run=client
node/node01 cordoned (dry run)
$ kubectl drain node02 --ignore-daemonsets --delete-emptydir-data --dry-run=client
node/node02 cordoned (dry run)
Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-dbdg7
evicting pod default/web-5c94f75b5d-clr4x (dry run)
node/node02 drained (dry run)
$ kubectl drain node02 --ignore-daemonsets --delete-emptydir-data --dry-run=server
node/node02 cordoned (server dry run)
Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-dbdg7
evicting pod default/web-5c94f75b5d-clr4x (server dry run)
node/node02 drained (server dry run)
$ kubectl taint nodes node01 gpu=yes:NoSchedule --dry-run=client
node/node01 tainted (dry run)
$ kubectl get nodes
NAME           STATUS   ROLES           AGE     VERSION
controlplane   Ready    control-plane   10m     v1.32.4
node01         Ready    <none>          9m20s   v1.32.4
node02         Ready    <none>          9m5s    v1.32.4
$ kubectl create deployment api --image=nginx:1.27 --dry-run=bogus
error: Invalid dry-run value (bogus). Must be "none", "server", or "client".
? 1
$ kubectl create deployment api --image=nginx:1.27 --dry-run=false -o name
W0101 00:00:17.000000       1 helpers.go:719] --dry-run=false is deprecated (boolean value) and can be replaced with --dry-run=none.
deployment.apps/api
$ kubectl get deployment web --show-labels -o yaml
error: --show-labels option cannot be used with yaml printer
? 1
$ kubectl config get-contexts sandbox staging prod
CURRENT   NAME      CLUSTER   AUTHINFO           NAMESPACE
*         sandbox   sandbox   kubernetes-admin   
context staging not found
context prod not found
? 1
$ kubectl set image deployment/web nginx=nginx:1.28 --dry-run=client -o yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "1"
    kubectl.kubernetes.io/last-applied-configuration: |
      {"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx:1.27","resources":{}}]}},"strategy":{}},"status":{}}
  creationTimestamp: "2026-01-01T00:00:00Z"
  generation: 1
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "352"
  uid: 3a0c9647-ea25-453c-80a1-6606fe4d9edf
spec:
  progressDeadlineSeconds: 600
  replicas: 1
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
      - image: nginx:1.28
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
  availableReplicas: 1
  conditions:
  - lastTransitionTime: "2026-01-01T00:00:05Z"
    lastUpdateTime: "2026-01-01T00:00:05Z"
    message: Deployment has minimum availability.
    reason: MinimumReplicasAvailable
    status: "True"
    type: Available
  - lastTransitionTime: "2026-01-01T00:00:00Z"
    lastUpdateTime: "2026-01-01T00:00:05Z"
    message: ReplicaSet "web-5c94f75b5d" has successfully progressed.
    reason: NewReplicaSetAvailable
    status: "True"
    type: Progressing
  observedGeneration: 1
  readyReplicas: 1
  replicas: 1
  updatedReplicas: 1
$ kubectl label deployment web tier=front --dry-run=client -o name
deployment.apps/web
$ kubectl scale deployment web --replicas=4 -o jsonpath='{.spec.replicas}{"\n"}'
1
$ kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
4
$ kubectl set image deployment/web nginx=nginx:1.28
deployment.apps/web image updated
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 3 out of 4 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "web" rollout to finish: 3 of 4 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl rollout undo deployment/web --dry-run=client
deployment.apps/web Pod Template:
  Labels:	app=web
	pod-template-hash=5c94f75b5d
  Containers:
   nginx:
    Image:	nginx:1.27
    Port:	<none>
    Host Port:	<none>
    Environment:	<none>
    Mounts:	<none>
  Volumes:	<none>
  Node-Selectors:	<none>
  Tolerations:	<none>
 (dry run)
$ kubectl rollout undo deployment/web --dry-run=server
deployment.apps/web rolled back (server dry run)
$ kubectl rollout undo deployment/web --to-revision=2 --dry-run=client | head -1
deployment.apps/web Pod Template:
$ kubectl rollout undo deployment/web --to-revision=2
deployment.apps/web skipped rollback (current template already matches revision 2)
$ kubectl rollout undo deployment/web --to-revision=-1
error: unable to find specified revision -1 in history
? 1
$ kubectl rollout pause deployment/web
deployment.apps/web paused
$ kubectl rollout undo deployment/web
error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again
? 1
$ kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
nginx:1.28
