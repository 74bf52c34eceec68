# `for` loops at the prompt, as the Kubernetes tutorials write them: the body runs once per
# word, the commands in it reach the cluster one after another, and the loop can be typed
# over several lines, piped and chained.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=3
deployment.apps/web created
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...
deployment "web" successfully rolled out
$ for p in $(kubectl get pods -l app=web -o name); do kubectl get "$p" -o jsonpath='{.metadata.name} {.status.phase}{"\n"}'; done
web-5c94f75b5d-8v528 Running
web-5c94f75b5d-clr4x Running
web-5c94f75b5d-jp96r Running
$ for n in a b
> do
>   kubectl create namespace "team-$n"
>   kubectl create configmap settings --from-literal=team=$n -n "team-$n"
> done
namespace/team-a created
configmap/settings created
namespace/team-b created
configmap/settings created
$ for n in a b; do kubectl get configmap settings -n "team-$n" -o jsonpath='{.data.team}'; echo; done | sort -r
b
a
$ echo "last: $n"
last: b
$ for i in 1 2; do for j in x y; do echo -n "$i$j "; done; done; echo
1x 1y 2x 2y 
$ for n in a b; do kubectl get namespace "team-$n" --no-headers; done && echo "both there"
team-a   Active   4s
team-b   Active   4s
both there
$ for n in a c; do kubectl get namespace "team-$n" --no-headers; done; echo "status $?"
team-a   Active   5s
Error from server (NotFound): namespaces "team-c" not found
status 1
$ for pod in; do echo never; done; echo "status $?"
status 0
$ for 1x in a; do echo never; done
shipyard: `1x': not a valid identifier
? 1
$ for i in 1 2; do done
shipyard: syntax error near unexpected token `done'
? 2
