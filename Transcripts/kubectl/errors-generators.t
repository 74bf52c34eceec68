# The generators' argument checks as kubectl v1.32.4 makes them: cobra's required flags first
# (reported through klog), then exactly one NAME; words that are not create's subcommands,
# and unknown subcommands of create secret, create service, set, config. A real subcommand
# Shipyard does not run says so before its flags, which Shipyard does not know, are read.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment
E0101 00:00:00.000000       1 run.go:72] "command failed" err="required flag(s) \"image\" not set"
? 1
$ kubectl create deployment --image=nginx:1.27
error: exactly one NAME is required, got 0
See 'kubectl create deployment -h' for help and examples
? 1
$ kubectl create deployment web api --image=nginx:1.27
error: exactly one NAME is required, got 2
See 'kubectl create deployment -h' for help and examples
? 1
$ kubectl create cronjob tick
E0101 00:00:03.000000       1 run.go:72] "command failed" err="required flag(s) \"image\", \"schedule\" not set"
? 1
$ kubectl create job once
error: either --image or --from must be specified
? 1
$ kubectl create namespace
error: exactly one NAME is required, got 0
See 'kubectl create namespace -h' for help and examples
? 1
$ kubectl create secret generic
error: exactly one NAME is required, got 0
See 'kubectl create secret generic -h' for help and examples
? 1
$ kubectl create service externalname db
E0101 00:00:07.000000       1 run.go:72] "command failed" err="required flag(s) \"external-name\" not set"
? 1
$ kubectl create service nodeports web
error: unknown command "nodeports web"
See 'kubectl create service -h' for help and examples
? 1
$ kubectl create secret opaque s
error: unknown command "opaque s"
See 'kubectl create secret -h' for help and examples
? 1
$ kubectl create role reader
error: Shipyard simulates `kubectl create` for deployment, job, cronjob, namespace, configmap, secret generic and docker-registry, service, serviceaccount and ingress (and -f); `create role` is not simulated yet
? 1
$ kubectl create role reader --verb=get --resource=pods
error: Shipyard simulates `kubectl create` for deployment, job, cronjob, namespace, configmap, secret generic and docker-registry, service, serviceaccount and ingress (and -f); `create role` is not simulated yet
? 1
$ kubectl create secret docker-registry regcred --docker-server=123456789012.dkr.ecr.us-east-1.amazonaws.com --docker-username=AWS
error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required
? 1
$ kubectl set selector service/web app=shop --resource-version=1
error: Shipyard simulates `kubectl set image`, `kubectl set resources` and `kubectl set env`; `set selector` is not simulated yet
? 1
$ kubectl config set-credentials learner --token=abc
error: Shipyard simulates kubectl config view, get-contexts, get-clusters, get-users, current-context, use-context, set-context, rename-context, delete-context, delete-cluster and delete-user; `config set-credentials` is not simulated
? 1
$ kubectl create thing web
error: Unexpected args: [thing web]
See 'kubectl create -h' for help and examples
? 1
$ kubectl set envs deployment/web
error: unknown command "envs deployment/web"
See 'kubectl set -h' for help and examples
? 1
$ kubectl config use sandbox
Switched to context "sandbox".
$ kubectl config show
error: unknown command "show"
See 'kubectl config -h' for help and examples
? 1
$ kubectl run --image=nginx:1.27
error: NAME is required for run
See 'kubectl run -h' for help and examples
? 1
$ kubectl run web --image=
error: --image is required
? 1
