# ECS Exec: `aws ecs execute-command` opens a Session Manager session in a running container.
# It needs a task started with --enable-execute-command and a task role that may open
# Session Manager's channels (the fix for a role without them: add them, start a new task).
# Inside, the container sees the task role's temporary credentials through the ECS agent
# (169.254.170.2), its task metadata, and aws-cli there runs as the task role. The command
# is not run by a shell: variables expand only under `sh -c`. A shell as the command
# (`/bin/sh`) takes the terminal: the lines after it go to it until exit ends the session.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.clusterArn --output text
arn:aws:ecs:us-east-1:123456789012:cluster/demo
$ cat > ecs-tasks-trust.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Effect": "Allow",
>       "Principal": {"Service": "ecs-tasks.amazonaws.com"},
>       "Action": "sts:AssumeRole"
>     }
>   ]
> }
> EOF
$ aws iam create-role --role-name appTaskRole --assume-role-policy-document file://ecs-tasks-trust.json --query Role.Arn --output text
arn:aws:iam::123456789012:role/appTaskRole
$ aws ecs register-task-definition --family app --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --task-role-arn arn:aws:iam::123456789012:role/appTaskRole --container-definitions '[{"name":"app","image":"public.ecr.aws/aws-cli/aws-cli:2.27.0","entryPoint":["sh","-c"],"command":["sleep infinity"],"environment":[{"name":"APP_ENV","value":"demo"}]}]' --query taskDefinition.taskDefinitionArn --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
$ SUBNET=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query 'Subnets[0].SubnetId' --output text)
$ TASK=$(aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK
$ aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].[lastStatus,enableExecuteCommand]' --output text
RUNNING	False
$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "/bin/sh"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


An error occurred (InvalidParameterException) when calling the ExecuteCommand operation: The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running. Wait and try again or run a new task with execute command enabled and try again.
? 254
$ aws ecs stop-task --cluster demo --task $TASK --query task.desiredStatus --output text
STOPPED
$ TASK=$(aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --enable-execute-command --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK
$ aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].containers[0].managedAgents'
[
    {
        "lastStartedAt": "2026-01-01T00:01:03.124000+00:00",
        "name": "ExecuteCommandAgent",
        "lastStatus": "RUNNING"
    }
]
$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "/bin/sh"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


An error occurred (TargetNotConnectedException) when calling the ExecuteCommand operation: The execute command failed due to an internal error. Try again later.
? 254
$ cat > ecs-exec-policy.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Effect": "Allow",
>       "Action": [
>         "ssmmessages:CreateControlChannel",
>         "ssmmessages:CreateDataChannel",
>         "ssmmessages:OpenControlChannel",
>         "ssmmessages:OpenDataChannel"
>       ],
>       "Resource": "*"
>     }
>   ]
> }
> EOF
$ aws iam put-role-policy --role-name appTaskRole --policy-name ecs-exec --policy-document file://ecs-exec-policy.json
$ aws ecs stop-task --cluster demo --task $TASK --query task.desiredStatus --output text
STOPPED
$ TASK=$(aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --enable-execute-command --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK
$ aws ecs execute-command --cluster demo --task $TASK --container app --command env

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Parameter validation failed:
Missing required parameter in input: "interactive"
? 252
$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command env

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0014264eb6ef57726
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=ip-172-31-0-6
AWS_EXECUTION_ENV=AWS_ECS_FARGATE
AWS_DEFAULT_REGION=us-east-1
AWS_REGION=us-east-1
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/fceae0c7-101d-4362-a833-c0251deaffab
ECS_CONTAINER_METADATA_URI=http://169.254.170.2/v3/c129edafc6739cee24a897753bbdf459-1555274759
ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/c129edafc6739cee24a897753bbdf459-1555274759
ECS_AGENT_URI=http://169.254.170.2/api/c129edafc6739cee24a897753bbdf459-1555274759
APP_ENV=demo
HOME=/root
TERM=xterm-256color
LANG=C.UTF-8


Exiting session with sessionId: ecs-execute-command-0014264eb6ef57726.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command 'sh -c "curl -s 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"'

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-08f383052487500e5
{"RoleArn":"arn:aws:iam::123456789012:role/appTaskRole","AccessKeyId":"ASIAV7HQZYZKMWWIU6XG","SecretAccessKey":"e4wELiH40VtYeClnc8uH0ZnWwVBNpcK1Op5O0thp","Token":"IQoJb3JpZ2luX2VjEnU8DLbZ6nAvF3J+m6efOmGevdaKD6UxPuah/zWlsMy8GU3B3oYsZaOAUKPFQau0aUyUvV/iZEsIT7FyK1oRu5NUAjQFKH5l4JqtrFlNiOxYWqQXLxdgLiA333Ss70OHZtNnr17gcDFxO71X005PYk9NMm6eCHfUyjwo35Ng0rarvN1u+aTI1BLt5s8rUL2IPruDnDLDEStuKG+dzK11GN8wj8u4jxzU3O6MwwVP9Oi/wIdJ7lXyRMSsZt4oaodBooy10ye9Fpcpq80dgUl8WoMLH8NOHsthIyWT73kZLgNZ9","Expiration":"2026-01-01T06:01:38Z"}

Exiting session with sessionId: ecs-execute-command-08f383052487500e5.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws sts get-caller-identity"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-01d09e473d537ab94
{
    "UserId": "AROAJUXJVSNW5QT2OIFBF:c129edafc6739cee24a897753bbdf459",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:assumed-role/appTaskRole/c129edafc6739cee24a897753bbdf459"
}


Exiting session with sessionId: ecs-execute-command-01d09e473d537ab94.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command 'sh -c "curl -s $ECS_CONTAINER_METADATA_URI_V4/task"'

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0330b2119c8b7b220
{"Cluster":"arn:aws:ecs:us-east-1:123456789012:cluster/demo","TaskARN":"arn:aws:ecs:us-east-1:123456789012:task/demo/c129edafc6739cee24a897753bbdf459","Family":"app","Revision":"1","DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":0.25,"Memory":512},"PullStartedAt":"2026-01-01T00:01:24.307Z","PullStoppedAt":"2026-01-01T00:01:30.299Z","AvailabilityZone":"us-east-1a","LaunchType":"FARGATE","Containers":[{"DockerId":"c129edafc6739cee24a897753bbdf459-1555274759","Name":"app","DockerName":"app","Image":"public.ecr.aws/aws-cli/aws-cli:2.27.0","ImageID":"sha256:5ae892eeec95b795026a024f8e3e2e7647233a31f9125cd9730bbf3d3220368c","Labels":{"com.amazonaws.ecs.cluster":"arn:aws:ecs:us-east-1:123456789012:cluster/demo","com.amazonaws.ecs.container-name":"app","com.amazonaws.ecs.task-arn":"arn:aws:ecs:us-east-1:123456789012:task/demo/c129edafc6739cee24a897753bbdf459","com.amazonaws.ecs.task-definition-family":"app","com.amazonaws.ecs.task-definition-version":"1"},"DesiredStatus":"RUNNING","KnownStatus":"RUNNING","Limits":{"CPU":0},"CreatedAt":"2026-01-01T00:01:30.299Z","StartedAt":"2026-01-01T00:01:32.143Z","Type":"NORMAL","ContainerARN":"arn:aws:ecs:us-east-1:123456789012:container/demo/c129edafc6739cee24a897753bbdf459/bb21e7b2-11d0-41ee-ba0e-4a0cebf1e95d","Networks":[{"NetworkMode":"awsvpc","IPv4Addresses":["172.31.0.6"],"AttachmentIndex":0,"MACAddress":"0e:71:8b:ee:a7:88","IPv4SubnetCIDRBlock":"172.31.0.0/20","DomainNameServers":["172.31.0.2"],"DomainNameSearchList":["ec2.internal"],"PrivateDNSName":"ip-172-31-0-6.ec2.internal","SubnetGatewayIpv4Address":"172.31.0.1/20"}],"Snapshotter":"overlayfs"}],"VPCID":"vpc-cd88f1085d92fe317","ClockDrift":{"ClockErrorBound":0.295,"ReferenceTimestamp":"2026-01-01T00:01:25Z","ClockSynchronizationStatus":"SYNCHRONIZED"},"EphemeralStorageMetrics":{"Utilized":168,"Reserved":20496},"FaultInjectionEnabled":false}

