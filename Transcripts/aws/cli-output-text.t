# --output text: tab-separated lines, an upper-cased key before each dict's scalar values, lists
# of scalars one line per item; --query results in text; AWS_DEFAULT_OUTPUT and the config file
# choose the default.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --tags key=env,value=dev --output text
CLUSTER	0	arn:aws:ecs:us-east-1:123456789012:cluster/demo	demo	0	0	0	ACTIVE
SETTINGS	containerInsights	disabled
TAGS	env	dev
$ aws ecs create-cluster --cluster-name second --output text --query cluster.clusterName
second
$ aws ecs list-clusters --output text
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/demo
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs list-clusters --output text --query 'clusterArns[]'
arn:aws:ecs:us-east-1:123456789012:cluster/demo	arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs describe-clusters --clusters demo nope --include TAGS --output text
CLUSTERS	0	arn:aws:ecs:us-east-1:123456789012:cluster/demo	demo	0	0	0	ACTIVE
TAGS	env	dev
FAILURES	arn:aws:ecs:us-east-1:123456789012:cluster/nope	MISSING
$ aws ecs describe-clusters --clusters demo --output text --query 'clusters[0].[clusterName,status]'
demo	ACTIVE
$ aws ecs describe-clusters --clusters demo --output text --query 'clusters[0].tags'
$ AWS_DEFAULT_OUTPUT=text aws ecs list-clusters
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/demo
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs list-clusters --output text | grep second
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs delete-cluster --cluster second --output text --query 'cluster.status'
INACTIVE
