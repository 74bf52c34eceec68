# Static provisioning, as in the Kubernetes docs' "Configure a Pod to Use a PersistentVolume":
# an administrator's hostPath PersistentVolume, a claim that binds to the smallest volume that
# fits it, and a pod that mounts the claim.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl get storageclass
NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  10m
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolume
> metadata:
>   name: task-pv-volume
>   labels:
>     type: local
> spec:
>   storageClassName: manual
>   capacity:
>     storage: 10Gi
>   accessModes:
>     - ReadWriteOnce
>   hostPath:
>     path: "/mnt/data"
> ---
> apiVersion: v1
> kind: PersistentVolume
> metadata:
>   name: small-pv-volume
> spec:
>   storageClassName: manual
>   capacity:
>     storage: 1Gi
>   accessModes:
>     - ReadWriteOnce
>   hostPath:
>     path: "/mnt/small"
> EOF
persistentvolume/task-pv-volume created
persistentvolume/small-pv-volume created
$ kubectl get pv
NAME              CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
small-pv-volume   1Gi        RWO            Retain           Available           manual         <unset>                          1s
task-pv-volume    10Gi       RWO            Retain           Available           manual         <unset>                          1s
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: task-pv-claim
> spec:
>   storageClassName: manual
>   accessModes:
>     - ReadWriteOnce
>   resources:
>     requests:
>       storage: 3Gi
> EOF
persistentvolumeclaim/task-pv-claim created
$ kubectl get pv -o wide
NAME              CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE   VOLUMEMODE
small-pv-volume   1Gi        RWO            Retain           Available                           manual         <unset>                          3s    Filesystem
task-pv-volume    10Gi       RWO            Retain           Bound       default/task-pv-claim   manual         <unset>                          3s    Filesystem
$ kubectl get pvc
NAME            STATUS   VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
task-pv-claim   Bound    task-pv-volume   10Gi       RWO            manual         <unset>                 2s
$ kubectl describe pv task-pv-volume
Name:            task-pv-volume
Labels:          type=local
Annotations:     pv.kubernetes.io/bound-by-controller: yes
Finalizers:      [kubernetes.io/pv-protection]
StorageClass:    manual
Status:          Bound
Claim:           default/task-pv-claim
Reclaim Policy:  Retain
Access Modes:    RWO
VolumeMode:      Filesystem
Capacity:        10Gi
Node Affinity:   <none>
Message:         
Source:
    Type:          HostPath (bare host directory volume)
    Path:          /mnt/data
    HostPathType:  
Events:            <none>
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: Pod
> metadata:
>   name: task-pv-pod
> spec:
>   volumes:
>     - name: task-pv-storage
>       persistentVolumeClaim:
>         claimName: task-pv-claim
>   containers:
>     - name: task-pv-container
>       image: nginx:1.27
>       ports:
>         - containerPort: 80
>           name: "http-server"
>       volumeMounts:
>         - mountPath: "/usr/share/nginx/html"
>           name: task-pv-storage
> EOF
pod/task-pv-pod created
$ kubectl wait --for=condition=Ready pod/task-pv-pod
pod/task-pv-pod condition met
$ kubectl describe pvc task-pv-claim
Name:          task-pv-claim
Namespace:     default
StorageClass:  manual
Status:        Bound
Volume:        task-pv-volume
Labels:        <none>
Annotations:   pv.kubernetes.io/bind-completed: yes
               pv.kubernetes.io/bound-by-controller: yes
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      10Gi
Access Modes:  RWO
VolumeMode:    Filesystem
Used By:       task-pv-pod
Events:        <none>
$ kubectl get pvc task-pv-claim -o yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"annotations":{},"name":"task-pv-claim","namespace":"default"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"3Gi"}},"storageClassName":"manual"}}
    pv.kubernetes.io/bind-completed: "yes"
    pv.kubernetes.io/bound-by-controller: "yes"
  creationTimestamp: "2026-01-01T00:00:03Z"
  finalizers:
  - kubernetes.io/pvc-protection
  name: task-pv-claim
  namespace: default
  resourceVersion: "338"
  uid: f9982be3-8ac3-4bf8-b8c8-0d2b0686b571
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 3Gi
  storageClassName: manual
  volumeMode: Filesystem
  volumeName: task-pv-volume
status:
  accessModes:
  - ReadWriteOnce
  capacity:
    storage: 10Gi
  phase: Bound
