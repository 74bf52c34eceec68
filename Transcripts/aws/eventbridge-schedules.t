# EventBridge rules on a schedule: rate(5 minutes) runs a period after the rule is put and
# every period after; cron(Minutes Hours Day-of-month Month Day-of-week Year) runs on the
# minutes it names, in UTC, one of its day fields ?. Each run sends the rule's targets a
# "Scheduled Event" (source aws.events, the rule as its resource); a disabled rule does not
# run, and CloudWatch counts the runs (TriggeredRules). Expressions EventBridge refuses:
# rate(1 minutes), both day fields given.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws logs create-log-group --log-group-name /aws/events/ticks
$ aws logs put-resource-policy --policy-name events --policy-document '{"Statement":[{"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Action":"logs:*","Resource":"*"}]}' --query resourcePolicy.policyName
"events"
$ aws events put-rule --name every-5 --schedule-expression 'rate(5 minutes)'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/every-5"
}
$ aws events put-targets --rule every-5 --targets Id=logs,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ticks
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws events put-rule --name hourly --schedule-expression 'cron(0 * * * ? *)'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/hourly"
}
$ aws events put-targets --rule hourly --targets Id=logs,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ticks
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws events put-rule --name weekdays --schedule-expression 'cron(30 9 ? * MON-FRI *)'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/weekdays"
}
$ aws events put-rule --name bad --schedule-expression 'rate(1 minutes)'

An error occurred (ValidationException) when calling the PutRule operation: Parameter ScheduleExpression is not valid.
? 254
$ aws events put-rule --name bad --schedule-expression 'cron(0 12 * * * *)'

An error occurred (ValidationException) when calling the PutRule operation: Parameter ScheduleExpression is not valid.
? 254
$ aws events put-rule --name bad --schedule-expression 'cron(0 12 ? * 2-6 2026)'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/bad"
}
$ sleep 61m
$ aws logs tail /aws/events/ticks --since 2h --format short
2026-01-01T00:05:02 {"version":"0","id":"b49f6f11-6a4f-4040-ba84-8c41f280c94f","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:05:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:10:02 {"version":"0","id":"5a5081f0-3487-4786-8c67-35418cb3a66b","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:10:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:15:02 {"version":"0","id":"52438e2d-9b19-4b27-b632-b3ede8b53566","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:15:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:20:02 {"version":"0","id":"4105384a-bc1d-4b3e-8656-3f6e480f6e88","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:20:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:25:02 {"version":"0","id":"1347330e-5afb-4faf-80ad-6b10f61cd532","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:25:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:30:02 {"version":"0","id":"d533d9b5-215d-4db9-9f97-2b84c71ac5be","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:30:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:35:02 {"version":"0","id":"3cd2b20b-f106-45df-81dc-44cec73c0791","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:35:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:40:02 {"version":"0","id":"052f26a5-eae1-42a6-acd1-744980877c11","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:40:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:45:02 {"version":"0","id":"042c7ce5-703d-4850-b821-08e74f2c474e","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:45:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:50:02 {"version":"0","id":"c592e6eb-c5ac-4e9e-abe5-f7efe1b50d76","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:50:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T00:55:02 {"version":"0","id":"85bdc523-465a-4881-96b5-4599d24131c1","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T00:55:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
2026-01-01T01:00:00 {"version":"0","id":"ac851517-f805-4ffd-9521-73c7cdcb8533","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T01:00:00Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/hourly"],"detail":{}}
2026-01-01T01:00:02 {"version":"0","id":"310189f4-168b-443b-95d1-f741cfbeb80c","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-01-01T01:00:02Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/every-5"],"detail":{}}
$ aws events disable-rule --name every-5
$ sleep 10m
$ aws logs tail /aws/events/ticks --since 11m --format short
$ aws events describe-rule --name hourly
{
    "Name": "hourly",
    "Arn": "arn:aws:events:us-east-1:123456789012:rule/hourly",
    "ScheduleExpression": "cron(0 * * * ? *)",
    "State": "ENABLED",
    "EventBusName": "default",
    "CreatedBy": "123456789012"
}
$ aws cloudwatch get-metric-statistics --namespace AWS/Events --metric-name TriggeredRules --dimensions Name=RuleName,Value=every-5 --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T02:00:00Z --period 7200 --statistics Sum --query 'Datapoints[0].Sum'
12.0
