# kubectl exec -it POD -- sh hands the terminal to a shell in the container: the lines typed
# next go to it (commands joined by ;, &&, || and |, > and >> to files, cd) until exit, which
# ends kubectl exec with the shell's status. The shell's prompt (busybox's "/ # ", bash's
# "root@POD:/# ") shows in the terminal, not in this transcript. busybox has no bash.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl run box --image=busybox:1.36 -- sleep 3600
pod/box created
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl wait --for=condition=Ready pod/box
pod/box condition met
$ kubectl exec -it box -- sh
$ hostname
box
$ cat /etc/resolv.conf
search default.svc.cluster.local svc.cluster.local cluster.local
nameserver 10.96.0.10
options ndots:5
$ wget -qO- web > /tmp/page && echo saved
saved
$ cd /tmp
$ ls
page
$ cd /nope
sh: cd: can't cd to /nope: No such file or directory
$ wget -qO- web | head -1
<!DOCTYPE html>
$ exit
$ kubectl exec -it box -- bash
error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "4d2e191349e4f21035d92eee09a58f": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown
? 1
$ kubectl exec -it deploy/web -- bash
$ cd /usr/share/nginx/html
$ echo '<h1>edited inside</h1>' > index.html
$ exit
exit
$ kubectl exec box -- wget -qO- web
<h1>edited inside</h1>
$ kubectl exec -it box -- sh
$ false
$ exit
command terminated with exit code 1
? 1
