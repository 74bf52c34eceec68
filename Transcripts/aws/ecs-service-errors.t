# CreateService, UpdateService, DeleteService, DescribeServices and ListServices errors.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-service --service-name web --task-definition web --desired-count 1

An error occurred (ClusterNotFoundException) when calling the CreateService operation: Cluster not found.
? 254
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1

An error occurred (ClientException) when calling the CreateService operation: TaskDefinition not found.
? 254
$ aws ecs register-task-definition --family web --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"nginx"}]' --query taskDefinition.revision
1
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE

An error occurred (InvalidParameterException) when calling the CreateService operation: Network Configuration must be provided when networkMode 'awsvpc' is specified.
? 254
$ aws ecs create-service --cluster demo --service-name web --task-definition web --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the CreateService operation: The desired count must be specified for services using the REPLICA scheduling strategy.
? 254
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count -1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the CreateService operation: Desired count must be greater than or equal to 0.
? 254
$ aws ecs create-service --cluster demo --service-name 'web service' --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the CreateService operation: Service name can only contain letters (uppercase and lowercase), numbers, hyphens, and underscores, and must be 255 characters or fewer.
? 254
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --deployment-configuration '{"maximumPercent":50}' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the CreateService operation: maximumPercent must be greater than or equal to 100.
? 254
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --deployment-configuration '{"minimumHealthyPercent":150}' --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the CreateService operation: minimumHealthyPercent must be between 0 and 100.
? 254
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}' --query 'service.[serviceName,status,desiredCount]' --output text
web	ACTIVE	1
$ aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-40b7f5ea955f4a275"]}}'

An error occurred (InvalidParameterException) when calling the CreateService operation: Creation of service was not idempotent.
? 254
$ aws ecs update-service --cluster demo --service nope --desired-count 2

An error occurred (ServiceNotFoundException) when calling the UpdateService operation: Service not found.
? 254
$ aws ecs update-service --cluster demo --service web --task-definition web:7

An error occurred (ClientException) when calling the UpdateService operation: TaskDefinition not found.
? 254
$ aws ecs update-service --cluster demo --service web --desired-count -2

An error occurred (InvalidParameterException) when calling the UpdateService operation: Desired count must be greater than or equal to 0.
? 254
$ aws ecs describe-services --cluster demo --services web nope --query '{names:services[].serviceName,failures:failures}'
{
    "names": [
        "web"
    ],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:service/demo/nope",
            "reason": "MISSING"
        }
    ]
}
$ aws ecs describe-services --cluster demo --services a b c d e f g h i j k

An error occurred (InvalidParameterException) when calling the DescribeServices operation: Services cannot contain more than 10 items.
? 254
$ aws ecs delete-service --cluster demo --service web

An error occurred (InvalidParameterException) when calling the DeleteService operation: The service cannot be stopped while it is scaled above 0.
? 254
$ aws ecs delete-service --cluster demo --service nope

An error occurred (ServiceNotFoundException) when calling the DeleteService operation: Service not found.
? 254
$ aws ecs delete-cluster --cluster demo

An error occurred (ClusterContainsServicesException) when calling the DeleteCluster operation: The Cluster cannot be deleted while Services are active.
? 254
$ aws ecs update-service --cluster demo --service web --desired-count 0 --query 'service.desiredCount'
0
$ aws ecs delete-service --cluster demo --service web --query 'service.status'
"DRAINING"
$ aws ecs update-service --cluster demo --service web --desired-count 1

An error occurred (ServiceNotActiveException) when calling the UpdateService operation: Service was not ACTIVE.
? 254
$ sleep 60
$ aws ecs describe-services --cluster demo --services web --query 'services[0].status'
"INACTIVE"
$ aws ecs delete-service --cluster demo --service web

An error occurred (ServiceNotActiveException) when calling the DeleteService operation: Service was not ACTIVE.
? 254
$ aws ecs list-services --cluster demo
{
    "serviceArns": []
}
$ aws ecs list-services --cluster nope

An error occurred (ClusterNotFoundException) when calling the ListServices operation: Cluster not found.
? 254
$ aws ecs delete-cluster --cluster demo --query cluster.status
"INACTIVE"
