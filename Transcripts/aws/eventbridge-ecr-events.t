# ECR's "ECR Image Action" events on EventBridge's default bus, routed by rules to a
# CloudWatch Logs group: a push and a deletion, patterns that pick some of them
# (test-event-pattern shows which), a rule disabled and enabled, a group EventBridge may not
# write to until a resource policy lets it, a target that gets only the event's detail, and
# events of your own with put-events. CloudWatch counts the matches and the deliveries that
# failed (AWS/Events). Mistakes get EventBridge's errors.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name web --query repository.repositoryName --output text
web
$ aws logs create-log-group --log-group-name /aws/events/ecr
$ aws logs create-log-group --log-group-name ecr-deletions
$ aws events put-rule --name ecr-all --event-pattern '{"source":["aws.ecr"],"detail-type":["ECR Image Action"]}' --description 'Every image action'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/ecr-all"
}
$ aws events put-rule --name ecr-deletions --event-pattern '{"source":["aws.ecr"],"detail":{"action-type":["DELETE"]}}'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/ecr-deletions"
}
$ aws events put-targets --rule ecr-all --targets Id=logs,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ecr
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws events put-targets --rule ecr-deletions --targets Id=deleted,Arn=arn:aws:logs:us-east-1:123456789012:log-group:ecr-deletions,InputPath=$.detail
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws events list-rules --name-prefix ecr --query 'Rules[].[Name,State,Description]' --output text
ecr-all	ENABLED	Every image action
ecr-deletions	ENABLED	None
$ aws events describe-rule --name ecr-deletions
{
    "Name": "ecr-deletions",
    "Arn": "arn:aws:events:us-east-1:123456789012:rule/ecr-deletions",
    "EventPattern": "{\"source\":[\"aws.ecr\"],\"detail\":{\"action-type\":[\"DELETE\"]}}",
    "State": "ENABLED",
    "EventBusName": "default",
    "CreatedBy": "123456789012"
}
$ aws events list-targets-by-rule --rule ecr-deletions
{
    "Targets": [
        {
            "Id": "deleted",
            "Arn": "arn:aws:logs:us-east-1:123456789012:log-group:ecr-deletions",
            "InputPath": "$.detail"
        }
    ]
}
$ aws logs put-resource-policy --policy-name TrustEventsToStoreLogEvents --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["delivery.logs.amazonaws.com","events.amazonaws.com"]},"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/*:*"}]}' --query resourcePolicy.policyName --output text
TrustEventsToStoreLogEvents
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com > /dev/null 2>&1
$ docker pull -q nginx:1.27
docker.io/library/nginx:1.27
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ aws logs tail /aws/events/ecr
2026-01-01T00:00:14.000000+00:00 b49f6f11-6a4f-4040-ba84-8c41f280c94f {"version":"0","id":"b49f6f11-6a4f-4040-ba84-8c41f280c94f","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:00:14Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"PUSH","image-tag":"v1"}}
$ aws ecr batch-delete-image --repository-name web --image-ids imageTag=v1 --query 'imageIds[].imageTag' --output text
v1
$ aws logs tail /aws/events/ecr --format short
2026-01-01T00:00:14 {"version":"0","id":"b49f6f11-6a4f-4040-ba84-8c41f280c94f","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:00:14Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"PUSH","image-tag":"v1"}}
2026-01-01T00:00:16 {"version":"0","id":"5a5081f0-3487-4786-8c67-35418cb3a66b","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:00:16Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"DELETE","image-tag":"v1"}}
$ aws logs describe-log-streams --log-group-name ecr-deletions --query 'logStreams[].logStreamName'
[]
$ sleep 1m
$ aws cloudwatch list-metrics --namespace AWS/Events --query 'Metrics[].[MetricName,Dimensions[0].Value]' --output text
MatchedEvents	None
MatchedEvents	ecr-all
TriggeredRules	ecr-all
Invocations	None
Invocations	ecr-all
MatchedEvents	ecr-deletions
TriggeredRules	ecr-deletions
Invocations	ecr-deletions
FailedInvocations	ecr-deletions
$ aws cloudwatch get-metric-statistics --namespace AWS/Events --metric-name FailedInvocations --dimensions Name=RuleName,Value=ecr-deletions --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --period 3600 --statistics Sum --query 'Datapoints[0].Sum'
1.0
$ aws logs put-resource-policy --policy-name TrustEventsEverywhere --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Action":"logs:*","Resource":"*"}]}' --query resourcePolicy.policyName --output text
TrustEventsEverywhere
$ aws events disable-rule --name ecr-all
$ docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ aws ecr batch-delete-image --repository-name web --image-ids imageTag=v1 --query 'imageIds[].imageTag' --output text
v1
$ aws logs tail /aws/events/ecr --format short
2026-01-01T00:00:14 {"version":"0","id":"b49f6f11-6a4f-4040-ba84-8c41f280c94f","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:00:14Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"PUSH","image-tag":"v1"}}
2026-01-01T00:00:16 {"version":"0","id":"5a5081f0-3487-4786-8c67-35418cb3a66b","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:00:16Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"DELETE","image-tag":"v1"}}
$ aws logs tail ecr-deletions --format short
2026-01-01T00:01:25 {"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"DELETE","image-tag":"v1"}
$ aws events enable-rule --name ecr-all
$ aws events describe-rule --name ecr-all --query State --output text
ENABLED
$ aws events test-event-pattern --event-pattern '{"detail":{"image-tag":[{"prefix":"release-"}],"repository-name":[{"anything-but":"scratch"}]}}' --event '{"id":"1","account":"123456789012","source":"aws.ecr","time":"2026-01-01T00:00:00Z","region":"us-east-1","resources":[],"detail-type":"ECR Image Action","detail":{"repository-name":"web","image-tag":"release-2"}}'
{
    "Result": true
}
$ aws events test-event-pattern --event-pattern '{"detail":{"image-tag":[{"exists":false}]}}' --event '{"id":"1","account":"123456789012","source":"aws.ecr","time":"2026-01-01T00:00:00Z","region":"us-east-1","resources":[],"detail-type":"ECR Image Action","detail":{"image-tag":"v1"}}'
{
    "Result": false
}
$ aws events test-event-pattern --event-pattern '{"source":["aws.ecr"]}' --event '{"source":"aws.ecr"}'

An error occurred (ValidationException) when calling the TestEventPattern operation: Parameter Event is not valid.
? 254
$ aws events put-rule --name my-app --event-pattern '{"source":["my.app"]}'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/my-app"
}
$ aws events put-targets --rule my-app --targets Id=logs,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ecr
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws events put-events --entries 'Source=my.app,DetailType=build finished,Detail="{\"image\":\"web:v2\"}"' 'Source=aws.ecr,DetailType=ECR Image Action,Detail="{}"' 'Source=my.app,DetailType=oops'
{
    "FailedEntryCount": 2,
    "Entries": [
        {
            "EventId": "1347330e-5afb-4faf-80ad-6b10f61cd532"
        },
        {
            "ErrorCode": "NotAuthorizedForSourceException",
            "ErrorMessage": "Not authorized for the source."
        },
        {
            "ErrorCode": "InvalidArgument",
            "ErrorMessage": "Parameter Detail is not valid. Reason: Detail is a required argument."
        }
    ]
}
$ aws logs tail /aws/events/ecr --since 1m --format short
2026-01-01T00:01:35 {"version":"0","id":"1347330e-5afb-4faf-80ad-6b10f61cd532","detail-type":"build finished","source":"my.app","account":"123456789012","time":"2026-01-01T00:01:35Z","region":"us-east-1","resources":[],"detail":{"image":"web:v2"}}
$ aws events put-rule --name ecr-all --event-pattern '{"source":"aws.ecr"}'

An error occurred (InvalidEventPatternException) when calling the PutRule operation: Event pattern is not valid. Reason: "source" must be an object or an array
 at [Source: (String)"{"source":"aws.ecr"}"; line: 1, column: 12]
? 254
$ aws events put-rule --name ecr-all --event-pattern '{"source":[{"begins-with":"aws."}]}'

An error occurred (InvalidEventPatternException) when calling the PutRule operation: Event pattern is not valid. Reason: Unrecognized match type begins-with
? 254
$ aws events put-rule --name 'ecr all' --event-pattern '{"source":["aws.ecr"]}'

An error occurred (ValidationException) when calling the PutRule operation: 1 validation error detected: Value 'ecr all' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\.\-_A-Za-z0-9]+
? 254
$ aws events put-rule --name nothing

An error occurred (ValidationException) when calling the PutRule operation: Parameter(s) EventPattern or ScheduleExpression must be specified.
? 254
$ aws events describe-rule --name nope

An error occurred (ResourceNotFoundException) when calling the DescribeRule operation: Rule nope does not exist on EventBus default.
? 254
$ aws events put-targets --rule nope --targets Id=a,Arn=arn:aws:logs:us-east-1:123456789012:log-group:x

An error occurred (ResourceNotFoundException) when calling the PutTargets operation: Rule nope does not exist on EventBus default.
? 254
$ aws events list-rules --event-bus-name custom

An error occurred (ResourceNotFoundException) when calling the ListRules operation: Event bus custom does not exist.
? 254
$ aws events delete-rule --name ecr-all

An error occurred (ValidationException) when calling the DeleteRule operation: Rule can't be deleted since it has targets.
? 254
$ aws events remove-targets --rule ecr-all --ids logs
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws events delete-rule --name ecr-all
$ aws events list-rules --query 'Rules[].Name' --output text
ecr-deletions	my-app
$ aws events create-event-bus --name custom

Shipyard does not simulate `aws events create-event-bus` yet.
? 255
