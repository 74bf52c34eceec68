# kubectl patch: a strategic merge patch turning a Service into a NodePort (and back), a container's image patched by name, merge and JSON patches, --overrides on kubectl run, and the errors of each.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl patch service web -p '{"spec":{"type":"NodePort"}}'
service/web patched
$ kubectl get service web
NAME   TYPE       CLUSTER-IP       EXTERNAL-IP   PORT(S)        AGE
web    NodePort   10.106.197.133   <none>        80:32652/TCP   2s
$ kubectl patch service web -p '{"spec":{"type":"NodePort"}}'
service/web patched (no change)
$ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}'
deployment.apps/web patched
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[*].image}{"\n"}'
nginx:1.28
$ kubectl patch deployment web --type=merge -p 'spec: {replicas: 3}'
deployment.apps/web patched
$ kubectl patch deployment web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":4}]'
deployment.apps/web patched
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    2/4     4            2           19s
$ kubectl patch deployment web --type=json -p '[{"op":"remove","path":"/spec/paused/x"}]'
The request is invalid: the server rejected our request due to an error in our request
? 1
$ kubectl patch deployment web -p '{"spec":{"replicas":-1}}'
The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
? 1
$ kubectl patch deployment web --type=foo -p '{}'
error: --type must be one of [json merge strategic], not "foo"
? 1
$ kubectl patch deployment web
error: must specify --patch or --patch-file containing the contents of the patch
? 1
$ kubectl patch deployment nope -p '{"spec":{"replicas":1}}'
Error from server (NotFound): deployments.apps "nope" not found
? 1
$ kubectl patch deployment web -p '{bad'
error: unable to parse "{bad": yaml: line 1: did not find expected ',' or '}'
? 1
$ kubectl patch service web -p '{"spec":{"type":"ClusterIP"}}' --dry-run=client
service/web patched (dry run)
$ kubectl patch service web -p '{"spec":{"type":"ClusterIP"}}' -o name
service/web
$ kubectl get service web
NAME   TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE
web    ClusterIP   10.106.197.133   <none>        80/TCP    27s
$ kubectl run pinned --image=nginx:1.27 --overrides='{"spec":{"nodeName":"node02"}}'
pod/pinned created
$ kubectl get pod pinned -o wide
NAME     READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES
pinned   0/1     Pending   0          1s    <none>   node02   <none>           <none>
$ kubectl run bad --image=nginx:1.27 --overrides='{"spec":{"containers":[{"name":"bad","image":"nginx","resources":{"requests":{"memory":"128mi"}}}]}}'
error: unable to parse quantity's suffix
? 1
$ kubectl run bad --image=nginx:1.27 --override-type=patch --overrides='{}'
error: invalid override type: patch
? 1
