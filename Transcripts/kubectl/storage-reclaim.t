# What happens to a volume when its claim is deleted: Delete (the default class's policy)
# removes a provisioned volume, Retain keeps it Released with its claimRef until an
# administrator deals with it, and a claim still mounted by a pod waits, Terminating.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: scratch
> spec:
>   accessModes: [ReadWriteOnce]
>   resources:
>     requests:
>       storage: 256Mi
> ---
> apiVersion: v1
> kind: Pod
> metadata:
>   name: scratch-user
> spec:
>   containers:
>   - name: app
>     image: busybox:1.36
>     command: ["sleep", "3600"]
>     volumeMounts:
>     - name: scratch
>       mountPath: /scratch
>   volumes:
>   - name: scratch
>     persistentVolumeClaim:
>       claimName: scratch
> EOF
persistentvolumeclaim/scratch created
pod/scratch-user created
$ kubectl wait --for=condition=Ready pod/scratch-user
pod/scratch-user condition met
$ kubectl get pv
NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM             STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   256Mi      RWO            Delete           Bound    default/scratch   standard       <unset>                          3s
$ kubectl delete pvc scratch --wait=false
persistentvolumeclaim "scratch" deleted
$ kubectl get pvc
NAME      STATUS        VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
scratch   Terminating   pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   256Mi      RWO            standard       <unset>                 9s
$ kubectl describe pvc scratch
Name:          scratch
Namespace:     default
StorageClass:  standard
Status:        Terminating (lasts 2s)
Volume:        pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571
Labels:        <none>
Annotations:   pv.kubernetes.io/bind-completed: yes
               pv.kubernetes.io/bound-by-controller: yes
               volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
               volume.kubernetes.io/selected-node: node02
               volume.kubernetes.io/storage-provisioner: rancher.io/local-path
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      256Mi
Access Modes:  RWO
VolumeMode:    Filesystem
Used By:       scratch-user
Events:
  Type    Reason                 Age   From                                                                                                Message
  ----    ------                 ----  ----                                                                                                -------
  Normal  WaitForFirstConsumer   10s   persistentvolume-controller                                                                         waiting for first consumer to be created before binding
  Normal  ExternalProvisioning   10s   persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.
  Normal  Provisioning           10s   rancher.io/local-path_local-path-provisioner-lqnk4nhm4f-mnp2l_d3439fd9-4cb5-4dbb-aa5b-30d9c4864a42  External provisioner is provisioning volume for claim "default/scratch"
  Normal  ProvisioningSucceeded  6s    rancher.io/local-path_local-path-provisioner-lqnk4nhm4f-mnp2l_d3439fd9-4cb5-4dbb-aa5b-30d9c4864a42  Successfully provisioned volume pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571
$ kubectl delete pod scratch-user
pod "scratch-user" deleted
$ kubectl get pvc
No resources found in default namespace.
$ kubectl get pv
NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS     CLAIM             STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   256Mi      RWO            Delete           Released   default/scratch   standard       <unset>                          39s
$ sleep 5
$ kubectl get pv
No resources found
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolume
> metadata:
>   name: archive
> spec:
>   storageClassName: manual
>   persistentVolumeReclaimPolicy: Retain
>   capacity:
>     storage: 2Gi
>   accessModes: [ReadWriteOnce]
>   hostPath:
>     path: /mnt/archive
> ---
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: archive
> spec:
>   storageClassName: manual
>   accessModes: [ReadWriteOnce]
>   resources:
>     requests:
>       storage: 2Gi
> EOF
persistentvolume/archive created
persistentvolumeclaim/archive created
$ kubectl get pv archive
NAME      CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM             STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
archive   2Gi        RWO            Retain           Bound    default/archive   manual         <unset>                          1s
$ kubectl delete pvc archive
persistentvolumeclaim "archive" deleted
$ kubectl get pv archive
NAME      CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS     CLAIM             STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
archive   2Gi        RWO            Retain           Released   default/archive   manual         <unset>                          3s
$ kubectl describe pv archive
Name:            archive
Labels:          <none>
Annotations:     pv.kubernetes.io/bound-by-controller: yes
Finalizers:      [kubernetes.io/pv-protection]
StorageClass:    manual
Status:          Released
Claim:           default/archive
Reclaim Policy:  Retain
Access Modes:    RWO
VolumeMode:      Filesystem
Capacity:        2Gi
Node Affinity:   <none>
Message:         
Source:
    Type:          HostPath (bare host directory volume)
    Path:          /mnt/archive
    HostPathType:  
Events:            <none>
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: archive-again
> spec:
>   storageClassName: manual
>   accessModes: [ReadWriteOnce]
>   resources:
>     requests:
>       storage: 2Gi
> EOF
persistentvolumeclaim/archive-again created
$ kubectl get pvc archive-again
NAME            STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
archive-again   Pending                                      manual         <unset>                 1s
$ kubectl describe pvc archive-again
Name:          archive-again
Namespace:     default
StorageClass:  manual
Status:        Pending
Volume:        
Labels:        <none>
Annotations:   <none>
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      
Access Modes:  
VolumeMode:    Filesystem
Used By:       <none>
Events:
  Type     Reason              Age   From                         Message
  ----     ------              ----  ----                         -------
  Warning  ProvisioningFailed  2s    persistentvolume-controller  storageclass.storage.k8s.io "manual" not found
$ kubectl delete pv archive
persistentvolume "archive" deleted
$ kubectl get pv
No resources found
