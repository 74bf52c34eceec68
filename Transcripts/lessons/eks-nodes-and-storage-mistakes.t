# Lesson eks-nodes-and-storage with mistakes: a node whose role EKS does not know yet, a
# Fargate profile in public subnets, pods made before their profile was ACTIVE, a claim
# before the EBS CSI driver.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson eks-nodes-and-storage
EKS nodes of your own, Fargate, and EBS volumes
===============================================

In the last lesson a managed node group gave the cluster its nodes. EKS has two more ways to
run pods, and pods that keep data need one more piece. This lesson's setup made a cluster,
`demo`, with kubectl pointed at it and no nodes; it authenticates both with access entries
and with the `aws-auth` ConfigMap (`API_AND_CONFIG_MAP`).

It also made: `eksNodeRole` (with EKS's node policies) in an instance profile, `eksNode`; a
role for Fargate's pods, `eksPodExecutionRole`; two private subnets, `$PRIVATE_A` and
`$PRIVATE_B`, whose route table has no route to the internet gateway; `$AMI`, the
EKS-optimized Amazon Linux 2023 image; `nodeconfig.yaml`, the settings a node needs to find
the cluster; and `storage.yaml`, a claim and a pod that uses it.

Step 1 of 7:
Launch a self-managed node: an EC2 instance of `$AMI` in `$SUBNET_A`, with the instance
profile `eksNode` and `nodeconfig.yaml` as its user data.

Checked:
  • An instance with the eksNode instance profile is running

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ cat nodeconfig.yaml | head -5
apiVersion: node.eks.aws/v1alpha1
kind: NodeConfig
spec:
  cluster:
    name: demo
$ aws ec2 run-instances --image-id $AMI --instance-type t3.large --subnet-id $SUBNET_A --iam-instance-profile Name=eksNode --user-data file://nodeconfig.yaml --query 'Instances[0].PrivateDnsName' --output text
ip-172-31-0-5.ec2.internal

✓ Step 1 done.
Self-managed nodes are EC2 instances you launch and look after yourself: you pick the AMI,
patch and replace them, and scale them (often with your own Auto Scaling group). The
EKS-optimized AMI runs nodeadm at boot, which reads the `NodeConfig` in the user data — the
cluster's name, endpoint and certificate — and starts the kubelet.

Step 2 of 7:
Get the instance into the cluster: `kubectl get nodes` must list it.

Checked:
  • The instance has joined demo as a node
$ sleep 90
$ kubectl get nodes
No resources found
$ check
✗ The instance has joined demo as a node
    Its kubelet is refused until `eksNodeRole` may join: `aws eks create-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/eksNodeRole --type EC2_LINUX`, then wait half a minute (`sleep 30`).
$ aws eks list-access-entries --cluster-name demo
{
    "accessEntries": [
        "arn:aws:iam::123456789012:user/learner"
    ]
}
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ aws eks create-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/eksNodeRole --type EC2_LINUX --query accessEntry.kubernetesGroups
[
    "system:nodes"
]
$ sleep 30

✓ Step 2 done.
The kubelet authenticates with the instance's IAM role, and EKS turned it away until the
role had an access entry of type `EC2_LINUX`, which puts it in the `system:nodes` group.
(A managed node group makes that entry itself; under `CONFIG_MAP` a `system:nodes` mapping in
`aws-auth` does the same.) The node is named by the instance's private DNS name, and its
`providerID` names the instance.

Step 3 of 7:
Create a Fargate profile named `apps` on `demo` that selects the pods of namespace `apps`,
runs them as `eksPodExecutionRole` in `$PRIVATE_A` and `$PRIVATE_B`, and wait until it is
`ACTIVE`.

Checked:
  • Fargate profile apps of demo is ACTIVE
$ kubectl get nodes
NAME                         STATUS   ROLES    AGE   VERSION
ip-172-31-0-5.ec2.internal   Ready    <none>   13s   v1.32.4-eks-cb81f20
$ aws eks create-fargate-profile --cluster-name demo --fargate-profile-name apps --pod-execution-role-arn arn:aws:iam::123456789012:role/eksPodExecutionRole --subnets $SUBNET_A $SUBNET_B --selectors namespace=apps

An error occurred (InvalidParameterException) when calling the CreateFargateProfile operation: Subnet subnet-40b7f5ea955f4a275 provided in Fargate Profile is not a private subnet
? 254
$ aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC --query 'RouteTables[].[RouteTableId,Routes[-1].GatewayId,join(`,`, Associations[].SubnetId || `[]`)]' --output text
rtb-28c4c75a27de90be3	igw-ce4697cc888de4f6c	
rtb-dade0686459146489	local	subnet-723b04378ab4aff4e,subnet-26e393ceee66e6536
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ aws eks create-fargate-profile --cluster-name demo --fargate-profile-name apps --pod-execution-role-arn arn:aws:iam::123456789012:role/eksPodExecutionRole --subnets $PRIVATE_A $PRIVATE_B --selectors namespace=apps --query fargateProfile.status
"CREATING"
$ kubectl create namespace apps
namespace/apps created
$ kubectl create deployment web --image=nginx -n apps
deployment.apps/web created
$ aws eks wait fargate-profile-active --cluster-name demo --fargate-profile-name apps

✓ Step 3 done.
Fargate is serverless compute for pods, as it is for ECS tasks: no instances to manage.
A profile says which pods it takes (by namespace and labels) and where their network
interfaces go. EKS accepts only private subnets — a subnet whose route table sends
`0.0.0.0/0` to an internet gateway is refused (`aws ec2 describe-route-tables` shows the
difference).

Step 4 of 7:
Run a pod in namespace `apps` and see it on a Fargate node.

Checked:
  • A pod in namespace apps runs on a Fargate node
$ sleep 90
$ kubectl get pods -n apps -o wide
NAME                   READY   STATUS    RESTARTS   AGE    IP            NODE                         NOMINATED NODE   READINESS GATES
web-6dc5cd68db-fvrw8   1/1     Running   0          4m3s   172.31.15.4   ip-172-31-0-5.ec2.internal   <none>           <none>
$ hint
Hint 1/3: The profile selects pods in namespace `apps`; pods created there from now on go to Fargate.
$ kubectl delete pod -n apps -l app=web
pod "web-6dc5cd68db-fvrw8" deleted
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ sleep 90

✓ Step 4 done.
A webhook gave the pod to `fargate-scheduler` instead of the default scheduler, which started
a micro-VM for it: the node `fargate-ip-…`, one pod per node, with an interface in your private
subnet. `kubectl describe pod -n apps` shows `fargate-scheduler` in its events. The node is
tainted `eks.amazonaws.com/compute-type=fargate`, so no other pod lands there, and it goes away
with its pod.

Step 5 of 7:
Install the Amazon EBS CSI driver add-on on `demo` and wait until it is `ACTIVE`.

Checked:
  • The aws-ebs-csi-driver add-on of demo is ACTIVE
$ kubectl get pods -n apps -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP            NODE                                  NOMINATED NODE   READINESS GATES
web-6dc5cd68db-pjx7s   1/1     Running   0          92s   172.31.96.4   fargate-ip-172-31-96-4.ec2.internal   <none>           <none>
$ kubectl apply -f storage.yaml
persistentvolumeclaim/data created
pod/writer created
$ sleep 30
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ kubectl describe pvc data | tail -3
  ----    ------                ----               ----                         -------
  Normal  WaitForFirstConsumer  32s                persistentvolume-controller  waiting for first consumer to be created before binding
  Normal  ExternalProvisioning  10s (x3 over 32s)  persistentvolume-controller  Waiting for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.
$ aws eks create-addon --cluster-name demo --addon-name aws-ebs-csi-driver --query addon.status
"CREATING"
$ aws eks wait addon-active --cluster-name demo --addon-name aws-ebs-csi-driver

✓ Step 5 done.
An add-on is software EKS installs and keeps current for you. This one runs a controller
(`ebs-csi-controller`) and a DaemonSet (`ebs-csi-node`) in kube-system: `kubectl get pods -n
kube-system`. Without it, the `gp2` StorageClass (`kubernetes.io/aws-ebs`, handled by the
driver `ebs.csi.aws.com` since CSI migration) can promise volumes but never make them.

Step 6 of 7:
Apply `storage.yaml` and see the claim `data` Bound.

Checked:
  • Claim data is Bound
$ kubectl get pvc data
NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
data   Bound    pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571   4Gi        RWO            gp2            <unset>                 115s

✓ Step 6 done.
The claim waited for its first pod (`WaitForFirstConsumer`), so the volume was made in the
zone of the node the pod was scheduled to. The driver created an EBS volume there and a
PersistentVolume for it, pinned to that zone (`kubectl get pv -o yaml`).

Step 7 of 7:
List your EBS volumes and find the one made for `data`.

Checked:
  • You listed your EBS volumes
$ aws ec2 describe-volumes --filters Name=tag:kubernetes.io/created-for/pvc/name,Values=data --query 'Volumes[].[VolumeId,Size,State]' --output text
vol-659a344c6f6146375	4	in-use

✓ Step 7 done.
There it is: a 4 GiB `gp2` volume, `in-use`, attached to your node's instance, tagged with the
claim it was made for. Pods are ephemeral — delete `writer` and its container's files go —
but what it writes under `/data` stays on the volume for the next pod that mounts the claim.
Deleting the claim deletes the volume (the class's `Delete` reclaim policy).

★ Lesson complete: EKS nodes of your own, Fargate, and EBS volumes

You gave one cluster three kinds of compute — a managed node group last time, a node you
launched yourself, and Fargate — and storage that outlives its pods. Nodes and Fargate pods
live in your VPC's subnets; EBS volumes live in one Availability Zone, which is why a
volume's PersistentVolume is pinned to its zone.

That was the last lesson. `lessons` shows your progress.
