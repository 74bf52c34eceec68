# `kill` in containers. A signal to PID 1 reaches the main process only if it handles it:
# nginx stops on SIGTERM and the kubelet restarts its container (RESTARTS 1, last state
# Completed), while busybox's `sleep 3600` as PID 1 is spared even SIGKILL. nginx's image
# has no kill program, but its shell has kill built in. Each tool words its errors its way.
# In an interactive shell, `kill 1` ends the session with the container (exit code 137), and
# a second exit so soon puts the container in CrashLoopBackOff.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl run box --image=busybox:1.36 -- sleep 3600
pod/box created
$ kubectl run py --image=python:3.12 -- sleep 3600
pod/py created
$ kubectl wait --for=condition=Ready pod --all --timeout=60s
pod/box condition met
pod/py condition met
pod/web condition met
$ kubectl exec web -- kill 1
error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "5ea0e11948721ef17fbc4e099697c458": OCI runtime exec failed: exec failed: unable to start container process: exec: "kill": executable file not found in $PATH: unknown
? 1
$ kubectl exec web -- sh -c 'kill 1'
$ sleep 3
$ kubectl get pod web
NAME   READY   STATUS    RESTARTS     AGE
web    1/1     Running   1 (5s ago)   27s
$ kubectl describe pod web | grep -A4 'Last State'
    Last State:     Terminated
      Reason:       Completed
      Exit Code:    0
      Started:      Thu, 01 Jan 2026 00:00:04 +0000
      Finished:     Thu, 01 Jan 2026 00:00:22 +0000
$ kubectl get events --field-selector involvedObject.name=web
LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
29s         Normal   Scheduled   pod/web   Successfully assigned default/web to node02
28s         Normal   Pulling     pod/web   Pulling image "nginx:1.27"
25s         Normal   Pulled      pod/web   Successfully pulled image "nginx:1.27" in 2.877s (2.877s including waiting). Image size: 72099412 bytes.
6s          Normal   Created     pod/web   Created container: web
6s          Normal   Started     pod/web   Started container web
6s          Normal   Pulled      pod/web   Container image "nginx:1.27" already present on machine
$ kubectl exec box -- kill 1
$ kubectl exec box -- kill -9 1
$ sleep 3
$ kubectl get pod box
NAME   READY   STATUS    RESTARTS   AGE
box    1/1     Running   0          35s
$ kubectl exec box -- kill 42
kill: can't kill pid 42: No such process
command terminated with exit code 1
? 1
$ kubectl exec box -- sh -c "kill -FOO 1; kill 42"
sh: bad signal name 'FOO'
sh: can't kill pid 42: No such process
command terminated with exit code 1
? 1
$ kubectl exec py -- kill 42
kill: (42): No such process
command terminated with exit code 1
? 1
$ kubectl exec py -- sh -c 'kill 42; kill -s FOO 1; kill abc'
sh: 1: kill: No such process

sh: 1: kill: invalid signal number or name: FOO
sh: 1: kill: Illegal number: abc
command terminated with exit code 2
? 2
$ kubectl exec -it py -- bash
$ kill 42
bash: kill: (42) - No such process
$ kill -FOO 1
bash: kill: FOO: invalid signal specification
$ exit
exit
command terminated with exit code 1
? 1
$ kubectl exec -it web -- sh
$ kill 1
command terminated with exit code 137
? 137
$ kubectl get pod web
NAME   READY   STATUS             RESTARTS     AGE
web    0/1     CrashLoopBackOff   1 (1s ago)   47s
