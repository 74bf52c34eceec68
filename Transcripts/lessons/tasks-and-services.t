# Lesson tasks-and-services, solved with its reference solutions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson tasks-and-services
Tasks versus services
=====================

A task is a single run of a task definition. It does not scale and it does not recover:
when it stops — its container exits, its host fails, someone stops it — it stays stopped. That
is fine for a demo, a one-off job or testing.

A service is a long-running, scalable group of tasks. You give it a desired count and the
ECS service scheduler keeps that many tasks running: it replaces tasks that stop or fail their
health checks, spreads them over Availability Zones, rolls out new revisions, and can put a
load balancer in front of them.

The setup made a cluster `demo`, a Fargate task definition `web` (nginx), and a shell variable
`$SUBNET` holding a subnet of the default VPC.

Step 1 of 7:
Run one standalone task of `web` on Fargate in `demo`, started by `learner` (`--started-by
learner`), and wait until it is RUNNING.

Checked:
  • A task started by learner runs in demo
  • It is RUNNING

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --started-by learner --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}"
{
    "tasks": [
        {
            "attachments": [
                {
                    "id": "108da0cc-c45d-4f10-8b87-59ac3d5fa857",
                    "type": "ElasticNetworkInterface",
                    "status": "PRECREATED",
                    "details": [
                        {
                            "name": "subnetId",
                            "value": "subnet-40b7f5ea955f4a275"
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
            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/demo/1452fdc841514adb6240977e1511b525/442751bf-9352-4faa-b25c-5c7354830740",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
                    "name": "web",
                    "image": "nginx:1.27",
                    "lastStatus": "PENDING",
                    "networkInterfaces": [],
                    "cpu": "0"
                }
            ],
            "cpu": "256",
            "createdAt": "2026-01-01T00:00:01+00:00",
            "desiredStatus": "RUNNING",
            "enableExecuteCommand": false,
            "group": "family:web",
            "lastStatus": "PROVISIONING",
            "launchType": "FARGATE",
            "memory": "512",
            "overrides": {
                "containerOverrides": [
                    {
                        "name": "web"
                    }
                ],
                "inferenceAcceleratorOverrides": []
            },
            "platformVersion": "1.4.0",
            "platformFamily": "Linux",
            "startedBy": "learner",
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
            "version": 1,
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
$ sleep 30

✓ Step 1 done.
The task is yours alone: nothing watches it. `startedBy` is a label you choose; services label
their tasks with their deployment ID.

Step 2 of 7:
Stop that task.

Checked:
  • You stopped a task
  • The task is stopping or stopped
$ aws ecs stop-task --cluster demo --task $(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text)
{
    "task": {
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
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
        "connectivity": "CONNECTED",
        "connectivityAt": "2026-01-01T00:00:13.945000+00:00",
        "containers": [
            {
                "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/demo/1452fdc841514adb6240977e1511b525/442751bf-9352-4faa-b25c-5c7354830740",
                "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
                "name": "web",
                "image": "nginx:1.27",
                "imageDigest": "sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3",
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
        "createdAt": "2026-01-01T00:00:01+00:00",
        "desiredStatus": "STOPPED",
        "enableExecuteCommand": false,
        "group": "family:web",
        "healthStatus": "UNKNOWN",
        "lastStatus": "RUNNING",
        "launchType": "FARGATE",
        "memory": "512",
        "overrides": {
            "containerOverrides": [
                {
                    "name": "web"
                }
            ],
            "inferenceAcceleratorOverrides": []
        },
        "platformVersion": "1.4.0",
        "platformFamily": "Linux",
        "pullStartedAt": "2026-01-01T00:00:17.906000+00:00",
        "pullStoppedAt": "2026-01-01T00:00:22.634000+00:00",
        "startedAt": "2026-01-01T00:00:24.881000+00:00",
        "startedBy": "learner",
        "stopCode": "UserInitiated",
        "stoppedReason": "Task stopped by user",
        "stoppingAt": "2026-01-01T00:00:33+00:00",
        "tags": [],
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
        "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
        "version": 4,
        "ephemeralStorage": {
            "sizeInGiB": 20
        },
        "fargateEphemeralStorage": {
            "sizeInGiB": 20
        }
    }
}

✓ Step 2 done.
ECS sent the container a SIGTERM, waited for it to exit, released the ENI and marked the task
STOPPED with `stopCode: UserInitiated`. Stopped tasks stay visible for about an hour with
`--desired-status STOPPED`.

Step 3 of 7:
Did anything start a new task to replace the one you stopped? Answer `yes` or `no`.

Answer with `answer …`.
$ sleep 60
$ aws ecs list-tasks --cluster demo
{
    "taskArns": []
}
$ answer no

✓ Step 3 done.
No. A standalone task does not self-recover, whatever stopped it. If it was serving users,
they are now getting errors.

Step 4 of 7:
Create a service named `web` in `demo` that keeps 2 tasks of `web` running on Fargate, in
`$SUBNET` with a public IP, and wait until both run.

Checked:
  • A service named web wants 2 tasks
  • 2 of its tasks are running
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}"
{
    "service": {
        "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/demo/web",
        "serviceName": "web",
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
        "loadBalancers": [],
        "serviceRegistries": [],
        "status": "ACTIVE",
        "desiredCount": 2,
        "runningCount": 0,
        "pendingCount": 0,
        "launchType": "FARGATE",
        "platformVersion": "LATEST",
        "platformFamily": "Linux",
        "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
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
                "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
                "desiredCount": 0,
                "pendingCount": 0,
                "runningCount": 0,
                "failedTasks": 0,
                "createdAt": "2026-01-01T00:01:37+00:00",
                "updatedAt": "2026-01-01T00:01:37+00:00",
                "launchType": "FARGATE",
                "platformVersion": "1.4.0",
                "platformFamily": "Linux",
                "networkConfiguration": {
                    "awsvpcConfiguration": {
                        "subnets": [
                            "subnet-40b7f5ea955f4a275"
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
        "createdAt": "2026-01-01T00:01:37+00:00",
        "placementConstraints": [],
        "placementStrategy": [],
        "networkConfiguration": {
            "awsvpcConfiguration": {
                "subnets": [
                    "subnet-40b7f5ea955f4a275"
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
$ sleep 45

✓ Step 4 done.
The service scheduler started 2 tasks and reported `has reached a steady state`. Its events
(`aws ecs describe-services … --query 'services[0].events'`) are the service's diary, newest
first.

Step 5 of 7:
Stop one of the service's tasks, and watch the service bring it back.

Checked:
  • You stopped one of the service's tasks
  • The service started a replacement task
  • web is back to 2 running tasks
$ aws ecs stop-task --cluster demo --task $(aws ecs list-tasks --cluster demo --service-name web --query 'taskArns[0]' --output text)
{
    "task": {
        "attachments": [
            {
                "id": "d8748209-ec45-42a9-b28b-40e1eb94008b",
                "type": "ElasticNetworkInterface",
                "status": "ATTACHED",
                "details": [
                    {
                        "name": "subnetId",
                        "value": "subnet-40b7f5ea955f4a275"
                    },
                    {
                        "name": "networkInterfaceId",
                        "value": "eni-848e3af784f57b0de"
                    },
                    {
                        "name": "macAddress",
                        "value": "0e:c6:85:02:56:5d"
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
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
        "connectivity": "CONNECTED",
        "connectivityAt": "2026-01-01T00:01:51.155000+00:00",
        "containers": [
            {
                "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/demo/42e7b1d93e1ffa95e20cc10dd348186e/fd31ccc4-4c7c-4a85-b524-70139d94db5d",
                "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e",
                "name": "web",
                "image": "nginx:1.27",
                "imageDigest": "sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3",
                "runtimeId": "42e7b1d93e1ffa95e20cc10dd348186e-1555274759",
                "lastStatus": "RUNNING",
                "networkBindings": [],
                "networkInterfaces": [
                    {
                        "attachmentId": "d8748209-ec45-42a9-b28b-40e1eb94008b",
                        "privateIpv4Address": "172.31.0.4"
                    }
                ],
                "healthStatus": "UNKNOWN",
                "cpu": "0"
            }
        ],
        "cpu": "256",
        "createdAt": "2026-01-01T00:01:38.959000+00:00",
        "desiredStatus": "STOPPED",
        "enableExecuteCommand": false,
        "group": "service:web",
        "healthStatus": "UNKNOWN",
        "lastStatus": "RUNNING",
        "launchType": "FARGATE",
        "memory": "512",
        "overrides": {
            "containerOverrides": [
                {
                    "name": "web"
                }
            ],
            "inferenceAcceleratorOverrides": []
        },
        "platformVersion": "1.4.0",
        "platformFamily": "Linux",
        "pullStartedAt": "2026-01-01T00:01:56.678000+00:00",
        "pullStoppedAt": "2026-01-01T00:02:00.027000+00:00",
        "startedAt": "2026-01-01T00:02:02.406000+00:00",
        "startedBy": "ecs-svc/3910532814786701910",
        "stopCode": "UserInitiated",
        "stoppedReason": "Task stopped by user",
        "stoppingAt": "2026-01-01T00:02:24+00:00",
        "tags": [],
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e",
        "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
        "version": 4,
        "ephemeralStorage": {
            "sizeInGiB": 20
        },
        "fargateEphemeralStorage": {
            "sizeInGiB": 20
        }
    }
}
$ sleep 60

✓ Step 5 done.
The scheduler saw 1 running task where 2 are desired and started a new one: `(service web) has
started 1 tasks`. The same happens when a task crashes or its health check fails — that is
what makes a service resilient.

Step 6 of 7:
Scale the service to 3 tasks.

Checked:
  • web runs 3 tasks
$ aws ecs describe-services --cluster demo --services web --query 'services[0].events[].message'
[
    "(service web) has reached a steady state.",
    "(service web) has started 1 tasks: (task 2db17ef39d9ff2309ada80aa2f8f813c).",
    "(service web) has reached a steady state.",
    "(service web) (deployment ecs-svc/3910532814786701910) deployment completed.",
    "(service web) has started 2 tasks: (task 42e7b1d93e1ffa95e20cc10dd348186e) (task c129edafc6739cee24a897753bbdf459)."
]
$ aws ecs update-service --cluster demo --service web --desired-count 3
{
    "service": {
        "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/demo/web",
        "serviceName": "web",
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
        "loadBalancers": [],
        "serviceRegistries": [],
        "status": "ACTIVE",
        "desiredCount": 3,
        "runningCount": 2,
        "pendingCount": 0,
        "launchType": "FARGATE",
        "platformVersion": "LATEST",
        "platformFamily": "Linux",
        "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
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
                "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
                "desiredCount": 2,
                "pendingCount": 0,
                "runningCount": 2,
                "failedTasks": 0,
                "createdAt": "2026-01-01T00:01:37+00:00",
                "updatedAt": "2026-01-01T00:02:04.069000+00:00",
                "launchType": "FARGATE",
                "platformVersion": "1.4.0",
                "platformFamily": "Linux",
                "networkConfiguration": {
                    "awsvpcConfiguration": {
                        "subnets": [
                            "subnet-40b7f5ea955f4a275"
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
                "id": "c79dccfd-f005-4720-9a86-a483cf72a777",
                "createdAt": "2026-01-01T00:02:48.352000+00:00",
                "message": "(service web) has reached a steady state."
            },
            {
                "id": "a7cec330-2f39-4321-9ea3-16ae3fcd8a5d",
                "createdAt": "2026-01-01T00:02:26.437000+00:00",
                "message": "(service web) has started 1 tasks: (task 2db17ef39d9ff2309ada80aa2f8f813c)."
            },
            {
                "id": "db53f7fa-80d2-4869-8881-4bbec2f2c54b",
                "createdAt": "2026-01-01T00:02:04.069000+00:00",
                "message": "(service web) has reached a steady state."
            },
            {
                "id": "1bf68032-43be-41d3-8c9b-656fd649f95b",
                "createdAt": "2026-01-01T00:02:04.069000+00:00",
                "message": "(service web) (deployment ecs-svc/3910532814786701910) deployment completed."
            },
            {
                "id": "cea262db-1687-45c4-8043-d681871f1244",
                "createdAt": "2026-01-01T00:01:38.959000+00:00",
                "message": "(service web) has started 2 tasks: (task 42e7b1d93e1ffa95e20cc10dd348186e) (task c129edafc6739cee24a897753bbdf459)."
            }
        ],
        "createdAt": "2026-01-01T00:01:37+00:00",
        "placementConstraints": [],
        "placementStrategy": [],
        "networkConfiguration": {
            "awsvpcConfiguration": {
                "subnets": [
                    "subnet-40b7f5ea955f4a275"
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
$ sleep 45

✓ Step 6 done.
Scaling a service is changing one number, `desiredCount`; the scheduler does the rest. (With a
load balancer attached, new tasks would also be registered with it as they start.)

Step 7 of 7:
Which of the two — a task or a service — should run a website that must stay up?

Answer with `answer …`.
$ answer service

✓ Step 7 done.
A service: it keeps the desired number of tasks running, replaces failed ones and scales.
Standalone tasks are for work that runs once.

★ Lesson complete: Tasks versus services

You saw the difference that matters in production: a stopped task stays stopped, a service's
stopped task is replaced within a minute. Next: where tasks run — on EC2 instances you manage,
or on Fargate.

Next: `lesson ec2-and-fargate` — EC2 mode versus Fargate.
