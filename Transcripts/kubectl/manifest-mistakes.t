# Mistakes in manifests the API server refuses before anything else: a quantity it cannot parse, a unit with the wrong case, a namespace in the file that -n contradicts, and kubectl set resources' own checks.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > pod.yaml <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: cache
>   namespace: default
> spec:
>   containers:
>   - name: redis
>     image: redis:7
>     resources:
>       requests:
>         memory: 128mb
> EOF
$ kubectl apply -f pod.yaml
Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
? 1
$ cat > pod.yaml <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: cache
>   namespace: default
> spec:
>   containers:
>   - name: redis
>     image: redis:7
>     resources:
>       requests:
>         memory: 128mi
> EOF
$ kubectl create -f pod.yaml
Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: unable to parse quantity's suffix
? 1
$ cat > pod.yaml <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: cache
>   namespace: default
> spec:
>   containers:
>   - name: redis
>     image: redis:7
>     resources:
>       requests:
>         memory: 128Mi
> EOF
$ kubectl apply -f pod.yaml -n kube-system
error: the namespace from the provided object "default" does not match the namespace "kube-system". You must pass '--namespace=default' to perform this operation.
? 1
$ kubectl apply -f pod.yaml
pod/cache created
$ kubectl get pod cache -o jsonpath='{.spec.containers[0].resources}{"\n"}'
{"requests":{"memory":"128Mi"}}
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl set resources deployment web --limits=cpu=half
error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
? 1
$ kubectl set resources deployment web --limits=memory=1gb
error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
? 1
$ kubectl set resources deployment web --limits=cpu
error: Invalid argument syntax cpu, expected <resource>=<value>
? 1
$ kubectl set resources deployment web --limits=cpu=500m,memory=256Mi
deployment.apps/web resource requirements updated
$ kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].resources}{"\n"}'
{"limits":{"cpu":"500m","memory":"256Mi"}}
