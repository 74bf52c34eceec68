# A ConfigMap changed under a running pod: its volume files follow at the kubelet's next
# periodic sync of the pod (every 60 to 90 s), so the first read after the change still shows
# the old value; a key mounted alone with subPath and an environment variable read from it
# keep what they had when the container started. Deleting the ConfigMap leaves the files as
# they were, and each sync after says FailedMount.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create configmap app --from-literal=color=blue --from-literal=mode=dev
configmap/app created
$ kubectl apply -f - <<'YAML'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: cfg
> spec:
>   containers:
>   - name: app
>     image: nginx:1.27
>     env:
>     - name: COLOR
>       valueFrom:
>         configMapKeyRef:
>           name: app
>           key: color
>     volumeMounts:
>     - name: config
>       mountPath: /etc/app
>     - name: config
>       mountPath: /etc/mode.conf
>       subPath: mode
>   volumes:
>   - name: config
>     configMap:
>       name: app
> YAML
pod/cfg created
$ kubectl wait --for=condition=Ready pod/cfg
pod/cfg condition met
$ kubectl exec cfg -- cat /etc/app/color
blue (no-eol)
$ kubectl patch configmap app -p '{"data":{"color":"green","mode":"prod"}}'
configmap/app patched
$ kubectl exec cfg -- cat /etc/app/color
blue (no-eol)
$ sleep 50
$ kubectl exec cfg -- cat /etc/app/color
blue (no-eol)
$ sleep 45
$ kubectl exec cfg -- cat /etc/app/color /etc/app/mode
greenprod (no-eol)
$ kubectl exec cfg -- cat /etc/mode.conf
dev (no-eol)
$ kubectl exec cfg -- printenv COLOR
blue
$ kubectl delete configmap app
configmap "app" deleted
$ sleep 100
$ kubectl exec cfg -- cat /etc/app/color
green (no-eol)
$ kubectl describe pod cfg | tail -3
  Normal   Created      3m28s              kubelet            Created container: app
  Normal   Started      3m28s              kubelet            Started container app
  Warning  FailedMount  12s (x2 over 78s)  kubelet            MountVolume.SetUp failed for volume "config" : configmap "app" not found
