# kubectl set env changes the environment of a workload's pod template, which rolls the
# Deployment out again: KEY=VALUE sets, KEY- removes, --list prints the variables instead
# (as kubectl's set_env.go does: "# Deployment web, container nginx"), and --from takes every
# key of a ConfigMap or Secret as a reference, named in capitals (with a warning for each key
# renamed). The kubelet resolves the references as the container starts, so env in the new
# pod shows their values. A second run with nothing new prints nothing; --overwrite=false
# refuses to change a value. Errors last.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl set env deployment/web GREETING=hello MODE=dev
deployment.apps/web env updated
$ kubectl set env deployment/web GREETING=hello
$ kubectl set env deployment/web --list
# Deployment web, container nginx
GREETING=hello
MODE=dev
$ kubectl set env deployment/web MODE-
deployment.apps/web env updated
$ kubectl set env deployment/web GREETING=bye --overwrite=false
error: deployments/web 'GREETING' already has a value (hello), and --overwrite is false
? 1
$ kubectl create configmap app --from-literal=log.level=debug --from-literal=color=blue
configmap/app created
$ kubectl create secret generic db --from-literal=password=s3cret
secret/db created
$ kubectl set env deployment/web --from=configmap/app --prefix=APP_
Warning: key color transferred to COLOR
Warning: key log.level transferred to LOG_LEVEL
deployment.apps/web env updated
$ kubectl set env deployment/web --from=secret/db --keys=password
Warning: key password transferred to PASSWORD
deployment.apps/web env updated
$ kubectl set env deploy web --list
# Deployment web, container nginx
GREETING=hello
# APP_COLOR from configmap app, key color
# APP_LOG_LEVEL from configmap app, key log.level
# PASSWORD from secret db, key password
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
deployment "web" successfully rolled out
$ kubectl exec deploy/web -- env | grep -e GREETING -e APP_ -e PASSWORD
GREETING=hello
APP_COLOR=blue
APP_LOG_LEVEL=debug
PASSWORD=s3cret
$ kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].env[1]}{"\n"}'
{"name":"APP_COLOR","valueFrom":{"configMapKeyRef":{"key":"color","name":"app"}}}
$ kubectl set env deployment/web 1BAD=x
error: "1BAD" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')
? 1
$ kubectl set env deployment/web A=1 deployment/other
error: all resources must be specified before environment changes: deployment/web A=1 deployment/other
? 1
$ kubectl set env deployment/web A=1 A-
error: can not both modify and remove the same environment variable in the same command
? 1
$ kubectl set env deployment/web -c sidecar A=1
Warning: Deployment/web does not have any containers matching "sidecar"
$ kubectl set env deployment/web --keys=color A=1
error: when specifying --keys, a configmap or secret must be provided with --from
? 1
$ kubectl set env deployment/web --list -o yaml
error: --list and --output may not be specified together
? 1
$ kubectl set env svc/kubernetes A=1
error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service
? 1
$ kubectl set env
error: one or more resources must be specified as <resource> <name> or <resource>/<name>
? 1
