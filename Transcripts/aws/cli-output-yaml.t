# --output yaml and yaml-stream (aws-cli v2): sorted keys, block style, quoted strings that
# would read as another type; yaml-stream prints each page as a list item.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --tags key=version,value=1.0 key=enabled,value=true --output yaml
cluster:
  activeServicesCount: 0
  capacityProviders: []
  clusterArn: arn:aws:ecs:us-east-1:123456789012:cluster/demo
  clusterName: demo
  defaultCapacityProviderStrategy: []
  pendingTasksCount: 0
  registeredContainerInstancesCount: 0
  runningTasksCount: 0
  settings:
  - name: containerInsights
    value: disabled
  statistics: []
  status: ACTIVE
  tags:
  - key: version
    value: '1.0'
  - key: enabled
    value: 'true'
$ aws ecs list-clusters --output yaml
clusterArns:
- arn:aws:ecs:us-east-1:123456789012:cluster/demo
$ aws ecs list-clusters --output yaml-stream
- clusterArns:
  - arn:aws:ecs:us-east-1:123456789012:cluster/demo
$ aws ecs describe-clusters --clusters demo nope --output yaml --query failures
- arn: arn:aws:ecs:us-east-1:123456789012:cluster/nope
  reason: MISSING
$ aws ecs describe-clusters --clusters demo --output yaml --query 'clusters[0].clusterName'
"demo"
$ aws ecs describe-clusters --clusters demo --output yaml-stream --query 'clusters[0].tags'
- []
$ aws ecs list-clusters --output yml

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --output: Invalid choice, valid choices are:

json                                     | text                                    
table                                    | yaml                                    
yaml-stream                             


Invalid choice: 'yml', maybe you meant:

  * yaml

? 252
