# Picking fields out of objects: jsonpath, custom-columns and --sort-by.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=3
deployment.apps/web created
$ kubectl wait --for=condition=Available deployment/web --timeout=60s
deployment.apps/web condition met
$ kubectl get pods -o jsonpath='{.items[*].metadata.name}'
web-5c94f75b5d-8v528 web-5c94f75b5d-clr4x web-5c94f75b5d-jp96r (no-eol)
$ kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.spec.nodeName}{"\n"}{end}'
web-5c94f75b5d-8v528	node01
web-5c94f75b5d-clr4x	node02
web-5c94f75b5d-jp96r	node02
$ kubectl get pods -l app=web -o custom-columns=POD:.metadata.name,IP:.status.podIP,IMAGE:.spec.containers[*].image
POD                    IP           IMAGE
web-5c94f75b5d-8v528   10.244.1.3   nginx:1.27
web-5c94f75b5d-clr4x   10.244.2.2   nginx:1.27
web-5c94f75b5d-jp96r   10.244.2.3   nginx:1.27
$ kubectl get deployment web -o jsonpath='{.status.readyReplicas}/{.spec.replicas}{"\n"}'
3/3
$ kubectl get nodes -o jsonpath='{.items[?(@.metadata.name=="node01")].status.addresses[0].address}{"\n"}'
192.168.0.11
$ kubectl get pods -n kube-system --sort-by=.metadata.creationTimestamp --no-headers -o custom-columns=NAME:.metadata.name
etcd-controlplane
kube-apiserver-controlplane
kube-controller-manager-controlplane
kube-scheduler-controlplane
coredns-7ccffd5bf-gnh2c
coredns-7ccffd5bf-x42w4
kube-proxy-tkkmb
kube-proxy-ttkq7
kube-proxy-dbdg7
metrics-server-775ccfbfd9-2nl4r
$ kubectl get pods -o jsonpath='{.items[0].metadata.name'
error: error parsing jsonpath {.items[0].metadata.name, unclosed action
? 1
$ kubectl get pods --sort-by=.metadata
F0101 00:00:13.911000       1 sorter.go:375] Field {.metadata} in [][][]reflect.Value is an unsortable type: interface, err: unsortable type: map[string]interface {}
? 1
$ kubectl get pods -o custom-columns=NAME
error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>
? 1
