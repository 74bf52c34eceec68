# The StatefulSet Basics tutorial's stable storage, with its manifest and its loops: each pod
# gets its own claim from the volumeClaimTemplates, keeps it when the pod is replaced, and the
# claims outlive the set.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: v1
> kind: Service
> metadata:
>   name: nginx
>   labels:
>     app: nginx
> spec:
>   ports:
>   - port: 80
>     name: web
>   clusterIP: None
>   selector:
>     app: nginx
> ---
> apiVersion: apps/v1
> kind: StatefulSet
> metadata:
>   name: web
> spec:
>   serviceName: "nginx"
>   replicas: 2
>   selector:
>     matchLabels:
>       app: nginx
>   template:
>     metadata:
>       labels:
>         app: nginx
>     spec:
>       containers:
>       - name: nginx
>         image: registry.k8s.io/nginx-slim:0.21
>         ports:
>         - containerPort: 80
>           name: web
>         volumeMounts:
>         - name: www
>           mountPath: /usr/share/nginx/html
>   volumeClaimTemplates:
>   - metadata:
>       name: www
>     spec:
>       accessModes: [ "ReadWriteOnce" ]
>       resources:
>         requests:
>           storage: 1Gi
> YAML
service/nginx created
statefulset.apps/web created
$ kubectl rollout status statefulset/web
Waiting for 2 pods to be ready...
Waiting for 1 pods to be ready...
partitioned roll out complete: 2 new pods have been updated...
$ kubectl get pvc -l app=nginx
NAME        STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
www-web-0   Bound    pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   1Gi        RWO            standard       <unset>                 16s
www-web-1   Bound    pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            standard       <unset>                 9s
$ kubectl get pod web-0 -o jsonpath='{.spec.volumes[0]}{"\n"}'
{"name":"www","persistentVolumeClaim":{"claimName":"www-web-0"}}
$ for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done
web-0
web-1
$ for i in 0 1; do kubectl exec "web-$i" -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'; done
$ kubectl delete pod -l app=nginx
pod "web-0" deleted
pod "web-1" deleted
$ kubectl rollout status statefulset/web
Waiting for 2 pods to be ready...
Waiting for 1 pods to be ready...
partitioned roll out complete: 2 new pods have been updated...
$ for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
web-0
web-1
$ kubectl scale statefulset web --replicas=1
statefulset.apps/web scaled
$ sleep 10
$ kubectl get pods,pvc -l app=nginx
NAME        READY   STATUS    RESTARTS   AGE
pod/web-0   1/1     Running   0          20s

NAME                              STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
persistentvolumeclaim/www-web-0   Bound    pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   1Gi        RWO            standard       <unset>                 41s
persistentvolumeclaim/www-web-1   Bound    pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            standard       <unset>                 34s
$ kubectl describe statefulset web | sed -n '/Volume Claims/,$p'
Volume Claims:
  Name:          www
  StorageClass:  
  Labels:        <none>
  Annotations:   <none>
  Capacity:      1Gi
  Access Modes:  [ReadWriteOnce]
Events:
  Type    Reason            Age                From                    Message
  ----    ------            ----               ----                    -------
  Normal  SuccessfulCreate  42s                statefulset-controller  create Claim www-web-0 Pod web-0 in StatefulSet web success
  Normal  SuccessfulCreate  35s                statefulset-controller  create Claim www-web-1 Pod web-1 in StatefulSet web success
  Normal  SuccessfulCreate  21s (x2 over 42s)  statefulset-controller  create Pod web-0 in StatefulSet web successful
  Normal  SuccessfulCreate  18s (x2 over 35s)  statefulset-controller  create Pod web-1 in StatefulSet web successful
  Normal  SuccessfulDelete  13s                statefulset-controller  delete Pod web-1 in StatefulSet web successful
$ kubectl delete statefulset web
statefulset.apps "web" deleted
$ kubectl get pvc
NAME        STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
www-web-0   Bound    pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   1Gi        RWO            standard       <unset>                 44s
www-web-1   Bound    pvc-9fdb8517-1abb-482f-a056-dc7617baa4bb   1Gi        RWO            standard       <unset>                 37s
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: StatefulSet
> metadata:
>   name: cache
> spec:
>   serviceName: nginx
>   replicas: 2
>   persistentVolumeClaimRetentionPolicy:
>     whenDeleted: Delete
>     whenScaled: Delete
>   selector:
>     matchLabels:
>       app: cache
>   template:
>     metadata:
>       labels:
>         app: cache
>     spec:
>       containers:
>       - name: redis
>         image: redis:7.4
>         volumeMounts:
>         - name: data
>           mountPath: /data
>   volumeClaimTemplates:
>   - metadata:
>       name: data
>     spec:
>       accessModes: [ "ReadWriteOnce" ]
>       resources:
>         requests:
>           storage: 1Gi
> YAML
statefulset.apps/cache created
$ kubectl rollout status statefulset/cache
Waiting for 2 pods to be ready...
Waiting for 1 pods to be ready...
partitioned roll out complete: 2 new pods have been updated...
$ kubectl get pvc data-cache-0 -o jsonpath='{.metadata.ownerReferences}{"\n"}'
[{"apiVersion":"apps/v1","kind":"StatefulSet","name":"cache","uid":"38409f00-4856-4e14-a0ee-dc8512cb6199"}]
$ kubectl scale statefulset cache --replicas=1
statefulset.apps/cache scaled
$ sleep 5
$ kubectl get pvc -l app=cache
NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data-cache-0   Bound    pvc-6e3abd26-565a-4a9a-af58-66f4eed21ddb   1Gi        RWO            standard       <unset>                 26s
$ kubectl delete statefulset cache
statefulset.apps "cache" deleted
$ sleep 5
$ kubectl get pvc -l app=cache
No resources found in default namespace.
