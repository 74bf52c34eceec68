# Lesson eks-nodes-and-storage, solved with its reference solutions.
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
$ aws ec2 run-instances --image-id $AMI --instance-type t3.large --subnet-id $SUBNET_A --iam-instance-profile Name=eksNode --user-data file://nodeconfig.yaml
{
    "ReservationId": "r-191cf7a191684de52",
    "OwnerId": "123456789012",
    "Groups": [],
    "Instances": [
        {
            "Architecture": "x86_64",
            "BlockDeviceMappings": [],
            "ClientToken": "418a5df9-f60f-484a-8ada-f0fc64c8ef01",
            "EbsOptimized": true,
            "EnaSupport": true,
            "Hypervisor": "xen",
            "IamInstanceProfile": {
                "Arn": "arn:aws:iam::123456789012:instance-profile/eksNode",
                "Id": "AIPA5LM2V2Z27D2QHL6CZ"
            },
            "NetworkInterfaces": [
                {
                    "Attachment": {
                        "AttachTime": "2026-01-01T00:11:01+00:00",
                        "AttachmentId": "eni-attach-31dd33d2b6eedabed",
                        "DeleteOnTermination": true,
                        "DeviceIndex": 0,
                        "Status": "attaching",
                        "NetworkCardIndex": 0
                    },
                    "Description": "",
                    "Groups": [
                        {
                            "GroupId": "sg-342e7b9261f5e5ab5",
                            "GroupName": "default"
                        }
                    ],
                    "Ipv6Addresses": [],
                    "MacAddress": "0e:4d:de:71:8b:ee",
                    "NetworkInterfaceId": "eni-78f429c3b1629f6a5",
                    "OwnerId": "123456789012",
                    "PrivateDnsName": "ip-172-31-0-5.ec2.internal",
                    "PrivateIpAddress": "172.31.0.5",
                    "PrivateIpAddresses": [
                        {
                            "Primary": true,
                            "PrivateDnsName": "ip-172-31-0-5.ec2.internal",
                            "PrivateIpAddress": "172.31.0.5"
                        }
                    ],
                    "SourceDestCheck": true,
                    "Status": "in-use",
                    "SubnetId": "subnet-40b7f5ea955f4a275",
                    "VpcId": "vpc-cd88f1085d92fe317",
                    "InterfaceType": "interface",
                    "Operator": {
                        "Managed": false
                    }
                }
            ],
            "RootDeviceName": "/dev/xvda",
            "RootDeviceType": "ebs",
            "SecurityGroups": [
                {
                    "GroupId": "sg-342e7b9261f5e5ab5",
                    "GroupName": "default"
                }
            ],
            "SourceDestCheck": true,
            "StateReason": {
                "Code": "pending",
                "Message": "pending"
            },
            "VirtualizationType": "hvm",
            "CpuOptions": {
                "CoreCount": 1,
                "ThreadsPerCore": 2
            },
            "CapacityReservationSpecification": {
                "CapacityReservationPreference": "open"
            },
            "HibernationOptions": {
                "Configured": false
            },
            "MetadataOptions": {
                "State": "pending",
                "HttpTokens": "required",
                "HttpPutResponseHopLimit": 2,
                "HttpEndpoint": "enabled",
                "HttpProtocolIpv6": "disabled",
                "InstanceMetadataTags": "disabled"
            },
            "EnclaveOptions": {
                "Enabled": false
            },
            "BootMode": "uefi-preferred",
            "PlatformDetails": "Linux/UNIX",
            "UsageOperation": "RunInstances",
            "UsageOperationUpdateTime": "2026-01-01T00:11:01+00:00",
            "PrivateDnsNameOptions": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "MaintenanceOptions": {
                "AutoRecovery": "default",
                "RebootMigration": "default"
            },
            "CurrentInstanceBootMode": "uefi",
            "NetworkPerformanceOptions": {
                "BandwidthWeighting": "default"
            },
            "Operator": {
                "Managed": false
            },
            "InstanceId": "i-982195204e79e0228",
            "ImageId": "ami-cd93ae6f4da6c3e57",
            "State": {
                "Code": 0,
                "Name": "pending"
            },
            "PrivateDnsName": "ip-172-31-0-5.ec2.internal",
            "PublicDnsName": "",
            "StateTransitionReason": "",
            "AmiLaunchIndex": 0,
            "ProductCodes": [],
            "InstanceType": "t3.large",
            "LaunchTime": "2026-01-01T00:11:01+00:00",
            "Placement": {
                "AvailabilityZoneId": "use1-az1",
                "GroupName": "",
                "Tenancy": "default",
                "AvailabilityZone": "us-east-1a"
            },
            "Monitoring": {
                "State": "disabled"
            },
            "SubnetId": "subnet-40b7f5ea955f4a275",
            "VpcId": "vpc-cd88f1085d92fe317",
            "PrivateIpAddress": "172.31.0.5"
        }
    ]
}

