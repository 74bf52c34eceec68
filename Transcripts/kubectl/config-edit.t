# Editing the kubeconfig's entries: set-context sets a context's cluster, user and namespace;
# rename-context (the current context follows its name); delete-context (with a warning when
# it was the active one, which current-context still names), delete-cluster and delete-user,
# each reporting the file it changed; and what kubectl says once a context, or its cluster, is
# gone. `config view -o json` prints kubectl's typed field order; its YAML sorts the keys.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl config view -o json
{
    "kind": "Config",
    "apiVersion": "v1",
    "preferences": {},
    "clusters": [
        {
            "name": "sandbox",
            "cluster": {
                "server": "https://192.168.0.10:6443",
                "certificate-authority-data": "DATA+OMITTED"
            }
        }
    ],
    "users": [
        {
            "name": "kubernetes-admin",
            "user": {
                "client-certificate-data": "DATA+OMITTED",
                "client-key-data": "DATA+OMITTED"
            }
        }
    ],
    "contexts": [
        {
            "name": "sandbox",
            "context": {
                "cluster": "sandbox",
                "user": "kubernetes-admin"
            }
        }
    ],
    "current-context": "sandbox"
}
$ kubectl config view -o name
config/<unknown>
$ kubectl config rename-context sandbox dev
Context "sandbox" renamed to "dev".
$ kubectl config get-contexts
CURRENT   NAME   CLUSTER   AUTHINFO           NAMESPACE
*         dev    sandbox   kubernetes-admin   
$ kubectl config rename-context sandbox other
error: cannot rename the context "sandbox", it's not in /home/learner/.kube/config
? 1
$ kubectl config set-context staging --namespace=web
Context "staging" created.
$ kubectl config set-context staging --cluster=sandbox --user=kubernetes-admin
Context "staging" modified.
$ kubectl config get-contexts staging
CURRENT   NAME      CLUSTER   AUTHINFO           NAMESPACE
          staging   sandbox   kubernetes-admin   web
$ kubectl get pods --context staging
No resources found in web namespace.
$ kubectl config rename-context dev staging
error: cannot rename the context "dev", the context "staging" already exists in /home/learner/.kube/config
? 1
$ kubectl config delete-context staging
deleted context staging from /home/learner/.kube/config
$ kubectl config delete-context staging
error: cannot delete context staging, not in /home/learner/.kube/config
? 1
$ kubectl config delete-context
Delete the specified context from the kubeconfig.

Examples:
  # Delete the context for the minikube cluster
  kubectl config delete-context minikube

Usage:
  kubectl config delete-context NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
$ kubectl config delete-user nobody
error: cannot delete user nobody, not in /home/learner/.kube/config
? 1
$ kubectl config delete-user
error: user to delete is required
See 'kubectl config delete-user -h' for help and examples
? 1
$ kubectl config get-clusters
NAME
sandbox
$ kubectl config get-users
NAME
kubernetes-admin
$ kubectl config delete-cluster sandbox
deleted cluster sandbox from /home/learner/.kube/config
$ kubectl get pods
E0101 00:00:18.003034    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:18.004528    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:18.006894    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:18.009182    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:18.011638    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1
$ kubectl config view --minify
error: cannot locate cluster sandbox
? 1
$ kubectl config delete-context dev
warning: this removed your active context, use "kubectl config use-context" to select a different one
deleted context dev from /home/learner/.kube/config
$ kubectl config current-context
dev
$ kubectl get pods
Error in configuration: context was not found for specified context: dev
? 1
$ kubectl config view --minify
error: cannot locate context dev
? 1
