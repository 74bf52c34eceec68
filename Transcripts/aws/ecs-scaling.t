# Scaling a service: changing desiredCount starts or stops tasks without a new deployment;
# cluster counts follow. Scaling to zero, then deleting the service.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.27"}]' --query taskDefinition.revision
1
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}' --query service.desiredCount
1
$ sleep 40
$ aws ecs update-service --cluster demo --service web --desired-count 4 --query 'service.[desiredCount,runningCount,pendingCount,length(deployments)]' --output text
4	1	0	1
$ sleep 5
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[desiredCount,runningCount,pendingCount]' --output text
4	1	3
$ aws ecs describe-clusters --clusters demo --query 'clusters[0].[runningTasksCount,pendingTasksCount,activeServicesCount]' --output text
1	3	1
$ sleep 40
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[desiredCount,runningCount,pendingCount]' --output text
4	4	0
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --query taskArns --output text) --query 'tasks[].availabilityZone' --output text
us-east-1b	us-east-1a	us-east-1a	us-east-1b
$ aws ecs update-service --cluster demo --service web --desired-count 2 --query 'service.deployments[0].[status,desiredCount,rolloutState]' --output text
PRIMARY	4	COMPLETED
$ sleep 10
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[desiredCount,runningCount,pendingCount]' --output text
2	2	0
$ aws ecs describe-services --cluster demo --services web --query 'services[0].events[].message'
[
    "(service web) has reached a steady state.",
    "(service web) has stopped 2 running tasks: (task 42e7b1d93e1ffa95e20cc10dd348186e) (task c129edafc6739cee24a897753bbdf459).",
    "(service web) has reached a steady state.",
    "(service web) has started 3 tasks: (task 42e7b1d93e1ffa95e20cc10dd348186e) (task c129edafc6739cee24a897753bbdf459) (task 2db17ef39d9ff2309ada80aa2f8f813c).",
    "(service web) has reached a steady state.",
    "(service web) (deployment ecs-svc/3910532814786701910) deployment completed.",
    "(service web) has started 1 tasks: (task 1452fdc841514adb6240977e1511b525)."
]
$ aws ecs update-service --cluster demo --service web --desired-count 0 --query 'service.desiredCount'
0
$ sleep 60
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[desiredCount,runningCount,pendingCount]' --output text
0	0	0
$ aws ecs list-tasks --cluster demo
{
    "taskArns": []
}
$ aws ecs delete-service --cluster demo --service web --query service.status
"DRAINING"
$ aws ecs describe-clusters --clusters demo --include STATISTICS --query 'clusters[0].statistics' --output table
------------------------------------------
|            DescribeClusters            |
+-------------------------------+--------+
|             name              | value  |
+-------------------------------+--------+
|  runningEC2TasksCount         |  0     |
|  runningFargateTasksCount     |  0     |
|  pendingEC2TasksCount         |  0     |
|  pendingFargateTasksCount     |  0     |
|  activeEC2ServiceCount        |  0     |
|  activeFargateServiceCount    |  0     |
|  drainingEC2ServiceCount      |  0     |
|  drainingFargateServiceCount  |  0     |
+-------------------------------+--------+
