# Service errors are printed as botocore formats them, with return code 254; describe calls
# report unknown names as failures instead; parameter errors aws-cli finds itself return 252,
# and Python exceptions it does not handle 255.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs delete-cluster --cluster nope

An error occurred (ClusterNotFoundException) when calling the DeleteCluster operation: Cluster not found.
? 254
$ aws ecs delete-cluster --cluster nope --output text --query cluster

An error occurred (ClusterNotFoundException) when calling the DeleteCluster operation: Cluster not found.
? 254
$ aws ecs describe-clusters --clusters nope --output text
FAILURES	arn:aws:ecs:us-east-1:123456789012:cluster/nope	MISSING
$ aws ecs create-cluster --cluster-name 'bad name!'

An error occurred (InvalidParameterException) when calling the CreateCluster operation: Cluster name must be between 1 and 255 characters and can contain letters, numbers, underscores and hyphens.
? 254
$ aws ecs create-cluster --cluster-name ok --tags key=,value=x

Parameter validation failed:
Invalid length for parameter tags[0].key, value: 0, valid min length: 1
? 252
$ aws ecs create-cluster --cluster-name ok --cli-input-json '{"tags": "none"}'

Parameter validation failed:
Invalid type for parameter tags, value: none, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>
? 252
$ aws ecs list-clusters --cli-read-timeout soon

invalid literal for int() with base 10: 'soon'
? 255
$ aws ecs list-clusters --endpoint-url localhost:4566

Invalid endpoint: localhost:4566
? 255
$ aws ecs list-clusters --endpoint-url http://localhost:4566

Could not connect to the endpoint URL: "http://localhost:4566/"
? 255
$ aws s3 ls

Shipyard does not simulate `aws s3`; it simulates `aws autoscaling`, `aws cloudtrail`, `aws cloudwatch`, `aws configure`, `aws ec2`, `aws ecr`, `aws ecs`, `aws eks`, `aws events`, `aws iam`, `aws logs`, `aws sts`.
? 255
$ aws ecs deploy --service web

Shipyard does not simulate `aws ecs deploy` yet.
? 255
$ aws cloudtrail validate-logs --trail-arn arn:aws:cloudtrail:us-east-1:123456789012:trail/t --start-time 2026-01-01

Shipyard does not simulate `aws cloudtrail validate-logs` yet.
? 255
$ aws ecs list-clusters --debug
Shipyard: --debug logging is not simulated.
{
    "clusterArns": []
}
