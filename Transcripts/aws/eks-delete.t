# Taking an EKS cluster down: not while node groups are attached. Deleting the node group
# terminates its instances and their nodes go; then the cluster goes, its interfaces with it,
# and kubectl's context names a server that no longer exists.
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
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $(aws ec2 describe-subnets --query 'Subnets[0:2].SubnetId' --output text) --scaling-config minSize=1,maxSize=3,desiredSize=1 --query nodegroup.scalingConfig
{
    "minSize": 1,
    "maxSize": 3,
    "desiredSize": 1
}
$ aws eks wait nodegroup-active --cluster-name demo --nodegroup-name workers
$ kubectl get nodes
NAME                         STATUS   ROLES    AGE   VERSION
ip-172-31-0-5.ec2.internal   Ready    <none>   7s    v1.32.4-eks-cb81f20
$ aws eks delete-cluster --name demo

An error occurred (ResourceInUseException) when calling the DeleteCluster operation: Cluster has nodegroups attached
? 254
$ aws eks delete-nodegroup --cluster-name demo --nodegroup-name workers --query nodegroup.status
"DELETING"
$ aws eks wait nodegroup-deleted --cluster-name demo --nodegroup-name workers
$ kubectl get nodes
No resources found
$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output text
i-4740fddbd25877ae3	terminated
$ aws eks describe-nodegroup --cluster-name demo --nodegroup-name workers

An error occurred (ResourceNotFoundException) when calling the DescribeNodegroup operation: No node group found for name: workers.
? 254
$ aws eks delete-cluster --name demo --query cluster.status
"DELETING"
$ aws eks wait cluster-deleted --name demo
$ aws eks list-clusters
{
    "clusters": []
}
$ aws ec2 describe-network-interfaces --filters 'Name=description,Values=Amazon EKS demo' --query 'length(NetworkInterfaces)'
0
$ kubectl get pods
Unable to connect to the server: dial tcp: lookup 3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com: no such host
? 1
