# `while`, `until` and `if` in a container's shell, as dash runs them: a client pod counts
# its requests to a Service with `$((…))`, tests a file with `[`, stops with `break`, and
# gets dash's errors for what is written wrong; in an interactive shell, variables last from
# line to line.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl run client --image=busybox:1.36 -- sleep 3600
pod/client created
$ kubectl wait --for=condition=Ready pod --all --timeout=60s
pod/client condition met
pod/web-5c94f75b5d-8v528 condition met
pod/web-5c94f75b5d-clr4x condition met
$ kubectl exec client -- sh -c 'i=0; while [ $i -lt 3 ]; do wget -qO- web > /dev/null && echo "request $((i + 1)) answered"; i=$((i + 1)); done'
request 1 answered
request 2 answered
request 3 answered
$ kubectl exec client -- sh -c 'until wget -qO- web > /tmp/page; do echo retry; done; if grep -q nginx /tmp/page; then echo "nginx answered"; else echo "something else"; fi'
nginx answered
$ kubectl exec client -- sh -c 'n=0; while true; do n=$((n + 1)); [ $n -ge 5 ] && break; done; echo "stopped at $n"'
stopped at 5
$ kubectl exec client -- sh -c 'for f in /etc/hostname /etc/nothing; do if [ -f $f ]; then echo "$f is there"; else echo "$f is not"; fi; done'
/etc/hostname is there
/etc/nothing is not
$ kubectl exec client -- sh -c 'while :; do echo tick; done | wc -l'
Shipyard: the loop ran 100 rounds and was stopped there, as Ctrl-C would stop it.
command terminated with exit code 130
? 130
$ kubectl exec client -- sh -c 'echo $((10 / 0))'
sh: 1: arithmetic expression: division by zero: "10 / 0"
command terminated with exit code 2
? 2
$ kubectl exec client -- sh -c '[ 5 -gt five ]'
sh: 1: [: Illegal number: five
command terminated with exit code 2
? 2
$ kubectl exec client -- sh -c 'if true; then echo yes'
sh: 1: Syntax error: end of file unexpected (expecting "fi")
command terminated with exit code 2
? 2
$ kubectl exec client -- sh -c 'while true; done'
sh: 1: Syntax error: "done" unexpected (expecting "do")
command terminated with exit code 2
? 2
$ kubectl exec -it client -- sh
$ n=3
$ while [ $n -gt 0 ]; do echo "countdown $n"; n=$((n - 1)); done
countdown 3
countdown 2
countdown 1
$ echo "n is $n"
n is 0
$ [ $n -gt 0 ]
$ echo "status $?"
status 1
$ exit
