# Essential and non-essential containers: when an essential container exits, ECS stops the
# whole task (EssentialContainerExited); a non-essential one may exit while the task runs on.
# Containers that ignore SIGTERM are killed after stopTimeout (exit code 137).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ cat > pair.json <<'EOF'
> {
>     "family": "pair",
>     "networkMode": "awsvpc",
>     "requiresCompatibilities": ["FARGATE"],
>     "cpu": "256",
>     "memory": "512",
>     "containerDefinitions": [
>         {"name": "web", "image": "nginx:1.27", "essential": true, "portMappings": [{"containerPort": 80}]},
>         {"name": "init", "image": "busybox", "essential": false, "command": ["sh", "-c", "echo preparing; sleep 5; echo ready"]},
>         {"name": "ticker", "image": "busybox", "essential": false, "stopTimeout": 10, "command": ["sh", "-c", "while true; do date; sleep 10; done"]}
>     ]
> }
> EOF
$ aws ecs register-task-definition --cli-input-json file://pair.json --query 'taskDefinition.containerDefinitions[].[name,essential]' --output text
web	True
init	False
ticker	False
$ aws ecs run-task --cluster demo --task-definition pair --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5","subnet-a674160df230eab87"]}}' --query 'tasks[0].taskArn'
"arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525"
$ sleep 45
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,containers[].[name,lastStatus,exitCode]]' --output text
RUNNING
web	RUNNING	None
init	STOPPED	0
ticker	RUNNING	None
$ aws ecs stop-task --cluster demo --task 1452fdc841514adb6240977e1511b525 --query task.desiredStatus
"STOPPED"
$ sleep 5
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,containers[].[name,lastStatus,exitCode]]' --output text
STOPPING
web	STOPPED	0
init	STOPPED	0
ticker	RUNNING	None
$ sleep 10
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,containers[].[name,lastStatus,exitCode]]' --output text
DEPROVISIONING
web	STOPPED	0
init	STOPPED	0
ticker	STOPPED	137
$ aws ecs register-task-definition --family crash --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"app","image":"busybox","command":["sh","-c","echo starting; sleep 20; echo fatal: out of cheese; exit 3"]},{"name":"sidecar","image":"nginx:1.27","essential":false}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition crash --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5","subnet-a674160df230eab87"]}}' --query 'tasks[0].taskArn'
"arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e"
$ sleep 40
$ aws ecs describe-tasks --cluster demo --tasks 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[0].[lastStatus,containers[].[name,lastStatus,exitCode]]' --output text
STOPPING
app	STOPPED	3
sidecar	STOPPED	0
$ sleep 20
$ aws ecs describe-tasks --cluster demo --tasks 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[0].{lastStatus:lastStatus,stopCode:stopCode,stoppedReason:stoppedReason,containers:containers[].{name:name,exitCode:exitCode,lastStatus:lastStatus}}'
{
    "lastStatus": "DEPROVISIONING",
    "stopCode": "EssentialContainerExited",
    "stoppedReason": "Essential container in task exited",
    "containers": [
        {
            "name": "app",
            "exitCode": 3,
            "lastStatus": "STOPPED"
        },
        {
            "name": "sidecar",
            "exitCode": 0,
            "lastStatus": "STOPPED"
        }
    ]
}
$ aws ecs register-task-definition --family badcmd --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"app","image":"busybox","command":["serve-forever"]}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition badcmd --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5","subnet-a674160df230eab87"]}}' --query 'tasks[0].taskArn'
"arn:aws:ecs:us-east-1:123456789012:task/demo/c129edafc6739cee24a897753bbdf459"
$ sleep 60
$ aws ecs describe-tasks --cluster demo --tasks c129edafc6739cee24a897753bbdf459 --query 'tasks[0].[stopCode,stoppedReason]'
[
    "TaskFailedToStart",
    "CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"serve-forever\": executable file not found in $PATH: unknown"
]
$ aws ecs list-tasks --cluster demo
{
    "taskArns": []
}
