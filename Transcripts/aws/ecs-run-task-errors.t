# RunTask, DescribeTasks, ListTasks and StopTask errors: what ECS says about a missing cluster,
# task definition, network configuration, subnet or container, and about EC2 capacity.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs run-task --task-definition web

An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found.
? 254
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (ClientException) when calling the RunTask operation: TaskDefinition not found.
? 254
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx"}]' --query taskDefinition.revision
1
$ aws ecs register-task-definition --family bridge --container-definitions '[{"name":"app","image":"nginx","memory":128}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE

An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration must be provided when networkMode 'awsvpc' is specified.
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-0123456789abcdef0"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Error retrieving subnet information for [subnet-0123456789abcdef0]: The subnet ID 'subnet-0123456789abcdef0' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidSubnetID.NotFound; Request ID: 47d2dcbf-020f-403d-84b0-d3299216e7bf; Proxy: null)
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":[]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: subnets can not be empty.
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"],"securityGroups":["sg-0123456789abcdef0"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Error retrieving security group information for [sg-0123456789abcdef0]: The security group 'sg-0123456789abcdef0' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidGroup.NotFound; Request ID: dee7bb7c-c9b6-4405-8c65-84630d2fc69d; Proxy: null)
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --count 11 --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: The count parameter must be between 1 and 10.
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --overrides '{"containerOverrides":[{"name":"api","command":["true"]}]}' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Override for container named api is not a container in the TaskDefinition.
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":1}]' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.
? 254
$ aws ecs run-task --cluster demo --task-definition web --capacity-provider-strategy '[{"capacityProvider":"FARGATE","weight":1}]' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --platform-version 9.9.9 --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: The specified platform version does not exist.
? 254
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --placement-strategy '[{"type":"binpack","field":"memory"}]' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Task placement constraints and strategies are not supported for the Fargate launch type.
? 254
$ aws ecs run-task --cluster demo --task-definition bridge --launch-type FARGATE

An error occurred (InvalidParameterException) when calling the RunTask operation: Task definition does not support launch_type FARGATE.
? 254
$ aws ecs run-task --cluster demo --task-definition bridge --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration is not valid for the given networkMode of this task definition.
? 254
$ aws ecs run-task --cluster demo --task-definition bridge

An error occurred (InvalidParameterException) when calling the RunTask operation: No Container Instances were found in your cluster.
? 254
$ aws ecs run-task --cluster demo --task-definition web --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"],"assignPublicIp":"ENABLED"}}'

An error occurred (InvalidParameterException) when calling the RunTask operation: Assign public IP is not supported for this launch type.
? 254
$ aws ecs describe-tasks --cluster demo --tasks 0123456789abcdef0123456789abcdef arn:aws:ecs:us-east-1:123456789012:task/demo/feedfacefeedfacefeedfacefeedface
{
    "tasks": [],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:task/demo/0123456789abcdef0123456789abcdef",
            "reason": "MISSING"
        },
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:task/demo/feedfacefeedfacefeedfacefeedface",
            "reason": "MISSING"
        }
    ]
}
$ aws ecs describe-tasks --cluster nope --tasks 0123456789abcdef0123456789abcdef

An error occurred (ClusterNotFoundException) when calling the DescribeTasks operation: Cluster not found.
? 254
$ aws ecs list-tasks --cluster demo --service-name nope

An error occurred (ServiceNotFoundException) when calling the ListTasks operation: Service not found.
? 254
$ aws ecs list-tasks --cluster demo --desired-status DONE

An error occurred (InvalidParameterException) when calling the ListTasks operation: 1 validation error detected: Value 'DONE' at 'desiredStatus' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, PENDING, STOPPED]
? 254
$ aws ecs stop-task --cluster demo --task 0123456789abcdef0123456789abcdef

An error occurred (InvalidParameterException) when calling the StopTask operation: The referenced task was not found.
? 254
$ aws ecs list-tasks --cluster demo
{
    "taskArns": []
}
