# Traffic through ingress-nginx (the bare-metal manifest, so its Service is a NodePort): the
# learner's curl reaches the controller on a node's address at the Service's node port, with
# the Ingress's host in the Host header (-H) or by --resolve, and the controller sends the
# request by the Ingress rules to the backend Service's pods, which log the controller pod's
# address. A path no rule routes gets the controller's default 404, a host no rule names
# too, and a backend Service that does not exist a 503. From a pod, the controller's Service
# name works the same way.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl create deployment hello --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/hello created
$ kubectl expose deployment hello --port=8080
service/hello exposed
$ kubectl create ingress site --class=nginx --rule="web.example.com/*=web:80" --rule="web.example.com/hello*=hello:8080" --rule="web.example.com/api=api:8080"
ingress.networking.k8s.io/site created
$ sim addons enable ingress
namespace/ingress-nginx created
serviceaccount/ingress-nginx created
configmap/ingress-nginx-controller created
service/ingress-nginx-controller created
deployment.apps/ingress-nginx-controller created
ingressclass.networking.k8s.io/nginx created
$ sleep 90
$ kubectl get ingress site
NAME   CLASS   HOSTS             ADDRESS        PORTS   AGE
site   nginx   web.example.com   192.168.0.12   80      93s
$ kubectl get svc -n ingress-nginx ingress-nginx-controller
NAME                       TYPE       CLUSTER-IP       EXTERNAL-IP   PORT(S)                      AGE
ingress-nginx-controller   NodePort   10.102.143.255   <none>        80:32652/TCP,443:31829/TCP   93s
$ export NODE_PORT=$(kubectl get svc -n ingress-nginx ingress-nginx-controller -o jsonpath='{.spec.ports[?(@.name=="http")].nodePort}')
$ curl -s -H "Host: web.example.com" http://192.168.0.11:$NODE_PORT/ | grep title
<title>Welcome to nginx!</title>
$ curl -H "Host: web.example.com" http://192.168.0.11:$NODE_PORT/hello
Hello Kubernetes bootcamp! | Running on: hello-7c8b79cbfd-8v528 | v=1
$ curl --resolve web.example.com:$NODE_PORT:192.168.0.12 http://web.example.com:$NODE_PORT/hello/there
Hello Kubernetes bootcamp! | Running on: hello-7c8b79cbfd-8v528 | v=1
$ curl -H "Host: web.example.com" http://192.168.0.11:$NODE_PORT/api
<html>
<head><title>503 Service Temporarily Unavailable</title></head>
<body>
<center><h1>503 Service Temporarily Unavailable</h1></center>
<hr><center>nginx</center>
</body>
</html>
$ curl -H "Host: other.example.com" http://192.168.0.11:$NODE_PORT/
<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx</center>
</body>
</html>
$ curl http://192.168.0.11:$NODE_PORT/
<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx</center>
</body>
</html>
$ kubectl logs deploy/web | tail -1
10.244.2.4 - - [01/Jan/2026:00:01:40 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"
$ kubectl get pods -n ingress-nginx -o wide
NAME                                        READY   STATUS    RESTARTS   AGE    IP           NODE     NOMINATED NODE   READINESS GATES
ingress-nginx-controller-6d8b85998b-jp96r   1/1     Running   0          102s   10.244.2.4   node02   <none>           <none>
$ kubectl run client --image=nginx:1.27
pod/client created
$ sleep 10
$ kubectl exec client -- curl -s -H "Host: web.example.com" http://ingress-nginx-controller.ingress-nginx/hello
Hello Kubernetes bootcamp! | Running on: hello-7c8b79cbfd-8v528 | v=1
$ curl -H
curl: option -H: requires parameter
curl: try 'curl --help' or 'curl --manual' for more information
? 2
