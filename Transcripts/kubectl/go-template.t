# Go templates: the Kubernetes Basics tutorial's `-o go-template` commands (a pod's name, a
# Service's node port), more of what templates can do (ranges, conditions, variables, printf,
# base64decode, template files, --template on its own), and what kubectl says when a template
# is wrong.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ sleep 20
$ kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}'
kubernetes-bootcamp-684c8dd9d8-clr4x
$ export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')"
$ echo "Name of the Pod: $POD_NAME"
Name of the Pod: kubernetes-bootcamp-684c8dd9d8-clr4x
$ kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
service/kubernetes-bootcamp exposed
$ export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
$ echo "NODE_PORT=$NODE_PORT"
NODE_PORT=32652
$ kubectl get deployment kubernetes-bootcamp -o go-template='{{.spec.replicas}} replica(s), created {{.metadata.creationTimestamp}}{{"\n"}}'
1 replica(s), created 2026-01-01T00:00:00Z
$ kubectl scale deployment kubernetes-bootcamp --replicas=3
deployment.apps/kubernetes-bootcamp scaled
$ sleep 20
$ kubectl get pods --template '{{range .items}}{{.metadata.name}} {{.status.phase}} on {{.spec.nodeName}}{{"\n"}}{{end}}'
kubernetes-bootcamp-684c8dd9d8-8v528 Running on node01
kubernetes-bootcamp-684c8dd9d8-clr4x Running on node02
kubernetes-bootcamp-684c8dd9d8-jp96r Running on node02
$ kubectl get pods -o go-template='{{range $i, $p := .items}}{{if $i}}, {{end}}{{$p.status.podIP}}{{end}}{{"\n"}}'
10.244.1.3, 10.244.2.2, 10.244.2.3
$ kubectl get nodes -o template='{{range .items}}{{.metadata.name}}{{"\t"}}{{range .status.addresses}}{{if eq .type "InternalIP"}}{{.address}}{{end}}{{end}}{{"\n"}}{{end}}'
controlplane	192.168.0.10
node01	192.168.0.11
node02	192.168.0.12
$ kubectl get pod "$POD_NAME" -o go-template='{{range $k, $v := .metadata.labels}}{{$k}}={{$v}}{{"\n"}}{{end}}'
app=kubernetes-bootcamp
pod-template-hash=684c8dd9d8
$ kubectl get pod "$POD_NAME" -o go-template='{{with .status.containerStatuses}}{{printf "%-22s %5s %d\n" (index . 0).name "ready" (index . 0).restartCount}}{{end}}'
kubernetes-bootcamp    ready 0
$ kubectl get service kubernetes-bootcamp -o go-template='{{.spec.type}} {{.spec.clusterIP}} {{.spec.loadBalancerIP}}{{"\n"}}'
NodePort 10.106.197.133 <no value>
$ kubectl create secret generic db --from-literal=password=s3cr3t
secret/db created
$ kubectl get secret db -o go-template='{{.data.password | base64decode}}{{"\n"}}'
s3cr3t
$ cat > names.tmpl <<'EOF'
> {{- range .items -}}
> {{ .metadata.name }} ({{ len .spec.containers }} container{{ if gt (len .spec.containers) 1 }}s{{ end }})
> {{ end -}}
> EOF
$ kubectl get pods -o go-template-file=names.tmpl
kubernetes-bootcamp-684c8dd9d8-8v528 (1 container)
kubernetes-bootcamp-684c8dd9d8-clr4x (1 container)
kubernetes-bootcamp-684c8dd9d8-jp96r (1 container)
$ kubectl create deployment web --image=nginx --dry-run=client -o go-template='{{.kind}}/{{.metadata.name}} {{(index .spec.template.spec.containers 0).image}}{{"\n"}}'
Deployment/web nginx
$ kubectl get pods -o go-template='{{.items'
error: error parsing template {{.items, template: output:1: unclosed action
? 1
$ kubectl get pods -o go-template='{{nope .items}}'
error: error parsing template {{nope .items}}, template: output:1: function "nope" not defined
? 1
$ kubectl get pods -o go-template
error: template format specified but no template given
? 1
$ kubectl get pods -o go-template-file=missing.tmpl
error: error reading --template missing.tmpl, open missing.tmpl: no such file or directory
? 1
$ kubectl get deployment kubernetes-bootcamp -o go-template='{{.spec.replica}}{{"\n"}}'
<no value>
$ kubectl get deployment kubernetes-bootcamp -o go-template='{{.spec.replica}}{{"\n"}}' --allow-missing-template-keys=false
Error executing template: template: output:1:7: executing "output" at <.spec.replica>: map has no entry for key "replica". Printing more information for debugging the template:
	template was:
		{{.spec.replica}}{{"\n"}}
	raw data was:
		{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{"deployment.kubernetes.io/revision":"1"},"creationTimestamp":"2026-01-01T00:00:00Z","generation":2,"labels":{"app":"kubernetes-bootcamp"},"name":"kubernetes-bootcamp","namespace":"default","resourceVersion":"396","uid":"3a0c9647-ea25-453c-80a1-6606fe4d9edf"},"spec":{"progressDeadlineSeconds":600,"replicas":3,"revisionHistoryLimit":10,"selector":{"matchLabels":{"app":"kubernetes-bootcamp"}},"strategy":{"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"kubernetes-bootcamp"}},"spec":{"containers":[{"image":"gcr.io/google-samples/kubernetes-bootcamp:v1","imagePullPolicy":"IfNotPresent","name":"kubernetes-bootcamp","resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],"dnsPolicy":"ClusterFirst","restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},"terminationGracePeriodSeconds":30}}},"status":{"availableReplicas":3,"conditions":[{"lastTransitionTime":"2026-01-01T00:00:34Z","lastUpdateTime":"2026-01-01T00:00:34Z","message":"Deployment has minimum availability.","reason":"MinimumReplicasAvailable","status":"True","type":"Available"},{"lastTransitionTime":"2026-01-01T00:00:00Z","lastUpdateTime":"2026-01-01T00:00:34Z","message":"ReplicaSet \"kubernetes-bootcamp-684c8dd9d8\" has successfully progressed.","reason":"NewReplicaSetAvailable","status":"True","type":"Progressing"}],"observedGeneration":2,"readyReplicas":3,"replicas":3,"updatedReplicas":3}}
	object given to template engine was:
		map[apiVersion:apps/v1 kind:Deployment metadata:map[annotations:map[deployment.kubernetes.io/revision:1] creationTimestamp:2026-01-01T00:00:00Z generation:2 labels:map[app:kubernetes-bootcamp] name:kubernetes-bootcamp namespace:default resourceVersion:396 uid:3a0c9647-ea25-453c-80a1-6606fe4d9edf] spec:map[progressDeadlineSeconds:600 replicas:3 revisionHistoryLimit:10 selector:map[matchLabels:map[app:kubernetes-bootcamp]] strategy:map[rollingUpdate:map[maxSurge:25% maxUnavailable:25%] type:RollingUpdate] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:kubernetes-bootcamp]] spec:map[containers:[map[image:gcr.io/google-samples/kubernetes-bootcamp:v1 imagePullPolicy:IfNotPresent name:kubernetes-bootcamp resources:map[] terminationMessagePath:/dev/termination-log terminationMessagePolicy:File]] dnsPolicy:ClusterFirst restartPolicy:Always schedulerName:default-scheduler securityContext:map[] terminationGracePeriodSeconds:30]]] status:map[availableReplicas:3 conditions:[map[lastTransitionTime:2026-01-01T00:00:34Z lastUpdateTime:2026-01-01T00:00:34Z message:Deployment has minimum availability. reason:MinimumReplicasAvailable status:True type:Available] map[lastTransitionTime:2026-01-01T00:00:00Z lastUpdateTime:2026-01-01T00:00:34Z message:ReplicaSet "kubernetes-bootcamp-684c8dd9d8" has successfully progressed. reason:NewReplicaSetAvailable status:True type:Progressing]] observedGeneration:2 readyReplicas:3 replicas:3 updatedReplicas:3]]

