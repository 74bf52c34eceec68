# Lesson ecs-building-blocks with wrong turns: a misspelt cluster, a task definition missing
# its port and compatibilities, run-task without a network configuration, a wrong answer.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson ecs-building-blocks
ECS building blocks
===================

Amazon ECS runs containers for you. You do not launch machines, install Docker or wire up
networking and scaling: you tell ECS what to run, and it finds somewhere to run it.

Three words carry the whole service:

- a cluster is where your containers run — created and managed by ECS;
- a task definition is the blueprint: one or more container definitions (each an image
  from a registry such as Docker Hub or ECR, and the ports to expose) plus the CPU and memory,
  the network mode, whether it runs on Fargate or EC2, and an IAM role for the task;
- a task is one running copy of a task definition.

In this lesson you build each, and run your task on Fargate, where AWS manages the
machines entirely. Your account starts with a default VPC in `us-east-1`.

Step 1 of 8:
Create an ECS cluster named `demo`.

Checked:
  • A cluster named demo is ACTIVE

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ aws ecs create-cluster --cluster-name dmeo --query cluster.clusterName
"dmeo"
! There is a cluster whose name is close to `demo` but not it. Create one called exactly demo (`aws ecs delete-cluster --cluster NAME` removes the other).
$ aws ecs delete-cluster --cluster dmeo --query cluster.status
"INACTIVE"
$ aws ecs create-cluster --cluster-name demo --query cluster.clusterName
"demo"

✓ Step 1 done.
An ECS cluster is a name and a place: tasks and services run in a cluster. On Fargate it needs
nothing else — no machines to add. `aws ecs describe-clusters --clusters demo` shows its
counts of running tasks, services and container instances, all zero for now.

Step 2 of 8:
Register a task definition with the family name `web`: one container, also named `web`, from
the image `nginx:1.27`, exposing port 80; for Fargate (`requiresCompatibilities`), network
mode `awsvpc`, with 256 CPU units and 512 MiB of memory.

Checked:
  • The latest revision of task definition web has a container named web from the image nginx:1.27
  • The container exposes port 80
  • It is for Fargate, with network mode awsvpc, 256 CPU units and 512 MiB
$ aws ecs register-task-definition --family web --container-definitions 'name=web,image=nginx:1.27,memory=512' --query taskDefinition.revision
1
$ check
✓ The latest revision of task definition web has a container named web from the image nginx:1.27
✗ The container exposes port 80
    Add a port mapping to the container definition: `"portMappings": [{"containerPort": 80}]`.
✗ It is for Fargate, with network mode awsvpc, 256 CPU units and 512 MiB
    Set `"requiresCompatibilities": ["FARGATE"]`, `"networkMode": "awsvpc"`, `"cpu": "256"` and `"memory": "512"`.
$ hint
Hint 1/3: Write the task definition as JSON in a file — `cat > web.json <<EOF` … `EOF` — then `aws ecs register-task-definition --cli-input-json file://web.json`.
$ hint
Hint 2/3: The file needs `family`, `networkMode`, `requiresCompatibilities`, `cpu`, `memory` and a list of `containerDefinitions`, each with a `name`, an `image` and `portMappings`.
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions 'name=web,image=nginx:1.27,portMappings=[{containerPort=80}]' --query taskDefinition.revision
2

✓ Step 2 done.
ECS stored a revision of the family `web` — the first is `web:1`. The container definition is
the pointer to your container — where its image is (`nginx:1.27` is on Docker Hub; an ECR
image would be `123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0`) and which port it
serves. The task definition around it says how to run it: the CPU and memory, the network
mode, and that it can run on Fargate. A task definition can hold several containers — a web
app and a sidecar, say — that always run together.

Step 3 of 8:
Give the task 1024 MiB instead: register `web` again with `"memory": "1024"`.

Checked:
  • The latest revision of web gives the task 1024 MiB (still 256 CPU units, for Fargate)
  • web has more than one revision
$ check
✗ The latest revision of web gives the task 1024 MiB (still 256 CPU units, for Fargate)
    Register web again with `"memory": "1024"` and everything else as before; ECS makes it a new revision.
✓ web has more than one revision
$ skip
Skipped step 3 (its solution was applied).

Step 4 of 8:
List your task definitions.

Checked:
  • You listed the task definitions
$ aws ecs list-task-definitions
{
    "taskDefinitionArns": [
        "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/web:2",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3"
    ]
}

