# Fargate task sizes: each CPU value allows only certain memory values. ECS rejects the rest
# when the task definition is registered, with the messages AWS documents.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs register-task-definition --family tiny --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"app","image":"nginx"}]' --query 'taskDefinition.[cpu,memory,compatibilities]' --output text
256	512
EC2	FARGATE
$ aws ecs register-task-definition --family big --network-mode awsvpc --requires-compatibilities FARGATE --cpu 4096 --memory 30720 --container-definitions '[{"name":"app","image":"nginx"}]' --query 'taskDefinition.[cpu,memory]' --output text
4096	30720
$ aws ecs register-task-definition --family units --network-mode awsvpc --requires-compatibilities FARGATE --cpu "1 vCPU" --memory "3 GB" --container-definitions '[{"name":"app","image":"nginx"}]' --query 'taskDefinition.[cpu,memory]' --output text
1024	3072
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 4096 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.
? 254
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --cpu 512 --memory 512 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: No Fargate configuration exists for given values: 512 CPU, 512 memory. See the Amazon ECS documentation for the valid values.
? 254
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --cpu 8192 --memory 17408 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: No Fargate configuration exists for given values: 8192 CPU, 17408 memory. See the Amazon ECS documentation for the valid values.
? 254
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --cpu 300 --memory 1024 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.
? 254
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --cpu 32768 --memory 65536 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.
? 254
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --memory 512 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate requires that 'cpu' be defined at the task level.
? 254
$ aws ecs register-task-definition --family bad --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate requires that 'memory' be defined at the task level.
? 254
$ aws ecs register-task-definition --family bad --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate only supports network mode ‘awsvpc’.
? 254
$ aws ecs register-task-definition --family bad --network-mode bridge --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"app","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate only supports network mode ‘awsvpc’.
? 254
$ aws ecs register-task-definition --family ec2only --network-mode awsvpc --cpu 256 --memory 4096 --container-definitions '[{"name":"app","image":"nginx"}]' --query 'taskDefinition.compatibilities'
[
    "EC2"
]
$ aws ecs create-cluster --query cluster.clusterName
"default"
$ aws ecs run-task --task-definition tiny --launch-type FARGATE --overrides '{"memory":"4096"}' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.
? 254
$ aws ecs run-task --task-definition ec2only --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Task definition does not support launch_type FARGATE.
? 254
$ aws ecs list-task-definitions --query 'taskDefinitionArns[]' --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/big:1	arn:aws:ecs:us-east-1:123456789012:task-definition/ec2only:1	arn:aws:ecs:us-east-1:123456789012:task-definition/tiny:1	arn:aws:ecs:us-east-1:123456789012:task-definition/units:1
