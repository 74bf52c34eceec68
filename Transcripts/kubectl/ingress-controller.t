# Installing ingress-nginx (the bare-metal manifest) with `sim addons enable ingress`: the
# controller syncs the Ingresses of its class and, once its pod is ready, publishes the
# address of its node; describe shows the backends' endpoints and the Sync events.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl expose deployment web --port=80
service/web exposed
$ kubectl create ingress web --class=nginx --rule="web.example.com/*=web:80" --rule="web.example.com/api=api:8080,tls=web-tls"
ingress.networking.k8s.io/web created
$ sim addons list
ADDON            STATUS
ingress          disabled
metrics-server   enabled
$ sim addons enable ingress
namespace/ingress-nginx created
serviceaccount/ingress-nginx created
configmap/ingress-nginx-controller created
service/ingress-nginx-controller created
deployment.apps/ingress-nginx-controller created
ingressclass.networking.k8s.io/nginx created
$ sim addons enable ingress
sim: the ingress add-on is already enabled
? 1
$ kubectl get ingressclass
NAME    CONTROLLER             PARAMETERS   AGE
nginx   k8s.io/ingress-nginx   <none>       2s
$ kubectl get pods,svc -n ingress-nginx
NAME                                            READY   STATUS              RESTARTS   AGE
pod/ingress-nginx-controller-6d8b85998b-jp96r   0/1     ContainerCreating   0          3s

NAME                               TYPE       CLUSTER-IP      EXTERNAL-IP   PORT(S)                      AGE
service/ingress-nginx-controller   NodePort   10.110.244.56   <none>        80:32652/TCP,443:31829/TCP   3s
$ kubectl get ingress
NAME   CLASS   HOSTS             ADDRESS   PORTS     AGE
web    nginx   web.example.com             80, 443   6s
$ sleep 90
$ kubectl get pods -n ingress-nginx
NAME                                        READY   STATUS    RESTARTS   AGE
ingress-nginx-controller-6d8b85998b-jp96r   1/1     Running   0          96s
$ kubectl get ingress
NAME   CLASS   HOSTS             ADDRESS        PORTS     AGE
web    nginx   web.example.com   192.168.0.12   80, 443   99s
$ kubectl describe ingress web
Name:             web
Labels:           <none>
Namespace:        default
Address:          192.168.0.12
Ingress Class:    nginx
Default backend:  <default>
TLS:
  web-tls terminates web.example.com
Rules:
  Host             Path  Backends
  ----             ----  --------
  web.example.com  
                   /      web:80 (10.244.2.2:80,10.244.1.3:80)
                   /api   api:8080 (<error: services "api" not found>)
Annotations:       <none>
Events:
  Type    Reason  Age                From                      Message
  ----    ------  ----               ----                      -------
  Normal  Sync    32s (x2 over 92s)  nginx-ingress-controller  Scheduled for sync
$ kubectl get ingress web -o jsonpath='{.status.loadBalancer.ingress[0].ip}{"\n"}'
192.168.0.12
$ kubectl describe ingressclass nginx
Name:         nginx
Labels:       app.kubernetes.io/component=controller
              app.kubernetes.io/instance=ingress-nginx
              app.kubernetes.io/name=ingress-nginx
              app.kubernetes.io/part-of=ingress-nginx
              app.kubernetes.io/version=1.11.3
Annotations:  <none>
Controller:   k8s.io/ingress-nginx
Events:       <none>
