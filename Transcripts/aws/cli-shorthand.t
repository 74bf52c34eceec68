# Shorthand syntax: structures (key=value,...), lists of structures (space-separated items),
# nested structures in braces, lists of strings, values typed by the model; the same values as
# JSON; and the errors aws-cli gives for shorthand it cannot read.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --tags key=env,value=dev key=team,value=core --query cluster.tags
[
    {
        "key": "env",
        "value": "dev"
    },
    {
        "key": "team",
        "value": "core"
    }
]
$ aws ecs create-cluster --cluster-name ins --settings name=containerInsights,value=enabled --query cluster.settings
[
    {
        "name": "containerInsights",
        "value": "enabled"
    }
]
$ aws ecs create-cluster --cluster-name cp --capacity-providers FARGATE FARGATE_SPOT --default-capacity-provider-strategy capacityProvider=FARGATE,weight=1,base=1 capacityProvider=FARGATE_SPOT,weight=3 --query 'cluster.[capacityProviders, defaultCapacityProviderStrategy]'
[
    [
        "FARGATE",
        "FARGATE_SPOT"
    ],
    [
        {
            "capacityProvider": "FARGATE",
            "weight": 1,
            "base": 1
        },
        {
            "capacityProvider": "FARGATE_SPOT",
            "weight": 3,
            "base": 0
        }
    ]
]
$ aws ecs create-cluster --cluster-name exec --configuration 'executeCommandConfiguration={logging=OVERRIDE,logConfiguration={cloudWatchLogGroupName=/ecs/exec,cloudWatchEncryptionEnabled=true}}' --query cluster.configuration
{
    "executeCommandConfiguration": {
        "logging": "OVERRIDE",
        "logConfiguration": {
            "cloudWatchLogGroupName": "/ecs/exec",
            "cloudWatchEncryptionEnabled": true
        }
    }
}
$ aws ecs create-cluster --cluster-name json --tags '[{"key": "env", "value": "prod"}]' --query cluster.tags
[
    {
        "key": "env",
        "value": "prod"
    }
]
$ aws ecs create-cluster --cluster-name bad --configuration 'executeCommandConfiguration={logging=OVERRIDE'

Error parsing parameter '--configuration': Expected: ',', received: 'EOF' for input:
 executeCommandConfiguration={logging=OVERRIDE
                                             ^
? 252
$ aws ecs create-cluster --cluster-name bad --tags kee=env,value=dev

Parameter validation failed:
Unknown parameter in tags[0]: "kee", must be one of: key, value
? 252
$ aws ecs create-cluster --cluster-name bad --tags key=,value=dev

Parameter validation failed:
Invalid length for parameter tags[0].key, value: 0, valid min length: 1
? 252
$ aws ecs create-cluster --cluster-name bad --default-capacity-provider-strategy capacityProvider=FARGATE,weight=lots

invalid literal for int() with base 10: 'lots'
? 255
$ aws ecs create-cluster --cluster-name bad --tags '[{"key": "env", "value": }]'

Error parsing parameter '--tags': Invalid JSON: Expecting value: line 1 column 26 (char 25)
JSON received: [{"key": "env", "value": }]
? 252
$ aws ecs create-cluster --cluster-name bad --settings name=containerInsights,name=enhanced

Error parsing parameter '--settings': Second instance of key "name" encountered for input:
name=containerInsights,name=enhanced
                       ^
This is often because there is a preceding "," instead of a space.
? 252
