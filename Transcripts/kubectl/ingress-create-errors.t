# `kubectl create ingress`: the objects it generates, kubectl's own checks of the rules, and
# the API server's validation of Ingresses applied from manifests.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert" --dry-run=client -o yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  creationTimestamp: null
  name: simple
spec:
  rules:
  - host: foo.com
    http:
      paths:
      - backend:
          service:
            name: svc1
            port:
              number: 8080
        path: /bar
        pathType: Exact
  tls:
  - hosts:
    - foo.com
    secretName: my-cert
status:
  loadBalancer: {}
$ kubectl create ingress multi --class=nginx --rule="foo.com/=svc:http" --rule="foo.com/admin*=admin:8080" --annotation nginx.ingress.kubernetes.io/rewrite-target=/ --dry-run=client -o yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
  creationTimestamp: null
  name: multi
spec:
  ingressClassName: nginx
  rules:
  - host: foo.com
    http:
      paths:
      - backend:
          service:
            name: svc
            port:
              name: http
        path: /
        pathType: Exact
      - backend:
          service:
            name: admin
            port:
              number: 8080
        path: /admin
        pathType: Prefix
status:
  loadBalancer: {}
$ kubectl create ingress x
error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)
? 1
$ kubectl create ingress x --rule="foo.com=svc:80"
error: rule foo.com=svc:80 is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]
? 1
$ kubectl create ingress x --rule="foo.com/=svc"
error: rule foo.com/=svc is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]
? 1
$ kubectl create ingress x --default-backend=svc
error: default-backend should be in format servicename:serviceport
? 1
$ kubectl create ingress x --rule="/=svc:80" --annotation=oops
error: annotation oops is invalid and should be in format key=[value]
? 1
$ kubectl create ingress Bad_Name --rule="/=svc:80"
error: failed to create ingress: Ingress.networking.k8s.io "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
? 1
$ kubectl create ingress ok --rule="/=svc:80"
ingress.networking.k8s.io/ok created
$ kubectl create ingress ok --rule="/=svc:80"
error: failed to create ingress: ingresses.networking.k8s.io "ok" already exists
? 1
$ kubectl apply -f - <<EOF
> apiVersion: networking.k8s.io/v1
> kind: Ingress
> metadata:
>   name: broken
> spec:
>   rules:
>   - host: 10.0.0.1
>     http:
>       paths:
>       - path: api
>         pathType: Prefix
>         backend:
>           service:
>             name: api
>             port:
>               number: 80
>       - path: /
>         backend:
>           service:
>             name: web
>             port:
>               number: 80
>       - path: /x
>         pathType: Exact
>         backend: {}
>       - path: /y
>         pathType: Exact
>         backend:
>           service:
>             name: web
> EOF
The Ingress "broken" is invalid: 
* spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address
* spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path
* spec.rules[0].http.paths[1].pathType: Required value: pathType must be specified
* spec.rules[0].http.paths[2].backend: Invalid value: "": resource or service backend is required
* spec.rules[0].http.paths[3].backend: Required value: port name or number is required
? 1
$ kubectl apply -f - <<EOF
> apiVersion: networking.k8s.io/v1
> kind: Ingress
> metadata:
>   name: nothing
> spec: {}
> EOF
The Ingress "nothing" is invalid: spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified
? 1
