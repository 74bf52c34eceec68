# Lesson task-roles, solved with its reference solutions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson task-roles
Inside a task — containers and roles
====================================

A task definition can describe one container — a simple app — or several that run together
on the same host and network: a web server with a helper beside it, or an app and its
database. And a task can assume an IAM role, the task role: AWS hands its containers
temporary credentials for that role, and they use them to call other AWS services.

The setup made the cluster `demo`, a role `appTaskRole` that ECS tasks may assume (with just
the permissions ECS Exec needs), `$SUBNET`, and a file `app.json`: a Fargate task definition
with two containers, `web` (nginx) and `worker` (the AWS CLI, waiting), and
`appTaskRole` as its task role. `cat app.json` shows it.

Step 1 of 7:
Register the task definition in `app.json`.

Checked:
  • Task definition app has two containers
  • Its task role is appTaskRole

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ aws ecs register-task-definition --cli-input-json file://app.json --query 'taskDefinition.containerDefinitions[].[name,image]' --output text
web	nginx:1.27
worker	public.ecr.aws/aws-cli/aws-cli:2.27.0

✓ Step 1 done.
One task definition, two container definitions: ECS will start both containers for every task,
on the same host, sharing the task's network interface — `worker` could reach `web` at
`localhost:80`. `web` is essential (if it stops, the task stops); `worker` is not.

Step 2 of 7:
Run one task of `app` on Fargate in `$SUBNET`, with ECS Exec enabled
(`--enable-execute-command`), and wait until it is RUNNING.

Checked:
  • A task of app runs in demo with ECS Exec enabled
$ TASK=$(aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --enable-execute-command --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK

✓ Step 2 done.
Both containers run in one task. With ECS Exec enabled, ECS also started its managed agent in
each container, so you can open a session in one.

Step 3 of 7:
Open an ECS Exec session in the `worker` container that runs `env`.

Checked:
  • You ran a command inside the task with ECS Exec
$ TASK=$(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text)
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command env

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0014264eb6ef57726
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=ip-172-31-0-4
AWS_EXECUTION_ENV=AWS_ECS_FARGATE
AWS_DEFAULT_REGION=us-east-1
AWS_REGION=us-east-1
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/c22a119f-e17a-46fe-ae87-815919ec6052
ECS_CONTAINER_METADATA_URI=http://169.254.170.2/v3/1452fdc841514adb6240977e1511b525-8921765712
ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/1452fdc841514adb6240977e1511b525-8921765712
ECS_AGENT_URI=http://169.254.170.2/api/1452fdc841514adb6240977e1511b525-8921765712
HOME=/root
TERM=xterm-256color
LANG=C.UTF-8


Exiting session with sessionId: ecs-execute-command-0014264eb6ef57726.


✓ Step 3 done.
Look for `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`. The ECS agent serves the task role's
temporary credentials at `169.254.170.2` plus that path; AWS SDKs and the CLI inside the
container find them there by themselves. No access keys are stored in the image or the task
definition.

Step 4 of 7:
Inside the worker container, which IAM role do AWS calls act as? Answer with the role's name.

Answer with `answer …`.
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command "aws sts get-caller-identity"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-08f383052487500e5
{
    "UserId": "AROAJUXJVSNW5QT2OIFBF:1452fdc841514adb6240977e1511b525",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525"
}


Exiting session with sessionId: ecs-execute-command-08f383052487500e5.

$ answer appTaskRole

✓ Step 4 done.
`appTaskRole`: the container's calls are made by a session of the task role
(`arn:aws:sts::123456789012:assumed-role/appTaskRole/TASK-ID`). The credentials expire after a
few hours; the agent renews them before they do.

Step 5 of 7:
From the worker container, try to list the tasks of `demo` (`aws ecs list-tasks --cluster
demo`): IAM refuses, because the role may not. Give `appTaskRole` a policy that allows
`ecs:ListTasks`.

Checked:
  • appTaskRole may call ecs:ListTasks
  • You tried it inside the container
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command "aws ecs list-tasks --cluster demo"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-01d09e473d537ab94

An error occurred (AccessDeniedException) when calling the ListTasks operation: User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action


Exiting session with sessionId: ecs-execute-command-01d09e473d537ab94.

! appTaskRole still may not call ecs:ListTasks — no policy of the role allows it. Add one with `aws iam put-role-policy`.
$ aws iam put-role-policy --role-name appTaskRole --policy-name list-tasks --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecs:ListTasks","Resource":"*"}]}'

✓ Step 5 done.
The task role is the containers' identity, so IAM decides each of their calls against the
role's policies: nothing is allowed unless a policy allows it.

Step 6 of 7:
Run `aws ecs list-tasks --cluster demo` in the worker container again.

Checked:
  • You ran it inside the container again
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command "aws ecs list-tasks --cluster demo"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0330b2119c8b7b220
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525"
    ]
}


Exiting session with sessionId: ecs-execute-command-0330b2119c8b7b220.


✓ Step 6 done.
A policy put on the role counts from the next call; the running task did not need to restart.
Give a task role only what its containers need.

Step 7 of 7:
Where do the worker container's AWS credentials come from? Answer `a`, `b` or `c`:

- (a) access keys built into the container image
- (b) the task role: temporary credentials the ECS agent hands to the task's containers
- (c) your own credentials, passed to the task when you ran it

Answer with `answer …`.
$ answer b

✓ Step 7 done.
(b). The task definition names the role, ECS assumes it for each task, and the agent serves the
temporary credentials to the containers, which use them to call other AWS services — as the
role, with exactly the role's permissions.

★ Lesson complete: Inside a task — containers and roles

You ran a task of two containers, stepped inside one, found the task role's temporary
credentials, and saw IAM allow the containers only what the role allows.

Next: `lesson ingress-and-storage` — Ingress and storage.
