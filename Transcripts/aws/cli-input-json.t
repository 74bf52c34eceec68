# --cli-input-json and --cli-input-yaml: the whole input from a document (a file or text); values
# on the command line win; the document is not shorthand-parsed or type-converted, so botocore's
# validation reports what is wrong with it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > cluster.json <<'EOF'
> {
>     "clusterName": "from-json",
>     "tags": [{"key": "source", "value": "cli-input-json"}],
>     "settings": [{"name": "containerInsights", "value": "enabled"}]
> }
> EOF
$ aws ecs create-cluster --cli-input-json file://cluster.json --query 'cluster.[clusterName, tags[0].value, settings[0].value]' --output text
from-json	cli-input-json	enabled
$ aws ecs create-cluster --cli-input-json file://cluster.json --cluster-name overridden --query cluster.clusterName
"overridden"
$ cat > cluster.yaml <<'EOF'
> clusterName: from-yaml
> tags:
> - key: source
>   value: cli-input-yaml
> EOF
$ aws ecs create-cluster --cli-input-yaml file://cluster.yaml --query 'cluster.tags'
[
    {
        "key": "source",
        "value": "cli-input-yaml"
    }
]
$ aws ecs describe-clusters --cli-input-json '{"clusters": ["from-json", "from-yaml"]}' --query 'clusters[].clusterName' --output text
from-json	from-yaml
$ aws ecs delete-cluster --cli-input-json '{"cluster": "overridden"}' --query cluster.status
"INACTIVE"
$ aws ecs delete-cluster --cli-input-json '{}'

Parameter validation failed:
Missing required parameter in input: "cluster"
? 252
$ aws ecs create-cluster --cli-input-json '{"clusterName": 7}'

Parameter validation failed:
Invalid type for parameter clusterName, value: 7, type: <class 'int'>, valid types: <class 'str'>
? 252
$ aws ecs create-cluster --cli-input-json '{"clusterName": "x", "color": "blue"}'

Parameter validation failed:
Unknown parameter in input: "color", must be one of: clusterName, tags, settings, configuration, capacityProviders, defaultCapacityProviderStrategy, serviceConnectDefaults
? 252
$ aws ecs create-cluster --cli-input-json '{"clusterName": '

Error parsing parameter 'cli-input-json': Invalid JSON received.
? 252
$ aws ecs create-cluster --cli-input-json '["from-json"]'

Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>
? 252
$ aws ecs create-cluster --cli-input-json file://nope.json

Error parsing parameter '--cli-input-json': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'
? 252
$ aws ecs create-cluster --cli-input-json file://cluster.json --cli-input-yaml file://cluster.yaml

Only one --cli-input- parameter may be specified.
? 252
