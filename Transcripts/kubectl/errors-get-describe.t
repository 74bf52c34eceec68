# get and describe with wrong names, kinds, namespaces and flags.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get pods web
Error from server (NotFound): pods "web" not found
? 1
$ kubectl get deploy web
Error from server (NotFound): deployments.apps "web" not found
? 1
$ kubectl get deployments.apps web -n nope
Error from server (NotFound): deployments.apps "web" not found
? 1
$ kubectl get pods -n nope
No resources found in nope namespace.
$ kubectl get widgets
error: the server doesn't have a resource type "widgets"
? 1
$ kubectl get pods --selector='app in (web'
error: unable to parse requirement: found '', expected: ',', or ')'
? 1
$ kubectl get pods -o jsonpath='{.items[0].metadata.name'
error: error parsing jsonpath {.items[0].metadata.name, unclosed action
? 1
$ kubectl get pods --sort-by=.metadata.nope
No resources found in default namespace.
$ kubectl describe pod web
Error from server (NotFound): pods "web" not found
? 1
$ kubectl describe widgets
error: the server doesn't have a resource type "widgets"
? 1
$ kubectl describe
error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.
? 1
$ kubectl describe deployment
No resources found in default namespace.
$ kubectl describe nodes node09
Error from server (NotFound): nodes "node09" not found
? 1
$ kubectl describe pods --bogus
Error: unknown flag: --bogus
See 'kubectl describe --help' for usage.
? 1
