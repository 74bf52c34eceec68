# AWS's tutorial "Creating a cluster with a Fargate Linux task using the AWS CLI": create a
# cluster, register a task definition from a JSON file, create a service with awsvpc
# networking, then list and describe until it runs, and clean up. The subnet and security
# group are the default VPC's. The task definition keeps the tutorial's image (httpd from ECR
# Public's Docker library mirror) and runs its default command.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name fargate-cluster
{
    "cluster": {
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/fargate-cluster",
        "clusterName": "fargate-cluster",
        "status": "ACTIVE",
        "registeredContainerInstancesCount": 0,
        "runningTasksCount": 0,
        "pendingTasksCount": 0,
        "activeServicesCount": 0,
        "statistics": [],
        "tags": [],
        "settings": [
            {
                "name": "containerInsights",
                "value": "disabled"
            }
        ],
        "capacityProviders": [],
        "defaultCapacityProviderStrategy": []
    }
}
$ cat > fargate-task.json <<EOF
> {
>     "family": "sample-fargate",
>     "networkMode": "awsvpc",
>     "containerDefinitions": [
>         {
>             "name": "fargate-app",
>             "image": "public.ecr.aws/docker/library/httpd:latest",
>             "portMappings": [
>                 {
>                     "containerPort": 80,
>                     "hostPort": 80,
>                     "protocol": "tcp"
>                 }
>             ],
>             "essential": true
>         }
>     ],
>     "requiresCompatibilities": [
>         "FARGATE"
>     ],
>     "cpu": "256",
>     "memory": "512"
> }
> EOF
$ aws ecs register-task-definition --cli-input-json file://fargate-task.json
{
    "taskDefinition": {
        "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1",
        "containerDefinitions": [
            {
                "name": "fargate-app",
                "image": "public.ecr.aws/docker/library/httpd:latest",
                "cpu": 0,
                "portMappings": [
                    {
                        "containerPort": 80,
                        "hostPort": 80,
                        "protocol": "tcp"
                    }
                ],
                "essential": true,
                "environment": [],
                "mountPoints": [],
                "volumesFrom": [],
                "systemControls": []
            }
        ],
        "family": "sample-fargate",
        "networkMode": "awsvpc",
        "revision": 1,
        "volumes": [],
        "status": "ACTIVE",
        "requiresAttributes": [
            {
                "name": "com.amazonaws.ecs.capability.docker-remote-api.1.18"
            },
            {
                "name": "ecs.capability.task-eni"
            }
        ],
        "placementConstraints": [],
        "compatibilities": [
            "EC2",
            "FARGATE"
        ],
        "requiresCompatibilities": [
            "FARGATE"
        ],
        "cpu": "256",
        "memory": "512",
        "registeredAt": "2026-01-01T00:00:02+00:00",
        "registeredBy": "arn:aws:iam::123456789012:root"
    }
}
$ aws ecs list-task-definitions
{
    "taskDefinitionArns": [
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1"
    ]
}
$ aws ecs create-service --cluster fargate-cluster --service-name fargate-service --task-definition sample-fargate:1 --desired-count 1 --launch-type "FARGATE" --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"],"securityGroups":["sg-342e7b9261f5e5ab5"],"assignPublicIp":"ENABLED"}}'
{
    "service": {
        "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/fargate-cluster/fargate-service",
        "serviceName": "fargate-service",
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/fargate-cluster",
        "loadBalancers": [],
        "serviceRegistries": [],
        "status": "ACTIVE",
        "desiredCount": 1,
        "runningCount": 0,
        "pendingCount": 0,
        "launchType": "FARGATE",
        "platformVersion": "LATEST",
        "platformFamily": "Linux",
        "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1",
        "deploymentConfiguration": {
            "deploymentCircuitBreaker": {
                "enable": false,
                "rollback": false
            },
            "maximumPercent": 200,
            "minimumHealthyPercent": 100
        },
        "deployments": [
            {
                "id": "ecs-svc/3910532814786701910",
                "status": "PRIMARY",
                "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1",
                "desiredCount": 0,
                "pendingCount": 0,
                "runningCount": 0,
                "failedTasks": 0,
                "createdAt": "2026-01-01T00:00:04+00:00",
                "updatedAt": "2026-01-01T00:00:04+00:00",
                "launchType": "FARGATE",
                "platformVersion": "1.4.0",
                "platformFamily": "Linux",
                "networkConfiguration": {
                    "awsvpcConfiguration": {
                        "subnets": [
                            "subnet-40b7f5ea955f4a275"
                        ],
                        "securityGroups": [
                            "sg-342e7b9261f5e5ab5"
                        ],
                        "assignPublicIp": "ENABLED"
                    }
                },
                "rolloutState": "IN_PROGRESS",
                "rolloutStateReason": "ECS deployment ecs-svc/3910532814786701910 in progress."
            }
        ],
        "roleArn": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
        "events": [],
        "createdAt": "2026-01-01T00:00:04+00:00",
        "placementConstraints": [],
        "placementStrategy": [],
        "networkConfiguration": {
            "awsvpcConfiguration": {
                "subnets": [
                    "subnet-40b7f5ea955f4a275"
                ],
                "securityGroups": [
                    "sg-342e7b9261f5e5ab5"
                ],
                "assignPublicIp": "ENABLED"
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
}
$ aws ecs list-services --cluster fargate-cluster
{
    "serviceArns": [
        "arn:aws:ecs:us-east-1:123456789012:service/fargate-cluster/fargate-service"
    ]
}
$ aws ecs describe-services --cluster fargate-cluster --services fargate-service --query 'services[0].[status,desiredCount,pendingCount,runningCount]'
[
    "ACTIVE",
    1,
    0,
    0
]
$ sleep 30
$ aws ecs describe-services --cluster fargate-cluster --services fargate-service
{
    "services": [
        {
            "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/fargate-cluster/fargate-service",
            "serviceName": "fargate-service",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/fargate-cluster",
            "loadBalancers": [],
            "serviceRegistries": [],
            "status": "ACTIVE",
            "desiredCount": 1,
            "runningCount": 1,
            "pendingCount": 0,
            "launchType": "FARGATE",
            "platformVersion": "LATEST",
            "platformFamily": "Linux",
            "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1",
            "deploymentConfiguration": {
                "deploymentCircuitBreaker": {
                    "enable": false,
                    "rollback": false
                },
                "maximumPercent": 200,
                "minimumHealthyPercent": 100
            },
            "deployments": [
                {
                    "id": "ecs-svc/3910532814786701910",
                    "status": "PRIMARY",
                    "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1",
                    "desiredCount": 1,
                    "pendingCount": 0,
                    "runningCount": 1,
                    "failedTasks": 0,
                    "createdAt": "2026-01-01T00:00:04+00:00",
                    "updatedAt": "2026-01-01T00:00:29.959000+00:00",
                    "launchType": "FARGATE",
                    "platformVersion": "1.4.0",
                    "platformFamily": "Linux",
                    "networkConfiguration": {
                        "awsvpcConfiguration": {
                            "subnets": [
                                "subnet-40b7f5ea955f4a275"
                            ],
                            "securityGroups": [
                                "sg-342e7b9261f5e5ab5"
                            ],
                            "assignPublicIp": "ENABLED"
                        }
                    },
                    "rolloutState": "COMPLETED",
                    "rolloutStateReason": "ECS deployment ecs-svc/3910532814786701910 completed."
                }
            ],
            "roleArn": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
            "events": [
                {
                    "id": "541e8f01-f016-490d-bddc-b9c68860271e",
                    "createdAt": "2026-01-01T00:00:29.959000+00:00",
                    "message": "(service fargate-service) has reached a steady state."
                },
                {
                    "id": "4fdeb0af-28c4-4628-a240-8d2100f9f488",
                    "createdAt": "2026-01-01T00:00:29.959000+00:00",
                    "message": "(service fargate-service) (deployment ecs-svc/3910532814786701910) deployment completed."
                },
                {
                    "id": "2024426e-7a03-43a8-bbe8-9847cc685a2f",
                    "createdAt": "2026-01-01T00:00:06.315000+00:00",
                    "message": "(service fargate-service) has started 1 tasks: (task 1452fdc841514adb6240977e1511b525)."
                }
            ],
            "createdAt": "2026-01-01T00:00:04+00:00",
            "placementConstraints": [],
            "placementStrategy": [],
            "networkConfiguration": {
                "awsvpcConfiguration": {
                    "subnets": [
                        "subnet-40b7f5ea955f4a275"
                    ],
                    "securityGroups": [
                        "sg-342e7b9261f5e5ab5"
                    ],
                    "assignPublicIp": "ENABLED"
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
$ aws ecs list-tasks --cluster fargate-cluster --service-name fargate-service
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/fargate-cluster/1452fdc841514adb6240977e1511b525"
    ]
}
$ aws ecs describe-tasks --cluster fargate-cluster --tasks arn:aws:ecs:us-east-1:123456789012:task/fargate-cluster/1452fdc841514adb6240977e1511b525
{
    "tasks": [
        {
            "attachments": [
                {
                    "id": "108da0cc-c45d-4f10-8b87-59ac3d5fa857",
                    "type": "ElasticNetworkInterface",
                    "status": "ATTACHED",
                    "details": [
                        {
                            "name": "subnetId",
                            "value": "subnet-40b7f5ea955f4a275"
                        },
                        {
                            "name": "networkInterfaceId",
                            "value": "eni-1de419cd8ca2ea368"
                        },
                        {
                            "name": "macAddress",
                            "value": "0e:9a:a1:e2:54:c2"
                        },
                        {
                            "name": "privateDnsName",
                            "value": "ip-172-31-0-4.ec2.internal"
                        },
                        {
                            "name": "privateIPv4Address",
                            "value": "172.31.0.4"
                        }
                    ]
                }
            ],
            "attributes": [
                {
                    "name": "ecs.cpu-architecture",
                    "value": "x86_64"
                }
            ],
            "availabilityZone": "us-east-1a",
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/fargate-cluster",
            "connectivity": "CONNECTED",
            "connectivityAt": "2026-01-01T00:00:17.238000+00:00",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/fargate-cluster/1452fdc841514adb6240977e1511b525/442751bf-9352-4faa-b25c-5c7354830740",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/fargate-cluster/1452fdc841514adb6240977e1511b525",
                    "name": "fargate-app",
                    "image": "public.ecr.aws/docker/library/httpd:latest",
                    "imageDigest": "sha256:e30aec331a3bbfc44e4ffb52d5e16c5514c07b7de7db36c4492f8570eeb4d906",
                    "runtimeId": "1452fdc841514adb6240977e1511b525-5280444941",
                    "lastStatus": "RUNNING",
                    "networkBindings": [],
                    "networkInterfaces": [
                        {
                            "attachmentId": "108da0cc-c45d-4f10-8b87-59ac3d5fa857",
                            "privateIpv4Address": "172.31.0.4"
                        }
                    ],
                    "healthStatus": "UNKNOWN",
                    "cpu": "0"
                }
            ],
            "cpu": "256",
            "createdAt": "2026-01-01T00:00:06.315000+00:00",
            "desiredStatus": "RUNNING",
            "enableExecuteCommand": false,
            "group": "service:fargate-service",
            "healthStatus": "UNKNOWN",
            "lastStatus": "RUNNING",
            "launchType": "FARGATE",
            "memory": "512",
            "overrides": {
                "containerOverrides": [
                    {
                        "name": "fargate-app"
                    }
                ],
                "inferenceAcceleratorOverrides": []
            },
            "platformVersion": "1.4.0",
            "platformFamily": "Linux",
            "pullStartedAt": "2026-01-01T00:00:22.585000+00:00",
            "pullStoppedAt": "2026-01-01T00:00:26.826000+00:00",
            "startedAt": "2026-01-01T00:00:28.871000+00:00",
            "startedBy": "ecs-svc/3910532814786701910",
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/fargate-cluster/1452fdc841514adb6240977e1511b525",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-fargate:1",
            "version": 3,
            "ephemeralStorage": {
                "sizeInGiB": 20
            },
            "fargateEphemeralStorage": {
                "sizeInGiB": 20
            }
        }
    ],
    "failures": []
}
$ aws ecs delete-service --cluster fargate-cluster --service fargate-service --force --query 'service.[status,desiredCount,runningCount]'
[
    "DRAINING",
    0,
    1
]
$ aws ecs delete-cluster --cluster fargate-cluster

An error occurred (ClusterContainsServicesException) when calling the DeleteCluster operation: The Cluster cannot be deleted while Services are active.
? 254
$ sleep 60
$ aws ecs describe-services --cluster fargate-cluster --services fargate-service --query 'services[0].status'
"INACTIVE"
$ aws ecs delete-cluster --cluster fargate-cluster --query 'cluster.[clusterName,status]'
[
    "fargate-cluster",
    "INACTIVE"
]
