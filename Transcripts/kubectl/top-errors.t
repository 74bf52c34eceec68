# kubectl top's errors: bad flags and names, pods too new to have metrics, a stopped metrics-server.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl top
Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
? 1
$ kubectl top deployments
error: unknown command "deployments"
See 'kubectl top -h' for help and examples
? 1
$ kubectl top pods --sort-by=name
error: --sort-by accepts only cpu or memory
? 1
$ kubectl top pod nope
Error from server (NotFound): pods "nope" not found
? 1
$ kubectl top node nope
Error from server (NotFound): nodes "nope" not found
? 1
$ kubectl top pod web -l app=web
error: only one of NAME or selector can be provided
? 1
$ kubectl top pods -n empty
No resources found in empty namespace.
$ kubectl create namespace empty
namespace/empty created
$ kubectl top pods -n empty
No resources found in empty namespace.
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl top pods
error: metrics not available yet
? 1
$ kubectl top pod web
Error from server (NotFound): podmetrics.metrics.k8s.io "default/web" not found
? 1
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: stuck
> spec:
>   nodeSelector:
>     disk: ssd
>   containers:
>   - name: nginx
>     image: nginx:1.27
> YAML
pod/stuck created
$ sleep 150
$ kubectl top pods
NAME   CPU(cores)   MEMORY(bytes)   
web    1m           4Mi             
$ kubectl top pod stuck
Error from server (NotFound): podmetrics.metrics.k8s.io "default/stuck" not found
? 1
$ kubectl scale deployment metrics-server -n kube-system --replicas=0
deployment.apps/metrics-server scaled
$ sleep 40
$ kubectl top nodes
Error from server (ServiceUnavailable): the server is currently unable to handle the request (get nodes.metrics.k8s.io)
? 1
$ kubectl top pods
Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)
? 1
