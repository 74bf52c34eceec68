# Lesson ec2-and-fargate, solved with its reference solutions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson ec2-and-fargate
EC2 mode versus Fargate
=======================

ECS runs tasks in one of two ways:

- EC2 mode: the container hosts are EC2 instances in your VPC that you provision and pay
  for — usually from an Auto Scaling group spread over several Availability Zones. Each
  instance runs the ECS agent and a container runtime; ECS places tasks on them, and you
  manage the capacity.
- Fargate: serverless. AWS runs the hosts, shared among all its customers; you describe
  tasks, and each one gets an ENI in your VPC.

The setup made a cluster `hosts`, an IAM role and instance profile `ecsInstanceRole` (with
`AmazonEC2ContainerServiceforEC2Role`, so the agent may register), a launch template
`ecs-hosts` (an ECS-optimized AMI, `t3.medium`, and user data `echo ECS_CLUSTER=hosts >>
/etc/ecs/ecs.config`), two task definitions — `web-ec2` for EC2 and `web` for Fargate — and
the variables `$SUBNETS` (two default subnets, comma-separated) and `$SUBNET`.

Step 1 of 8:
Create an Auto Scaling group `ecs-hosts` from the launch template `ecs-hosts`, with at least
1, at most 3 and a desired 2 instances, in the subnets `$SUBNETS`; wait until both instances
are InService.

Checked:
  • An Auto Scaling group named ecs-hosts has min 1, max 3 and desired 2 instances
  • Its 2 instances are InService

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name ecs-hosts --launch-template LaunchTemplateName=ecs-hosts --min-size 1 --max-size 3 --desired-capacity 2 --vpc-zone-identifier $SUBNETS
$ sleep 30

✓ Step 1 done.
The group launched 2 instances from the template, one in each subnet's Availability Zone — if
one zone fails, the other instance keeps running. The group's desired capacity is the number
of hosts; it replaces an instance that fails. Choosing the instance type, the AMI and the
number of hosts is your job in EC2 mode.

Step 2 of 8:
Wait for both instances to join the cluster `hosts` as container instances, and look at their
resources.

Checked:
  • Both instances registered with the cluster hosts as container instances
  • You looked at the container instances' resources
$ sleep 60
$ aws ecs describe-container-instances --cluster hosts --container-instances $(aws ecs list-container-instances --cluster hosts --query containerInstanceArns --output text) --query 'containerInstances[].[ec2InstanceId,remainingResources[?name==`MEMORY`].integerValue|[0]]' --output table
---------------------------------
|  DescribeContainerInstances   |
+----------------------+--------+
|  i-4740fddbd25877ae3 |  3993  |
|  i-dade0686459146489 |  3993  |
+----------------------+--------+

✓ Step 2 done.
On boot each instance's ECS agent read `ECS_CLUSTER=hosts`, used the instance role to call
`RegisterContainerInstance`, and reported what it offers: 2048 CPU units (2 vCPUs) and about
3.9 GiB of memory. These are container hosts; the agent starts containers on them through the
container runtime.

Step 3 of 8:
Run 3 tasks of `web-ec2` on the EC2 instances with the placement strategy binpack on memory.

Checked:
  • 3 tasks of web-ec2 run in hosts
  • All 3 are packed onto one instance
