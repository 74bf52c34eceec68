# Capacity providers: the built-in FARGATE and FARGATE_SPOT, an Auto Scaling group provider,
# a cluster's default strategy, and how a strategy's base and weights split tasks.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs describe-capacity-providers
{
    "capacityProviders": [
        {
            "capacityProviderArn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE",
            "name": "FARGATE",
            "status": "ACTIVE",
            "tags": [],
            "type": "FARGATE"
        },
        {
            "capacityProviderArn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE_SPOT",
            "name": "FARGATE_SPOT",
            "status": "ACTIVE",
            "tags": [],
            "type": "FARGATE_SPOT"
        }
    ],
    "failures": []
}
$ aws ecs create-cluster --cluster-name demo --capacity-providers FARGATE FARGATE_SPOT --default-capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":1,"base":1},{"capacityProvider":"FARGATE_SPOT","weight":3}]' --query 'cluster.[capacityProviders,defaultCapacityProviderStrategy]'
[
    [
        "FARGATE",
        "FARGATE_SPOT"
    ],
    [
        {
            "capacityProvider": "FARGATE",
            "weight": 1,
            "base": 1
        },
        {
            "capacityProvider": "FARGATE_SPOT",
            "weight": 3,
            "base": 0
        }
    ]
]
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx:1.27"}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition web --count 5 --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}' --query 'tasks[].[capacityProviderName,launchType]' --output text
FARGATE	FARGATE
FARGATE_SPOT	FARGATE
FARGATE_SPOT	FARGATE
FARGATE	FARGATE
FARGATE_SPOT	FARGATE
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 4 --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}' --query 'service.[launchType,capacityProviderStrategy]'
[
    null,
    [
        {
            "capacityProvider": "FARGATE",
            "weight": 1,
            "base": 1
        },
        {
            "capacityProvider": "FARGATE_SPOT",
            "weight": 3,
            "base": 0
        }
    ]
]
$ sleep 60
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --service-name web --query taskArns --output text) --query 'tasks[].capacityProviderName' --output text
FARGATE	FARGATE_SPOT	FARGATE_SPOT	FARGATE
$ aws ecs create-capacity-provider --name ecs-hosts --auto-scaling-group-provider '{"autoScalingGroupArn":"arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5a1e3c2d-0b4f-4e6a-9c8d-7f6e5d4c3b2a:autoScalingGroupName/hosts"}'

An error occurred (ClientException) when calling the CreateCapacityProvider operation: The specified capacity provider name is invalid. Up to 255 characters are allowed, including letters (upper and lowercase), numbers, underscores, and hyphens. The name cannot be prefixed with "aws", "ecs", or "fargate".
? 254
$ aws ecs create-capacity-provider --name hosts --auto-scaling-group-provider '{"autoScalingGroupArn":"arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5a1e3c2d-0b4f-4e6a-9c8d-7f6e5d4c3b2a:autoScalingGroupName/hosts","managedScaling":{"status":"ENABLED","targetCapacity":90},"managedTerminationProtection":"DISABLED"}' --tags '[{"key":"team","value":"core"}]'
{
    "capacityProvider": {
        "capacityProviderArn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/hosts",
        "name": "hosts",
        "status": "ACTIVE",
        "autoScalingGroupProvider": {
            "autoScalingGroupArn": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5a1e3c2d-0b4f-4e6a-9c8d-7f6e5d4c3b2a:autoScalingGroupName/hosts",
            "managedScaling": {
                "status": "ENABLED",
                "targetCapacity": 90,
                "minimumScalingStepSize": 1,
                "maximumScalingStepSize": 10000,
                "instanceWarmupPeriod": 300
            },
            "managedTerminationProtection": "DISABLED",
            "managedDraining": "ENABLED"
        },
        "tags": [
            {
                "key": "team",
                "value": "core"
            }
        ],
        "type": "EC2_AUTOSCALING"
    }
}
$ aws ecs create-capacity-provider --name hosts --auto-scaling-group-provider '{"autoScalingGroupArn":"arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5a1e3c2d-0b4f-4e6a-9c8d-7f6e5d4c3b2a:autoScalingGroupName/hosts"}'