✓ Step 4 done.
Every revision of every family, as ARNs:
`arn:aws:ecs:us-east-1:123456789012:task-definition/web:1`. `aws ecs
deregister-task-definition` marks a revision INACTIVE; it stays visible so that running tasks
still make sense.

Step 5 of 8:
Run one task of `web` (its latest revision) in the cluster `demo` on Fargate, in a subnet of
the default VPC with a public IP, and wait until it is RUNNING.

Checked:
  • A task was started in demo
  • The task is RUNNING
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE

An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration must be provided when networkMode 'awsvpc' is specified.
? 254
$ SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].lastStatus'
"PROVISIONING"
$ check
✓ A task was started in demo
✗ The task is RUNNING
    Fargate is still provisioning the task (it takes about half a minute); look with `aws ecs describe-tasks`.
$ sleep 30

✓ Step 5 done.
You never saw a machine. Fargate found capacity, attached a network interface in your subnet,
pulled the image and started the container: PROVISIONING → PENDING → ACTIVATING → RUNNING. The
task runs in your VPC, on infrastructure AWS manages and shares among all its customers.

Step 6 of 8:
Every Fargate task gets its own elastic network interface (ENI) in your VPC. Which private IP
address did your task's ENI get?

Answer with `answer …`.
$ answer 10.0.0.1
✗ Not quite. Try again, or `hint`.
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text) --query 'tasks[0].attachments[0].details' --output table
------------------------------------------------------
|                    DescribeTasks                   |
+---------------------+------------------------------+
|        name         |            value             |
+---------------------+------------------------------+
|  subnetId           |  subnet-40b7f5ea955f4a275    |
|  networkInterfaceId |  eni-1de419cd8ca2ea368       |
|  macAddress         |  0e:9a:a1:e2:54:c2           |
|  privateDnsName     |  ip-172-31-0-4.ec2.internal  |
|  privateIPv4Address |  172.31.0.4                  |
+---------------------+------------------------------+
$ answer 172.31.0.4

✓ Step 6 done.
The address came from the subnet you chose (`172.31.0.0/20`): the ENI is a real network
interface in your VPC — `aws ec2 describe-network-interfaces` lists it — so anything in the
VPC can reach the task, and with a public IP so can the internet, if a security group allows
it.

You never created that interface. You named a subnet; ECS made the ENI, attached it, and will
delete it when the task stops. That is what "no need to manage networking" means: you say
where a task may run, and ECS (with Fargate underneath) does the plumbing — as a service will
later keep the number of tasks you ask for.

Step 7 of 8:
The task was run with `assignPublicIp=ENABLED`, so its network interface has a public IP
address as well. What is it?

Answer with `answer …`.
$ answer 172.31.0.4
✗ Not quite. Try again, or `hint`.
$ hint
Hint 1/2: The task's attachment names its network interface (`networkInterfaceId`); `aws ec2 describe-network-interfaces --network-interface-ids ENI-ID` describes it.
$ aws ec2 describe-network-interfaces --filters Name=requester-managed,Values=true --query 'NetworkInterfaces[].Association.PublicIp' --output text
3.114.62.201
$ answer $(aws ec2 describe-network-interfaces --filters Name=requester-managed,Values=true --query 'NetworkInterfaces[0].Association.PublicIp' --output text)

✓ Step 7 done.
The public address belongs to the same interface: the default VPC's subnets route to an
internet gateway, which maps it to the private one. Run a task with `assignPublicIp=DISABLED`,
or in a private subnet, and it has only its private address: reachable from within the VPC,
usually behind a load balancer, and not from the internet.

Step 8 of 8:
A task definition is a blueprint. What is one running copy of it called?

Answer with `answer …`.
$ answer container
✗ A task holds one or more containers; the running copy of the whole task definition has its own name.
$ answer a task

✓ Step 8 done.
A task. Run one with `run-task` and it runs until its essential container exits or you
stop it.

★ Lesson complete: ECS building blocks

You built ECS's pieces — a cluster, a task definition with a container definition, a second
revision — and ran a task on Fargate with its own ENI in your VPC. Next: what happens when a
task stops, and how a service keeps tasks running.

Next: `lesson tasks-and-services` — Tasks versus services.
$ progress
1 of 13 lessons finished.
  ecs-building-blocks: 7 solved, 0 with the solution shown, 1 skipped, of 8