$ aws ecs run-task --cluster hosts --task-definition web-ec2 --launch-type EC2 --count 3 --placement-strategy type=binpack,field=memory
{
    "tasks": [
        {
            "attachments": [],
            "attributes": [
                {
                    "name": "ecs.cpu-architecture",
                    "value": "x86_64"
                }
            ],
            "availabilityZone": "us-east-1b",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/hosts",
            "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/hosts/c389531c3240fadb6f60c9aa1f4b21d3",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/hosts/1452fdc841514adb6240977e1511b525/442751bf-9352-4faa-b25c-5c7354830740",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/1452fdc841514adb6240977e1511b525",
                    "name": "web",
                    "image": "nginx:1.27",
                    "lastStatus": "PENDING",
                    "networkInterfaces": [],
                    "cpu": "0",
                    "memory": "512"
                }
            ],
            "cpu": "0",
            "createdAt": "2026-01-01T00:01:35+00:00",
            "desiredStatus": "RUNNING",
            "enableExecuteCommand": false,
            "group": "family:web-ec2",
            "lastStatus": "PENDING",
            "launchType": "EC2",
            "memory": "512",
            "overrides": {
                "containerOverrides": [
                    {
                        "name": "web"
                    }
                ],
                "inferenceAcceleratorOverrides": []
            },
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/1452fdc841514adb6240977e1511b525",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web-ec2:1",
            "version": 1
        },
        {
            "attachments": [],
            "attributes": [
                {
                    "name": "ecs.cpu-architecture",
                    "value": "x86_64"
                }
            ],
            "availabilityZone": "us-east-1b",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/hosts",
            "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/hosts/c389531c3240fadb6f60c9aa1f4b21d3",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/hosts/42e7b1d93e1ffa95e20cc10dd348186e/108da0cc-c45d-4f10-8b87-59ac3d5fa857",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/42e7b1d93e1ffa95e20cc10dd348186e",
                    "name": "web",
                    "image": "nginx:1.27",
                    "lastStatus": "PENDING",
                    "networkInterfaces": [],
                    "cpu": "0",
                    "memory": "512"
                }
            ],
            "cpu": "0",
            "createdAt": "2026-01-01T00:01:35+00:00",
            "desiredStatus": "RUNNING",
            "enableExecuteCommand": false,
            "group": "family:web-ec2",
            "lastStatus": "PENDING",
            "launchType": "EC2",
            "memory": "512",
            "overrides": {
                "containerOverrides": [
                    {
                        "name": "web"
                    }
                ],
                "inferenceAcceleratorOverrides": []
            },
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/42e7b1d93e1ffa95e20cc10dd348186e",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web-ec2:1",
            "version": 1
        },
        {
            "attachments": [],
            "attributes": [
                {
                    "name": "ecs.cpu-architecture",
                    "value": "x86_64"
                }
            ],
            "availabilityZone": "us-east-1b",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/hosts",
            "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/hosts/c389531c3240fadb6f60c9aa1f4b21d3",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/hosts/c129edafc6739cee24a897753bbdf459/fd31ccc4-4c7c-4a85-b524-70139d94db5d",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/c129edafc6739cee24a897753bbdf459",
                    "name": "web",
                    "image": "nginx:1.27",
                    "lastStatus": "PENDING",
                    "networkInterfaces": [],
                    "cpu": "0",
                    "memory": "512"
                }
            ],
            "cpu": "0",
            "createdAt": "2026-01-01T00:01:35+00:00",
            "desiredStatus": "RUNNING",
            "enableExecuteCommand": false,
            "group": "family:web-ec2",
            "lastStatus": "PENDING",
            "launchType": "EC2",
            "memory": "512",
            "overrides": {
                "containerOverrides": [
                    {
                        "name": "web"
                    }
                ],
                "inferenceAcceleratorOverrides": []
            },
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/c129edafc6739cee24a897753bbdf459",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web-ec2:1",
            "version": 1
        }
    ],
    "failures": []
}
$ sleep 20

✓ Step 3 done.
ECS chose where each task runs: `binpack` on memory fills the fullest instance that still fits
before using another, so all 3 tasks share one instance and the other sits idle. (`spread`
would have balanced them across Availability Zones.) The images came from Docker Hub, as they
could from ECR.

Step 4 of 8:
Your 3 tasks run on one instance; the other has none. In EC2 mode, what does AWS bill you for?
Answer `a`, `b` or `c`:

- (a) only the instance that runs tasks
- (b) both instances, for as long as they run, whether or not they run tasks
- (c) the CPU and memory your tasks request, while they run

Answer with `answer …`.
$ answer b

✓ Step 4 done.
(b). EC2 instances are billed while they run, busy or idle — EC2 mode is not serverless. In
return you can pick cheaper capacity: Spot instances, Savings Plans or Reserved Instances.

Step 5 of 8:
Scale the group out to 3 instances, and wait until the new one joins the cluster.

Checked:
  • 3 container instances are registered
$ aws autoscaling set-desired-capacity --auto-scaling-group-name ecs-hosts --desired-capacity 3
$ sleep 90

✓ Step 5 done.
One number — the desired capacity — and the group launched an instance whose agent joined the
cluster: horizontal scaling of the hosts. ECS capacity providers can even do this for you as
tasks need room.

