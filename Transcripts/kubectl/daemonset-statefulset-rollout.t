# Rolling a DaemonSet and a StatefulSet to a new image and back: each template is kept as a
# ControllerRevision, which rollout history lists and rollout undo restores.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: DaemonSet
> metadata:
>   name: agent
> spec:
>   selector:
>     matchLabels:
>       app: agent
>   template:
>     metadata:
>       labels:
>         app: agent
>     spec:
>       terminationGracePeriodSeconds: 5
>       containers:
>       - name: agent
>         image: busybox:1.36
>         command: ["sleep", "3600"]
> ---
> apiVersion: apps/v1
> kind: StatefulSet
> metadata:
>   name: web
> spec:
>   serviceName: web
>   replicas: 3
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
daemonset.apps/agent created
statefulset.apps/web created
$ kubectl rollout status daemonset/agent
Waiting for daemon set "agent" rollout to finish: 0 of 2 updated pods are available...
Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...
daemon set "agent" successfully rolled out
$ kubectl rollout status statefulset/web
Waiting for 3 pods to be ready...
Waiting for 2 pods to be ready...
Waiting for 1 pods to be ready...
partitioned roll out complete: 3 new pods have been updated...
$ kubectl get controllerrevisions
NAME              CONTROLLER             REVISION   AGE
agent-98c45746c   daemonset.apps/agent   1          14s
web-66c9b4d89     statefulset.apps/web   1          14s
$ kubectl get pods -L controller-revision-hash
NAME          READY   STATUS    RESTARTS   AGE   CONTROLLER-REVISION-HASH
agent-8v528   1/1     Running   0          15s   98c45746c
agent-clr4x   1/1     Running   0          15s   98c45746c
web-0         1/1     Running   0          15s   web-66c9b4d89
web-1         1/1     Running   0          10s   web-66c9b4d89
web-2         1/1     Running   0          4s    web-66c9b4d89
$ kubectl annotate daemonset agent kubernetes.io/change-cause="busybox 1.37"
daemonset.apps/agent annotated
$ kubectl set image daemonset/agent agent=busybox:1.37
daemonset.apps/agent image updated
$ kubectl rollout status daemonset/agent
Waiting for daemon set "agent" rollout to finish: 0 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...
daemon set "agent" successfully rolled out
$ kubectl rollout history daemonset/agent
daemonset.apps/agent 
REVISION  CHANGE-CAUSE
1         <none>
2         busybox 1.37

$ kubectl rollout history daemonset/agent --revision=2
daemonset.apps/agent with revision #2
Pod Template:
  Labels:	app=agent
  Containers:
   agent:
    Image:	busybox:1.37
    Port:	<none>
    Host Port:	<none>
    Command:
      sleep
      3600
    Environment:	<none>
    Mounts:	<none>
  Volumes:	<none>
  Node-Selectors:	<none>
  Tolerations:	<none>

$ kubectl get daemonset agent -o jsonpath='{.metadata.annotations.deprecated\.daemonset\.template\.generation}{"\n"}'
2
$ kubectl set image statefulset/web nginx=nginx:1.28
statefulset.apps/web image updated
$ kubectl rollout status statefulset/web
Waiting for 1 pods to be ready...
Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...
Waiting for 1 pods to be ready...
Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...
Waiting for 1 pods to be ready...
partitioned roll out complete: 3 new pods have been updated...
$ kubectl get pods -l app=web -L controller-revision-hash
NAME    READY   STATUS    RESTARTS   AGE   CONTROLLER-REVISION-HASH
web-0   1/1     Running   0          4s    web-847f97d764
web-1   1/1     Running   0          11s   web-847f97d764
web-2   1/1     Running   0          18s   web-847f97d764
$ kubectl get statefulset web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
web-847f97d764 web-847f97d764
$ kubectl get events --field-selector involvedObject.name=web | tail -4
20s         Normal   SuccessfulCreate   statefulset/web   create Pod web-2 in StatefulSet web successful
21s         Normal   SuccessfulDelete   statefulset/web   delete Pod web-2 in StatefulSet web successful
14s         Normal   SuccessfulDelete   statefulset/web   delete Pod web-1 in StatefulSet web successful
7s          Normal   SuccessfulDelete   statefulset/web   delete Pod web-0 in StatefulSet web successful
$ kubectl rollout undo statefulset/web --dry-run=client
statefulset.apps/web Pod Template:
  Labels:	app=web
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
$ kubectl rollout undo statefulset/web
statefulset.apps/web rolled back
$ kubectl rollout status statefulset/web
Waiting for 1 pods to be ready...
Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...
Waiting for 1 pods to be ready...
Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...
Waiting for 1 pods to be ready...
partitioned roll out complete: 3 new pods have been updated...
$ kubectl rollout history statefulset/web
statefulset.apps/web 
REVISION  CHANGE-CAUSE
2         <none>
3         <none>

