# An Ingress is only a request: until a controller for its class runs, nobody publishes an
# address. Without a default IngressClass an Ingress that names no class stays unclaimed.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get ingressclass
No resources found
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl create ingress web --class=nginx --rule="web.example.com/*=web:80"
ingress.networking.k8s.io/web created
$ kubectl create ingress plain --rule="/=web:80"
ingress.networking.k8s.io/plain created
$ kubectl get ingress
NAME    CLASS    HOSTS             ADDRESS   PORTS   AGE
plain   <none>   *                           80      1s
web     nginx    web.example.com             80      2s
$ sleep 2m
$ kubectl get ing -o wide
NAME    CLASS    HOSTS             ADDRESS   PORTS   AGE
plain   <none>   *                           80      2m3s
web     nginx    web.example.com             80      2m4s
$ kubectl describe ingress web
Name:             web
Labels:           <none>
Namespace:        default
Address:          
Ingress Class:    nginx
Default backend:  <default>
Rules:
  Host             Path  Backends
  ----             ----  --------
  web.example.com  
                   /   web:80 (10.244.2.2:80,10.244.1.3:80)
Annotations:       <none>
Events:            <none>
$ kubectl get ingress web -o jsonpath='{.status}'
{"loadBalancer":{}} (no-eol)
