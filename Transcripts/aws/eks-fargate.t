# EKS on Fargate: a profile selects pods (namespace apps) to run on Fargate, in private
# subnets only — made private here with a route table of their own. Each selected pod gets
# a micro-VM, a node of its own named fargate-ip-…, from fargate-scheduler; other pods do not.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksClusterRole
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ aws iam create-role --role-name eksPodExecutionRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksPodExecutionRole
$ aws iam attach-role-policy --role-name eksPodExecutionRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy
$ VPC=$(aws ec2 describe-vpcs --filters Name=is-default,Values=true --query 'Vpcs[0].VpcId' --output text)
$ PRIVATE_A=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 172.31.96.0/20 --availability-zone us-east-1a --query Subnet.SubnetId --output text)
$ PRIVATE_B=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 172.31.112.0/20 --availability-zone us-east-1b --query Subnet.SubnetId --output text)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$PRIVATE_A,$PRIVATE_B --query cluster.status
"CREATING"
$ aws eks wait cluster-active --name demo
$ aws eks update-kubeconfig --name demo
Added new context arn:aws:eks:us-east-1:123456789012:cluster/demo to /home/learner/.kube/config
$ aws eks create-fargate-profile --cluster-name demo --fargate-profile-name apps --pod-execution-role-arn arn:aws:iam::123456789012:role/eksPodExecutionRole --subnets $PRIVATE_A $PRIVATE_B --selectors namespace=apps

An error occurred (InvalidParameterException) when calling the CreateFargateProfile operation: Subnet subnet-723b04378ab4aff4e provided in Fargate Profile is not a private subnet
? 254
$ aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC --query 'RouteTables[].Routes[].[DestinationCidrBlock,GatewayId]' --output text
172.31.0.0/16	local
0.0.0.0/0	igw-ce4697cc888de4f6c
$ RTB=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId --output text)
$ aws ec2 associate-route-table --route-table-id $RTB --subnet-id $PRIVATE_A
{
    "AssociationId": "rtbassoc-281fc1728489f3f8f",
    "AssociationState": {
        "State": "associated"
    }
}
$ aws ec2 associate-route-table --route-table-id $RTB --subnet-id $PRIVATE_B --query AssociationState.State --output text
associated
$ aws ec2 describe-route-tables --route-table-ids $RTB --query 'RouteTables[0].[Routes[].GatewayId, Associations[].SubnetId]'
[
    [
        "local"
    ],
    [
        "subnet-723b04378ab4aff4e",
        "subnet-26e393ceee66e6536"
    ]
]
$ aws eks create-fargate-profile --cluster-name demo --fargate-profile-name apps --pod-execution-role-arn arn:aws:iam::123456789012:role/eksClusterRole --subnets $PRIVATE_A $PRIVATE_B --selectors namespace=apps

