# Persistent storage on EKS: gp2 provisions EBS volumes through the EBS CSI driver (CSI
# migration), so a claim waits until the aws-ebs-csi-driver add-on runs. Then an EBS volume
# in the node's zone backs it, attached while a pod uses it; its data outlives the pod.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksClusterRole
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ aws iam create-role --role-name eksNodeRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksNodeRole
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
$ SUBNETS=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNETS --query cluster.status
"CREATING"
$ aws eks wait cluster-active --name demo
$ aws eks update-kubeconfig --name demo
Added new context arn:aws:eks:us-east-1:123456789012:cluster/demo to /home/learner/.kube/config
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $(aws ec2 describe-subnets --query 'Subnets[0:2].SubnetId' --output text) --query nodegroup.status
"CREATING"
$ aws eks wait nodegroup-active --cluster-name demo --nodegroup-name workers
$ kubectl get storageclass
NAME   PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
gp2    kubernetes.io/aws-ebs   Delete          WaitForFirstConsumer   false                  111s
$ printf 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  storageClassName: gp2\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 4Gi\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: writer\nspec:\n  containers:\n  - name: app\n    image: busybox\n    command: [sh, -c, "echo saved on EBS > /data/note; sleep 3600"]\n    volumeMounts:\n    - name: data\n      mountPath: /data\n  volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data\n' > storage.yaml
$ kubectl apply -f storage.yaml
persistentvolumeclaim/data created
pod/writer created
$ sleep 20
$ kubectl get pvc,pods
NAME                         STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
persistentvolumeclaim/data   Pending                                      gp2            <unset>                 22s

NAME         READY   STATUS    RESTARTS   AGE
pod/writer   0/1     Pending   0          22s
$ kubectl describe pvc data | tail -4
  Type    Reason                Age               From                         Message
  ----    ------                ----              ----                         -------
  Normal  WaitForFirstConsumer  23s               persistentvolume-controller  waiting for first consumer to be created before binding
  Normal  ExternalProvisioning  1s (x3 over 23s)  persistentvolume-controller  Waiting for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.
$ aws eks create-addon --cluster-name demo --addon-name aws-ebs-csi-driver --query addon.[addonName,status,addonVersion] --output text
aws-ebs-csi-driver	CREATING	v1.37.0-eksbuild.1
$ aws eks wait addon-active --cluster-name demo --addon-name aws-ebs-csi-driver
$ kubectl get pods -n kube-system -l app.kubernetes.io/name=aws-ebs-csi-driver
NAME                                  READY   STATUS    RESTARTS   AGE
ebs-csi-controller-7bb984c4bf-2htfr   6/6     Running   0          62s
ebs-csi-controller-7bb984c4bf-fkhkt   6/6     Running   0          62s
ebs-csi-node-kdr65                    3/3     Running   0          62s
ebs-csi-node-xsm86                    3/3     Running   0          62s
$ kubectl get pvc data
NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data   Bound    pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   4Gi        RWO            gp2            <unset>                 87s
$ kubectl get pv
NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM          STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   4Gi        RWO            Delete           Bound    default/data   gp2            <unset>                          51s
$ kubectl get pv -o jsonpath='{.items[0].spec.csi.volumeHandle} {.items[0].spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]}{"\n"}'
vol-285a9b6efc0393068 us-east-1a
$ sleep 15
$ kubectl get pod writer -o wide
NAME     READY   STATUS    RESTARTS   AGE    IP            NODE                         NOMINATED NODE   READINESS GATES
writer   1/1     Running   0          106s   172.31.14.4   ip-172-31-0-5.ec2.internal   <none>           <none>
$ aws ec2 describe-volumes --filters Name=tag:kubernetes.io/created-for/pvc/name,Values=data --query 'Volumes[].[VolumeId,Size,VolumeType,AvailabilityZone,State,Attachments[0].Device]' --output text
vol-285a9b6efc0393068	4	gp2	us-east-1a	in-use	/dev/xvdaa
$ kubectl exec writer -- sh -c 'echo saved on EBS > /data/note'
$ kubectl exec writer -- cat /data/note
saved on EBS
$ kubectl delete pod writer --now
pod "writer" deleted
$ aws ec2 describe-volumes --filters Name=tag:kubernetes.io/created-for/pvc/name,Values=data --query 'Volumes[].State' --output text
available
$ kubectl apply -f storage.yaml
persistentvolumeclaim/data unchanged
pod/writer created
$ sleep 15
$ kubectl exec writer -- cat /data/note
saved on EBS
$ kubectl delete pod writer --now
pod "writer" deleted
$ kubectl delete pvc data
persistentvolumeclaim "data" deleted
$ sleep 10
$ kubectl get pv
No resources found
$ aws ec2 describe-volumes --filters Name=tag:kubernetes.io/created-for/pvc/name,Values=data --query 'length(Volumes)'
0
