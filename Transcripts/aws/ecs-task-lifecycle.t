# A Fargate task's life, watched over simulated time: PROVISIONING (its ENI is created),
# PENDING (the image is pulled), ACTIVATING, RUNNING; then, once stopped, DEACTIVATING,
# STOPPING (SIGTERM), DEPROVISIONING (the ENI is deleted) and STOPPED.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.27","portMappings":[{"containerPort":80}]}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'
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
            "createdAt": "2026-01-01T00:00:02+00:00",
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
$ aws ecs describe-clusters --clusters demo --query 'clusters[0].[runningTasksCount,pendingTasksCount]' --output text
0	1
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
PROVISIONING	PRECREATED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
PROVISIONING	PRECREATED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
PROVISIONING	PRECREATED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
PENDING	ATTACHED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
PENDING	ATTACHED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
PENDING	ATTACHED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
ACTIVATING	ATTACHED	PENDING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
RUNNING	ATTACHED	RUNNING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
RUNNING	ATTACHED	RUNNING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
RUNNING	ATTACHED	RUNNING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
RUNNING	ATTACHED	RUNNING
$ sleep 1
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,attachments[0].status,containers[0].lastStatus]' --output text
RUNNING	ATTACHED	RUNNING
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].attachments[0].details' --output table
------------------------------------------------------
|                    DescribeTasks                   |
+---------------------+------------------------------+
|        name         |            value             |
+---------------------+------------------------------+
|  subnetId           |  subnet-40b7f5ea955f4a275    |
|  networkInterfaceId |  eni-21de419cd8ca2ea36       |
|  macAddress         |  0e:9a:a1:e2:54:c2           |
|  privateDnsName     |  ip-172-31-0-4.ec2.internal  |
|  privateIPv4Address |  172.31.0.4                  |
+---------------------+------------------------------+
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].{lastStatus:lastStatus,healthStatus:healthStatus,createdAt:createdAt,connectivityAt:connectivityAt,pullStartedAt:pullStartedAt,pullStoppedAt:pullStoppedAt,startedAt:startedAt,version:version}'
{
    "lastStatus": "RUNNING",
    "healthStatus": "UNKNOWN",
    "createdAt": "2026-01-01T00:00:02+00:00",
    "connectivityAt": "2026-01-01T00:00:14.945000+00:00",
    "pullStartedAt": "2026-01-01T00:00:18.906000+00:00",
    "pullStoppedAt": "2026-01-01T00:00:23.634000+00:00",
    "startedAt": "2026-01-01T00:00:25.881000+00:00",
    "version": 3
}
$ aws ecs describe-clusters --clusters demo --query 'clusters[0].[runningTasksCount,pendingTasksCount]' --output text
1	0
$ aws ecs stop-task --cluster demo --task 1452fdc841514adb6240977e1511b525 --query 'task.[lastStatus,desiredStatus,stopCode,stoppedReason]' --output text
RUNNING	STOPPED	UserInitiated	Task stopped by user
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,desiredStatus,attachments[0].status,containers[0].lastStatus,containers[0].exitCode]' --output text
STOPPING	STOPPED	ATTACHED	RUNNING	None
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,desiredStatus,attachments[0].status,containers[0].lastStatus,containers[0].exitCode]' --output text
STOPPING	STOPPED	ATTACHED	STOPPED	0
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,desiredStatus,attachments[0].status,containers[0].lastStatus,containers[0].exitCode]' --output text
DEPROVISIONING	STOPPED	DETACHING	STOPPED	0
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 --query 'tasks[0].[lastStatus,desiredStatus,attachments[0].status,containers[0].lastStatus,containers[0].exitCode]' --output text
DEPROVISIONING	STOPPED	DETACHING	STOPPED	0
$ aws ecs list-tasks --cluster demo
{
    "taskArns": []
}
$ aws ecs list-tasks --cluster demo --desired-status STOPPED
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525"
    ]
}
$ sleep 45
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525
{
    "tasks": [
        {
            "attachments": [
                {
                    "id": "108da0cc-c45d-4f10-8b87-59ac3d5fa857",
                    "type": "ElasticNetworkInterface",
                    "status": "DELETED",
                    "details": [
                        {
                            "name": "subnetId",
                            "value": "subnet-40b7f5ea955f4a275"
                        },
                        {
                            "name": "networkInterfaceId",
                            "value": "eni-21de419cd8ca2ea36"
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
            "connectivityAt": "2026-01-01T00:00:14.945000+00:00",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/demo/1452fdc841514adb6240977e1511b525/442751bf-9352-4faa-b25c-5c7354830740",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
                    "name": "web",
                    "image": "nginx:1.27",
                    "imageDigest": "sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3",
                    "runtimeId": "1452fdc841514adb6240977e1511b525-5280444941",
                    "lastStatus": "STOPPED",
                    "exitCode": 0,
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
            "createdAt": "2026-01-01T00:00:02+00:00",
            "desiredStatus": "STOPPED",
            "enableExecuteCommand": false,
            "executionStoppedAt": "2026-01-01T00:00:45.396000+00:00",
            "group": "family:web",
            "healthStatus": "UNKNOWN",
            "lastStatus": "STOPPED",
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
            "pullStartedAt": "2026-01-01T00:00:18.906000+00:00",
            "pullStoppedAt": "2026-01-01T00:00:23.634000+00:00",
            "startedAt": "2026-01-01T00:00:25.881000+00:00",
            "stopCode": "UserInitiated",
            "stoppedAt": "2026-01-01T00:01:24.649000+00:00",
            "stoppedReason": "Task stopped by user",
            "stoppingAt": "2026-01-01T00:00:43+00:00",
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
            "version": 7,
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
$ sleep 3600
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525
{
    "tasks": [],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
            "reason": "MISSING"
        }
    ]
}
