# A rolling deployment: a new task definition revision replaces the service's tasks. With the
# default deploymentConfiguration (maximumPercent 200, minimumHealthyPercent 100) ECS starts
# the new tasks first and stops the old ones once the new ones run; the old deployment stays
# ACTIVE until its tasks have stopped.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.27","portMappings":[{"containerPort":80}]}]' --query taskDefinition.revision
1
$ aws ecs create-service --cluster demo --service-name web --task-definition web:1 --desired-count 2 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}' --query 'service.deploymentConfiguration'
{
    "deploymentCircuitBreaker": {
        "enable": false,
        "rollback": false
    },
    "maximumPercent": 200,
    "minimumHealthyPercent": 100
}
$ sleep 60
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.28","portMappings":[{"containerPort":80}]}]' --query taskDefinition.revision
2
$ aws ecs update-service --cluster demo --service web --task-definition web:2 --query 'service.deployments[].{id:id,status:status,taskDefinition:taskDefinition,desired:desiredCount,running:runningCount,rollout:rolloutState}' --output table
---------------------------------------------------------------------------------------------------------------------------------------------
|                                                               UpdateService                                                               |
+---------+------------------------------+--------------+----------+----------+-------------------------------------------------------------+
| desired |             id               |   rollout    | running  | status   |                       taskDefinition                        |
+---------+------------------------------+--------------+----------+----------+-------------------------------------------------------------+
|  0      |  ecs-svc/2923098887583531731 |  IN_PROGRESS |  0       |  PRIMARY |  arn:aws:ecs:us-east-1:123456789012:task-definition/web:2   |
|  2      |  ecs-svc/3910532814786701910 |  COMPLETED   |  2       |  ACTIVE  |  arn:aws:ecs:us-east-1:123456789012:task-definition/web:1   |
+---------+------------------------------+--------------+----------+----------+-------------------------------------------------------------+
$ sleep 10
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	2	0	IN_PROGRESS
ACTIVE	2	0	2	COMPLETED
$ aws ecs list-tasks --cluster demo --query 'length(taskArns)'
4
$ sleep 5
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	2	0	IN_PROGRESS
ACTIVE	2	0	2	COMPLETED
$ sleep 5
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	0	2	IN_PROGRESS
ACTIVE	0	0	0	COMPLETED
$ sleep 5
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	0	2	COMPLETED
$ sleep 5
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	0	2	COMPLETED
$ sleep 5
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	0	2	COMPLETED
$ aws ecs list-tasks --cluster demo --query 'length(taskArns)'
2
$ sleep 20
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[status,desiredCount,pendingCount,runningCount,rolloutState]' --output text
PRIMARY	2	0	2	COMPLETED
$ aws ecs describe-services --cluster demo --services web --query 'services[0].events[].[createdAt,message]' --output text
2026-01-01T00:01:34.270000+00:00	(service web) has reached a steady state.
2026-01-01T00:01:34.270000+00:00	(service web) (deployment ecs-svc/2923098887583531731) deployment completed.
2026-01-01T00:01:29.576000+00:00	(service web) has stopped 2 running tasks: (task 1452fdc841514adb6240977e1511b525) (task 42e7b1d93e1ffa95e20cc10dd348186e).
2026-01-01T00:01:06.155000+00:00	(service web) has started 2 tasks: (task c129edafc6739cee24a897753bbdf459) (task 2db17ef39d9ff2309ada80aa2f8f813c).
2026-01-01T00:00:32.479000+00:00	(service web) has reached a steady state.
2026-01-01T00:00:32.479000+00:00	(service web) (deployment ecs-svc/3910532814786701910) deployment completed.
2026-01-01T00:00:04.315000+00:00	(service web) has started 2 tasks: (task 1452fdc841514adb6240977e1511b525) (task 42e7b1d93e1ffa95e20cc10dd348186e).
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[0].rolloutStateReason'
"ECS deployment ecs-svc/2923098887583531731 completed."
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --query 'taskArns' --output text) --query 'tasks[].[taskDefinitionArn,lastStatus]' --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/web:2	RUNNING
arn:aws:ecs:us-east-1:123456789012:task-definition/web:2	RUNNING
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --desired-status STOPPED --query 'taskArns' --output text) --query 'tasks[].[taskDefinitionArn,stopCode,stoppedReason]' --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/web:1	ServiceSchedulerInitiated	Scaling activity initiated by (deployment ecs-svc/2923098887583531731)
arn:aws:ecs:us-east-1:123456789012:task-definition/web:1	ServiceSchedulerInitiated	Scaling activity initiated by (deployment ecs-svc/2923098887583531731)
$ aws ecs update-service --cluster demo --service web --force-new-deployment --query 'length(service.deployments)'
2
$ sleep 90
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[taskDefinition,length(deployments),runningCount]' --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/web:2	1	2
