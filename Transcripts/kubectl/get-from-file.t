# kubectl get -f: the objects a manifest names, before and after they exist, one table per kind; and the error for mixing files with resource arguments.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > app.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 2
>   selector:
>     matchLabels: {app: web}
>   template:
>     metadata:
>       labels: {app: web}
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
> ---
> apiVersion: v1
> kind: Service
> metadata:
>   name: web
> spec:
>   selector: {app: web}
>   ports:
>   - port: 80
> EOF
$ kubectl get -f app.yaml
Error from server (NotFound): deployments.apps "web" not found
Error from server (NotFound): services "web" not found
? 1
$ kubectl apply -f app.yaml
deployment.apps/web created
service/web created
$ sleep 10
$ kubectl get -f app.yaml
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/web   2/2     2            2           12s

NAME          TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE
service/web   ClusterIP   10.106.197.133   <none>        80/TCP    12s
$ kubectl get -f app.yaml -o name
deployment.apps/web
service/web
$ kubectl get pods -f app.yaml
error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well
? 1
$ kubectl get -f app.yaml -n kube-system
Error from server (NotFound): deployments.apps "web" not found
Error from server (NotFound): services "web" not found
? 1
