# delete and scale with wrong names, kinds and flags.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl delete pod web
Error from server (NotFound): pods "web" not found
? 1
$ kubectl delete deployment web
Error from server (NotFound): deployments.apps "web" not found
? 1
$ kubectl delete widgets web
error: the server doesn't have a resource type "widgets"
? 1
$ kubectl delete pods --all -n nope
No resources found
$ kubectl delete pod web --grace-period=-5
Error from server (NotFound): pods "web" not found
? 1
$ kubectl delete pod -l app=web
No resources found
$ kubectl scale deployment web --replicas=3
Error from server (NotFound): deployments.apps "web" not found
? 1
$ kubectl scale deployment web
E0101 00:00:07.000000       1 run.go:72] "command failed" err="required flag(s) \"replicas\" not set"
? 1
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl scale deployment web --replicas=-1
error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
? 1
$ kubectl scale deployment web --replicas=3 --current-replicas=2
error: Expected replicas to be 2, was 1
? 1
$ kubectl scale pod web --replicas=2
Error from server (NotFound): pods "web" not found
? 1
$ kubectl scale deployment web --replicas=two
Error: invalid argument "two" for "--replicas" flag: strconv.ParseInt: parsing "two": invalid syntax
See 'kubectl scale --help' for usage.
? 1
$ kubectl delete deployment web
deployment.apps "web" deleted
