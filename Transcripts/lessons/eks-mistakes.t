# Lesson eks with mistakes: the node role as the cluster's, one subnet, kubectl before the
# cluster is ACTIVE, a node group whose role lacks EKS's policies.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson eks
Kubernetes, managed — Amazon EKS
================================

The sandbox is a cluster you could build yourself: `kubectl get pods -n kube-system` shows its
control plane — etcd, the API server, the scheduler, the controller manager — running as pods
on a node named `controlplane`. Amazon EKS (Elastic Kubernetes Service) is Kubernetes as an
AWS service. AWS runs the control plane, in a VPC of its own, across several Availability
Zones, scaled and patched for you; you bring the worker nodes, and your `kubectl` talks to it
like any other cluster.

The setup made two IAM roles: `eksClusterRole`, which EKS acts as (it trusts
`eks.amazonaws.com` and holds `AmazonEKSClusterPolicy`), and `eksNodeRole`, for the EC2
instances that will be nodes (it trusts `ec2.amazonaws.com` and holds no policies yet). It also
put two subnets of the default VPC, in different zones, into `$SUBNET_A` and `$SUBNET_B`.

Step 1 of 8:
Create an EKS cluster named `demo` that acts as `eksClusterRole`, with its network interfaces in
the subnets `$SUBNET_A` and `$SUBNET_B`.

Checked:
  • An EKS cluster named demo exists

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksNodeRole --resources-vpc-config subnetIds=$SUBNET_A,$SUBNET_B

An error occurred (InvalidParameterException) when calling the CreateCluster operation: Role with arn: arn:aws:iam::123456789012:role/eksNodeRole could not be assumed because it does not exist or the trusted entity is not correct
? 254
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNET_A

An error occurred (InvalidParameterException) when calling the CreateCluster operation: Subnets specified must be in at least two different AZs
? 254
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$SUBNET_A,$SUBNET_B --query cluster.status
"CREATING"

✓ Step 1 done.
The answer came at once, with `"status": "CREATING"` and no `endpoint` yet: EKS is building a
control plane for you. Everything a cluster needs at its core — etcd, the API servers, the
scheduler and the controller managers — is AWS's to run from now on. You pay for it and use
it; you never log in to it.

Step 2 of 8:
Wait until `demo` is `ACTIVE`.

Checked:
  • demo is ACTIVE
$ aws eks update-kubeconfig --name demo

Cluster status is CREATING
? 255
$ check
✗ demo is ACTIVE
    It takes about ten minutes. `aws eks wait cluster-active --name demo` waits for it.
$ aws eks wait cluster-active --name demo

✓ Step 2 done.
It took about ten minutes (simulated). Now `describe-cluster` has an `endpoint`
(`https://….eks.amazonaws.com`), a `certificateAuthority` and an OIDC issuer. The control plane
behind that endpoint runs in an AWS-managed VPC, in at least two Availability Zones, and
AWS adds capacity when your cluster needs it — none of it appears in your account.

Step 3 of 8:
List the network interfaces in your VPC and find the ones EKS placed there for `demo`.

Checked:
  • You listed the network interfaces in your VPC
$ aws ec2 describe-network-interfaces --filters "Name=description,Values=Amazon EKS demo" --query 'NetworkInterfaces[].[AvailabilityZone,PrivateIpAddress,Description]' --output text
us-east-1a	172.31.0.4	Amazon EKS demo
us-east-1b	172.31.16.4	Amazon EKS demo

✓ Step 3 done.
There are two, described `Amazon EKS demo`, one in each of your subnets' zones, requested by
EKS (`RequesterId` ends in `:AmazonEKS`) and attached to instances in an AWS account that is not
yours. They are the bridge between the two VPCs: the control plane in AWS's VPC reaches
your nodes through them (for `kubectl logs` and `exec`), and your nodes reach the API server
through them. They carry the cluster security group EKS made, `eks-cluster-sg-demo-…`.

Step 4 of 8:
Point kubectl at `demo`: its current context must be the EKS cluster.

Checked:
  • kubectl's current context is the EKS cluster
$ kubectl get nodes
NAME           STATUS   ROLES           AGE   VERSION
controlplane   Ready    control-plane   21m   v1.32.4
node01         Ready    <none>          20m   v1.32.4
node02         Ready    <none>          19m   v1.32.4
$ aws eks update-kubeconfig --name demo
Added new context arn:aws:eks:us-east-1:123456789012:cluster/demo to /home/learner/.kube/config

✓ Step 4 done.
`aws eks update-kubeconfig` read the cluster's endpoint and certificate with `DescribeCluster`
and wrote a context named by the cluster's ARN. Its user has no password: kubectl runs
`aws eks get-token` for each request (see `kubectl config view`), so IAM says who you are,
and EKS maps that identity to Kubernetes users. The `kubernetes` Service's address, `10.100.0.1`,
is from EKS's Service range; `kubectl get endpoints kubernetes` shows the interfaces you just
found.

