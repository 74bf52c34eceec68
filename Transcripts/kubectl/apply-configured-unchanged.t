# kubectl apply: created, then unchanged, then configured after an edit; the last-applied annotation.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > web.yaml <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
>   labels:
>     app: web
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
> YAML
$ kubectl apply -f web.yaml
deployment.apps/web created
$ kubectl apply -f web.yaml
deployment.apps/web unchanged
$ cat > web.yaml <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
>   labels:
>     app: web
> spec:
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
$ kubectl apply -f web.yaml
deployment.apps/web configured
$ sleep 5
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    3/3     3            3           10s
$ kubectl get deployment web -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'
{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"app":"web"},"name":"web","namespace":"default"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx"}]}}}}
$ kubectl apply -f web.yaml --dry-run=client
deployment.apps/web unchanged (dry run)
