# The same answers as text, table, YAML and through --query.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --output text
CLUSTER	0	arn:aws:ecs:us-east-1:123456789012:cluster/demo	demo	0	0	0	ACTIVE
SETTINGS	containerInsights	disabled
$ aws ecs create-cluster --cluster-name second --query cluster.status
"ACTIVE"
$ aws ecs list-clusters --output text
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/demo
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs list-clusters --query 'clusterArns[]' --output text
arn:aws:ecs:us-east-1:123456789012:cluster/demo	arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs describe-clusters --clusters demo second --output table
----------------------------------------------------------------------------------------------
|                                      DescribeClusters                                      |
+--------------------------------------------------------------------------------------------+
||                                         clusters                                         ||
|+-------------------------------------+----------------------------------------------------+|
||  activeServicesCount                |  0                                                 ||
||  clusterArn                         |  arn:aws:ecs:us-east-1:123456789012:cluster/demo   ||
||  clusterName                        |  demo                                              ||
||  pendingTasksCount                  |  0                                                 ||
||  registeredContainerInstancesCount  |  0                                                 ||
||  runningTasksCount                  |  0                                                 ||
||  status                             |  ACTIVE                                            ||
|+-------------------------------------+----------------------------------------------------+|
||                                         clusters                                         ||
|+------------------------------------+-----------------------------------------------------+|
||  activeServicesCount               |  0                                                  ||
||  clusterArn                        |  arn:aws:ecs:us-east-1:123456789012:cluster/second  ||
||  clusterName                       |  second                                             ||
||  pendingTasksCount                 |  0                                                  ||
||  registeredContainerInstancesCount |  0                                                  ||
||  runningTasksCount                 |  0                                                  ||
||  status                            |  ACTIVE                                             ||
|+------------------------------------+-----------------------------------------------------+|
$ aws ecs describe-clusters --clusters demo --query 'clusters[].{Name:clusterName,Status:status}' --output table
--------------------
| DescribeClusters |
+-------+----------+
| Name  | Status   |
+-------+----------+
|  demo |  ACTIVE  |
+-------+----------+
$ aws ecs describe-clusters --clusters demo --output yaml
clusters:
- activeServicesCount: 0
  capacityProviders: []
  clusterArn: arn:aws:ecs:us-east-1:123456789012:cluster/demo
  clusterName: demo
  defaultCapacityProviderStrategy: []
  pendingTasksCount: 0
  registeredContainerInstancesCount: 0
  runningTasksCount: 0
  settings: []
  statistics: []
  status: ACTIVE
  tags: []
failures: []
$ aws ecs list-clusters --query 'length(clusterArns)'
2
