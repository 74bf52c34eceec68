# Manifests with values of the wrong type and fields the kind does not have: kubectl's own check of the metadata, the API server's type errors (the first in key order), strict field validation refusing typos, --validate=warn warning and --validate=false dropping them.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > web.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
>   labels:
>     version: 2
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
>       - name: web
>         image: nginx:1.27
> EOF
$ kubectl apply -f web.yaml
error: unable to decode "web.yaml": json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string
? 1
$ cat > web.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: "2"
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: web
>     spec:
>       containers:
>       - name: web
>         image: nginx:1.27
>         env:
>         - name: PORT
>           value: 8080
> EOF
$ kubectl apply -f web.yaml
Error from server (BadRequest): error when creating "web.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
? 1
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
>       - name: web
>         image: nginx:1.27
>         env:
>         - name: PORT
>           value: 8080
> EOF
$ kubectl create -f web.yaml
Error from server (BadRequest): error when creating "web.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string
? 1
$ cat > web.yaml <<'EOF'
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replica: 2
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: web
>     spec:
>       containers:
>       - name: web
>         image: nginx:1.27
>         imagePullpolicy: Always
>         port:
>         - containerPort: 80
> EOF
$ kubectl apply -f web.yaml
Error from server (BadRequest): error when creating "web.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica", unknown field "spec.template.spec.containers[0].imagePullpolicy", unknown field "spec.template.spec.containers[0].port"
? 1
$ kubectl apply -f web.yaml --validate=warn
Warning: unknown field "spec.replica"
Warning: unknown field "spec.template.spec.containers[0].imagePullpolicy"
Warning: unknown field "spec.template.spec.containers[0].port"
deployment.apps/web created
$ kubectl get deployment web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0]}{"\n"}'
1 {"image":"nginx:1.27","imagePullPolicy":"IfNotPresent","name":"web","resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}
$ kubectl delete deployment web
deployment.apps "web" deleted
$ kubectl apply -f web.yaml --validate=false
deployment.apps/web created
$ kubectl apply -f web.yaml --validate=maybe
error: invalid - validate option "maybe"; must be one of: strict (or true), warn, ignore (or false)
? 1
$ cat > svc.yaml <<'EOF'
> apiVersion: v1
> kind: Service
> metadata:
>   name: web
> spec:
>   selector:
>     app: web
>   ports:
>   - port: 80
>     targetPort: yes
> EOF
$ kubectl apply -f svc.yaml
Error from server (BadRequest): error when creating "svc.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32
? 1
$ cat > svc.yaml <<'EOF'
> apiVersion: v1
> kind: Service
> metadata:
>   name: web
> spec:
>   selector:
>     app: web
>   ports:
>   - port: 80
>     targetPort: 80
> EOF
$ kubectl apply -f svc.yaml
service/web created
$ kubectl apply -f svc.yaml --validate
service/web unchanged
