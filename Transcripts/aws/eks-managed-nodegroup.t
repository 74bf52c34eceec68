# An EKS managed node group: its role needs EKS's node policies; EKS makes a launch template
# and an Auto Scaling group, whose EC2 instances join the cluster as nodes named by their
# private DNS names. Pods then run on them, with addresses from the VPC.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksClusterRole
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ SUBNETS=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNETS --query cluster.status
"CREATING"
$ aws eks wait cluster-active --name demo
$ aws eks update-kubeconfig --name demo
Added new context arn:aws:eks:us-east-1:123456789012:cluster/demo to /home/learner/.kube/config
$ aws iam create-role --role-name eksNodeRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksNodeRole
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $(aws ec2 describe-subnets --query 'Subnets[0:2].SubnetId' --output text)

An error occurred (InvalidParameterException) when calling the CreateNodegroup operation: The provided role doesn't have the Amazon EKS Managed Policies associated with it. Please ensure the following policies [arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy, arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly] are attached
? 254
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $(aws ec2 describe-subnets --query 'Subnets[0:2].SubnetId' --output text)
{
    "nodegroup": {
        "nodegroupName": "workers",
        "nodegroupArn": "arn:aws:eks:us-east-1:123456789012:nodegroup/demo/workers/ae13af17-b159-1744-11d7-37b35f9bb048",
        "clusterName": "demo",
        "version": "1.32",
        "releaseVersion": "1.32.4-20251209",
        "createdAt": "2026-01-01T00:11:11+00:00",
        "modifiedAt": "2026-01-01T00:11:11+00:00",
        "status": "CREATING",
        "capacityType": "ON_DEMAND",
        "scalingConfig": {
            "minSize": 2,
            "maxSize": 2,
            "desiredSize": 2
        },
        "instanceTypes": [
            "t3.medium"
        ],
        "subnets": [
            "subnet-40b7f5ea955f4a275",
            "subnet-8aead4103c3dacec5"
        ],
        "amiType": "AL2023_x86_64_STANDARD",
        "nodeRole": "arn:aws:iam::123456789012:role/eksNodeRole",
        "diskSize": 20,
        "health": {
            "issues": []
        },
        "updateConfig": {
            "maxUnavailable": 1
        },
        "tags": {}
    }
}
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $(aws ec2 describe-subnets --query 'Subnets[0:2].SubnetId' --output text) --query nodegroup.status

An error occurred (ResourceInUseException) when calling the CreateNodegroup operation: NodeGroup already exists with name workers and cluster name demo
? 254
$ aws eks list-nodegroups --cluster-name demo
{
    "nodegroups": [
        "workers"
    ]
}
$ aws eks wait nodegroup-active --cluster-name demo --nodegroup-name workers
$ aws eks describe-nodegroup --cluster-name demo --nodegroup-name workers
{
    "nodegroup": {
        "nodegroupName": "workers",
        "nodegroupArn": "arn:aws:eks:us-east-1:123456789012:nodegroup/demo/workers/ae13af17-b159-1744-11d7-37b35f9bb048",
        "clusterName": "demo",
        "version": "1.32",
        "releaseVersion": "1.32.4-20251209",
        "createdAt": "2026-01-01T00:11:11+00:00",
        "modifiedAt": "2026-01-01T00:12:23.441000+00:00",
        "status": "ACTIVE",
        "capacityType": "ON_DEMAND",
        "scalingConfig": {
            "minSize": 2,
            "maxSize": 2,
            "desiredSize": 2
        },
        "instanceTypes": [
            "t3.medium"
        ],
        "subnets": [
            "subnet-40b7f5ea955f4a275",
            "subnet-8aead4103c3dacec5"
        ],
        "amiType": "AL2023_x86_64_STANDARD",
        "nodeRole": "arn:aws:iam::123456789012:role/eksNodeRole",
        "labels": {},
        "resources": {
            "autoScalingGroups": [
                {
                    "name": "eks-workers-ae13af17-b159-1744-11d7-37b35f9bb048"
                }
            ]
        },
        "diskSize": 20,
        "health": {
            "issues": []
        },
        "updateConfig": {
            "maxUnavailable": 1
        },
        "tags": {}
    }
}
$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[].[AutoScalingGroupName,DesiredCapacity,length(Instances)]' --output text
eks-workers-ae13af17-b159-1744-11d7-37b35f9bb048	2	2
$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,InstanceType,PrivateDnsName,State.Name]' --output text
i-4740fddbd25877ae3	t3.medium	ip-172-31-0-5.ec2.internal	running
i-00191cf7a191684de	t3.medium	ip-172-31-16-5.ec2.internal	running
$ kubectl get nodes -o wide
NAME                          STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP    OS-IMAGE                       KERNEL-VERSION                    CONTAINER-RUNTIME
ip-172-31-0-5.ec2.internal    Ready    <none>   25s   v1.32.4-eks-cb81f20   172.31.0.5    3.60.183.16    Amazon Linux 2023.9.20251208   6.1.158-180.294.amzn2023.x86_64   containerd://1.7.27
ip-172-31-16-5.ec2.internal   Ready    <none>   50s   v1.32.4-eks-cb81f20   172.31.16.5   3.129.58.135   Amazon Linux 2023.9.20251208   6.1.158-180.294.amzn2023.x86_64   containerd://1.7.27
$ kubectl get pods -n kube-system -o wide
NAME                       READY   STATUS    RESTARTS   AGE    IP            NODE                          NOMINATED NODE   READINESS GATES
aws-node-fvrw8             2/2     Running   0          26s    172.31.0.5    ip-172-31-0-5.ec2.internal    <none>           <none>
aws-node-jp96r             2/2     Running   0          51s    172.31.16.5   ip-172-31-16-5.ec2.internal   <none>           <none>
coredns-568b446b8b-8v528   1/1     Running   0          2m2s   172.31.31.2   ip-172-31-16-5.ec2.internal   <none>           <none>
coredns-568b446b8b-clr4x   1/1     Running   0          2m2s   172.31.31.3   ip-172-31-16-5.ec2.internal   <none>           <none>
kube-proxy-6vzmq           1/1     Running   0          51s    172.31.16.5   ip-172-31-16-5.ec2.internal   <none>           <none>
kube-proxy-pjx7s           1/1     Running   0          26s    172.31.0.5    ip-172-31-0-5.ec2.internal    <none>           <none>
$ kubectl get cm aws-auth -n kube-system -o yaml
apiVersion: v1
data:
  mapRoles: |
    - groups:
      - system:bootstrappers
      - system:nodes
      rolearn: arn:aws:iam::123456789012:role/eksNodeRole
      username: system:node:{{EC2PrivateDNSName}}
