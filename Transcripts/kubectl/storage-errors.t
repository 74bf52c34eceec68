# Mistakes with storage: claims and volumes the API server rejects, a pod whose claim does
# not exist or cannot bind, a class that does not exist, and changing a claim's spec.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: data
> spec:
>   accessModes: [ReadWriteOnce]
> EOF
The PersistentVolumeClaim "data" is invalid: spec.resources[storage]: Required value
? 1
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: data
> spec:
>   accessModes: [ReadWriteOne]
>   resources:
>     requests:
>       storage: 0
> EOF
The PersistentVolumeClaim "data" is invalid: 
* spec.accessModes: Unsupported value: "ReadWriteOne": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"
* spec.resources[storage]: Invalid value: "0": must be greater than zero
? 1
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolume
> metadata:
>   name: empty
> spec:
>   storageClassName: manual
> EOF
The PersistentVolume "empty" is invalid: 
* spec.accessModes: Required value
* spec.capacity: Required value
* spec.capacity: Unsupported value: core.ResourceList(nil): supported values: "storage"
* spec: Required value: must specify a volume type
? 1
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: Pod
> metadata:
>   name: app
> spec:
>   containers:
>   - name: app
>     image: nginx:1.27
>     volumeMounts:
>     - name: data
>       mountPath: /data
>   volumes:
>   - name: data
>     persistentVolumeClaim:
>       claimName: data
> EOF
pod/app created
$ kubectl get pod app
NAME   READY   STATUS    RESTARTS   AGE
app    0/1     Pending   0          1s
$ kubectl describe pod app
Name:             app
Namespace:        default
Priority:         0
Service Account:  default
Node:             <none>
Labels:           <none>
Annotations:      <none>
Status:           Pending
IP:               
IPs:              <none>
Containers:
  app:
    Image:        nginx:1.27
    Port:         <none>
    Host Port:    <none>
    Environment:  <none>
    Mounts:
      /data from data (rw)
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-5dnv9 (ro)
Conditions:
  Type           Status
  PodScheduled   False 
Volumes:
  data:
    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:  data
    ReadOnly:   false
  kube-api-access-5dnv9:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason            Age   From               Message
  ----     ------            ----  ----               -------
  Warning  FailedScheduling  2s    default-scheduler  0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: data
> spec:
>   storageClassName: fast
>   accessModes: [ReadWriteOnce]
>   resources:
>     requests:
>       storage: 1Gi
> EOF
persistentvolumeclaim/data created
$ sleep 1
$ kubectl get pvc,pod
NAME                         STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
persistentvolumeclaim/data   Pending                                      fast           <unset>                 3s

NAME      READY   STATUS    RESTARTS   AGE
pod/app   0/1     Pending   0          6s
$ kubectl describe pvc data
Name:          data
Namespace:     default
StorageClass:  fast
Status:        Pending
Volume:        
Labels:        <none>
Annotations:   <none>
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      
Access Modes:  
VolumeMode:    Filesystem
Used By:       app
Events:
  Type     Reason              Age   From                         Message
  ----     ------              ----  ----                         -------
  Warning  ProvisioningFailed  4s    persistentvolume-controller  storageclass.storage.k8s.io "fast" not found
$ kubectl get events --field-selector involvedObject.name=app
LAST SEEN   TYPE      REASON             OBJECT    MESSAGE
8s          Warning   FailedScheduling   pod/app   0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
5s          Warning   FailedScheduling   pod/app   0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: data
> spec:
>   storageClassName: standard
>   accessModes: [ReadWriteOnce]
>   resources:
>     requests:
>       storage: 1Gi
> EOF
The PersistentVolumeClaim "data" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims
  core.PersistentVolumeClaimSpec{
  	AccessModes:      {"ReadWriteOnce"},
  	Selector:         nil,
  	Resources:        {Requests: {s"storage": {i: {...}, s: "1Gi", Format: "BinarySI"}}},
  	VolumeName:       "",
- 	StorageClassName: &"fast",
+ 	StorageClassName: &"standard",
  	VolumeMode:       &"Filesystem",
  	DataSource:       nil,
  	... // 2 identical fields
  }

? 1
$ kubectl get pv nope
Error from server (NotFound): persistentvolumes "nope" not found
? 1
$ kubectl get pvc nope
Error from server (NotFound): persistentvolumeclaims "nope" not found
? 1
