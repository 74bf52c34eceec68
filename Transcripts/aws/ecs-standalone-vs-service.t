# A standalone task that stops stays stopped; a service's task that stops is replaced by the
# service scheduler. Both run the same nginx task definition on Fargate.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.clusterArn
"arn:aws:ecs:us-east-1:123456789012:cluster/demo"
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.27","portMappings":[{"containerPort":80}]}]' --query taskDefinition.taskDefinitionArn
"arn:aws:ecs:us-east-1:123456789012:task-definition/web:1"
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --started-by learner --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"],"assignPublicIp":"ENABLED"}}' --query 'tasks[0].[taskArn,group,startedBy,lastStatus]'
[
    "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
    "family:web",
    "learner",
    "PROVISIONING"
]
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"],"assignPublicIp":"ENABLED"}}' --query service.serviceArn
"arn:aws:ecs:us-east-1:123456789012:service/demo/web"
$ sleep 45
$ aws ecs list-tasks --cluster demo
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
        "arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e"
    ]
}
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[].[group,lastStatus,startedAt]' --output table
----------------------------------------------------------------
|                         DescribeTasks                        |
+-------------+----------+-------------------------------------+
|  family:web |  RUNNING |  2026-01-01T00:00:25.865000+00:00   |
|  service:web|  RUNNING |  2026-01-01T00:00:29.837000+00:00   |
+-------------+----------+-------------------------------------+
$ aws ecs stop-task --cluster demo --task 1452fdc841514adb6240977e1511b525 --reason "standalone: stopped by hand" --query 'task.[lastStatus,desiredStatus,stopCode,stoppedReason]'
[
    "RUNNING",
    "STOPPED",
    "UserInitiated",
    "standalone: stopped by hand"
]
$ aws ecs stop-task --cluster demo --task 42e7b1d93e1ffa95e20cc10dd348186e --reason "service: stopped by hand" --query 'task.[lastStatus,desiredStatus,stopCode,stoppedReason]'
[
    "RUNNING",
    "STOPPED",
    "UserInitiated",
    "service: stopped by hand"
]
$ sleep 5
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[].[group,lastStatus,desiredStatus]' --output text
family:web	DEPROVISIONING	STOPPED
service:web	DEPROVISIONING	STOPPED
$ aws ecs list-tasks --cluster demo
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/c129edafc6739cee24a897753bbdf459"
    ]
}
$ sleep 40
$ aws ecs list-tasks --cluster demo
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/c129edafc6739cee24a897753bbdf459"
    ]
}
$ aws ecs list-tasks --cluster demo --desired-status STOPPED
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
        "arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e"
    ]
}
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[].{group:group,status:lastStatus,code:stopCode,reason:stoppedReason,exit:containers[0].exitCode}' --output table
------------------------------------------------------------------------------------
|                                   DescribeTasks                                  |
+---------------+-------+--------------+-------------------------------+-----------+
|     code      | exit  |    group     |            reason             |  status   |
+---------------+-------+--------------+-------------------------------+-----------+
|  UserInitiated|  0    |  family:web  |  standalone: stopped by hand  |  STOPPED  |
|  UserInitiated|  0    |  service:web |  service: stopped by hand     |  STOPPED  |
+---------------+-------+--------------+-------------------------------+-----------+
$ aws ecs describe-services --cluster demo --services web --query 'services[0].events[].message'
[
    "(service web) has reached a steady state.",
    "(service web) has started 1 tasks: (task c129edafc6739cee24a897753bbdf459).",
    "(service web) has reached a steady state.",
    "(service web) (deployment ecs-svc/3910532814786701910) deployment completed.",
    "(service web) has started 1 tasks: (task 42e7b1d93e1ffa95e20cc10dd348186e)."
]
$ sleep 600
$ aws ecs list-tasks --cluster demo --query 'length(taskArns)'
1
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[runningCount,desiredCount]' --output text
1	1
