# ConfigMap and Secret volumes: each key a file under the mount path (a Secret's decoded),
# or the items chosen at their own paths, or one key as a file with subPath. A pod whose
# ConfigMap or Secret is not there yet waits in ContainerCreating while the kubelet's volume
# manager tries again (FailedMount, 0.5 s doubling up to 2m2s), and starts once both exist.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: cfg
> spec:
>   containers:
>   - name: app
>     image: nginx:1.27
>     volumeMounts:
>     - name: config
>       mountPath: /etc/app
>     - name: creds
>       mountPath: /etc/creds
>       readOnly: true
>     - name: config
>       mountPath: /etc/mode.conf
>       subPath: mode
>   volumes:
>   - name: config
>     configMap:
>       name: app
>   - name: creds
>     secret:
>       secretName: db
>       items:
>       - key: password
>         path: db/password
> EOF
pod/cfg created
$ sleep 30
$ kubectl get pod cfg
NAME   READY   STATUS              RESTARTS   AGE
cfg    0/1     ContainerCreating   0          32s
$ kubectl describe pod cfg | tail -4
  ----     ------       ----               ----               -------
  Normal   Scheduled    33s                default-scheduler  Successfully assigned default/cfg to node02
  Warning  FailedMount  16s (x6 over 31s)  kubelet            MountVolume.SetUp failed for volume "config" : configmap "app" not found
  Warning  FailedMount  16s (x6 over 31s)  kubelet            MountVolume.SetUp failed for volume "creds" : secret "db" not found
$ kubectl create configmap app --from-literal=color=blue --from-literal=mode=dev
configmap/app created
$ kubectl create secret generic db --from-literal=password=s3cret --from-literal=user=admin
secret/db created
$ sleep 60
$ kubectl get pod cfg
NAME   READY   STATUS    RESTARTS   AGE
cfg    1/1     Running   0          97s
$ kubectl exec cfg -- ls /etc/app
color
mode
$ kubectl exec cfg -- cat /etc/app/color
blue (no-eol)
$ kubectl exec cfg -- ls /etc/creds /etc/creds/db
/etc/creds:
db

/etc/creds/db:
password
$ kubectl exec cfg -- cat /etc/creds/db/password
s3cret (no-eol)
$ kubectl exec cfg -- cat /etc/mode.conf
dev (no-eol)
