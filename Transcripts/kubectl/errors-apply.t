# apply and create -f with malformed and invalid manifests.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply
error: must specify one of -f and -k
? 1
$ kubectl apply -f nope.yaml
error: the path "nope.yaml" does not exist
? 1
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: broken
> spec:
>   containers:
>   - name: c
>     image: nginx
>     ports: [
> YAML
error: error parsing STDIN: error converting YAML to JSON: yaml: line 9: did not find expected node content
? 1
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Widget
> metadata:
>   name: w
> YAML
error: resource mapping not found for name: "w" namespace: "" from "STDIN": no matches for kind "Widget" in version "v1"
ensure CRDs are installed first
? 1
$ kubectl apply -f - <<YAML
> kind: Pod
> metadata:
>   name: noversion
> YAML
error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
? 1
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: -1
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: other
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
> YAML
The Deployment "web" is invalid: 
* spec.replicas: Invalid value: -1: must be greater than or equal to 0
* spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`
? 1
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: Bad_Name
> spec:
>   containers:
>   - name: c
>     image: nginx
> YAML
The Pod "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
? 1
$ kubectl create -f - <<YAML
> apiVersion: v1
> kind: Namespace
> metadata:
>   name: team-a
> YAML
namespace/team-a created
$ kubectl create -f - <<YAML
> apiVersion: v1
> kind: Namespace
> metadata:
>   name: team-a
> YAML
Error from server (AlreadyExists): error when creating "STDIN": namespaces "team-a" already exists
? 1
