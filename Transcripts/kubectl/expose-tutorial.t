# The Kubernetes Basics tutorial, "Using a Service to expose your app": expose a Deployment as
# a NodePort Service, find its node port and curl it on the nodes' addresses (the learner's
# machine sits on their network, as it would beside a kubeadm cluster), see its endpoints
# follow the pods, label a pod, and delete the Service by label, after which the node port
# refuses. Then the other ways to make a Service, and their errors.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ sleep 20
$ kubectl get services
NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10m
$ kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
service/kubernetes-bootcamp exposed
$ kubectl get services
NAME                  TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
kubernetes            ClusterIP   10.96.0.1        <none>        443/TCP          10m
kubernetes-bootcamp   NodePort    10.106.197.133   <none>        8080:32652/TCP   1s
$ kubectl describe services/kubernetes-bootcamp
Name:                     kubernetes-bootcamp
Namespace:                default
Labels:                   app=kubernetes-bootcamp
Annotations:              <none>
Selector:                 app=kubernetes-bootcamp
Type:                     NodePort
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.106.197.133
IPs:                      10.106.197.133
Port:                     <unset>  8080/TCP
TargetPort:               8080/TCP
NodePort:                 <unset>  32652/TCP
Endpoints:                10.244.2.2:8080
Session Affinity:         None
External Traffic Policy:  Cluster
Internal Traffic Policy:  Cluster
Events:                   <none>
$ export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
$ echo "NODE_PORT=$NODE_PORT"
NODE_PORT=32652
$ curl http://192.168.0.11:$NODE_PORT
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ curl http://192.168.0.10:$NODE_PORT
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ kubectl get endpoints kubernetes-bootcamp
NAME                  ENDPOINTS         AGE
kubernetes-bootcamp   10.244.2.2:8080   7s
$ kubectl get pods -l app=kubernetes-bootcamp
NAME                                   READY   STATUS    RESTARTS   AGE
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Running   0          31s
$ kubectl get services -l app=kubernetes-bootcamp
NAME                  TYPE       CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
kubernetes-bootcamp   NodePort   10.106.197.133   <none>        8080:32652/TCP   9s
$ export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')"
$ echo "Name of the Pod: $POD_NAME"
Name of the Pod: kubernetes-bootcamp-684c8dd9d8-clr4x
$ kubectl label pods "$POD_NAME" version=v1
pod/kubernetes-bootcamp-684c8dd9d8-clr4x labeled
$ kubectl get pods -l version=v1
NAME                                   READY   STATUS    RESTARTS   AGE
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Running   0          36s
$ kubectl describe pods "$POD_NAME" | head -8
Name:             kubernetes-bootcamp-684c8dd9d8-clr4x
Namespace:        default
Priority:         0
Service Account:  default
Node:             node02/192.168.0.12
Start Time:       Thu, 01 Jan 2026 00:00:01 +0000
Labels:           app=kubernetes-bootcamp
                  pod-template-hash=684c8dd9d8
$ kubectl delete service -l app=kubernetes-bootcamp
service "kubernetes-bootcamp" deleted
$ kubectl get services
NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10m
$ kubectl get endpoints
NAME         ENDPOINTS           AGE
kubernetes   192.168.0.10:6443   10m
$ curl -s http://192.168.0.12:$NODE_PORT
? 7
$ kubectl expose deployment kubernetes-bootcamp --port=80 --target-port=8080 --dry-run=client -o yaml
apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: kubernetes-bootcamp
  name: kubernetes-bootcamp
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: kubernetes-bootcamp
status:
  loadBalancer: {}
$ kubectl create service clusterip web --tcp=80:8080
service/web created
$ kubectl create service nodeport np --tcp=80:8080 --node-port=30080
service/np created
$ kubectl create service nodeport clash --tcp=80 --node-port=30080
error: failed to create NodePort service: Service "clash" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated
? 1
$ kubectl create service nodeport low --tcp=80 --node-port=80
error: failed to create NodePort service: Service "low" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767
? 1
$ kubectl create service loadbalancer lb --tcp=80:8080
service/lb created
$ kubectl create service externalname db --external-name=db.example.com
service/db created
$ kubectl create service clusterip none
error: at least one tcp port specifier must be provided
? 1
$ kubectl create service externalname bad --external-name=Not_A_Name
error: invalid service external name Not_A_Name
? 1
$ kubectl get services -o wide
NAME         TYPE           CLUSTER-IP       EXTERNAL-IP      PORT(S)        AGE   SELECTOR
db           ExternalName   <none>           db.example.com   <none>         3s    app=db
kubernetes   ClusterIP      10.96.0.1        <none>           443/TCP        10m   <none>
lb           LoadBalancer   10.111.195.140   <pending>        80:31829/TCP   4s    app=lb
np           NodePort       10.102.143.255   <none>           80:30080/TCP   7s    app=np
web          ClusterIP      10.110.244.56    <none>           80/TCP         8s    app=web
$ kubectl get endpoints
NAME         ENDPOINTS           AGE
kubernetes   192.168.0.10:6443   10m
lb           <none>              5s
np           <none>              8s
web          <none>              9s
$ kubectl create job once --image=busybox -- echo hi
job.batch/once created
$ kubectl expose job once --port=80
error: cannot expose a Job.batch
? 1
$ kubectl run bare --image=busybox -- sleep 3600
pod/bare created
$ kubectl expose pod bare
error: couldn't find port via --port flag or introspection
? 1
