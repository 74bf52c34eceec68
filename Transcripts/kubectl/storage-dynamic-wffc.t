# Dynamic provisioning from the default StorageClass: `standard` waits for the first consumer,
# so the claim stays Pending until a Deployment's pod uses it; the scheduler picks a node, the
# local-path provisioner makes a volume there, and every replica follows the volume to it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl describe storageclass standard
Name:                  standard
IsDefaultClass:        Yes
Annotations:           storageclass.kubernetes.io/is-default-class=true
Provisioner:           rancher.io/local-path
Parameters:            <none>
AllowVolumeExpansion:  <unset>
MountOptions:          <none>
ReclaimPolicy:         Delete
VolumeBindingMode:     WaitForFirstConsumer
Events:                <none>
$ kubectl apply -f - <<EOF
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: web-data
> spec:
>   accessModes:
>     - ReadWriteOnce
>   resources:
>     requests:
>       storage: 1Gi
> EOF
persistentvolumeclaim/web-data created
$ sleep 30
$ kubectl get pvc
NAME       STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
web-data   Pending                                      standard       <unset>                 32s
$ kubectl describe pvc web-data
Name:          web-data
Namespace:     default
StorageClass:  standard
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
  Type    Reason                Age               From                         Message
  ----    ------                ----              ----                         -------
  Normal  WaitForFirstConsumer  4s (x3 over 33s)  persistentvolume-controller  waiting for first consumer to be created before binding
$ kubectl apply -f - <<EOF
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: web
> spec:
>   replicas: 2
>   selector:
>     matchLabels:
>       app: web
>   template:
>     metadata:
>       labels:
>         app: web
>     spec:
>       containers:
>       - name: nginx
>         image: nginx:1.27
>         volumeMounts:
>         - name: html
>           mountPath: /usr/share/nginx/html
>       volumes:
>       - name: html
>         persistentVolumeClaim:
>           claimName: web-data
> EOF
deployment.apps/web created
$ kubectl get pvc,pods
NAME                             STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
persistentvolumeclaim/web-data   Pending                                      standard       <unset>                 35s

NAME                       READY   STATUS    RESTARTS   AGE
pod/web-7589f8f6d6-8v528   0/1     Pending   0          1s
pod/web-7589f8f6d6-clr4x   0/1     Pending   0          1s
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl get pvc,pv
NAME                             STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
persistentvolumeclaim/web-data   Bound    pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   1Gi        RWO            standard       <unset>                 44s

NAME                                                        CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM              STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
persistentvolume/pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   1Gi        RWO            Delete           Bound    default/web-data   standard       <unset>                          6s
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-7589f8f6d6-8v528   1/1     Running   0          11s   10.244.2.2   node02   <none>           <none>
web-7589f8f6d6-clr4x   1/1     Running   0          11s   10.244.2.3   node02   <none>           <none>
$ kubectl describe pvc web-data
Name:          web-data
Namespace:     default
StorageClass:  standard
Status:        Bound
Volume:        pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571
Labels:        <none>
Annotations:   pv.kubernetes.io/bind-completed: yes
               pv.kubernetes.io/bound-by-controller: yes
               volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
               volume.kubernetes.io/selected-node: node02
               volume.kubernetes.io/storage-provisioner: rancher.io/local-path
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      1Gi
Access Modes:  RWO
VolumeMode:    Filesystem
Used By:       web-7589f8f6d6-8v528
               web-7589f8f6d6-clr4x
Events:
  Type    Reason                 Age                From                                                                                                Message
  ----    ------                 ----               ----                                                                                                -------
  Normal  WaitForFirstConsumer   17s (x3 over 46s)  persistentvolume-controller                                                                         waiting for first consumer to be created before binding
  Normal  ExternalProvisioning   12s                persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.
  Normal  Provisioning           12s                rancher.io/local-path_local-path-provisioner-lqnk4nhm4f-mnp2l_d3439fd9-4cb5-4dbb-aa5b-30d9c4864a42  External provisioner is provisioning volume for claim "default/web-data"
  Normal  ProvisioningSucceeded  8s                 rancher.io/local-path_local-path-provisioner-lqnk4nhm4f-mnp2l_d3439fd9-4cb5-4dbb-aa5b-30d9c4864a42  Successfully provisioned volume pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571
$ kubectl describe pv
Name:              pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571
Labels:            <none>
Annotations:       local.path.provisioner/selected-node: node02
                   pv.kubernetes.io/provisioned-by: rancher.io/local-path
Finalizers:        [kubernetes.io/pv-protection]
StorageClass:      standard
Status:            Bound
Claim:             default/web-data
Reclaim Policy:    Delete
Access Modes:      RWO
VolumeMode:        Filesystem
Capacity:          1Gi
Node Affinity:     
  Required Terms:  
    Term 0:        kubernetes.io/hostname in [node02]
Message:           
Source:
    Type:          HostPath (bare host directory volume)
    Path:          /var/local-path-provisioner/pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571_default_web-data
    HostPathType:  DirectoryOrCreate
Events:            <none>