Step 6 of 8:
Now run one task of `web` on Fargate in the same cluster, in `$SUBNET`, and see its network
interface.

Checked:
  • A Fargate task of web runs in hosts
  • It has an ENI of its own, managed by ECS
  • You looked at the network interfaces
$ aws ecs run-task --cluster hosts --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET]}"
{
    "tasks": [
        {
            "attachments": [
                {
                    "id": "bb21e7b2-11d0-41ee-ba0e-4a0cebf1e95d",
                    "type": "ElasticNetworkInterface",
                    "status": "PRECREATED",
                    "details": [
                        {
                            "name": "subnetId",
                            "value": "subnet-40b7f5ea955f4a275"
                        }
                    ]
                }
            ],
            "attributes": [
                {
                    "name": "ecs.cpu-architecture",
                    "value": "x86_64"
                }
            ],
            "availabilityZone": "us-east-1a",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/hosts",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/hosts/2db17ef39d9ff2309ada80aa2f8f813c/d8748209-ec45-42a9-b28b-40e1eb94008b",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/2db17ef39d9ff2309ada80aa2f8f813c",
                    "name": "web",
                    "image": "nginx:1.27",
                    "lastStatus": "PENDING",
                    "networkInterfaces": [],
                    "cpu": "0"
                }
            ],
            "cpu": "256",
            "createdAt": "2026-01-01T00:03:30+00:00",
            "desiredStatus": "RUNNING",
            "enableExecuteCommand": false,
            "group": "family:web",
            "lastStatus": "PROVISIONING",
            "launchType": "FARGATE",
            "memory": "512",
            "overrides": {
                "containerOverrides": [
                    {
                        "name": "web"
                    }
                ],
                "inferenceAcceleratorOverrides": []
            },
            "platformVersion": "1.4.0",
            "platformFamily": "Linux",
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/hosts/2db17ef39d9ff2309ada80aa2f8f813c",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
            "version": 1,
            "ephemeralStorage": {
                "sizeInGiB": 20
            },
            "fargateEphemeralStorage": {
                "sizeInGiB": 20
            }
        }
    ],
    "failures": []
}
$ sleep 30
$ aws ec2 describe-network-interfaces --query 'NetworkInterfaces[].[PrivateIpAddress,RequesterManaged,Description]' --output table
----------------------------------------------------------------------------------------------------------------
|                                           DescribeNetworkInterfaces                                          |
+-------------+--------+---------------------------------------------------------------------------------------+
|  172.31.0.4 |  False |                                                                                       |
|  172.31.16.4|  False |                                                                                       |
|  172.31.0.5 |  False |                                                                                       |
|  172.31.0.6 |  True  |  arn:aws:ecs:us-east-1:123456789012:attachment/bb21e7b2-11d0-41ee-ba0e-4a0cebf1e95d   |
+-------------+--------+---------------------------------------------------------------------------------------+

✓ Step 6 done.
No instance was involved: Fargate ran the task on AWS's own hosts and attached a
requester-managed ENI in your subnet (`RequesterManaged: True`, described as an ECS
attachment). The EC2 tasks, in `bridge` mode, shared their instance's network interface.

Step 7 of 8:
On Fargate, what does AWS bill you for? Answer `a`, `b` or `c`:

- (a) the EC2 instances behind the tasks
- (b) the vCPU and memory each task requests, for as long as it runs
- (c) nothing

Answer with `answer …`.
$ answer b

✓ Step 7 done.
(b). Fargate is serverless: you pay for the resources your tasks ask for while they run, and
nothing when none runs. The hosts are AWS's problem.

Step 8 of 8:
A small team with a bursty workload and nobody to look after servers: EC2 mode or Fargate?

Answer with `answer …`.
$ answer fargate

✓ Step 8 done.
Fargate: minimal operational overhead, and small, bursty or batch workloads pay only while
they run. EC2 mode pays off when an organisation already runs container hosts, or when steady,
price-sensitive workloads can use Spot or Reserved capacity.

★ Lesson complete: EC2 mode versus Fargate

You ran ECS both ways: container hosts from an Auto Scaling group, registered by their agents,
filled by binpack and scaled out — and Fargate, with no hosts at all and an ENI per task. You
also know what each bills for.

Next: `lesson task-roles` — Inside a task — containers and roles.
