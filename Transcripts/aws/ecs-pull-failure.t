# An image that cannot be pulled: the task stops with TaskFailedToStart and
# CannotPullContainerError, never having run. A service keeps retrying it, more and more
# slowly, and says it is unable to consistently start tasks.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs register-task-definition --family typo --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.277"}]' --query taskDefinition.revision
1
$ aws ecs register-task-definition --family nosuch --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"learner/no-such-image:v1"}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition typo --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}' --query 'tasks[0].taskArn'
"arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525"
$ aws ecs run-task --cluster demo --task-definition nosuch --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}' --query 'tasks[0].taskArn'
"arn:aws:ecs:us-east-1:123456789012:task/demo/42e7b1d93e1ffa95e20cc10dd348186e"
$ sleep 20
$ aws ecs describe-tasks --cluster demo --tasks 1452fdc841514adb6240977e1511b525 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[].[lastStatus,pullStartedAt]' --output text
PENDING	2026-01-01T00:00:21.492000+00:00
PENDING	2026-01-01T00:00:20.270000+00:00
$ sleep 60
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
                            "value": "eni-dc848e3af784f57b0"
                        },
                        {
                            "name": "macAddress",
                            "value": "0e:78:c6:85:02:56"
                        },
                        {
                            "name": "privateDnsName",
                            "value": "ip-172-31-0-5.ec2.internal"
                        },
                        {
                            "name": "privateIPv4Address",
                            "value": "172.31.0.5"
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
            "connectivityAt": "2026-01-01T00:00:15.945000+00:00",
            "containers": [
                {
                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/demo/1452fdc841514adb6240977e1511b525/442751bf-9352-4faa-b25c-5c7354830740",
                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
                    "name": "web",
                    "image": "nginx:1.277",
                    "lastStatus": "STOPPED",
                    "reason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/nginx:1.277: docker.io/library/nginx:1.277: not found",
                    "networkInterfaces": [
                        {
                            "attachmentId": "108da0cc-c45d-4f10-8b87-59ac3d5fa857",
                            "privateIpv4Address": "172.31.0.5"
                        }
                    ],
                    "cpu": "0"
                }
            ],
            "cpu": "256",
            "createdAt": "2026-01-01T00:00:03+00:00",
            "desiredStatus": "STOPPED",
            "enableExecuteCommand": false,
            "executionStoppedAt": "2026-01-01T00:00:33.995000+00:00",
            "group": "family:typo",
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
            "pullStartedAt": "2026-01-01T00:00:21.492000+00:00",
            "stopCode": "TaskFailedToStart",
            "stoppedAt": "2026-01-01T00:01:08.590000+00:00",
            "stoppedReason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/nginx:1.277: docker.io/library/nginx:1.277: not found",
            "stoppingAt": "2026-01-01T00:00:32.761000+00:00",
            "tags": [],
            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/typo:1",
            "version": 5,
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
$ aws ecs describe-tasks --cluster demo --tasks 42e7b1d93e1ffa95e20cc10dd348186e --query 'tasks[0].[stopCode,stoppedReason]'
[
    "TaskFailedToStart",
    "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/learner/no-such-image:v1: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
]
$ aws ecs create-service --cluster demo --service-name typo --task-definition typo --desired-count 1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}' --query service.status
"ACTIVE"
$ sleep 1800
$ aws ecs describe-services --cluster demo --services typo --query 'services[0].[runningCount,deployments[0].failedTasks,deployments[0].rolloutState]' --output text
0	11	IN_PROGRESS
$ aws ecs describe-services --cluster demo --services typo --query 'services[0].events[].message'
[
    "(service typo) has started 1 tasks: (task 0dcb33a4a4a002cc7cc7139a46803b05).",
    "(service typo) has started 1 tasks: (task d854c9e1ea37b35ee6825b8e785db8f4).",
    "(service typo) has started 1 tasks: (task ab32bd41a49c4b86e7dbbb34cdd9f709).",
    "(service typo) has started 1 tasks: (task a255d686ccc0158bde604a835ccd904d).",
    "(service typo) has started 1 tasks: (task d335c33744b786e3da4f06452c20a8c2).",
    "(service typo) has started 1 tasks: (task fb989ecc2d885073ea4347966585f1d1).",
    "(service typo) is unable to consistently start tasks successfully.",
    "(service typo) has started 1 tasks: (task 1a99128c4a660ce38bb0d5cac8687e01).",
    "(service typo) has started 1 tasks: (task 885f70553cd56e1416b6e3f2f8d449c2).",
    "(service typo) has started 1 tasks: (task c020bd4747eec90d96ac241a141030c5).",
    "(service typo) has started 1 tasks: (task 2db17ef39d9ff2309ada80aa2f8f813c).",
    "(service typo) has started 1 tasks: (task c129edafc6739cee24a897753bbdf459)."
]
$ aws ecs update-service --cluster demo --service typo --desired-count 0 --query service.desiredCount
0
