# Lesson ec2-and-fargate with wrong turns: an Auto Scaling group sized wrong and fixed,
# tasks spread instead of packed, and wrong answers about billing.
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
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name ecs-hosts --launch-template LaunchTemplateName=ecs-hosts --min-size 1 --max-size 3 --desired-capacity 1 --vpc-zone-identifier $SUBNETS
! ecs-hosts exists, but its sizes are not min 1, max 3, desired 2. `aws autoscaling update-auto-scaling-group --auto-scaling-group-name ecs-hosts --min-size 1 --max-size 3 --desired-capacity 2` changes them.
$ check
✗ An Auto Scaling group named ecs-hosts has min 1, max 3 and desired 2 instances
    Create it with `aws autoscaling create-auto-scaling-group`: `--auto-scaling-group-name ecs-hosts`, `--launch-template LaunchTemplateName=ecs-hosts`, `--min-size 1 --max-size 3 --desired-capacity 2` and `--vpc-zone-identifier $SUBNETS`.
✗ Its 2 instances are InService
    Instances take a little while to launch once the group exists; look again then.
$ aws autoscaling update-auto-scaling-group --auto-scaling-group-name ecs-hosts --desired-capacity 2
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
$ aws ecs list-container-instances --cluster hosts
{
    "containerInstanceArns": []
}
$ sleep 60
$ aws ecs describe-container-instances --cluster hosts --container-instances $(aws ecs list-container-instances --cluster hosts --query containerInstanceArns --output text) --query 'containerInstances[].[ec2InstanceId,runningTasksCount]' --output text
i-4740fddbd25877ae3	0
i-dade0686459146489	0

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
$ aws ecs run-task --cluster hosts --task-definition web-ec2 --launch-type EC2 --count 3 --placement-strategy type=spread,field=instanceId --query 'length(tasks)'
3
$ sleep 20
$ check
✓ 3 tasks of web-ec2 run in hosts
✗ All 3 are packed onto one instance
    `--placement-strategy type=binpack,field=memory` fills one instance before using the next. `undo` takes back the run-task that spread them (or stop them: `aws ecs stop-task --cluster hosts --task ID`); then run 3 again with it.
$ undo
Undid `aws ecs run-task --cluster hosts --task-definition web-ec2 --launch-type EC2 --count 3 --placement-strategy type=spread,field=instanceId --query 'length(tasks)'`.
$ aws ecs run-task --cluster hosts --task-definition web-ec2 --launch-type EC2 --count 3 --placement-strategy type=binpack,field=memory --query 'length(tasks)'
3
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
$ answer a
✗ The idle instance is running too — AWS bills EC2 instances by the second whether containers use them or not.
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
$ aws ecs run-task --cluster hosts --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET]}" --query 'tasks[0].launchType'
"FARGATE"
$ sleep 30
$ aws ec2 describe-network-interfaces --filters Name=requester-managed,Values=true --query 'NetworkInterfaces[].[PrivateIpAddress,Description]' --output text
172.31.0.6	arn:aws:ecs:us-east-1:123456789012:attachment/bb21e7b2-11d0-41ee-ba0e-4a0cebf1e95d

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
$ answer a
✗ There are no instances for you to pay for on Fargate — AWS runs (and pays for) the hosts.
$ answer c
✗ Fargate is not free. What do you pay for while the task runs?
$ answer b

✓ Step 7 done.
(b). Fargate is serverless: you pay for the resources your tasks ask for while they run, and
nothing when none runs. The hosts are AWS's problem.

Step 8 of 8:
A small team with a bursty workload and nobody to look after servers: EC2 mode or Fargate?

Answer with `answer …`.
$ answer ec2
✗ EC2 mode means choosing, patching, scaling and paying for instances — work and cost this team wants to avoid for a small, bursty load.
$ answer Fargate

✓ Step 8 done.
Fargate: minimal operational overhead, and small, bursty or batch workloads pay only while
they run. EC2 mode pays off when an organisation already runs container hosts, or when steady,
price-sensitive workloads can use Spot or Reserved capacity.

★ Lesson complete: EC2 mode versus Fargate

You ran ECS both ways: container hosts from an Auto Scaling group, registered by their agents,
filled by binpack and scaled out — and Fargate, with no hosts at all and an ENI per task. You
also know what each bills for.

Next: `lesson task-roles` — Inside a task — containers and roles.
