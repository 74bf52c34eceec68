# RegisterTaskDefinition's checks, with ECS's messages: containers, memory for the EC2 launch
# type, port mappings in awsvpc mode, the awslogs driver on Fargate, and deregistering.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs register-task-definition --family web --container-definitions '[]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Container list cannot be empty.
? 254
$ aws ecs register-task-definition --family web --container-definitions '[{"name":"web","image":"nginx"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.
? 254
$ aws ecs register-task-definition --family web --memory 512 --container-definitions '[{"name":"web","image":"nginx"}]' --query 'taskDefinition.[memory,containerDefinitions[0].memory]'
[
    "512",
    null
]
$ aws ecs register-task-definition --family web --container-definitions '[{"name":"web","memory":128}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Container.image should not be null or empty.
? 254
$ aws ecs register-task-definition --family web --container-definitions '[{"image":"nginx","memory":128}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Container.name should not be null or empty.
? 254
$ aws ecs register-task-definition --family web --container-definitions '[{"name":"web","image":"nginx","memory":128,"essential":false}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Task definition must contain at least one essential container.
? 254
$ aws ecs register-task-definition --family web --container-definitions '[{"name":"web","image":"nginx","memory":128},{"name":"web","image":"redis","memory":128}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Duplicate container names are not allowed: web
? 254
$ aws ecs register-task-definition --family web --container-definitions '[{"name":"web","image":"nginx","memory":256,"memoryReservation":512}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Invalid setting for container 'web'. 'memoryReservation' must be less than or equal to 'memory'.
? 254
$ aws ecs register-task-definition --family web --memory 256 --container-definitions '[{"name":"web","image":"nginx","memory":512}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: The 'memory' setting for container 'web' is greater than for the task.
? 254
$ aws ecs register-task-definition --family 'my app' --container-definitions '[{"name":"web","image":"nginx","memory":128}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.
? 254
$ aws ecs register-task-definition --family web --network-mode awsvpc --container-definitions '[{"name":"web","image":"nginx","memory":128,"portMappings":[{"containerPort":80,"hostPort":8080}]}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: When networkMode=awsvpc, the host ports and container ports in port mappings must match.
? 254
$ aws ecs register-task-definition --family web --network-mode bridged --container-definitions '[{"name":"web","image":"nginx","memory":128}]'

An error occurred (InvalidParameterException) when calling the RegisterTaskDefinition operation: 1 validation error detected: Value 'bridged' at 'networkMode' failed to satisfy constraint: Member must satisfy enum value set: [bridge, host, awsvpc, none]
? 254
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web","awslogs-region":"us-east-1","awslogs-stream-prefix":"ecs"}}}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate requires task definition to have execution role ARN to support log driver awslogs.
? 254
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1"}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate requires task definition to have execution role ARN to support ECR images.
? 254
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole --container-definitions '[{"name":"web","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web","awslogs-region":"us-east-1","awslogs-stream-prefix":"ecs"}}}]' --query 'taskDefinition.[revision,requiresAttributes[].name]'
[
    2,
    [
        "com.amazonaws.ecs.capability.logging-driver.awslogs",
        "ecs.capability.execution-role-awslogs",
        "com.amazonaws.ecs.capability.ecr-auth",
        "com.amazonaws.ecs.capability.docker-remote-api.1.19",
        "ecs.capability.execution-role-ecr-pull",
        "com.amazonaws.ecs.capability.docker-remote-api.1.18",
        "ecs.capability.task-eni"
    ]
]
$ aws ecs register-task-definition --family web --placement-constraints '[{"type":"distinctInstance"}]' --container-definitions '[{"name":"web","image":"nginx","memory":128}]'

An error occurred (ClientException) when calling the RegisterTaskDefinition operation: constraint.type 'distinctInstance' is not supported.
? 254
$ aws ecs deregister-task-definition --task-definition web:9

An error occurred (ClientException) when calling the DeregisterTaskDefinition operation: The specified task definition does not exist.
? 254
$ aws ecs deregister-task-definition --task-definition web:2 --query taskDefinition.status
"INACTIVE"
$ aws ecs deregister-task-definition --task-definition web:2 --query taskDefinition.status
"INACTIVE"