error: error executing template "{{.spec.replica}}{{\"\\n\"}}": template: output:1:7: executing "output" at <.spec.replica>: map has no entry for key "replica"
? 1
$ kubectl get namespace default -o go-template='{{.metadata.name}}: {{.metadata.name.first}}'
default: Error executing template: template: output:1:31: executing "output" at <.metadata.name.first>: can't evaluate field first in type interface {}. Printing more information for debugging the template:
	template was:
		{{.metadata.name}}: {{.metadata.name.first}}
	raw data was:
		{"apiVersion":"v1","kind":"Namespace","metadata":{"creationTimestamp":"2025-12-31T23:50:00Z","labels":{"kubernetes.io/metadata.name":"default"},"name":"default","resourceVersion":"2","uid":"5a9be9c2-636b-4ffb-acbd-e73940e14c50"},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}}
	object given to template engine was:
		map[apiVersion:v1 kind:Namespace metadata:map[creationTimestamp:2025-12-31T23:50:00Z labels:map[kubernetes.io/metadata.name:default] name:default resourceVersion:2 uid:5a9be9c2-636b-4ffb-acbd-e73940e14c50] spec:map[finalizers:[kubernetes]] status:map[phase:Active]]

error: error executing template "{{.metadata.name}}: {{.metadata.name.first}}": template: output:1:31: executing "output" at <.metadata.name.first>: can't evaluate field first in type interface {}
? 1
$ kubectl create deployment web --image=nginx --dry-run=client -o go-template='{{.spec.replicas.count}}'
Error executing template: template: output:1:7: executing "output" at <.spec.replicas.count>: can't evaluate field count in type interface {}. Printing more information for debugging the template:
	template was:
		{{.spec.replicas.count}}
	raw data was:
		{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}]}},"strategy":{}},"status":{}}
	object given to template engine was:
		map[apiVersion:apps/v1 kind:Deployment metadata:map[creationTimestamp:<nil> labels:map[app:web] name:web] spec:map[replicas:1 selector:map[matchLabels:map[app:web]] strategy:map[] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:web]] spec:map[containers:[map[image:nginx name:nginx resources:map[]]]]]] status:map[]]

error: error executing template "{{.spec.replicas.count}}": template: output:1:7: executing "output" at <.spec.replicas.count>: can't evaluate field count in type interface {}
? 1
