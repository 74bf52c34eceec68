# A pod whose variable takes its value from a ConfigMap that is not there cannot have its
# container made: the kubelet reports CreateContainerConfigError with `configmap "settings"
# not found`, and its pod worker tries again every 10 to 15 s (the image check and the error
# counting up in describe's events). A ConfigMap without the key is the next error; once the
# key is there, the container starts with the value, and the downward API gives it the pod's
# own name. Then the docs' "Configure a Pod to Use a ConfigMap": envFrom takes every key (with
# a prefix, if given), and the kubelet expands $(VAR) in values, command and arguments ($$
# keeps a `$`; an unknown name stays as written, and `sh -c` then runs what is left as a
# command substitution, which finds no such command).
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
$ kubectl create configmap special-config --from-literal=SPECIAL_LEVEL=very --from-literal=SPECIAL_TYPE=charm
configmap/special-config created
$ kubectl apply -f - <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: dapi-test-pod
> spec:
>   containers:
>   - name: test-container
>     image: registry.k8s.io/busybox
>     command: ["/bin/sh", "-c", "echo $(SPECIAL_LEVEL_KEY) $(SPECIAL_TYPE_KEY) $$(KEPT) $(UNKNOWN); env"]
>     envFrom:
>     - configMapRef:
>         name: special-config
>     - prefix: CFG_
>       configMapRef:
>         name: special-config
>     env:
>     - name: SPECIAL_LEVEL_KEY
>       valueFrom:
>         configMapKeyRef:
>           name: special-config
>           key: SPECIAL_LEVEL
>     - name: SPECIAL_TYPE_KEY
>       valueFrom:
>         configMapKeyRef:
>           name: special-config
>           key: SPECIAL_TYPE
>     - name: GREETING
>       value: "level $(SPECIAL_LEVEL_KEY) on $(KUBERNETES_SERVICE_HOST)"
>   restartPolicy: Never
> EOF
pod/dapi-test-pod created
$ sleep 20
$ kubectl get pod dapi-test-pod
NAME            READY   STATUS      RESTARTS   AGE
dapi-test-pod   0/1     Completed   0          22s
$ kubectl logs dapi-test-pod | grep -v -e KUBERNETES_ -e PATH= -e HOME= -e HOSTNAME=
sh: KEPT: not found
sh: UNKNOWN: not found
very charm
CFG_SPECIAL_LEVEL=very
CFG_SPECIAL_TYPE=charm
GREETING=level very on 10.96.0.1
SPECIAL_LEVEL=very
SPECIAL_LEVEL_KEY=very
SPECIAL_TYPE=charm
SPECIAL_TYPE_KEY=charm
