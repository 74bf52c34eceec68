# crictl logs on a node: what a container run printed, by its ID or a unique prefix; each run of a crashing container keeps its own log (--previous reads the run before), --tail, -t, --since (a duration or a time) and --limit-bytes; the kubelet's container GC, once a minute, keeping the newest exited run of each container (crictl logs -p then finds the run before's log file gone); and crictl's errors for no ID, an unknown ID, no earlier run and an unknown flag.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run crash --image=busybox:1.36 -- sh -c 'echo starting; echo boom; exit 1'
pod/crash created
$ kubectl run web --image=nginx:1.27
pod/web created
$ sleep 40
$ kubectl get pods -o wide
NAME    READY   STATUS             RESTARTS      AGE   IP           NODE     NOMINATED NODE   READINESS GATES
crash   0/1     CrashLoopBackOff   3 (10s ago)   43s   10.244.2.2   node02   <none>           <none>
web     1/1     Running            0             42s   10.244.2.3   node02   <none>           <none>
$ ssh node02
$ crictl ps -a --name crash
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
284d0d6efa533       9c85be8fd4b5a       11 seconds ago      Exited              crash               3                   be75a5a7e8122       crash               default
e996a8e36710c       9c85be8fd4b5a       31 seconds ago      Exited              crash               2                   be75a5a7e8122       crash               default
efc4dc065f3bf       9c85be8fd4b5a       41 seconds ago      Exited              crash               1                   be75a5a7e8122       crash               default
$ crictl logs efc4
starting
boom
$ crictl logs --tail 1 -t 284d
2026-01-01T00:00:33.803Z boom
$ crictl logs -p 284d
starting
boom
$ crictl logs --tail=2 4436
2026/01/01 00:00:06 [notice] 1#1: start worker process 29
2026/01/01 00:00:06 [notice] 1#1: start worker process 30
$ crictl logs -p 4436
FATA[0000] previous terminated container web not found
? 1
$ crictl logs
FATA[0000] ID cannot be empty
? 1
$ crictl logs 9999
FATA[0000] rpc error: code = NotFound desc = an error occurred when try to find container "9999": not found
? 1
$ crictl logs --since 1m -t 284d
2026-01-01T00:00:33.803Z starting
2026-01-01T00:00:33.803Z boom
$ crictl logs --since 5s -t 284d
$ crictl logs --limit-bytes 20 4436
/docker-entrypoint.s (no-eol)
$ crictl logs --since yesterday 4436
FATA[0000] failed to parse value as time or duration: "yesterday"
? 1
$ crictl logs --colour 4436
FATA[0000] flag provided but not defined: -colour
? 1
$ exit
logout
Connection to node02 closed.
$ kubectl logs crash --previous
starting
boom
$ sleep 2m
$ ssh node02
$ crictl ps -a --name crash
CONTAINER           IMAGE               CREATED              STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
0d27b64f66e1f       9c85be8fd4b5a       27 seconds ago       Exited              crash               5                   be75a5a7e8122       crash               default
0078224dd9f1f       9c85be8fd4b5a       About a minute ago   Exited              crash               4                   be75a5a7e8122       crash               default
$ crictl logs efc4
FATA[0000] rpc error: code = NotFound desc = an error occurred when try to find container "efc4": not found
? 1
$ exit
logout
Connection to node02 closed.
$ sleep 40
$ ssh node02
$ crictl ps -a --name crash
CONTAINER           IMAGE               CREATED              STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
0d27b64f66e1f       9c85be8fd4b5a       About a minute ago   Exited              crash               5                   be75a5a7e8122       crash               default
$ crictl logs -p $(crictl ps -a -q --name crash --latest)
FATA[0000] failed to open log file "/var/log/pods/default_crash_6919f263-8329-402b-8094-b4b79bb1f41b/crash/4.log": open /var/log/pods/default_crash_6919f263-8329-402b-8094-b4b79bb1f41b/crash/4.log: no such file or directory
? 1
$ exit
logout
Connection to node02 closed.
$ kubectl logs crash --previous
starting
boom
