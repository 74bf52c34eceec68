# ECR's calls counted in CloudWatch: the AWS/Usage namespace's CallCount, one metric per
# operation with dimensions Type, Resource, Service and Class, one value per minute once the
# minute is over. A login, a push and a pull from the registry, then the counts read back with
# list-metrics and get-metric-statistics, and the errors CloudWatch gives for a request it
# cannot answer.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name web --query repository.repositoryUri --output text
123456789012.dkr.ecr.us-east-1.amazonaws.com/web
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com

WARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

Login Succeeded
$ docker pull -q nginx:1.27
docker.io/library/nginx:1.27
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ docker rmi 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1 nginx:1.27 > /dev/null
$ docker pull -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ aws cloudwatch list-metrics --namespace AWS/Usage
{
    "Metrics": []
}
$ sleep 1m
$ aws cloudwatch list-metrics --namespace AWS/Usage --dimensions Name=Resource,Value=PutImage
{
    "Metrics": [
        {
            "Namespace": "AWS/Usage",
            "MetricName": "CallCount",
            "Dimensions": [
                {
                    "Name": "Type",
                    "Value": "API"
                },
                {
                    "Name": "Resource",
                    "Value": "PutImage"
                },
                {
                    "Name": "Service",
                    "Value": "ECR"
                },
                {
                    "Name": "Class",
                    "Value": "None"
                }
            ]
        }
    ]
}
$ aws cloudwatch list-metrics --namespace AWS/Usage --dimensions Name=Service,Value=ECR --output text
None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	GetAuthorizationToken
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	BatchCheckLayerAvailability
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	InitiateLayerUpload
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	UploadLayerPart
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	CompleteLayerUpload
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	PutImage
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	BatchGetImage
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
METRICS	CallCount	AWS/Usage
DIMENSIONS	Type	API
DIMENSIONS	Resource	GetDownloadUrlForLayer
DIMENSIONS	Service	ECR
DIMENSIONS	Class	None
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=GetDownloadUrlForLayer Name=Service,Value=ECR Name=Class,Value=None --start-time $(date -u -d '-10 min' +%FT%TZ) --end-time $(date -u +%FT%TZ) --period 300 --statistics Sum SampleCount Average Minimum Maximum
{
    "Label": "CallCount",
    "Datapoints": [
        {
            "Timestamp": "2025-12-31T23:56:00+00:00",
            "SampleCount": 1.0,
            "Average": 7.0,
            "Sum": 7.0,
            "Minimum": 7.0,
            "Maximum": 7.0,
            "Unit": "None"
        }
    ]
}
$ docker pull -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ sleep 2m
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Service,Value=ECR Name=Class,Value=None Name=Type,Value=API Name=Resource,Value=BatchGetImage --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 60 --statistics Sum --output table
------------------------------------------------
|              GetMetricStatistics             |
+------------------+---------------------------+
|  Label           |  CallCount                |
+------------------+---------------------------+
||                 Datapoints                 ||
|+-----+-----------------------------+--------+|
|| Sum |          Timestamp          | Unit   ||
|+-----+-----------------------------+--------+|
||  1.0|  2026-01-01T00:00:00+00:00  |  None  ||
||  1.0|  2026-01-01T00:01:00+00:00  |  None  ||
|+-----+-----------------------------+--------+|
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=BatchGetImage Name=Service,Value=ECR Name=Class,Value=None --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 3600 --extended-statistics p50 p100
{
    "Label": "CallCount",
    "Datapoints": [
        {
            "Timestamp": "2026-01-01T00:00:00+00:00",
            "Unit": "None",
            "ExtendedStatistics": {
                "p50": 1.0,
                "p100": 1.0
            }
        }
    ]
}
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=BatchGetImage Name=Service,Value=ECR Name=Class,Value=None --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 3600 --statistics Sum --unit Count
{
    "Label": "CallCount",
    "Datapoints": []
}
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Resource,Value=BatchGetImage --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 3600 --statistics Sum
{
    "Label": "CallCount",
    "Datapoints": []
}
$ aws cloudwatch list-metrics --namespace AWS/Usage --dimensions Name=Service,Value=CloudWatch --query 'Metrics[].Dimensions[1].Value' --output text
ListMetrics	GetMetricStatistics
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --start-time 2026-01-01T01:00:00Z --end-time 2026-01-01T00:00:00Z --period 60 --statistics Sum

An error occurred (InvalidParameterValue) when calling the GetMetricStatistics operation: The parameter StartTime must be less than the parameter EndTime.
? 254
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --start-time 2026-01-01T00:00:00Z --end-time 2026-01-02T00:00:00Z --period 60 --statistics Sum
{
    "Label": "CallCount",
    "Datapoints": []
}
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 60

An error occurred (InvalidParameterCombination) when calling the GetMetricStatistics operation: Must specify either Statistics or ExtendedStatistics
? 254
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 60 --statistics Sum --extended-statistics p90

An error occurred (InvalidParameterCombination) when calling the GetMetricStatistics operation: Must specify either Statistics or ExtendedStatistics, but not both.
? 254
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: --start-time, --end-time, --period

? 252
$ sleep 4h
$ aws cloudwatch list-metrics --namespace AWS/Usage --recently-active PT3H
{
    "Metrics": []
}
$ aws cloudwatch list-metrics --namespace AWS/Usage --dimensions Name=Resource,Value=PutImage --query 'length(Metrics)'
1
$ aws cloudwatch describe-alarms

Shipyard does not simulate `aws cloudwatch describe-alarms` yet.
? 255
