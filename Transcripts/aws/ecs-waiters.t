# Waiters against the simulated world: services-stable and tasks-running poll until ECS
# reports the state (each poll advances the clock by the waiter's delay), tasks-stopped
# after a stop. The task's ENI has a private address inside the subnet it was given.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status --output text
ACTIVE
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions 'name=web,image=nginx:1.27,portMappings=[{containerPort=80}]' --query taskDefinition.revision
1
$ SUBNET=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query 'Subnets[0].SubnetId' --output text)
$ aws ec2 describe-subnets --subnet-ids $SUBNET --query 'Subnets[0].CidrBlock' --output text
172.31.0.0/20
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query service.status --output text
ACTIVE
$ date
Thu Jan  1 00:00:05 UTC 2026
$ aws ecs wait services-stable --cluster demo --services web
$ date
Thu Jan  1 00:00:37 UTC 2026
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[runningCount,desiredCount]' --output text
2	2
$ TASK=$(aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET]}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK
$ aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].attachments[0].details[?name==`privateIPv4Address`].value' --output text
172.31.0.6
$ aws ec2 describe-network-interfaces --filters Name=subnet-id,Values=$SUBNET --query 'NetworkInterfaces[].[PrivateIpAddress,InterfaceType,RequesterManaged]' --output table
-------------------------------------
|     DescribeNetworkInterfaces     |
+-------------+-------------+-------+
|  172.31.0.4 |  interface  |  True |
|  172.31.0.5 |  interface  |  True |
|  172.31.0.6 |  interface  |  True |
+-------------+-------------+-------+
$ aws ecs stop-task --cluster demo --task $TASK --query task.desiredStatus --output text
STOPPED
$ aws ecs wait tasks-stopped --cluster demo --tasks $TASK
$ aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].[lastStatus,stopCode,stoppedReason]' --output text
STOPPED	UserInitiated	Task stopped by user
$ aws ecs wait tasks-running --cluster demo --tasks $TASK

Waiter TasksRunning failed: Waiter encountered a terminal failure state: For expression "tasks[].lastStatus" we matched expected path: "STOPPED" at least once
? 255
