# file:// values: any parameter may be read from a file (JSON or shorthand inside), paths
# relative to the working directory or under ~; a file that is not there is aws-cli's error.
# A file's text is the whole value: a list given as shorthand in a file is one structure, and the
# file's final newline is part of the shorthand.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > tags.json <<'EOF'
> [
>   {"key": "env", "value": "dev"},
>   {"key": "owner", "value": "platform"}
> ]
> EOF
$ aws ecs create-cluster --cluster-name demo --tags file://tags.json --query cluster.tags --output text
env	dev
owner	platform
$ echo 'name=containerInsights,value=enabled' > settings.txt
$ aws ecs create-cluster --cluster-name insights --settings file://settings.txt --query cluster.settings

Parameter validation failed:
Invalid type for parameter settings, value: {'name': 'containerInsights', 'value': 'enabled'}, type: <class 'dict'>, valid types: <class 'list'>, <class 'tuple'>
? 252
$ echo '[{"name": "containerInsights", "value": "enabled"}]' > settings.json
$ aws ecs create-cluster --cluster-name insights --settings file://settings.json --query cluster.settings
[
    {
        "name": "containerInsights",
        "value": "enabled"
    }
]
$ echo 'executeCommandConfiguration={logging=DEFAULT}' > exec.txt
$ aws ecs create-cluster --cluster-name exec --configuration file://exec.txt

Error parsing parameter '--configuration': Expected: ',', received: 'EOF' for input:
 executeCommandConfiguration={logging=DEFAULT}

^
? 252
$ echo -n 'executeCommandConfiguration={logging=DEFAULT}' > exec.txt
$ aws ecs create-cluster --cluster-name exec --configuration file://exec.txt --query cluster.configuration
{
    "executeCommandConfiguration": {
        "logging": "DEFAULT"
    }
}
$ mkdir -p config && echo -n second > config/name.txt
$ aws ecs create-cluster --cluster-name file://config/name.txt --query cluster.clusterName
"second"
$ aws ecs create-cluster --cluster-name file://~/config/name.txt --query cluster.clusterArn --output text
arn:aws:ecs:us-east-1:123456789012:cluster/second
$ aws ecs create-cluster --cluster-name demo --tags file://missing.json

Error parsing parameter '--tags': Unable to load paramfile file://missing.json: [Errno 2] No such file or directory: 'missing.json'
? 252
$ aws ecs create-cluster --cluster-name demo --tags file://config

Error parsing parameter '--tags': Unable to load paramfile file://config: [Errno 21] Is a directory: 'config'
? 252
