# kubectl's errors, worded and coded as kubectl's.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get foo
error: the server doesn't have a resource type "foo"
? 1
$ kubectl get pod nope
Error from server (NotFound): pods "nope" not found
? 1
$ kubectl get pods --bogus
Error: unknown flag: --bogus
See 'kubectl get --help' for usage.
? 1
$ kubectl get pods -n
Error: flag needs an argument: 'n' in -n
See 'kubectl get --help' for usage.
? 1
$ kubectl get
You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
? 1
$ kubectl frob
Error: unknown command "frob" for "kubectl"
? 1
$ kubectl get pods nginx -A
error: a resource cannot be retrieved by name across all namespaces
? 1
$ kubectl get pods -o bogus
error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
? 1
$ kubectl run
E0101 00:00:08.000000       1 run.go:72] "command failed" err="required flag(s) \"image\" not set"
? 1
$ kubectl run nginx
E0101 00:00:09.000000       1 run.go:72] "command failed" err="required flag(s) \"image\" not set"
? 1
$ kubectl delete
error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
? 1
$ kubectl delete pod
error: resource(s) were provided, but no name was specified
? 1
$ kubectl get pods -n nowhere
No resources found in nowhere namespace.
$ kubectl run Bad --image=nginx
The Pod "Bad" is invalid: 
* metadata.name: Invalid value: "Bad": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
* spec.containers[0].name: Invalid value: "Bad": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
? 1
