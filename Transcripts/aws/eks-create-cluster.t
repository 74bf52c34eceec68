# EKS: a cluster whose control plane AWS runs. Creating it takes about ten minutes; its
# network interfaces appear in the account's VPC, and once ACTIVE, update-kubeconfig points
# kubectl at it — a Kubernetes with no control-plane node and no nodes of its own yet.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksClusterRole
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/nope --resources-vpc-config subnetIds=$SUBNETS

An error occurred (InvalidParameterException) when calling the CreateCluster operation: Role with arn: arn:aws:iam::123456789012:role/nope could not be assumed because it does not exist or the trusted entity is not correct
? 254
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)

An error occurred (InvalidParameterException) when calling the CreateCluster operation: The provided role doesn't have the Amazon EKS Managed Policies associated with it. Please ensure the following policy is attached: arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
? 254
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)

An error occurred (InvalidParameterException) when calling the CreateCluster operation: Subnets specified must be in at least two different AZs
? 254
$ SUBNETS=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNETS
{
    "cluster": {
        "name": "demo",
        "arn": "arn:aws:eks:us-east-1:123456789012:cluster/demo",
        "createdAt": "2026-01-01T00:00:06+00:00",
        "version": "1.32",
        "roleArn": "arn:aws:iam::123456789012:role/eksClusterRole",
        "resourcesVpcConfig": {
            "subnetIds": [
                "subnet-40b7f5ea955f4a275",
                "subnet-8aead4103c3dacec5"
            ],
            "securityGroupIds": [],
            "vpcId": "vpc-cd88f1085d92fe317",
            "endpointPublicAccess": true,
            "endpointPrivateAccess": false,
            "publicAccessCidrs": [
                "0.0.0.0/0"
            ]
        },
        "kubernetesNetworkConfig": {
            "serviceIpv4Cidr": "10.100.0.0/16",
            "ipFamily": "ipv4",
            "elasticLoadBalancing": {
                "enabled": false
            }
        },
        "logging": {
            "clusterLogging": [
                {
                    "types": [
                        "api",
                        "audit",
                        "authenticator",
                        "controllerManager",
                        "scheduler"
                    ],
                    "enabled": false
                }
            ]
        },
        "status": "CREATING",
        "certificateAuthority": {},
        "platformVersion": "eks.12",
        "tags": {},
        "accessConfig": {
            "bootstrapClusterCreatorAdminPermissions": true,
            "authenticationMode": "CONFIG_MAP"
        },
        "upgradePolicy": {
            "supportType": "EXTENDED"
        }
    }
}
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNETS

An error occurred (ResourceInUseException) when calling the CreateCluster operation: Cluster already exists with name: demo
? 254
$ aws eks list-clusters
{
    "clusters": [
        "demo"
    ]
}
$ aws eks update-kubeconfig --name demo

Cluster status is CREATING
? 255
$ aws eks describe-cluster --name nope

An error occurred (ResourceNotFoundException) when calling the DescribeCluster operation: No cluster found for name: nope.
? 254
$ aws eks wait cluster-active --name demo
$ aws eks describe-cluster --name demo --query 'cluster.[status,endpoint,resourcesVpcConfig.clusterSecurityGroupId,kubernetesNetworkConfig.serviceIpv4Cidr]'
[
    "ACTIVE",
    "https://3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com",
    "sg-723b04378ab4aff4e",
    "10.100.0.0/16"
]
$ aws ec2 describe-network-interfaces --filters 'Name=description,Values=Amazon EKS demo' --query 'NetworkInterfaces[].[NetworkInterfaceId,AvailabilityZone,PrivateIpAddress,RequesterId]' --output table
-------------------------------------------------------------------------------------------
|                                DescribeNetworkInterfaces                                |
+------------------------+-------------+--------------+-----------------------------------+
|  eni-21de419cd8ca2ea36 |  us-east-1a |  172.31.0.4  |  AROASFWZ3PZ4AGX7K6G5Q:AmazonEKS  |
|  eni-dc848e3af784f57b0 |  us-east-1b |  172.31.16.4 |  AROASFWZ3PZ4AGX7K6G5Q:AmazonEKS  |
+------------------------+-------------+--------------+-----------------------------------+
$ aws ec2 describe-security-groups --filters Name=tag:aws:eks:cluster-name,Values=demo --query 'SecurityGroups[].[GroupName,Description]' --output text
eks-cluster-sg-demo-6695859335	EKS created security group applied to ENI that is attached to EKS Control Plane master nodes, as well as any managed workloads.
$ aws eks update-kubeconfig --name demo
Added new context arn:aws:eks:us-east-1:123456789012:cluster/demo to /home/learner/.kube/config
$ kubectl config current-context
arn:aws:eks:us-east-1:123456789012:cluster/demo
$ kubectl version
Client Version: v1.32.4
Kustomize Version: v5.5.0
Server Version: v1.32.4-eks-f74cdd2
$ kubectl get nodes
No resources found
$ kubectl get pods -A
NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE
kube-system   coredns-568b446b8b-8v528   0/1     Pending   0          29s
kube-system   coredns-568b446b8b-clr4x   0/1     Pending   0          29s
$ kubectl get svc
NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.100.0.1   <none>        443/TCP   30s
$ kubectl get endpoints kubernetes
NAME         ENDPOINTS                        AGE
kubernetes   172.31.0.4:443,172.31.16.4:443   31s
$ kubectl cluster-info
[0;32mKubernetes control plane[0m is running at [0;33mhttps://3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com[0m
[0;32mCoreDNS[0m is running at [0;33mhttps://3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy[0m

To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.
$ aws eks update-kubeconfig --name demo --alias demo
Updated context demo in /home/learner/.kube/config
$ kubectl config get-contexts
CURRENT   NAME                                              CLUSTER                                           AUTHINFO                                          NAMESPACE
          arn:aws:eks:us-east-1:123456789012:cluster/demo   arn:aws:eks:us-east-1:123456789012:cluster/demo   arn:aws:eks:us-east-1:123456789012:cluster/demo   
*         demo                                              arn:aws:eks:us-east-1:123456789012:cluster/demo   arn:aws:eks:us-east-1:123456789012:cluster/demo   
          sandbox                                           sandbox                                           kubernetes-admin                                  
$ kubectl config use-context sandbox
Switched to context "sandbox".
$ kubectl get nodes
NAME           STATUS   ROLES           AGE   VERSION
controlplane   Ready    control-plane   21m   v1.32.4
node01         Ready    <none>          20m   v1.32.4
node02         Ready    <none>          20m   v1.32.4