✓ Step 1 done.
Self-managed nodes are EC2 instances you launch and look after yourself: you pick the AMI,
patch and replace them, and scale them (often with your own Auto Scaling group). The
EKS-optimized AMI runs nodeadm at boot, which reads the `NodeConfig` in the user data — the
cluster's name, endpoint and certificate — and starts the kubelet.

Step 2 of 7:
Get the instance into the cluster: `kubectl get nodes` must list it.

Checked:
  • The instance has joined demo as a node
$ aws eks create-access-entry --cluster-name demo --principal-arn arn:aws:iam::123456789012:role/eksNodeRole --type EC2_LINUX
{
    "accessEntry": {
        "clusterName": "demo",
        "principalArn": "arn:aws:iam::123456789012:role/eksNodeRole",
        "kubernetesGroups": [
            "system:nodes"
        ],
        "accessEntryArn": "arn:aws:eks:us-east-1:123456789012:access-entry/demo/role/123456789012/eksNodeRole/2101f5f6-cc48-4930-3e4f-6b68ebabb679",
        "createdAt": "2026-01-01T00:11:02+00:00",
        "modifiedAt": "2026-01-01T00:11:02+00:00",
        "tags": {},
        "username": "system:node:{{EC2PrivateDNSName}}",
        "type": "EC2_LINUX"
    }
}
$ sleep 60

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
$ aws eks create-fargate-profile --cluster-name demo --fargate-profile-name apps --pod-execution-role-arn arn:aws:iam::123456789012:role/eksPodExecutionRole --subnets $PRIVATE_A $PRIVATE_B --selectors namespace=apps
{
    "fargateProfile": {
        "fargateProfileName": "apps",
        "fargateProfileArn": "arn:aws:eks:us-east-1:123456789012:fargateprofile/demo/apps/b2fe0bed-3c61-2b40-cd44-9cb267014755",
        "clusterName": "demo",
        "createdAt": "2026-01-01T00:12:04+00:00",
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
$ kubectl create namespace apps
namespace/apps created
$ kubectl create deployment web --image=nginx -n apps
deployment.apps/web created
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
$ aws eks create-addon --cluster-name demo --addon-name aws-ebs-csi-driver
{
    "addon": {
        "addonName": "aws-ebs-csi-driver",
        "clusterName": "demo",
        "status": "CREATING",
        "addonVersion": "v1.37.0-eksbuild.1",
        "health": {
            "issues": []
        },
        "addonArn": "arn:aws:eks:us-east-1:123456789012:addon/demo/aws-ebs-csi-driver/e2dd98e6-0230-fb0d-eeb9-8b0caa2035ac",
        "createdAt": "2026-01-01T00:16:19+00:00",
        "modifiedAt": "2026-01-01T00:16:19+00:00",
        "tags": {}
    }
}
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
$ kubectl apply -f storage.yaml
persistentvolumeclaim/data created
pod/writer created
$ sleep 30

✓ Step 6 done.
The claim waited for its first pod (`WaitForFirstConsumer`), so the volume was made in the
zone of the node the pod was scheduled to. The driver created an EBS volume there and a
PersistentVolume for it, pinned to that zone (`kubectl get pv -o yaml`).

Step 7 of 7:
List your EBS volumes and find the one made for `data`.

Checked:
  • You listed your EBS volumes
$ aws ec2 describe-volumes --filters Name=tag:kubernetes.io/created-for/pvc/name,Values=data
{
    "Volumes": [
        {
            "Iops": 100,
            "Tags": [
                {
                    "Key": "CSIVolumeName",
                    "Value": "pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571"
                },
                {
                    "Key": "ebs.csi.aws.com/cluster",
                    "Value": "true"
                },
                {
                    "Key": "kubernetes.io/created-for/pv/name",
                    "Value": "pvc-f9982be3-8ac3-4bf8-b8c8-0d2b0686b571"
                },
                {
                    "Key": "kubernetes.io/created-for/pvc/name",
                    "Value": "data"
                },
                {
                    "Key": "kubernetes.io/created-for/pvc/namespace",
                    "Value": "default"
                }
            ],
            "VolumeType": "gp2",
            "MultiAttachEnabled": false,
            "Operator": {
                "Managed": false
            },
            "VolumeId": "vol-659a344c6f6146375",
            "Size": 4,
            "SnapshotId": "",
            "AvailabilityZone": "us-east-1a",
            "State": "in-use",
            "CreateTime": "2026-01-01T00:17:44+00:00",
            "Attachments": [
                {
                    "DeleteOnTermination": false,
                    "VolumeId": "vol-659a344c6f6146375",
                    "InstanceId": "i-982195204e79e0228",
                    "Device": "/dev/xvdaa",
                    "State": "attached",
                    "AttachTime": "2026-01-01T00:17:44+00:00"
                }
            ],
            "Encrypted": false
        }
    ]
}

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