kind: ConfigMap
metadata:
  creationTimestamp: "2026-01-01T00:11:11Z"
  name: aws-auth
  namespace: kube-system
  resourceVersion: "43"
  uid: bc649ca2-c6ec-4f4c-bbc3-6efe62647c63
$ kubectl create deployment web --image=nginx --replicas=3
deployment.apps/web created
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP            NODE                          NOMINATED NODE   READINESS GATES
web-6dc5cd68db-2htfr   1/1     Running   0          7s    172.31.14.2   ip-172-31-0-5.ec2.internal    <none>           <none>
web-6dc5cd68db-kdr65   1/1     Running   0          7s    172.31.14.3   ip-172-31-0-5.ec2.internal    <none>           <none>
web-6dc5cd68db-xsm86   1/1     Running   0          7s    172.31.31.4   ip-172-31-16-5.ec2.internal   <none>           <none>
$ kubectl describe $(kubectl get nodes -o name | head -1)
Name:               ip-172-31-0-5.ec2.internal
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/instance-type=t3.medium
                    beta.kubernetes.io/os=linux
                    eks.amazonaws.com/capacityType=ON_DEMAND
                    eks.amazonaws.com/nodegroup=workers
                    eks.amazonaws.com/nodegroup-image=ami-cd93ae6f4da6c3e57
                    failure-domain.beta.kubernetes.io/region=us-east-1
                    failure-domain.beta.kubernetes.io/zone=us-east-1a
                    k8s.io/cloud-provider-aws=70b67754c5d0280d3a3bb31b550ebbe5
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=ip-172-31-0-5.ec2.internal
                    kubernetes.io/os=linux
                    node.kubernetes.io/instance-type=t3.medium
                    topology.k8s.aws/zone-id=use1-az1
                    topology.kubernetes.io/region=us-east-1
                    topology.kubernetes.io/zone=us-east-1a
Annotations:        alpha.kubernetes.io/provided-node-ip: 172.31.0.5
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Thu, 01 Jan 2026 00:12:23 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  ip-172-31-0-5.ec2.internal
  AcquireTime:     <unset>
  RenewTime:       Thu, 01 Jan 2026 00:12:53 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Thu, 01 Jan 2026 00:12:23 +0000   Thu, 01 Jan 2026 00:12:23 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Thu, 01 Jan 2026 00:12:23 +0000   Thu, 01 Jan 2026 00:12:23 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Thu, 01 Jan 2026 00:12:23 +0000   Thu, 01 Jan 2026 00:12:23 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Thu, 01 Jan 2026 00:12:23 +0000   Thu, 01 Jan 2026 00:12:23 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:   172.31.0.5
  ExternalIP:   3.60.183.16
  InternalDNS:  ip-172-31-0-5.ec2.internal
  Hostname:     ip-172-31-0-5.ec2.internal
  ExternalDNS:  ec2-3-60-183-16.compute-1.amazonaws.com
Capacity:
  cpu:                2
  ephemeral-storage:  20134592Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             3993Mi
  pods:               17
Allocatable:
  cpu:                1930m
  ephemeral-storage:  18570104183
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             3451Mi
  pods:               17
System Info:
  Machine ID:                 fb28bf205d85f4f1131ff0553377d53c
  System UUID:                5ca18366-dbe4-59f5-4acb-d4c7a5042a97
  Boot ID:                    71d0a17b-6b3f-049c-a487-48b73c154f6c
  Kernel Version:             6.1.158-180.294.amzn2023.x86_64
  OS Image:                   Amazon Linux 2023.9.20251208
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.27
  Kubelet Version:            v1.32.4-eks-cb81f20
  Kube-Proxy Version:         
ProviderID:                   aws:///us-east-1a/i-4740fddbd25877ae3
Non-terminated Pods:          (4 in total)
  Namespace                   Name                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                    ------------  ----------  ---------------  -------------  ---
  default                     web-6dc5cd68db-2htfr    0 (0%)        0 (0%)      0 (0%)           0 (0%)         8s
  default                     web-6dc5cd68db-kdr65    0 (0%)        0 (0%)      0 (0%)           0 (0%)         8s
  kube-system                 aws-node-fvrw8          50m (2%)      0 (0%)      0 (0%)           0 (0%)         36s
  kube-system                 kube-proxy-pjx7s        0 (0%)        0 (0%)      0 (0%)           0 (0%)         36s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests  Limits
  --------           --------  ------
  cpu                50m (2%)  0 (0%)
  memory             0 (0%)    0 (0%)
  ephemeral-storage  0 (0%)    0 (0%)
  hugepages-1Gi      0 (0%)    0 (0%)
  hugepages-2Mi      0 (0%)    0 (0%)
Events:              <none>