An error occurred (ClientException) when calling the CreateCapacityProvider operation: The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.
? 254
$ aws ecs describe-capacity-providers --capacity-providers hosts FARGATE nope --include TAGS
{
    "capacityProviders": [
        {
            "capacityProviderArn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/hosts",
            "name": "hosts",
            "status": "ACTIVE",
            "autoScalingGroupProvider": {
                "autoScalingGroupArn": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5a1e3c2d-0b4f-4e6a-9c8d-7f6e5d4c3b2a:autoScalingGroupName/hosts",
                "managedScaling": {
                    "status": "ENABLED",
                    "targetCapacity": 90,
                    "minimumScalingStepSize": 1,
                    "maximumScalingStepSize": 10000,
                    "instanceWarmupPeriod": 300
                },
                "managedTerminationProtection": "DISABLED",
                "managedDraining": "ENABLED"
            },
            "tags": [
                {
                    "key": "team",
                    "value": "core"
                }
            ],
            "type": "EC2_AUTOSCALING"
        },
        {
            "capacityProviderArn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE",
            "name": "FARGATE",
            "status": "ACTIVE",
            "tags": [],
            "type": "FARGATE"
        }
    ],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/nope",
            "reason": "MISSING"
        }
    ]
}
$ aws ecs put-cluster-capacity-providers --cluster demo --capacity-providers FARGATE hosts --default-capacity-provider-strategy '[{"capacityProvider":"FARGATE_SPOT","weight":1}]'

An error occurred (InvalidParameterException) when calling the PutClusterCapacityProviders operation: The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.
? 254
$ aws ecs put-cluster-capacity-providers --cluster demo --capacity-providers FARGATE hosts --default-capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":1},{"capacityProvider":"hosts","weight":1}]'

An error occurred (InvalidParameterException) when calling the PutClusterCapacityProviders operation: The specified capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.
? 254
$ aws ecs put-cluster-capacity-providers --cluster demo --capacity-providers FARGATE FARGATE_SPOT hosts --default-capacity-provider-strategy '[{"capacityProvider":"hosts","weight":1}]'
{
    "cluster": {
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
        "clusterName": "demo",
        "status": "ACTIVE",
        "registeredContainerInstancesCount": 0,
        "runningTasksCount": 9,
        "pendingTasksCount": 0,
        "activeServicesCount": 1,
        "statistics": [],
        "tags": [],
        "settings": [
            {
                "name": "containerInsights",
                "value": "disabled"
            }
        ],
        "capacityProviders": [
            "FARGATE",
            "FARGATE_SPOT",
            "hosts"
        ],
        "defaultCapacityProviderStrategy": [
            {
                "capacityProvider": "hosts",
                "weight": 1,
                "base": 0
            }
        ],
        "attachments": [
            {
                "id": "c63f6087-ae03-4a99-beb1-990438e184fd",
                "type": "as_policy",
                "status": "ACTIVE",
                "details": [
                    {
                        "name": "capacityProviderName",
                        "value": "hosts"
                    },
                    {
                        "name": "scalingPolicyName",
                        "value": "ECSManagedAutoScalingPolicy-9dc96dec-2ef5-4a28-b0c5-7e0c85c0e5c0"
                    }
                ]
            }
        ],
        "attachmentsStatus": "UPDATE_IN_PROGRESS"
    }
}
$ aws ecs describe-clusters --clusters demo --include ATTACHMENTS --query 'clusters[0].[capacityProviders,attachmentsStatus]'
[
    [
        "FARGATE",
        "FARGATE_SPOT",
        "hosts"
    ],
    "UPDATE_IN_PROGRESS"
]
$ sleep 20
$ aws ecs describe-clusters --clusters demo --include ATTACHMENTS --query 'clusters[0].attachmentsStatus'
"UPDATE_COMPLETE"
$ aws ecs put-cluster-capacity-providers --cluster demo --capacity-providers FARGATE hosts --default-capacity-provider-strategy '[{"capacityProvider":"hosts","weight":1}]'

An error occurred (ResourceInUseException) when calling the PutClusterCapacityProviders operation: The specified capacity provider 'FARGATE_SPOT' is in use and cannot be removed.
? 254
$ aws ecs delete-capacity-provider --capacity-provider hosts

An error occurred (ResourceInUseException) when calling the DeleteCapacityProvider operation: The specified capacity provider is in use and cannot be deleted. Remove it from the cluster's capacity providers and try again.
? 254
$ aws ecs delete-capacity-provider --capacity-provider FARGATE

An error occurred (InvalidParameterException) when calling the DeleteCapacityProvider operation: The specified capacity provider is reserved and cannot be deleted.
? 254
$ aws ecs run-task --cluster demo --task-definition web --capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":0}]' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: The specified capacity provider strategy must contain at least one capacity provider with a weight greater than zero.
? 254
$ aws ecs run-task --cluster demo --task-definition web --capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":1,"base":1},{"capacityProvider":"FARGATE_SPOT","weight":1,"base":1}]' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275","subnet-8aead4103c3dacec5"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: The specified capacity provider strategy cannot specify a base for more than one capacity provider.
? 254
