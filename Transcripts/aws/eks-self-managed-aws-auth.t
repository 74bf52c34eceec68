# Self-managed EKS nodes on a cluster that authenticates with the aws-auth ConfigMap (the
# CLI's default mode, CONFIG_MAP): access entries are refused, and the node registers once
# aws-auth maps its role to system:nodes.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eksClusterRole
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ SUBNETS=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNETS --query cluster.accessConfig
{
    "bootstrapClusterCreatorAdminPermissions": true,
    "authenticationMode": "CONFIG_MAP"
}
$ aws eks wait cluster-active --name demo
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
$ printf 'apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  cluster:\n    name: demo\n    apiServerEndpoint: %s\n    certificateAuthority: %s\n    cidr: 10.100.0.0/16\n' $(aws eks describe-cluster --name demo --query cluster.endpoint --output text) $(aws eks describe-cluster --name demo --query cluster.certificateAuthority.data --output text) > nodeconfig.yaml
$ aws ec2 run-instances --image-id $AMI --instance-type t3.large --iam-instance-profile Name=eksNode --user-data file://nodeconfig.yaml --query 'Instances[0].[InstanceId,PrivateDnsName]' --output text
i-c0dc829279b4ca5c2	ip-172-31-0-5.ec2.internal
$ sleep 2m
$ kubectl get nodes
No resources found
$ aws eks create-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/eksNodeRole --type EC2_LINUX

An error occurred (InvalidRequestException) when calling the CreateAccessEntry operation: The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.
? 254
$ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n    - rolearn: arn:aws:iam::123456789012:role/eksNodeRole\n      username: system:node:{{EC2PrivateDNSName}}\n      groups:\n        - system:bootstrappers\n        - system:nodes\n' > aws-auth.yaml
$ kubectl apply -f aws-auth.yaml
configmap/aws-auth created
$ sleep 30
$ kubectl get nodes -o wide
NAME                         STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP    OS-IMAGE                       KERNEL-VERSION                    CONTAINER-RUNTIME
ip-172-31-0-5.ec2.internal   Ready    <none>   13s   v1.32.4-eks-cb81f20   172.31.0.5    3.129.58.135   Amazon Linux 2023.9.20251208   6.1.158-180.294.amzn2023.x86_64   containerd://1.7.27
