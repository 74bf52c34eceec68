# `ps` in containers: PID 1 is the container's own command, and each `kubectl exec` starts
# a new process beside it. busybox prints its one format whatever it is asked; Debian's
# procps shows the processes on its own terminal, `-ef` all of them with their parents,
# and `aux` in BSD's user format. Images without ps (nginx, httpd, redis) do not find it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run box --image=busybox:1.36 -- sleep 3600
pod/box created
$ kubectl run py --image=python:3.12 -- sleep 3600
pod/py created
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl wait --for=condition=Ready pod --all --timeout=60s
pod/box condition met
pod/py condition met
pod/web-5c94f75b5d-clr4x condition met
$ kubectl exec box -- ps
PID   USER     TIME  COMMAND
    1 root      0:00 sleep 3600
    7 root      0:00 ps
$ kubectl exec box -- ps aux
PID   USER     TIME  COMMAND
    1 root      0:00 sleep 3600
   13 root      0:00 ps aux
$ kubectl exec box -- ps -o pid,comm
error: Shipyard's busybox `ps` prints its default columns (with -e, -f, -A or aux); `ps -o pid,comm` is not simulated.
? 1
$ kubectl exec py -- ps
    PID TTY          TIME CMD
      1 ?        00:00:00 sleep
      7 ?        00:00:00 ps
$ kubectl exec py -- ps -ef
UID          PID    PPID  C STIME TTY          TIME CMD
root           1       0  0 00:00 ?        00:00:00 sleep 3600
root          13       0  0 00:00 ?        00:00:00 ps -ef
$ kubectl exec py -- ps aux
USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
root           1  0.0  0.0   2484  1280 ?        Ss   00:00   0:00 sleep 3600
root          19  0.0  0.0   8100  4096 ?        Rs   00:00   0:00 ps aux
$ kubectl exec -it py -- bash
$ ps
    PID TTY          TIME CMD
     25 pts/0    00:00:00 bash
     31 pts/0    00:00:00 ps
$ ps -ef | grep -v ps
UID          PID    PPID  C STIME TTY          TIME CMD
root           1       0  0 00:00 ?        00:00:00 sleep 3600
root          25       0  0 00:00 pts/0    00:00:00 bash
$ exit
exit
$ kubectl exec deploy/web -- ps
error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "6795d9d1fb1fea0eaca59b0d63873feb": OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown
? 1
$ kubectl exec deploy/web -- sh -c 'ps || echo "no ps here ($?)"'
sh: 1: ps: not found
no ps here (127)
$ kubectl delete pod box --now
pod "box" deleted
$ kubectl run -it shell --image=busybox:1.36 --restart=Never -- sh
If you don't see a command prompt, try pressing enter.
$ ps
PID   USER     TIME  COMMAND
    1 root      0:00 sh
    7 root      0:00 ps
$ exit
