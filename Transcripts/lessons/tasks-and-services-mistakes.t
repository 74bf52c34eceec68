# Lesson tasks-and-services with wrong turns: a wrong answer about recovery, a service with
# one task instead of two, and the solution asked for then declined.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson tasks-and-services
Tasks versus services
=====================

A task is a single run of a task definition. It does not scale and it does not recover:
when it stops — its container exits, its host fails, someone stops it — it stays stopped. That
is fine for a demo, a one-off job or testing.

A service is a long-running, scalable group of tasks. You give it a desired count and the
ECS service scheduler keeps that many tasks running: it replaces tasks that stop or fail their
health checks, spreads them over Availability Zones, rolls out new revisions, and can put a
load balancer in front of them.

The setup made a cluster `demo`, a Fargate task definition `web` (nginx), and a shell variable
`$SUBNET` holding a subnet of the default VPC.

Step 1 of 7:
Run one standalone task of `web` on Fargate in `demo`, started by `learner` (`--started-by
learner`), and wait until it is RUNNING.

Checked:
  • A task started by learner runs in demo
  • It is RUNNING

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ echo $SUBNET
subnet-40b7f5ea955f4a275
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --started-by learner --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].lastStatus'
"PROVISIONING"
$ sleep 30

✓ Step 1 done.
The task is yours alone: nothing watches it. `startedBy` is a label you choose; services label
their tasks with their deployment ID.

Step 2 of 7:
Stop that task.

Checked:
  • You stopped a task
  • The task is stopping or stopped
$ aws ecs stop-task --cluster demo --task $(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text) --query task.desiredStatus
"STOPPED"

✓ Step 2 done.
ECS sent the container a SIGTERM, waited for it to exit, released the ENI and marked the task
STOPPED with `stopCode: UserInitiated`. Stopped tasks stay visible for about an hour with
`--desired-status STOPPED`.

Step 3 of 7:
Did anything start a new task to replace the one you stopped? Answer `yes` or `no`.

Answer with `answer …`.
$ answer yes
✗ Look again with `aws ecs list-tasks --cluster demo` — the RUNNING list is empty. Nothing started a new task.
$ aws ecs list-tasks --cluster demo
{
    "taskArns": []
}
$ answer no

✓ Step 3 done.
No. A standalone task does not self-recover, whatever stopped it. If it was serving users,
they are now getting errors.

Step 4 of 7:
Create a service named `web` in `demo` that keeps 2 tasks of `web` running on Fargate, in
`$SUBNET` with a public IP, and wait until both run.

Checked:
  • A service named web wants 2 tasks
  • 2 of its tasks are running
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query service.desiredCount
1
! web asks for 1 task; this step wants 2. `aws ecs update-service --cluster demo --service web --desired-count 2` changes it.
$ solution
Show the solution? The step will count as shown, not solved. [y/N]  (no-eol)
$ no
Solution not shown. Keep going!
$ aws ecs update-service --cluster demo --service web --desired-count 2 --query service.desiredCount
2
$ sleep 45

✓ Step 4 done.
The service scheduler started 2 tasks and reported `has reached a steady state`. Its events
(`aws ecs describe-services … --query 'services[0].events'`) are the service's diary, newest
first.

Step 5 of 7:
Stop one of the service's tasks, and watch the service bring it back.

Checked:
  • You stopped one of the service's tasks
  • The service started a replacement task
  • web is back to 2 running tasks
$ aws ecs stop-task --cluster demo --task $(aws ecs list-tasks --cluster demo --service-name web --query 'taskArns[0]' --output text) --query task.desiredStatus
"STOPPED"

✓ Step 5 done.
The scheduler saw 1 running task where 2 are desired and started a new one: `(service web) has
started 1 tasks`. The same happens when a task crashes or its health check fails — that is
what makes a service resilient.

Step 6 of 7:
Scale the service to 3 tasks.

Checked:
  • web runs 3 tasks
$ check
✗ web runs 3 tasks
    Change the desired count with `aws ecs update-service`.
$ sleep 60
$ aws ecs update-service --cluster demo --service web --desired-count 3 --query service.desiredCount
3
$ sleep 45

✓ Step 6 done.
Scaling a service is changing one number, `desiredCount`; the scheduler does the rest. (With a
load balancer attached, new tasks would also be registered with it as they start.)

Step 7 of 7:
Which of the two — a task or a service — should run a website that must stay up?

Answer with `answer …`.
$ answer task
✗ A standalone task ran once and stayed stopped. Which of the two replaced a stopped task?
$ answer service

✓ Step 7 done.
A service: it keeps the desired number of tasks running, replaces failed ones and scales.
Standalone tasks are for work that runs once.

★ Lesson complete: Tasks versus services

You saw the difference that matters in production: a stopped task stays stopped, a service's
stopped task is replaced within a minute. Next: where tasks run — on EC2 instances you manage,
or on Fargate.

Next: `lesson ec2-and-fargate` — EC2 mode versus Fargate.
