# A pod whose variable takes its value from a ConfigMap that is not there cannot have its
# container made: the kubelet reports CreateContainerConfigError with `configmap "settings"
# not found`, and its pod worker tries again every 10 to 15 s (the image check and the error
# counting up in describe's events). A ConfigMap without the key is the next error; once the
# key is there, the container starts with the value, and the downward API gives it the pod's
# own name.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: app
> spec:
>   containers:
>   - name: app
>     image: busybox:1.36
>     command: ["sh", "-c", "echo color=$COLOR; sleep 3600"]
>     env:
>     - name: COLOR
>       valueFrom:
>         configMapKeyRef:
>           name: settings
>           key: color
>     - name: POD_NAME
>       valueFrom:
>         fieldRef:
>           fieldPath: metadata.name
> EOF
pod/app created
$ sleep 30
$ kubectl get pod app
NAME   READY   STATUS                       RESTARTS   AGE
app    0/1     CreateContainerConfigError   0          32s
$ kubectl describe pod app | tail -7
  Type     Reason     Age               From               Message
  ----     ------     ----              ----               -------
  Normal   Scheduled  33s               default-scheduler  Successfully assigned default/app to node02
  Normal   Pulling    31s               kubelet            Pulling image "busybox:1.36"
  Normal   Pulled     31s               kubelet            Successfully pulled image "busybox:1.36" in 474ms (474ms including waiting). Image size: 2155690 bytes.
  Warning  Failed     7s (x3 over 31s)  kubelet            Error: configmap "settings" not found
  Normal   Pulled     7s (x2 over 20s)  kubelet            Container image "busybox:1.36" already present on machine
$ kubectl create configmap settings --from-literal=colour=blue
configmap/settings created
$ sleep 20
$ kubectl describe pod app | grep -A3 "State:"
    State:          Waiting
      Reason:       CreateContainerConfigError
    Ready:          False
    Restart Count:  0
$ kubectl get events --field-selector reason=Failed
LAST SEEN   TYPE      REASON   OBJECT    MESSAGE
31s         Warning   Failed   pod/app   Error: configmap "settings" not found
8s          Warning   Failed   pod/app   Error: couldn't find key color in ConfigMap default/settings
$ kubectl create configmap settings --from-literal=color=blue --dry-run=client -o yaml | kubectl replace -f -
configmap/settings replaced
$ sleep 20
$ kubectl get pod app
NAME   READY   STATUS    RESTARTS   AGE
app    1/1     Running   0          80s
$ kubectl logs app
color=blue
$ kubectl exec app -- env | grep -e COLOR -e POD_NAME
COLOR=blue
POD_NAME=app
