# kubectl run with -i/-t/--attach: kubectl waits for the pod to run, attaches, shows what the
# container prints until its process ends, and with --rm deletes the pod afterwards. With
# --restart=Never it then waits for the pod to finish and exits with the container's code;
# with the default restart policy it says how to attach again. The classic way to try a
# Service from inside the cluster is a throwaway busybox pod, given a command or a shell: a
# shell takes the terminal (the lines after it go to it) until exit, whose status ends the
# pod's process and, with --restart=Never, kubectl run.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- wget -qO- web | grep title
If you don't see a command prompt, try pressing enter.
<title>Welcome to nginx!</title>
$ kubectl run tmp --rm -it --image=busybox:1.36 -- sh -c 'wget -qO- web >/dev/null && echo reached web'
If you don't see a command prompt, try pressing enter.
reached web
Session ended, resume using 'kubectl attach tmp -c tmp -i -t' command when the pod is running
pod "tmp" deleted
$ kubectl run fail --rm -i --image=busybox:1.36 --restart=Never -- sh -c 'echo checking; exit 3'
If you don't see a command prompt, try pressing enter.
checking
pod "fail" deleted
pod default/fail terminated (Error)
? 3
$ kubectl run once --attach --image=busybox:1.36 --restart=Never -- echo hello
If you don't see a command prompt, try pressing enter.
hello
$ kubectl get pods
NAME                   READY   STATUS      RESTARTS   AGE
once                   0/1     Completed   0          5s
web-5c94f75b5d-8v528   1/1     Running     0          22s
web-5c94f75b5d-clr4x   1/1     Running     0          22s
$ kubectl logs web-5c94f75b5d-8v528 | tail -2
2026/01/01 00:00:05 [notice] 1#1: start worker process 30
10.244.2.3 - - [01/Jan/2026:00:00:09 +0000] "GET / HTTP/1.1" 200 615 "-" "Wget" "-"
$ kubectl run debug --rm -it --image=busybox:1.36 --restart=Never
If you don't see a command prompt, try pressing enter.
$ wget -qO- web >/dev/null && echo web answers
web answers
$ cat /etc/resolv.conf
search default.svc.cluster.local svc.cluster.local cluster.local
nameserver 10.96.0.10
options ndots:5
$ exit
pod "debug" deleted
$ kubectl run shell -it --image=busybox:1.36 --restart=Never -- sh
If you don't see a command prompt, try pressing enter.
$ exit 2
pod default/shell terminated (Error)
? 2
$ kubectl get pod shell
NAME    READY   STATUS   RESTARTS   AGE
shell   0/1     Error    0          5s
$ kubectl run typo --rm -it --image=busybox:1.366 --restart=Never -- echo hi
pod "typo" deleted
error: timed out waiting for the condition
? 1
$ kubectl get pods
NAME                   READY   STATUS      RESTARTS   AGE
once                   0/1     Completed   0          80s
shell                  0/1     Error       0          67s
web-5c94f75b5d-8v528   1/1     Running     0          97s
web-5c94f75b5d-clr4x   1/1     Running     0          97s
$ kubectl run x --rm --image=busybox:1.36 -- echo hi
error: --rm should only be used for attached containers
See 'kubectl run -h' for help and examples
? 1
$ kubectl run x -it --image=busybox:1.36 --dry-run=client -- echo hi
error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)
See 'kubectl run -h' for help and examples
? 1
