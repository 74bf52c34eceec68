# kubectl exec runs one command in a container, without a shell: the container's variables
# expand only under `sh -c`. A non-zero exit is reported as kubectl does; a program the image lacks fails in the
# runtime; what Shipyard does not simulate says so. A shell with no terminal (no -it) reads
# end-of-file and exits at once.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27 --env=GREETING=hello
pod/web created
$ kubectl wait --for=condition=Ready pod/web
pod/web condition met
$ kubectl exec web -- printenv GREETING HOSTNAME
hello
web
$ kubectl exec web -- echo '$GREETING'
$GREETING
$ kubectl exec web -- sh -c 'echo "$GREETING from $HOSTNAME"'
hello from web
$ kubectl exec web -- cat /etc/hostname /usr/share/nginx/html/nope.html
web
cat: /usr/share/nginx/html/nope.html: No such file or directory
command terminated with exit code 1
? 1
$ kubectl exec web -- pwd
/
$ kubectl exec web -- ls /usr/share/nginx/html
50x.html
index.html
$ kubectl exec web -- ps
error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "5ea0e11948721ef17fbc4e099697c458": OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown
? 1
$ kubectl exec web -- top
error: Shipyard does not run `top` inside containers; it simulates cat, curl, cut, date, echo, env, false, grep, head, hostname, id, kill, ls, printenv, ps, pwd, rm, seq, sleep, sort, tail, test, touch, true, uniq, wc, wget, whoami, sh -c.
? 1
$ kubectl exec web -- sh
