# kubectl create secret docker-registry, as for pulling from a private registry such as ECR:
# a kubernetes.io/dockerconfigjson Secret whose .dockerconfigjson is the config.json a node
# pulls with (auths, then per server the username, password and base64 "user:password"
# auth), byte for byte what kubectl v1.32.4 prints; Docker Hub's server when none is given.
# Errors last.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create secret docker-registry regcred --docker-server=123456789012.dkr.ecr.us-east-1.amazonaws.com --docker-username=AWS --docker-password=secretpw --dry-run=client -o yaml
apiVersion: v1
data:
  .dockerconfigjson: eyJhdXRocyI6eyIxMjM0NTY3ODkwMTIuZGtyLmVjci51cy1lYXN0LTEuYW1hem9uYXdzLmNvbSI6eyJ1c2VybmFtZSI6IkFXUyIsInBhc3N3b3JkIjoic2VjcmV0cHciLCJhdXRoIjoiUVZkVE9uTmxZM0psZEhCMyJ9fX0=
kind: Secret
metadata:
  creationTimestamp: null
  name: regcred
type: kubernetes.io/dockerconfigjson
$ kubectl create secret docker-registry regcred --docker-server=123456789012.dkr.ecr.us-east-1.amazonaws.com --docker-username=AWS --docker-password=secretpw
secret/regcred created
$ kubectl get secret regcred
NAME      TYPE                             DATA   AGE
regcred   kubernetes.io/dockerconfigjson   1      1s
$ kubectl describe secret regcred
Name:         regcred
Namespace:    default
Labels:       <none>
Annotations:  <none>

Type:  kubernetes.io/dockerconfigjson

Data
====
.dockerconfigjson:  125 bytes
$ kubectl get secret regcred -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d; echo
{"auths":{"123456789012.dkr.ecr.us-east-1.amazonaws.com":{"username":"AWS","password":"secretpw","auth":"QVdTOnNlY3JldHB3"}}}
$ kubectl create secret docker-registry hub --docker-username=learner --docker-password=pw --docker-email=me@example.com -o json --dry-run=client
{
    "kind": "Secret",
    "apiVersion": "v1",
    "metadata": {
        "name": "hub",
        "creationTimestamp": null
    },
    "data": {
        ".dockerconfigjson": "eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJsZWFybmVyIiwicGFzc3dvcmQiOiJwdyIsImVtYWlsIjoibWVAZXhhbXBsZS5jb20iLCJhdXRoIjoiYkdWaGNtNWxjanB3ZHc9PSJ9fX0="
    },
    "type": "kubernetes.io/dockerconfigjson"
}
$ kubectl create secret docker-registry regcred
error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required
? 1
$ kubectl create secret docker-registry --docker-username=u --docker-password=p
error: exactly one NAME is required, got 0
See 'kubectl create secret docker-registry -h' for help and examples
? 1
$ kubectl create secret tls web-tls --cert=tls.crt --key=tls.key
error: Shipyard simulates `kubectl create secret generic` and `docker-registry`; `tls` is not simulated yet
? 1
