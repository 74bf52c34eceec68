# Cluster settings, tags and what DescribeClusters includes on request; container instances
# of a cluster without any; and the dependents that keep a cluster from being deleted.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --settings '[{"name":"containerInsights","value":"enabled"}]' --tags '[{"key":"env","value":"dev"}]' --query 'cluster.[settings,tags]'
[
    [
        {
            "name": "containerInsights",
            "value": "enabled"
        }
    ],
    [
        {
            "key": "env",
            "value": "dev"
        }
    ]
]
$ aws ecs update-cluster-settings --cluster demo --settings '[{"name":"containerInsights","value":"enhanced"}]'
{
    "cluster": {
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/demo",
        "clusterName": "demo",
        "status": "ACTIVE",
        "registeredContainerInstancesCount": 0,
        "runningTasksCount": 0,
        "pendingTasksCount": 0,
        "activeServicesCount": 0,
        "statistics": [],
        "tags": [
            {
                "key": "env",
                "value": "dev"
            }
        ],
        "settings": [
            {
                "name": "containerInsights",
                "value": "enhanced"
            }
        ],
        "capacityProviders": [],
        "defaultCapacityProviderStrategy": []
    }
}
$ aws ecs update-cluster-settings --cluster demo --settings '[{"name":"containerInsights","value":"sometimes"}]'

An error occurred (InvalidParameterException) when calling the UpdateClusterSettings operation: Invalid value for containerInsights. Valid values are: enabled, disabled, enhanced.
? 254
$ aws ecs update-cluster-settings --cluster nope --settings '[{"name":"containerInsights","value":"enabled"}]'

An error occurred (ClusterNotFoundException) when calling the UpdateClusterSettings operation: Cluster not found.
? 254
$ aws ecs describe-clusters --clusters demo --query 'clusters[0].[settings,tags]'
[
    [],
    []
]
$ aws ecs describe-clusters --clusters demo --include SETTINGS TAGS --query 'clusters[0].[settings,tags]'
[
    [
        {
            "name": "containerInsights",
            "value": "enhanced"
        }
    ],
    [
        {
            "key": "env",
            "value": "dev"
        }
    ]
]
$ aws ecs list-tags-for-resource --resource-arn arn:aws:ecs:us-east-1:123456789012:cluster/demo
{
    "tags": [
        {
            "key": "env",
            "value": "dev"
        }
    ]
}
$ aws ecs tag-resource --resource-arn arn:aws:ecs:us-east-1:123456789012:cluster/demo --tags '[{"key":"team","value":"core"},{"key":"env","value":"test"}]'
$ aws ecs untag-resource --resource-arn arn:aws:ecs:us-east-1:123456789012:cluster/demo --tag-keys team
$ aws ecs list-tags-for-resource --resource-arn arn:aws:ecs:us-east-1:123456789012:cluster/demo
{
    "tags": [
        {
            "key": "env",
            "value": "test"
        }
    ]
}
$ aws ecs list-tags-for-resource --resource-arn arn:aws:ecs:us-east-1:123456789012:cluster/nope

An error occurred (ResourceNotFoundException) when calling the ListTagsForResource operation: The specified resource could not be found.
? 254
$ aws ecs list-container-instances --cluster demo
{
    "containerInstanceArns": []
}
$ aws ecs describe-container-instances --cluster demo --container-instances 0123456789abcdef0123456789abcdef
{
    "containerInstances": [],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/demo/0123456789abcdef0123456789abcdef",
            "reason": "MISSING"
        }
    ]
}
$ aws ecs update-container-instances-state --cluster demo --container-instances 0123456789abcdef0123456789abcdef --status DRAINING
{
    "containerInstances": [],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/demo/0123456789abcdef0123456789abcdef",
            "reason": "MISSING"
        }
    ]
}
$ aws ecs list-container-instances --cluster demo --filter 'attribute:ecs.instance-type =~ t3.*'
{
    "containerInstanceArns": []
}
$ aws ecs list-container-instances --cluster demo --filter 'attribute:ecs.instance-type =~'

An error occurred (InvalidParameterException) when calling the ListContainerInstances operation: The expression 'attribute:ecs.instance-type =~' is not a valid cluster query language expression.
? 254
$ aws ecs register-task-definition --family job --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"job","image":"busybox","command":["sleep","30"]}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition job --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}' --query 'tasks[0].lastStatus'
"PROVISIONING"
$ aws ecs delete-cluster --cluster demo

An error occurred (ClusterContainsTasksException) when calling the DeleteCluster operation: The Cluster cannot be deleted while Tasks are active.
? 254
$ sleep 120
$ aws ecs describe-clusters --clusters demo --query 'clusters[0].[runningTasksCount,pendingTasksCount]' --output text
0	0
$ aws ecs delete-cluster --cluster demo --query cluster.status
"INACTIVE"
$ aws ecs describe-clusters --clusters demo --query 'clusters[0].status'
"INACTIVE"
$ aws ecs update-cluster-settings --cluster demo --settings '[{"name":"containerInsights","value":"enabled"}]'

An error occurred (ClusterNotFoundException) when calling the UpdateClusterSettings operation: Cluster not found.
? 254
