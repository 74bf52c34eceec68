# --record, deprecated but in many tutorials: kubectl notes the deprecation and writes its
# command line (its words, then each flag as --name=value) into kubernetes.io/change-cause,
# which the deployment controller copies to the ReplicaSet and rollout history shows.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > web.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 2
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
> EOF
$ kubectl apply -f web.yaml --record
Flag --record has been deprecated, --record will be removed in the future
deployment.apps/web created
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl set image deployment/web nginx=nginx:1.28 --record
Flag --record has been deprecated, --record will be removed in the future
deployment.apps/web image updated
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         kubectl apply --filename=web.yaml --record=true
2         kubectl set image deployment/web nginx=nginx:1.28 --record=true

$ kubectl annotate deployment web kubernetes.io/change-cause="upgrade to 1.28" --overwrite
deployment.apps/web annotated
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         kubectl apply --filename=web.yaml --record=true
2         upgrade to 1.28

$ kubectl create deployment api --image=nginx:1.27 --record
Error: unknown flag: --record
See 'kubectl create deployment --help' for usage.
? 1
$ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.29"}]}}}}' --record
Flag --record has been deprecated, --record will be removed in the future
deployment.apps/web patched
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl rollout history deployment/web
deployment.apps/web 
REVISION  CHANGE-CAUSE
1         kubectl apply --filename=web.yaml --record=true
2         upgrade to 1.28
3         kubectl patch deployment web --patch={"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.29"}]}}}} --record=true

