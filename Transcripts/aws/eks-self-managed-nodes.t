# Self-managed EKS nodes: an instance of the EKS-optimized AMI, given the cluster in nodeadm's
# NodeConfig as user data and the node role through an instance profile. Its kubelet is
# refused until an EC2_LINUX access entry lets the role in; then it registers.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksClusterRole
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ SUBNETS=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNETS --access-config authenticationMode=API_AND_CONFIG_MAP --query cluster.accessConfig
{
    "bootstrapClusterCreatorAdminPermissions": true,
    "authenticationMode": "API_AND_CONFIG_MAP"
}
$ aws eks wait cluster-active --name demo
$ aws eks list-access-entries --cluster-name demo
{
    "accessEntries": [
        "arn:aws:iam::123456789012:user/learner"
    ]
}
$ aws eks update-kubeconfig --name demo
Added new context arn:aws:eks:us-east-1:123456789012:cluster/demo to /home/learner/.kube/config
$ aws iam create-role --role-name eksNodeRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksNodeRole
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
$ aws iam create-instance-profile --instance-profile-name eksNode --query InstanceProfile.Arn --output text
arn:aws:iam::123456789012:instance-profile/eksNode
$ aws iam add-role-to-instance-profile --instance-profile-name eksNode --role-name eksNodeRole
$ AMI=$(aws ec2 describe-images --owners 602401143452 --filters 'Name=name,Values=amazon-eks-node-al2023-x86_64-standard-1.32-*' --query 'Images[0].ImageId' --output text)
$ aws ec2 describe-images --image-ids $AMI --query 'Images[0].[Name,Description]' --output text
amazon-eks-node-al2023-x86_64-standard-1.32-v20251209	EKS-optimized Kubernetes node based on Amazon Linux 2023, (k8s: 1.32.4, containerd: 1.7.*)
$ printf 'apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  cluster:\n    name: demo\n    apiServerEndpoint: %s\n    certificateAuthority: %s\n    cidr: 10.100.0.0/16\n' $(aws eks describe-cluster --name demo --query cluster.endpoint --output text) $(aws eks describe-cluster --name demo --query cluster.certificateAuthority.data --output text) > nodeconfig.yaml
$ head -5 nodeconfig.yaml
apiVersion: node.eks.aws/v1alpha1
kind: NodeConfig
spec:
  cluster:
    name: demo
$ aws ec2 run-instances --image-id $AMI --instance-type t3.large --iam-instance-profile Name=eksNode --user-data file://nodeconfig.yaml --query 'Instances[0].[InstanceId,PrivateDnsName]' --output text
i-c0dc829279b4ca5c2	ip-172-31-0-5.ec2.internal
$ sleep 2m
$ kubectl get nodes
No resources found
$ aws eks create-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/eksNodeRole --type EC2_LINUX
{
    "accessEntry": {
        "clusterName": "demo",
        "principalArn": "arn:aws:iam::123456789012:role/eksNodeRole",
        "kubernetesGroups": [
            "system:nodes"
        ],
        "accessEntryArn": "arn:aws:eks:us-east-1:123456789012:access-entry/demo/role/123456789012/eksNodeRole/2101f5f6-cc48-4930-3e4f-6b68ebabb679",
        "createdAt": "2026-01-01T00:13:19+00:00",
        "modifiedAt": "2026-01-01T00:13:19+00:00",
        "tags": {},
        "username": "system:node:{{EC2PrivateDNSName}}",
        "type": "EC2_LINUX"
    }
}
$ sleep 30
$ kubectl get nodes -o wide
NAME                         STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP    OS-IMAGE                       KERNEL-VERSION                    CONTAINER-RUNTIME
ip-172-31-0-5.ec2.internal   Ready    <none>   11s   v1.32.4-eks-cb81f20   172.31.0.5    3.129.58.135   Amazon Linux 2023.9.20251208   6.1.158-180.294.amzn2023.x86_64   containerd://1.7.27
$ kubectl get node -o jsonpath='{.items[0].status.capacity.pods} {.items[0].status.allocatable.cpu} {.items[0].spec.providerID}{"\n"}'
35 1930m aws:///us-east-1a/i-c0dc829279b4ca5c2
$ aws eks list-access-entries --cluster-name demo
{
    "accessEntries": [
        "arn:aws:iam::123456789012:role/eksNodeRole",
        "arn:aws:iam::123456789012:user/learner"
    ]
}
$ aws eks create-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/eksNodeRole --type EC2_LINUX

An error occurred (ResourceInUseException) when calling the CreateAccessEntry operation: The specified access entry resource is already in use on this cluster.
? 254
$ aws eks describe-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/nope

An error occurred (ResourceNotFoundException) when calling the DescribeAccessEntry operation: The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.
? 254
