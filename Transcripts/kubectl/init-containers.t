# Init containers run one after the other before the app container starts; a failing one blocks it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: init-demo
> spec:
>   initContainers:
>   - name: wait-a-bit
>     image: busybox:1.36
>     command: ["sh", "-c", "echo preparing; sleep 8"]
>   containers:
>   - name: app
>     image: nginx:1.27
> ---
> apiVersion: v1
> kind: Pod
> metadata:
>   name: init-fail
> spec:
>   initContainers:
>   - name: check
>     image: busybox:1.36
>     command: ["sh", "-c", "echo dependency missing; exit 1"]
>   containers:
>   - name: app
>     image: nginx:1.27
> YAML
pod/init-demo created
pod/init-fail created
$ sleep 5
$ kubectl get pods
NAME        READY   STATUS                  RESTARTS     AGE
init-demo   0/1     Init:0/1                0            7s
init-fail   0/1     Init:CrashLoopBackOff   1 (4s ago)   7s
$ sleep 15
$ kubectl get pods
NAME        READY   STATUS                  RESTARTS      AGE
init-demo   1/1     Running                 0             24s
init-fail   0/1     Init:CrashLoopBackOff   2 (11s ago)   24s
$ kubectl logs init-demo -c wait-a-bit
preparing
$ sleep 30
$ kubectl get pods
NAME        READY   STATUS                  RESTARTS      AGE
init-demo   1/1     Running                 0             57s
init-fail   0/1     Init:CrashLoopBackOff   3 (23s ago)   57s
$ kubectl describe pod init-fail | grep -E 'State|Reason|Exit Code|Restart Count'
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
    Restart Count:  3
    State:          Waiting
      Reason:       ContainerCreating
    Restart Count:  0
  Type     Reason     Age                From               Message
