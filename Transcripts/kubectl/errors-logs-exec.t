# logs and exec against missing pods, wrong containers, waiting containers and unsimulated commands; logs --since (whole seconds back from now) and --since-time (an RFC 3339 time, Go's parse errors), --limit-bytes, kubectl's checks of its log options and the API server's, and the Go duration errors of --since and --timeout.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl logs web
error: error from server (NotFound): pods "web" not found in namespace "default"
? 1
$ kubectl exec web -- env
Error from server (NotFound): pods "web" not found
? 1
$ kubectl logs
error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
POD or TYPE/NAME is a required argument for the logs command
See 'kubectl logs -h' for help and examples
? 1
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl logs web
Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating
? 1
$ kubectl exec web -- ls
error: unable to upgrade connection: container not found ("web")
? 1
$ sleep 5
$ kubectl logs web -c sidecar
error: container sidecar is not valid for pod web
? 1
$ kubectl logs web --previous
Error from server (BadRequest): previous terminated container "web" in pod "web" not found
? 1
$ kubectl logs web --tail=2
2026/01/01 00:00:08 [notice] 1#1: start worker process 29
2026/01/01 00:00:08 [notice] 1#1: start worker process 30
$ kubectl exec web ls
error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead
See 'kubectl exec -h' for help and examples
? 1
$ kubectl exec web
error: you must specify at least one command for the container
? 1
$ kubectl exec web -c sidecar -- ls
Error from server (BadRequest): container sidecar is not valid for pod web
? 1
$ kubectl exec web -- cat /nope
cat: /nope: No such file or directory
command terminated with exit code 1
? 1
$ kubectl exec web -- curl -s localhost | head -4
<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
$ kubectl exec web -- curl http://kubernetes.default
curl: (28) Failed to connect to kubernetes.default port 80 after 130023 ms: Couldn't connect to server
command terminated with exit code 28
? 28
$ kubectl exec web -- curl http://example.com
error: Shipyard's curl in containers reaches only the endpoints simulated there (in a pod, the cluster's pods and Services and the pod's own servers; in ECS tasks, the task's own servers and the agent at http://169.254.170.2); `http://example.com` is not simulated.
? 1
$ kubectl exec web -- frobnicate
error: Shipyard does not run `frobnicate` inside containers; it simulates cat, curl, cut, date, echo, env, false, grep, head, hostname, id, kill, ls, printenv, ps, pwd, rm, seq, sleep, sort, tail, test, touch, true, uniq, wc, wget, whoami, sh -c.
? 1
$ kubectl logs deploy/nope
error: error from server (NotFound): deployments.apps "nope" not found in namespace "default"
? 1
$ kubectl run bad --image=nginx:0.0.0
pod/bad created
$ sleep 5
$ kubectl logs bad
Error from server (BadRequest): container "bad" in pod "bad" is waiting to start: trying and failing to pull image
? 1
$ kubectl exec bad -- ls
error: unable to upgrade connection: container not found ("bad")
? 1
$ kubectl run since --image=nginx:1.27
pod/since created
$ sleep 30
$ kubectl logs since --since=10s
$ kubectl logs since --since=1m --tail=1
2026/01/01 00:02:45 [notice] 1#1: start worker process 30
$ kubectl logs since --since=5
Error: invalid argument "5" for "--since" flag: time: missing unit in duration "5"
See 'kubectl logs --help' for usage.
? 1
$ kubectl logs since --since=5d
Error: invalid argument "5d" for "--since" flag: time: unknown unit "d" in duration "5d"
See 'kubectl logs --help' for usage.
? 1
$ kubectl wait --for=condition=Ready pod/since --timeout=abc
Error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"
See 'kubectl wait --help' for usage.
? 1
$ kubectl delete pod since --timeout=1x
Error: invalid argument "1x" for "--timeout" flag: time: unknown unit "x" in duration "1x"
See 'kubectl delete --help' for usage.
? 1
$ kubectl logs since --since-time=2026-01-01T00:00:32Z --timestamps --tail=2
2026-01-01T00:02:45.072Z 2026/01/01 00:02:45 [notice] 1#1: start worker process 29
2026-01-01T00:02:45.072Z 2026/01/01 00:02:45 [notice] 1#1: start worker process 30
$ kubectl logs since --since-time=2026-01-01T00:00:30+00:00 --limit-bytes=40
/docker-entrypoint.sh: /docker-entrypoin (no-eol)
$ kubectl logs since --since-time=2026-01-01
error: parsing time "2026-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"
? 1
$ kubectl logs since --since-time=2026-01-01T25:00:00Z
error: parsing time "2026-01-01T25:00:00Z": hour out of range
? 1
$ kubectl logs nope --since-time=tomorrow
error: parsing time "tomorrow" as "2006-01-02T15:04:05Z07:00": cannot parse "tomorrow" as "2006"
? 1
$ kubectl logs nope --since=-5s
error: error from server (NotFound): pods "nope" not found in namespace "default"
? 1
$ kubectl logs since --since=-5s
error: --since must be greater than 0
? 1
$ kubectl logs since --since=1m --since-time=2026-01-01T00:00:00Z
error: at most one of `sinceTime` or `sinceSeconds` may be specified
? 1
$ kubectl logs since --tail=-2
error: --tail must be greater than or equal to -1
? 1
$ kubectl logs since --limit-bytes=-1
error: --limit-bytes must be greater than 0
? 1
$ kubectl logs since -c since since
error: only one of -c or an inline [CONTAINER] arg is allowed
? 1
$ kubectl logs since --since=400ms
The PodLogOptions "since" is invalid: sinceSeconds: Invalid value: 0: must be greater than 0
? 1
