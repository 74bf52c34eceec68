# The DefaultIngressClass admission plugin: once a class is annotated as the default, new
# Ingresses that name no class get it; Ingresses created before keep none.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create ingress before --default-backend=web:80
ingress.networking.k8s.io/before created
$ sim addons enable ingress
namespace/ingress-nginx created
serviceaccount/ingress-nginx created
configmap/ingress-nginx-controller created
service/ingress-nginx-controller created
deployment.apps/ingress-nginx-controller created
ingressclass.networking.k8s.io/nginx created
$ kubectl annotate ingressclass nginx ingressclass.kubernetes.io/is-default-class=true
ingressclass.networking.k8s.io/nginx annotated
$ kubectl create ingress after --rule="shop.example.com/=web:80" --rule="blog.example.com/=web:80" --rule="docs.example.com/=web:80" --rule="api.example.com/=web:80"
ingress.networking.k8s.io/after created
$ kubectl get ingress
NAME     CLASS    HOSTS                                                            ADDRESS   PORTS   AGE
after    nginx    shop.example.com,blog.example.com,docs.example.com + 1 more...             80      1s
before   <none>   *                                                                          80      4s
$ kubectl get ingress after -o jsonpath='{.spec.ingressClassName}{"\n"}'
nginx
$ kubectl describe ingress before
Name:             before
Labels:           <none>
Namespace:        default
Address:          
Ingress Class:    <none>
Default backend:  web:80 (<error: services "web" not found>)
Rules:
  Host        Path  Backends
  ----        ----  --------
  *           *     web:80 (<error: services "web" not found>)
Annotations:  <none>
Events:       <none>
