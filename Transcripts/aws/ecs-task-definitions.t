# Task definitions: revisions of a family, listing by family and status, describing by family
# (the latest ACTIVE revision) or family:revision, deregistering (INACTIVE) and deleting.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > sleep360.json <<EOF
> {
>     "containerDefinitions": [
>         {
>             "name": "sleep",
>             "image": "busybox",
>             "cpu": 10,
>             "command": [
>                 "sleep",
>                 "360"
>             ],
>             "memory": 10,
>             "essential": true
>         }
>     ],
>     "family": "sleep360"
> }
> EOF
$ aws ecs register-task-definition --cli-input-json file://sleep360.json
{
    "taskDefinition": {
        "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:1",
        "containerDefinitions": [
            {
                "name": "sleep",
                "image": "busybox",
                "cpu": 10,
                "memory": 10,
                "portMappings": [],
                "essential": true,
                "command": [
                    "sleep",
                    "360"
                ],
                "environment": [],
                "mountPoints": [],
                "volumesFrom": [],
                "systemControls": []
            }
        ],
        "family": "sleep360",
        "revision": 1,
        "volumes": [],
        "status": "ACTIVE",
        "requiresAttributes": [],
        "placementConstraints": [],
        "compatibilities": [
            "EXTERNAL",
            "EC2"
        ],
        "registeredAt": "2026-01-01T00:00:01+00:00",
        "registeredBy": "arn:aws:iam::123456789012:root"
    }
}
$ aws ecs register-task-definition --cli-input-json file://sleep360.json --query 'taskDefinition.taskDefinitionArn'
"arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:2"
$ aws ecs register-task-definition --cli-input-json file://sleep360.json --query 'taskDefinition.taskDefinitionArn'
"arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:3"
$ aws ecs register-task-definition --family web --container-definitions '[{"name":"web","image":"nginx:1.27","memoryReservation":128,"portMappings":[{"containerPort":80,"hostPort":8080}],"environment":[{"name":"MODE","value":"demo"}],"healthCheck":{"command":["CMD-SHELL","curl -f http://localhost/ || exit 1"]}}]' --task-role-arn arn:aws:iam::123456789012:role/webTaskRole --tags '[{"key":"team","value":"core"}]' --query '[taskDefinition.[containerDefinitions[0].healthCheck,requiresAttributes[].name],tags]'
[
    [
        {
            "command": [
                "CMD-SHELL",
                "curl -f http://localhost/ || exit 1"
            ],
            "interval": 30,
            "timeout": 5,
            "retries": 3
        },
        [
            "com.amazonaws.ecs.capability.docker-remote-api.1.21",
            "com.amazonaws.ecs.capability.task-iam-role",
            "ecs.capability.container-health-check"
        ]
    ],
    [
        {
            "key": "team",
            "value": "core"
        }
    ]
]
$ aws ecs list-task-definitions
{
    "taskDefinitionArns": [
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:1",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:2",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:3",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1"
    ]
}
$ aws ecs list-task-definitions --family-prefix sleep360 --sort DESC
{
    "taskDefinitionArns": [
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:3",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:2",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:1"
    ]
}
$ aws ecs list-task-definition-families
{
    "families": [
        "sleep360",
        "web"
    ]
}
$ aws ecs describe-task-definition --task-definition sleep360 --query 'taskDefinition.[family,revision,status]' --output text
sleep360	3	ACTIVE
$ aws ecs deregister-task-definition --task-definition sleep360:3 --query 'taskDefinition.[taskDefinitionArn,status,deregisteredAt]'
[
    "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:3",
    "INACTIVE",
    "2026-01-01T00:00:09+00:00"
]
$ aws ecs describe-task-definition --task-definition sleep360 --query 'taskDefinition.revision'
2
$ aws ecs describe-task-definition --task-definition sleep360:3 --query 'taskDefinition.status'
"INACTIVE"
$ aws ecs list-task-definitions --status INACTIVE
{
    "taskDefinitionArns": [
        "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:3"
    ]
}
$ aws ecs describe-task-definition --task-definition web --include TAGS --query tags
[
    {
        "key": "team",
        "value": "core"
    }
]
$ aws ecs deregister-task-definition --task-definition web:1 --query taskDefinition.status
"INACTIVE"
$ aws ecs list-task-definition-families --status ACTIVE
{
    "families": [
        "sleep360"
    ]
}
$ aws ecs list-task-definition-families --status INACTIVE
{
    "families": [
        "web"
    ]
}
$ aws ecs delete-task-definitions --task-definitions sleep360:3 sleep360:1 --query '{deleted:taskDefinitions[].[taskDefinitionArn,status],failures:failures}'
{
    "deleted": [
        [
            "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:3",
            "DELETE_IN_PROGRESS"
        ]
    ],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:1",
            "reason": "The specified task definition is still in ACTIVE status. Please deregister the target and try again."
        }
    ]
}
$ aws ecs register-task-definition --cli-input-json file://sleep360.json --query 'taskDefinition.revision'
4
$ aws ecs describe-task-definition --task-definition sleep360:9

An error occurred (ClientException) when calling the DescribeTaskDefinition operation: Unable to describe task definition.
? 254
$ aws ecs describe-task-definition --task-definition nope

An error occurred (ClientException) when calling the DescribeTaskDefinition operation: Unable to describe task definition.
? 254
$ aws ecs deregister-task-definition --task-definition sleep360

An error occurred (ClientException) when calling the DeregisterTaskDefinition operation: Invalid revision number. Number: sleep360
? 254
