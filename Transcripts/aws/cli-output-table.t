# --output table: the operation's name as title, nested sections, multiselect hashes as columns,
# and the switch to key/value rows when a table would be wider than the terminal.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --output table --query 'cluster.{Name:clusterName,Status:status}'
--------------------
|   CreateCluster  |
+-------+----------+
| Name  | Status   |
+-------+----------+
|  demo |  ACTIVE  |
+-------+----------+
$ aws ecs create-cluster --cluster-name batch --output table --query 'cluster.clusterName'
---------------
|CreateCluster|
+-------------+
$ aws ecs list-clusters --output table
--------------------------------------------------------
|                     ListClusters                     |
+------------------------------------------------------+
||                     clusterArns                    ||
|+----------------------------------------------------+|
||  arn:aws:ecs:us-east-1:123456789012:cluster/demo   ||
||  arn:aws:ecs:us-east-1:123456789012:cluster/batch  ||
|+----------------------------------------------------+|
$ aws ecs describe-clusters --clusters demo --output table
--------------------------------------------------------------------------------------------
|                                     DescribeClusters                                     |
+------------------------------------------------------------------------------------------+
||                                        clusters                                        ||
|+------------------------------------+---------------------------------------------------+|
||  activeServicesCount               |  0                                                ||
||  clusterArn                        |  arn:aws:ecs:us-east-1:123456789012:cluster/demo  ||
||  clusterName                       |  demo                                             ||
||  pendingTasksCount                 |  0                                                ||
||  registeredContainerInstancesCount |  0                                                ||
||  runningTasksCount                 |  0                                                ||
||  status                            |  ACTIVE                                           ||
|+------------------------------------+---------------------------------------------------+|
$ aws ecs describe-clusters --clusters demo batch --output table --query 'clusters[].{Name:clusterName,Running:runningTasksCount,Status:status}'
--------------------------------
|       DescribeClusters       |
+-------+-----------+----------+
| Name  |  Running  | Status   |
+-------+-----------+----------+
|  demo |  0        |  ACTIVE  |
|  batch|  0        |  ACTIVE  |
+-------+-----------+----------+
$ aws ecs describe-clusters --clusters demo batch --output table --query 'clusters[].[clusterName,status]'
---------------------
| DescribeClusters  |
+--------+----------+
|  demo  |  ACTIVE  |
|  batch |  ACTIVE  |
+--------+----------+
$ aws ecs describe-clusters --clusters nope --output table
------------------------------------------------------------------
|                        DescribeClusters                        |
+----------------------------------------------------------------+
||                           failures                           ||
|+---------------------------------------------------+----------+|
||                        arn                        | reason   ||
|+---------------------------------------------------+----------+|
||  arn:aws:ecs:us-east-1:123456789012:cluster/nope  |  MISSING ||
|+---------------------------------------------------+----------+|
$ aws ecs list-clusters --output table --query 'clusterArns[?contains(@, `nothing`)]'
