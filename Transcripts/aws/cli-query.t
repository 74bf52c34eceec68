# --query: JMESPath on the response before it is printed — projections, filters, functions,
# multiselect, pipes — and what a bad expression does (252) or an expression that fails on the
# data (255).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name web --query cluster.clusterArn
"arn:aws:ecs:us-east-1:123456789012:cluster/web"
$ aws ecs create-cluster --cluster-name api --tags key=team,value=core --query 'cluster.tags[0].value' --output text
core
$ aws ecs create-cluster --cluster-name batch --settings name=containerInsights,value=enabled --query cluster.status
"ACTIVE"
$ aws ecs list-clusters --query 'clusterArns[]'
[
    "arn:aws:ecs:us-east-1:123456789012:cluster/web",
    "arn:aws:ecs:us-east-1:123456789012:cluster/api",
    "arn:aws:ecs:us-east-1:123456789012:cluster/batch"
]
$ aws ecs list-clusters --query 'length(clusterArns)'
3
$ aws ecs list-clusters --query 'sort(clusterArns)[-1]' --output text
arn:aws:ecs:us-east-1:123456789012:cluster/web
$ aws ecs describe-clusters --clusters web api batch --query 'clusters[].clusterName'
[
    "web",
    "api",
    "batch"
]
$ aws ecs describe-clusters --clusters web api batch --query "clusters[?clusterName=='api'].clusterArn | [0]"
"arn:aws:ecs:us-east-1:123456789012:cluster/api"
$ aws ecs describe-clusters --clusters web api batch --include SETTINGS --query 'clusters[?settings[?value==`enabled`]].clusterName'
[
    "batch"
]
$ aws ecs describe-clusters --clusters web api nope --query '{Found: clusters[].clusterName, Missing: failures[].arn}'
{
    "Found": [
        "web",
        "api"
    ],
    "Missing": [
        "arn:aws:ecs:us-east-1:123456789012:cluster/nope"
    ]
}
$ aws ecs describe-clusters --clusters web api --query 'clusters[].[clusterName, status, runningTasksCount]' --output text
web	ACTIVE	0
api	ACTIVE	0
$ aws ecs describe-clusters --clusters web api --query 'sort_by(clusters, &clusterName)[].{Name: clusterName, Tasks: runningTasksCount}' --output table
-------------------
|DescribeClusters |
+-------+---------+
| Name  |  Tasks  |
+-------+---------+
|  api  |  0      |
|  web  |  0      |
+-------+---------+
$ aws ecs describe-clusters --clusters web --query 'clusters[0].nope'
null
$ aws ecs list-clusters --query 'clusterArns[?starts_with(@, `arn`)] | length(@)'
3
$ aws ecs list-clusters --query 'clusterArns[0'

Bad value for --query clusterArns[0: Invalid jmespath expression: Incomplete expression:
"clusterArns[0"
              ^
? 252
$ aws ecs list-clusters --query 'length(`1`)'

In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: "number"
? 255