Step 5 of 8:
List the cluster's nodes.

Checked:
  • You listed the cluster's nodes
$ kubectl get nodes
No resources found

✓ Step 5 done.
None: no `controlplane` node, because the control plane is not yours, and no workers yet.
`kubectl get pods -A` shows the add-ons EKS installed — CoreDNS waits, Pending, for a node to
run on, and the `aws-node` (the VPC CNI) and `kube-proxy` DaemonSets have nowhere to run.

Step 6 of 8:
Add a managed node group named `workers` to `demo`, whose instances act as `eksNodeRole`, in the
subnets `$SUBNET_A` and `$SUBNET_B`, and wait until it is `ACTIVE`.

Checked:
  • Node group workers of demo is ACTIVE
$ kubectl get pods -A
NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE
kube-system   coredns-568b446b8b-8v528   0/1     Pending   0          24s
kube-system   coredns-568b446b8b-clr4x   0/1     Pending   0          24s
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $SUBNET_A $SUBNET_B --query nodegroup.status

An error occurred (InvalidParameterException) when calling the CreateNodegroup operation: The provided role doesn't have the Amazon EKS Managed Policies associated with it. Please ensure the following policies [arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy, arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly] are attached
? 254
$ hint
Hint 1/5: A node group needs the role its instances act as: `eksNodeRole`. EKS checks that it holds `AmazonEKSWorkerNodePolicy` and `AmazonEC2ContainerRegistryReadOnly`; attach them with `aws iam attach-role-policy`.
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
$ aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $SUBNET_A $SUBNET_B --query nodegroup.status
"CREATING"
$ check
✗ Node group workers of demo is ACTIVE
    Create it with `aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets $SUBNET_A $SUBNET_B`, then `aws eks wait nodegroup-active --cluster-name demo --nodegroup-name workers`.
$ aws eks wait nodegroup-active --cluster-name demo --nodegroup-name workers

✓ Step 6 done.
A managed node group is EC2 capacity that AWS manages for you: EKS made a launch template
(from the EKS-optimized Amazon Linux 2023 AMI) and an Auto Scaling group, and it will update and
replace the instances for you. The node role needs `AmazonEKSWorkerNodePolicy` (to find its
cluster) and `AmazonEC2ContainerRegistryReadOnly` (to pull images from ECR), and EKS refused it
without them. EKS also mapped the role in the `aws-auth` ConfigMap
(`kubectl get cm aws-auth -n kube-system -o yaml`), which lets its instances join as nodes.

Step 7 of 8:
List your EC2 instances.

Checked:
  • You listed your EC2 instances
$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,PrivateDnsName,State.Name]' --output text
i-4740fddbd25877ae3	ip-172-31-0-5.ec2.internal	running
i-00191cf7a191684de	ip-172-31-16-5.ec2.internal	running

✓ Step 7 done.
The nodes are ordinary EC2 instances in your VPC, in your subnets, in the Auto Scaling group
the node group made. Their private DNS names are the nodes' names
(`kubectl get nodes -o wide`). You could also run nodes yourself (self-managed nodes) or let
Fargate run each pod.

Step 8 of 8:
Run a Deployment named `web` with 2 replicas of `nginx` on `demo`, and see both pods available.

Checked:
  • Deployment web on demo has 2 available pods
$ kubectl create deployment web --image=nginx --replicas=2
deployment.apps/web created
$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP       NODE                          NOMINATED NODE   READINESS GATES
web-6dc5cd68db-kdr65   0/1     Pending   0          1s    <none>   ip-172-31-0-5.ec2.internal    <none>           <none>
web-6dc5cd68db-xsm86   0/1     Pending   0          1s    <none>   ip-172-31-16-5.ec2.internal   <none>           <none>
$ kubectl rollout status deployment/web
Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...
deployment "web" successfully rolled out

✓ Step 8 done.
The scheduler AWS runs placed the pods on your nodes. `kubectl get pods -o wide` shows their
addresses: they are from your VPC's subnets, because on EKS the Amazon VPC CNI gives every pod
an address in the VPC. That is the integration in action: IAM for who you are, the VPC for the
network, EC2 for the nodes, and ECR for the images they may pull.

★ Lesson complete: Kubernetes, managed — Amazon EKS

You created an EKS cluster and saw what is AWS's — the control plane in AWS's own VPC, reaching
yours through the interfaces it placed in your subnets — and what is yours: the EC2 instances
of a managed node group, which joined as nodes, and the pods on them. When you are done with a
real cluster, delete the node group first (`aws eks delete-nodegroup`), then the cluster: EKS
refuses to delete a cluster that still has node groups.

Next: `lesson eks-nodes-and-storage` — EKS nodes of your own, Fargate, and EBS volumes.