Exiting session with sessionId: ecs-execute-command-0330b2119c8b7b220.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command 'sh -c "echo ready > /tmp/state; echo checked >> /etc/hostname"'

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-06efe17dcea344ae3


Exiting session with sessionId: ecs-execute-command-06efe17dcea344ae3.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command 'sh -c "cat /tmp/state /etc/hostname"'

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0cf66fff5cb489f27
ready
ip-172-31-0-6
checked


Exiting session with sessionId: ecs-execute-command-0cf66fff5cb489f27.

$ aws sts get-caller-identity --query Arn --output text
arn:aws:iam::123456789012:user/learner
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --task-role-arn arn:aws:iam::123456789012:role/appTaskRole --container-definitions '[{"name":"nginx","image":"public.ecr.aws/nginx/nginx:1.27"},{"name":"tools","image":"public.ecr.aws/aws-cli/aws-cli:2.27.0","entryPoint":["sh","-c"],"command":["sleep infinity"]}]' --query taskDefinition.taskDefinitionArn --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/web:1
$ WEB=$(aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --enable-execute-command --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $WEB
$ aws ecs execute-command --cluster demo --task $WEB --container tools --interactive --command "curl -s localhost/50x.html"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-08554307cbdc211fe
<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>


Exiting session with sessionId: ecs-execute-command-08554307cbdc211fe.

$ aws ecs execute-command --cluster demo --task $WEB --container tools --interactive --command "curl localhost:8080"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-061ff7e730cf24dea
curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server


Exiting session with sessionId: ecs-execute-command-061ff7e730cf24dea.

$ aws ecs execute-command --cluster demo --task $WEB --container tools --interactive --command "/bin/sh"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-02952c6c861ad0aca
$ curl -s localhost | grep title
<title>Welcome to nginx!</title>
$ aws sts get-caller-identity --query Arn --output text
arn:aws:sts::123456789012:assumed-role/appTaskRole/2db17ef39d9ff2309ada80aa2f8f813c
$ cd /tmp
$ echo note > note; cat note
note
$ exit


Exiting session with sessionId: ecs-execute-command-02952c6c861ad0aca.

$ aws ecs execute-command --cluster demo --task $WEB --container tools --interactive --command "cat /tmp/note"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0d886b0a59f6e5686
note


Exiting session with sessionId: ecs-execute-command-0d886b0a59f6e5686.

$ aws ecs execute-command --cluster demo --task $WEB --container tools --interactive --command 'sh -c "date; sleep 30; date"'

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-097e0142b3a7752b8
Thu Jan  1 00:02:27 UTC 2026
Thu Jan  1 00:02:57 UTC 2026


Exiting session with sessionId: ecs-execute-command-097e0142b3a7752b8.

