# `aws logs tail` over an ECS task's awslogs output: the execution role lets the agent write
# to the log group, each container writes to its own stream (prefix/container/task-id), and
# `logs tail` reads the group back — the last ten minutes by default, `--since` for more,
# `--format short` without stream names, `--follow` to keep polling as new lines arrive.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/ecsTaskExecutionRole
$ aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
$ aws logs create-log-group --log-group-name /ecs/worker
$ aws ecs create-cluster --cluster-name demo --query cluster.clusterName --output text
demo
$ cat > worker.json <<'EOF'
> {
>   "family": "worker",
>   "networkMode": "awsvpc",
>   "requiresCompatibilities": ["FARGATE"],
>   "cpu": "256",
>   "memory": "512",
>   "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
>   "containerDefinitions": [
>     {
>       "name": "worker",
>       "image": "busybox:1.36",
>       "command": ["sh", "-c", "echo worker starting; while true; do echo processed a job; sleep 60; done"],
>       "logConfiguration": {
>         "logDriver": "awslogs",
>         "options": {
>           "awslogs-group": "/ecs/worker",
>           "awslogs-region": "us-east-1",
>           "awslogs-stream-prefix": "ecs"
>         }
>       }
>     }
>   ]
> }
> EOF
$ aws ecs register-task-definition --cli-input-json file://worker.json --query taskDefinition.taskDefinitionArn --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/worker:1
$ SUBNET=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query 'Subnets[0].SubnetId' --output text)
$ TASK=$(aws ecs run-task --cluster demo --task-definition worker --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK
$ aws logs tail /ecs/worker
2026-01-01T00:00:28.484000+00:00 ecs/worker/1452fdc841514adb6240977e1511b525 worker starting
2026-01-01T00:00:28.484000+00:00 ecs/worker/1452fdc841514adb6240977e1511b525 processed a job
$ sleep 1m
$ aws logs tail /ecs/worker
2026-01-01T00:00:28.484000+00:00 ecs/worker/1452fdc841514adb6240977e1511b525 worker starting
2026-01-01T00:00:28.484000+00:00 ecs/worker/1452fdc841514adb6240977e1511b525 processed a job
2026-01-01T00:01:28.484000+00:00 ecs/worker/1452fdc841514adb6240977e1511b525 processed a job
$ aws logs describe-log-streams --log-group-name /ecs/worker --query 'logStreams[].logStreamName' --output text
ecs/worker/1452fdc841514adb6240977e1511b525
$ sleep 12m
$ aws logs tail /ecs/worker --format short
2026-01-01T00:04:28 processed a job
2026-01-01T00:05:28 processed a job
2026-01-01T00:06:28 processed a job
2026-01-01T00:07:28 processed a job
2026-01-01T00:08:28 processed a job
2026-01-01T00:09:28 processed a job
2026-01-01T00:10:28 processed a job
2026-01-01T00:11:28 processed a job
2026-01-01T00:12:28 processed a job
2026-01-01T00:13:28 processed a job
$ aws logs tail /ecs/worker --since 1h --format short
2026-01-01T00:00:28 worker starting
2026-01-01T00:00:28 processed a job
2026-01-01T00:01:28 processed a job
2026-01-01T00:02:28 processed a job
2026-01-01T00:03:28 processed a job
2026-01-01T00:04:28 processed a job
2026-01-01T00:05:28 processed a job
2026-01-01T00:06:28 processed a job
2026-01-01T00:07:28 processed a job
2026-01-01T00:08:28 processed a job
2026-01-01T00:09:28 processed a job
2026-01-01T00:10:28 processed a job
2026-01-01T00:11:28 processed a job
2026-01-01T00:12:28 processed a job
2026-01-01T00:13:28 processed a job
$ aws logs tail /ecs/worker --since 1h --filter-pattern starting
2026-01-01T00:00:28.484000+00:00 ecs/worker/1452fdc841514adb6240977e1511b525 worker starting
$ aws logs tail /ecs/worker --follow --format short
2026-01-01T00:04:28 processed a job
2026-01-01T00:05:28 processed a job
2026-01-01T00:06:28 processed a job
2026-01-01T00:07:28 processed a job
2026-01-01T00:08:28 processed a job
2026-01-01T00:09:28 processed a job
2026-01-01T00:10:28 processed a job
2026-01-01T00:11:28 processed a job
2026-01-01T00:12:28 processed a job
2026-01-01T00:13:28 processed a job
$ aws logs tail /ecs/nope

An error occurred (ResourceNotFoundException) when calling the FilterLogEvents operation: The specified log group does not exist.
? 254