An error occurred (InvalidParameterException) when calling the CreateFargateProfile operation: Misconfigured PodExecutionRole Trust Policy; Please add the eks-fargate-pods.amazonaws.com Service Principal
? 254
$ aws eks create-fargate-profile --cluster-name demo --fargate-profile-name apps --pod-execution-role-arn arn:aws:iam::123456789012:role/eksPodExecutionRole --subnets $PRIVATE_A $PRIVATE_B --selectors namespace=apps
{
    "fargateProfile": {
        "fargateProfileName": "apps",
        "fargateProfileArn": "arn:aws:eks:us-east-1:123456789012:fargateprofile/demo/apps/ae13af17-b159-1744-11d7-37b35f9bb048",
        "clusterName": "demo",
        "createdAt": "2026-01-01T00:11:17+00:00",
        "podExecutionRoleArn": "arn:aws:iam::123456789012:role/eksPodExecutionRole",
        "subnets": [
            "subnet-723b04378ab4aff4e",
            "subnet-26e393ceee66e6536"
        ],
        "selectors": [
            {
                "namespace": "apps"
            }
        ],
        "status": "CREATING",
        "tags": {},
        "health": {
            "issues": []
        }
    }
}
$ aws eks wait fargate-profile-active --cluster-name demo --fargate-profile-name apps
$ aws eks list-fargate-profiles --cluster-name demo
{
    "fargateProfileNames": [
        "apps"
    ]
}
$ kubectl create namespace apps
namespace/apps created
$ kubectl create deployment web --image=nginx --replicas=2 -n apps
deployment.apps/web created
$ kubectl get pods -n apps -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES
web-6dc5cd68db-6vzmq   0/1     Pending   0          1s    <none>   <none>   <none>           <none>
web-6dc5cd68db-jp96r   0/1     Pending   0          1s    <none>   <none>   <none>           <none>
$ sleep 90
$ kubectl get pods -n apps -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP            NODE                                  NOMINATED NODE   READINESS GATES
web-6dc5cd68db-6vzmq   1/1     Running   0          93s   172.31.96.5   fargate-ip-172-31-96-5.ec2.internal   <none>           <none>
web-6dc5cd68db-jp96r   1/1     Running   0          93s   172.31.96.6   fargate-ip-172-31-96-6.ec2.internal   <none>           <none>
$ kubectl get nodes -o wide
NAME                                  STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP   OS-IMAGE         KERNEL-VERSION                  CONTAINER-RUNTIME
fargate-ip-172-31-96-5.ec2.internal   Ready    <none>   45s   v1.32.4-eks-0106123   172.31.96.5   <none>        Amazon Linux 2   5.10.238-234.956.amzn2.x86_64   containerd://1.7.27
fargate-ip-172-31-96-6.ec2.internal   Ready    <none>   27s   v1.32.4-eks-0106123   172.31.96.6   <none>        Amazon Linux 2   5.10.238-234.956.amzn2.x86_64   containerd://1.7.27
$ kubectl describe pod -n apps $(kubectl get pods -n apps -o name | head -1 | cut -d/ -f2) | tail -12
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason           Age   From               Message
  ----     ------           ----  ----               -------
  Warning  LoggingDisabled  46s   fargate-scheduler  Disabled logging because aws-logging configmap was not found. configmap "aws-logging" not found
  Normal   Scheduled        46s   fargate-scheduler  Successfully assigned apps/web-6dc5cd68db-6vzmq to fargate-ip-172-31-96-5.ec2.internal
  Normal   Pulling          44s   kubelet            Pulling image "nginx"
  Normal   Pulled           41s   kubelet            Successfully pulled image "nginx" in 2.881s (2.881s including waiting). Image size: 72195292 bytes.
  Normal   Created          41s   kubelet            Created container: nginx
  Normal   Started          41s   kubelet            Started container nginx
$ kubectl get node $(kubectl get nodes -o name | head -1 | cut -d/ -f2) -o jsonpath='{.spec.taints}{"\n"}'
[{"effect":"NoSchedule","key":"eks.amazonaws.com/compute-type","value":"fargate"}]
$ kubectl run stray --image=nginx
pod/stray created
$ sleep 5
$ kubectl describe pod stray | tail -3
  Type     Reason            Age   From               Message
  ----     ------            ----  ----               -------
  Warning  FailedScheduling  7s    default-scheduler  0/2 nodes are available: 2 node(s) had untolerated taint {eks.amazonaws.com/compute-type: fargate}. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.
$ kubectl scale deployment web -n apps --replicas=1
deployment.apps/web scaled
$ sleep 60
$ kubectl get nodes
NAME                                  STATUS   ROLES    AGE    VERSION
fargate-ip-172-31-96-6.ec2.internal   Ready    <none>   100s   v1.32.4-eks-0106123
$ aws eks delete-cluster --name demo

An error occurred (ResourceInUseException) when calling the DeleteCluster operation: Cluster has fargate profiles attached
? 254
