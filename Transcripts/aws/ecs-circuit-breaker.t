# The deployment circuit breaker: a new revision whose container exits at once never reaches
# RUNNING. Once failed launches reach the threshold (half the desired count, at least 3), the
# deployment is FAILED and, with rollback on, the last completed deployment takes over again.
# The old tasks keep serving throughout.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.27","portMappings":[{"containerPort":80}]}]' --query taskDefinition.revision
1
$ aws ecs create-service --cluster demo --service-name web --task-definition web:1 --desired-count 2 --launch-type FARGATE --deployment-configuration '{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200,"minimumHealthyPercent":100}' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}' --query service.deploymentConfiguration
{
    "deploymentCircuitBreaker": {
        "enable": true,
        "rollback": true
    },
    "maximumPercent": 200,
    "minimumHealthyPercent": 100
}
$ sleep 60
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[id,status,rolloutState]' --output text
ecs-svc/3910532814786701910	PRIMARY	COMPLETED
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"busybox:1.36","command":["sh","-c","echo missing configuration; exit 1"]}]' --query taskDefinition.revision
2
$ aws ecs update-service --cluster demo --service web --task-definition web:2 --query 'service.deployments[].[id,status,taskDefinition,rolloutState]' --output text
ecs-svc/2923098887583531731	PRIMARY	arn:aws:ecs:us-east-1:123456789012:task-definition/web:2	IN_PROGRESS
ecs-svc/3910532814786701910	ACTIVE	arn:aws:ecs:us-east-1:123456789012:task-definition/web:1	COMPLETED
$ sleep 30
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[id,status,desiredCount,pendingCount,runningCount,failedTasks,rolloutState]' --output text
ecs-svc/2923098887583531731	PRIMARY	2	2	0	2	IN_PROGRESS
ecs-svc/3910532814786701910	ACTIVE	2	0	2	0	COMPLETED
$ aws ecs list-tasks --cluster demo --desired-status STOPPED
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/c129edafc6739cee24a897753bbdf459",
        "arn:aws:ecs:us-east-1:123456789012:task/demo/2db17ef39d9ff2309ada80aa2f8f813c"
    ]
}
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --desired-status STOPPED --query 'taskArns[0]' --output text) --query 'tasks[0].{lastStatus:lastStatus,stopCode:stopCode,stoppedReason:stoppedReason,startedAt:startedAt,exitCode:containers[0].exitCode,pullStartedAt:pullStartedAt}'
{
    "lastStatus": "DEPROVISIONING",
    "stopCode": "EssentialContainerExited",
    "stoppedReason": "Essential container in task exited",
    "startedAt": null,
    "exitCode": 1,
    "pullStartedAt": "2026-01-01T00:01:23.144000+00:00"
}
$ sleep 3
$ aws ecs describe-services --cluster demo --services web --query 'services[0].deployments[].[id,status,desiredCount,pendingCount,runningCount,failedTasks,rolloutState,rolloutStateReason]' --output text
ecs-svc/3910532814786701910	PRIMARY	2	0	2	0	IN_PROGRESS	ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/3910532814786701910.
ecs-svc/2923098887583531731	ACTIVE	1	1	0	3	FAILED	ECS deployment circuit breaker: tasks failed to start.
$ sleep 20
$ aws ecs describe-services --cluster demo --services web
{
    "services": [
        {
            "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/demo/web",
            "serviceName": "web",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
            "loadBalancers": [],
            "serviceRegistries": [],
            "status": "ACTIVE",
            "desiredCount": 2,
            "runningCount": 2,
            "pendingCount": 0,
            "launchType": "FARGATE",
            "platformVersion": "LATEST",
            "platformFamily": "Linux",
            "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
            "deploymentConfiguration": {
                "deploymentCircuitBreaker": {
                    "enable": true,
                    "rollback": true
                },
                "maximumPercent": 200,
                "minimumHealthyPercent": 100
            },
            "deployments": [
                {
                    "id": "ecs-svc/3910532814786701910",
                    "status": "PRIMARY",
                    "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
                    "desiredCount": 2,
                    "pendingCount": 0,
                    "runningCount": 2,
                    "failedTasks": 0,
                    "createdAt": "2026-01-01T00:00:02+00:00",
                    "updatedAt": "2026-01-01T00:01:48.011000+00:00",
                    "launchType": "FARGATE",
                    "platformVersion": "1.4.0",
                    "platformFamily": "Linux",
                    "networkConfiguration": {
                        "awsvpcConfiguration": {
                            "subnets": [
                                "subnet-40b7f5ea955f4a275",
                                "subnet-8aead4103c3dacec5"
                            ],
                            "assignPublicIp": "DISABLED"
                        }
                    },
                    "rolloutState": "COMPLETED",
                    "rolloutStateReason": "ECS deployment ecs-svc/3910532814786701910 completed."
                }
            ],
            "roleArn": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
            "events": [
                {
                    "id": "b4527402-cd86-4dcb-9884-64ffcb2cdd97",
                    "createdAt": "2026-01-01T00:01:48.011000+00:00",
                    "message": "(service web) has reached a steady state."
                },
                {
                    "id": "c65675d8-ef7c-42ab-a590-f10842c70f09",
                    "createdAt": "2026-01-01T00:01:48.011000+00:00",
                    "message": "(service web) (deployment ecs-svc/3910532814786701910) deployment completed."
                },
                {
                    "id": "28b20bf5-f98f-4902-b397-d24c4ad51fdb",
                    "createdAt": "2026-01-01T00:01:44.315000+00:00",
                    "message": "(service web) rolling back to deployment ecs-svc/3910532814786701910."
                },
                {
                    "id": "011085e6-70b1-4269-9bc4-83dc93d32ffd",
                    "createdAt": "2026-01-01T00:01:44.315000+00:00",
                    "message": "(service web) (deployment ecs-svc/2923098887583531731) deployment failed: tasks failed to start."
                },
                {
                    "id": "608004e0-0e15-49bf-9576-3f8e83d594c2",
                    "createdAt": "2026-01-01T00:01:27.171000+00:00",
                    "message": "(service web) has started 2 tasks: (task c020bd4747eec90d96ac241a141030c5) (task 885f70553cd56e1416b6e3f2f8d449c2)."
                },
                {
                    "id": "1bf68032-43be-41d3-8c9b-656fd649f95b",
                    "createdAt": "2026-01-01T00:01:07.155000+00:00",
                    "message": "(service web) has started 2 tasks: (task c129edafc6739cee24a897753bbdf459) (task 2db17ef39d9ff2309ada80aa2f8f813c)."
                },
                {
                    "id": "cea262db-1687-45c4-8043-d681871f1244",
                    "createdAt": "2026-01-01T00:00:32.479000+00:00",
                    "message": "(service web) has reached a steady state."
                },
                {
                    "id": "2c64b1dd-15e6-4904-b531-fc7253a434ee",
                    "createdAt": "2026-01-01T00:00:32.479000+00:00",
                    "message": "(service web) (deployment ecs-svc/3910532814786701910) deployment completed."
                },
                {
                    "id": "ee3565db-d726-412c-b1ce-97e0884b9994",
                    "createdAt": "2026-01-01T00:00:04.315000+00:00",
                    "message": "(service web) has started 2 tasks: (task 1452fdc841514adb6240977e1511b525) (task 42e7b1d93e1ffa95e20cc10dd348186e)."
                }
            ],
            "createdAt": "2026-01-01T00:00:02+00:00",
            "placementConstraints": [],
            "placementStrategy": [],
            "networkConfiguration": {
                "awsvpcConfiguration": {
                    "subnets": [
                        "subnet-40b7f5ea955f4a275",
                        "subnet-8aead4103c3dacec5"
                    ],
                    "assignPublicIp": "DISABLED"
                }
            },
            "healthCheckGracePeriodSeconds": 0,
            "schedulingStrategy": "REPLICA",
            "deploymentController": {
                "type": "ECS"
            },
            "createdBy": "arn:aws:iam::123456789012:root",
            "enableECSManagedTags": false,
            "propagateTags": "NONE",
            "enableExecuteCommand": false,
            "availabilityZoneRebalancing": "ENABLED"
        }
    ],
    "failures": []
}
$ sleep 60
$ aws ecs describe-services --cluster demo --services web --query 'services[0].[taskDefinition,runningCount,deployments[].[id,status,rolloutState,rolloutStateReason]]' --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/web:1	2
ecs-svc/3910532814786701910	PRIMARY	COMPLETED	ECS deployment ecs-svc/3910532814786701910 completed.
$ aws ecs describe-services --cluster demo --services web --query 'services[0].events[].message'
[
    "(service web) has reached a steady state.",
    "(service web) (deployment ecs-svc/3910532814786701910) deployment completed.",
    "(service web) rolling back to deployment ecs-svc/3910532814786701910.",
    "(service web) (deployment ecs-svc/2923098887583531731) deployment failed: tasks failed to start.",
    "(service web) has started 2 tasks: (task c020bd4747eec90d96ac241a141030c5) (task 885f70553cd56e1416b6e3f2f8d449c2).",
    "(service web) has started 2 tasks: (task c129edafc6739cee24a897753bbdf459) (task 2db17ef39d9ff2309ada80aa2f8f813c).",
    "(service web) has reached a steady state.",
    "(service web) (deployment ecs-svc/3910532814786701910) deployment completed.",
    "(service web) has started 2 tasks: (task 1452fdc841514adb6240977e1511b525) (task 42e7b1d93e1ffa95e20cc10dd348186e)."
]
$ aws ecs list-tasks --cluster demo --query 'length(taskArns)'
2
