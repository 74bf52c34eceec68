# kubectl top: metrics-server's view of nodes and pods, once it has scraped a new pod.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl top nodes
NAME           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
controlplane   150m         7%       1132Mi          29%         
node01         28m          1%       464Mi           12%         
node02         28m          1%       452Mi           11%         
$ kubectl top pods -A
NAMESPACE     NAME                                   CPU(cores)   MEMORY(bytes)   
kube-system   coredns-7ccffd5bf-gnh2c                2m           15Mi            
kube-system   coredns-7ccffd5bf-x42w4                2m           15Mi            
kube-system   etcd-controlplane                      25m          40Mi            
kube-system   kube-apiserver-controlplane            45m          250Mi           
kube-system   kube-controller-manager-controlplane   12m          50Mi            
kube-system   kube-proxy-dbdg7                       1m           15Mi            
kube-system   kube-proxy-tkkmb                       1m           15Mi            
kube-system   kube-proxy-ttkq7                       1m           15Mi            
kube-system   kube-scheduler-controlplane            3m           20Mi            
kube-system   metrics-server-775ccfbfd9-2nl4r        4m           18Mi            
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Pod
> metadata:
>   name: hog
> spec:
>   containers:
>   - name: stress
>     image: polinux/stress
>     command: ["stress", "--cpu", "2", "--vm", "1", "--vm-bytes", "64M"]
>     resources:
>       limits:
>         cpu: 500m
>         memory: 256Mi
> YAML
pod/hog created
$ kubectl top pods
error: metrics not available yet
? 1
$ sleep 30
$ kubectl top pods
NAME                   CPU(cores)   MEMORY(bytes)   
hog                    500m         65Mi            
web-5c94f75b5d-8v528   1m           4Mi             
web-5c94f75b5d-clr4x   1m           4Mi             
$ kubectl top pods --sort-by=cpu
NAME                   CPU(cores)   MEMORY(bytes)   
hog                    500m         65Mi            
web-5c94f75b5d-8v528   1m           4Mi             
web-5c94f75b5d-clr4x   1m           4Mi             
$ kubectl top pods -l app=web --containers
POD                    NAME    CPU(cores)   MEMORY(bytes)   
web-5c94f75b5d-8v528   nginx   1m           4Mi             
web-5c94f75b5d-clr4x   nginx   1m           4Mi             
$ kubectl top pod hog
NAME   CPU(cores)   MEMORY(bytes)   
hog    500m         65Mi            
$ kubectl top nodes --sort-by=memory
NAME           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
controlplane   145m         7%       1125Mi          29%         
node02         526m         26%      517Mi           13%         
node01         31m          1%       471Mi           12%         
$ kubectl top node node01 --no-headers
node01   31m   1%    471Mi   12%   
$ kubectl top pods -n kube-system --sort-by=memory --sum
NAME                                   CPU(cores)   MEMORY(bytes)   
kube-apiserver-controlplane            45m          250Mi           
kube-controller-manager-controlplane   12m          50Mi            
etcd-controlplane                      25m          40Mi            
kube-scheduler-controlplane            3m           20Mi            
metrics-server-775ccfbfd9-2nl4r        4m           18Mi            
coredns-7ccffd5bf-x42w4                2m           15Mi            
kube-proxy-dbdg7                       1m           15Mi            
kube-proxy-ttkq7                       1m           15Mi            
kube-proxy-tkkmb                       1m           15Mi            
coredns-7ccffd5bf-gnh2c                2m           15Mi            
                                       ________     ________        
                                       96m          455Mi           
