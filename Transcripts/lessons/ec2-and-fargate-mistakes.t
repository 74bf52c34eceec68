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
$ check
✗ An Auto Scaling group named ecs-hosts has min 1, max 3 and desired 2 instances
    Create it with `aws autoscaling create-auto-scaling-group`: `--auto-scaling-group-name ecs-hosts`, `--launch-template LaunchTemplateName=ecs-hosts`, `--min-size 1 --max-size 3 --desired-capacity 2` and `--vpc-zone-identifier $SUBNETS`.
✗ Its 2 instances are InService
    The instances are still launching; look again in a little while.
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
    `--placement-strategy type=binpack,field=memory` fills one instance before using the next.
$ undo
Undid `sleep 20`.
$ aws ecs run-task --cluster hosts --task-definition web-ec2 --launch-type EC2 --count 3 --placement-strategy type=binpack,field=memory --query 'length(tasks)'
3
$ sleep 20
$ answer a
This step is not a question; `task` shows what to do.
$ answer b
This step is not a question; `task` shows what to do.
$ aws autoscaling set-desired-capacity --auto-scaling-group-name ecs-hosts --desired-capacity 3
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ sleep 90
$ aws ecs run-task --cluster hosts --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET]}" --query 'tasks[0].launchType'
"FARGATE"
$ sleep 30
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ answer a
This step is not a question; `task` shows what to do.
$ answer c
This step is not a question; `task` shows what to do.
$ answer b
This step is not a question; `task` shows what to do.
$ answer ec2
This step is not a question; `task` shows what to do.
$ answer Fargate
This step is not a question; `task` shows what to do.
