# The Kubernetes docs' logging example: a counter pod whose shell counts and tells the time
# every second (`i=$((i+1))`, `$(date)`). Each pass of its loop prints its own line, so the
# log grows as the clock moves; a pod's own script also runs `if`, `until` and `break`, and
# a loop it breaks out of in a later pass goes on with what follows it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: counter
> spec:
>   containers:
>   - name: count
>     image: busybox:1.28
>     args: [/bin/sh, -c,
>             'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done']
> EOF
pod/counter created
$ sleep 6
$ kubectl logs counter
0: Thu Jan  1 00:00:02 UTC 2026
1: Thu Jan  1 00:00:03 UTC 2026
2: Thu Jan  1 00:00:04 UTC 2026
3: Thu Jan  1 00:00:05 UTC 2026
4: Thu Jan  1 00:00:06 UTC 2026
5: Thu Jan  1 00:00:07 UTC 2026
$ sleep 30
$ kubectl logs counter --tail=3
35: Thu Jan  1 00:00:37 UTC 2026
36: Thu Jan  1 00:00:38 UTC 2026
37: Thu Jan  1 00:00:39 UTC 2026
$ kubectl run countdown --image=busybox:1.36 --restart=Never -- sh -c 'n=3; until [ $n -eq 0 ]; do echo "$n..."; n=$((n - 1)); sleep 1; done; if [ -f /etc/hostname ]; then echo "liftoff from $(hostname)"; fi'
pod/countdown created
$ kubectl run picky --image=busybox:1.36 --restart=Never -- sh -c 'for i in 1 2 3 4; do [ $i -eq 3 ] && break; echo "item $i"; done; exit 3'
pod/picky created
$ sleep 10
$ kubectl get pods
NAME        READY   STATUS      RESTARTS   AGE
countdown   0/1     Completed   0          13s
counter     1/1     Running     0          54s
picky       0/1     Error       0          12s
$ kubectl logs countdown
3...
2...
1...
liftoff from countdown
$ kubectl logs picky
item 1
item 2
$ kubectl run tries --image=busybox:1.36 --restart=Never -- sh -c 'n=0; while true; do n=$((n+1)); echo "try $n"; [ $n -ge 3 ] && break; sleep 2; done; echo "gave up after $n"; exit 1'
pod/tries created
$ sleep 10
$ kubectl get pod tries
NAME    READY   STATUS   RESTARTS   AGE
tries   0/1     Error    0          12s
$ kubectl logs tries
try 1
try 2
try 3
gave up after 3
