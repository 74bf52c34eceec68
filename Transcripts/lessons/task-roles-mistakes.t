# Lesson task-roles with mistakes: running the task without ECS Exec, an exec into it that
# fails, the learner's own identity given as the answer, a policy for the wrong action, then
# the fix.
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
$ cat app.json
{
    "family": "app",
    "networkMode": "awsvpc",
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "256",
    "memory": "512",
    "taskRoleArn": "arn:aws:iam::123456789012:role/appTaskRole",
    "containerDefinitions": [
        {"name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}], "essential": true},
        {"name": "worker", "image": "public.ecr.aws/aws-cli/aws-cli:2.27.0", "entryPoint": ["sh", "-c"],
         "command": ["sleep infinity"], "essential": false}
    ]
}
$ aws ecs register-task-definition --cli-input-json file://app.json --query taskDefinition.revision
1

✓ Step 1 done.
One task definition, two container definitions: ECS will start both containers for every task,
on the same host, sharing the task's network interface — `worker` could reach `web` at
`localhost:80`. `web` is essential (if it stops, the task stops); `worker` is not.

Step 2 of 7:
Run one task of `app` on Fargate in `$SUBNET`, with ECS Exec enabled
(`--enable-execute-command`), and wait until it is RUNNING.

Checked:
  • A task of app runs in demo with ECS Exec enabled
$ aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].lastStatus'
"PROVISIONING"
! A task of app runs without ECS Exec, and it cannot be switched on for a running task: stop it (`aws ecs stop-task`) and run one with `--enable-execute-command`.
$ sleep 40
$ check
✗ A task of app runs in demo with ECS Exec enabled
    Run it on Fargate in `$SUBNET` with `--enable-execute-command`, and wait until it is RUNNING (`aws ecs wait tasks-running`).
$ TASK=$(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text)
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command env

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


An error occurred (InvalidParameterException) when calling the ExecuteCommand operation: The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running. Wait and try again or run a new task with execute command enabled and try again.
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
? 254
$ aws ecs stop-task --cluster demo --task $TASK --query task.desiredStatus
"STOPPED"
$ TASK=$(aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --enable-execute-command --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK

✓ Step 2 done.
Both containers run in one task. With ECS Exec enabled, ECS also started its managed agent in
each container, so you can open a session in one.

Step 3 of 7:
Open an ECS Exec session in the `worker` container that runs `env`.

Checked:
  • You ran a command inside the task with ECS Exec
$ check
✗ You ran a command inside the task with ECS Exec
    `aws ecs execute-command --cluster demo --task TASK --container worker --interactive --command env`
$ hint
Hint 1/2: `aws ecs list-tasks --cluster demo` gives the task's ARN; `--container worker` picks the container.
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command env

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0014264eb6ef57726
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=ip-172-31-0-5
AWS_EXECUTION_ENV=AWS_ECS_FARGATE
AWS_DEFAULT_REGION=us-east-1
AWS_REGION=us-east-1
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/6f74a90b-7f50-4253-9913-1d3b40d91f71
ECS_CONTAINER_METADATA_URI=http://169.254.170.2/v3/42e7b1d93e1ffa95e20cc10dd348186e-6676249337
ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/42e7b1d93e1ffa95e20cc10dd348186e-6676249337
ECS_AGENT_URI=http://169.254.170.2/api/42e7b1d93e1ffa95e20cc10dd348186e-6676249337
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
$ aws sts get-caller-identity --query Arn --output text
arn:aws:iam::123456789012:user/learner
$ answer learner
✗ That is you, outside the task. Ask from inside the container.
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command "aws sts get-caller-identity --query Arn --output text"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-08f383052487500e5
arn:aws:sts::123456789012:assumed-role/appTaskRole/42e7b1d93e1ffa95e20cc10dd348186e


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

An error occurred (AccessDeniedException) when calling the ListTasks operation: User: arn:aws:sts::123456789012:assumed-role/appTaskRole/42e7b1d93e1ffa95e20cc10dd348186e is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action


Exiting session with sessionId: ecs-execute-command-01d09e473d537ab94.

! appTaskRole still may not call ecs:ListTasks — no policy of the role allows it. Add one with `aws iam put-role-policy`.
$ aws iam put-role-policy --role-name appTaskRole --policy-name list --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecs:ListClusters","Resource":"*"}]}'
$ check
✗ appTaskRole may call ecs:ListTasks
    Give the role a policy that allows `ecs:ListTasks` on `*`: `aws iam put-role-policy --role-name appTaskRole --policy-name list-tasks --policy-document '{…}'`.
✓ You tried it inside the container
$ aws iam put-role-policy --role-name appTaskRole --policy-name list --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecs:List*","Resource":"*"}]}'

✓ Step 5 done.
The task role is the containers' identity, so IAM decides each of their calls against the
role's policies: nothing is allowed unless a policy allows it.

Step 6 of 7:
Run `aws ecs list-tasks --cluster demo` in the worker container again.

Checked:
  • You ran it inside the container again
$ aws ecs execute-command --cluster demo --task $TASK --container worker --interactive --command "aws ecs list-tasks --cluster demo --query taskArns --output text"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0330b2119c8b7b220
arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e


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
$ answer c
✗ Your own identity never entered the container; `get-caller-identity` inside showed the role.
$ answer b

✓ Step 7 done.
(b). The task definition names the role, ECS assumes it for each task, and the agent serves the
temporary credentials to the containers, which use them to call other AWS services — as the
role, with exactly the role's permissions.

★ Lesson complete: Inside a task — containers and roles

You ran a task of two containers, stepped inside one, found the task role's temporary
credentials, and saw IAM allow the containers only what the role allows.

Next: `lesson ingress-and-storage` — Ingress and storage.