$ kubectl get controllerrevisions -l app=web
NAME             CONTROLLER             REVISION   AGE
web-66c9b4d89    statefulset.apps/web   3          75s
web-847f97d764   statefulset.apps/web   2          37s
$ kubectl rollout undo statefulset/web --to-revision=3
statefulset.apps/web skipped rollback (current template already matches revision 3)
$ kubectl rollout undo statefulset/web --to-revision=1
error: unable to find specified revision 1 in history
? 1
$ kubectl rollout undo daemonset/agent --to-revision=1 -o name
daemonset.apps/agent
$ kubectl rollout status daemonset/agent
Waiting for daemon set "agent" rollout to finish: 0 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...
daemon set "agent" successfully rolled out
$ kubectl rollout history daemonset/agent -o name
daemonset.apps/agent
daemonset.apps/agent
$ kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":-1}}}}'
The StatefulSet "web" is invalid: spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0
? 1
$ kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}'
statefulset.apps/web patched
$ kubectl set image statefulset/web nginx=nginx:1.28
statefulset.apps/web image updated
$ kubectl rollout status statefulset/web
Waiting for 1 pods to be ready...
partitioned roll out complete: 1 new pods have been updated...
$ kubectl get pods -l app=web -L controller-revision-hash
NAME    READY   STATUS    RESTARTS   AGE   CONTROLLER-REVISION-HASH
web-0   1/1     Running   0          32s   web-66c9b4d89
web-1   1/1     Running   0          36s   web-66c9b4d89
web-2   1/1     Running   0          4s    web-847f97d764
$ kubectl patch daemonset agent -p '{"spec":{"updateStrategy":{"type":"OnDelete","rollingUpdate":null}}}'
daemonset.apps/agent patched
$ kubectl rollout status daemonset/agent
error: rollout status is only available for RollingUpdate strategy type
? 1
$ kubectl patch daemonset agent -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'
daemonset.apps/agent patched
$ kubectl set image daemonset/agent agent=busybox:1.37
daemonset.apps/agent image updated
$ sleep 2
$ kubectl get pods -l app=agent -o wide
NAME          READY   STATUS        RESTARTS   AGE   IP            NODE     NOMINATED NODE   READINESS GATES
agent-fvrw8   1/1     Terminating   0          27s   10.244.1.8    node01   <none>           <none>
agent-kdr65   1/1     Running       0          4s    10.244.1.9    node01   <none>           <none>
agent-pjx7s   1/1     Running       0          20s   10.244.2.10   node02   <none>           <none>
agent-xsm86   0/1     Pending       0          1s    <none>        node02   <none>           <none>
$ kubectl rollout status daemonset/agent
Waiting for daemon set "agent" rollout to finish: 0 out of 2 new pods have been updated...
Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...
daemon set "agent" successfully rolled out
$ kubectl get pods -l app=agent -o wide
NAME          READY   STATUS    RESTARTS   AGE   IP            NODE     NOMINATED NODE   READINESS GATES
agent-kdr65   1/1     Running   0          13s   10.244.1.9    node01   <none>           <none>
agent-xsm86   1/1     Running   0          10s   10.244.2.12   node02   <none>           <none>
$ kubectl patch daemonset agent -p '{"spec":{"updateStrategy":{"rollingUpdate":{"maxUnavailable":1}}}}'
The DaemonSet "agent" is invalid: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero
? 1
$ kubectl patch daemonset agent -p '{"spec":{"updateStrategy":{"rollingUpdate":{"maxSurge":0}}}}'
The DaemonSet "agent" is invalid: spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0
? 1
$ kubectl create deployment api --image=nginx:1.27 --dry-run=client -o yaml | sed 's/maxSurge: 25%/maxSurge: 0/; s/strategy: {}/strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}/' | kubectl apply -f -
The Deployment "api" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0
? 1
$ kubectl delete statefulset web
statefulset.apps "web" deleted
$ kubectl get controllerrevisions
NAME              CONTROLLER             REVISION   AGE
agent-98c45746c   daemonset.apps/agent   3          2m4s
agent-bc7b69f86   daemonset.apps/agent   4          107s
