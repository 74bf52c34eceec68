# CloudWatch Logs as the awslogs driver uses it: a log group per service, a stream per task.
# get-log-events reads a stream (newest events by default, or from the head), and its
# forward token comes back unchanged once you have caught up; filter-log-events searches a
# whole group with a filter pattern.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws logs create-log-group --log-group-name /ecs/web
$ aws logs put-retention-policy --log-group-name /ecs/web --retention-in-days 7
$ aws logs create-log-stream --log-group-name /ecs/web --log-stream-name ecs/web/4f2a1c
$ aws logs create-log-stream --log-group-name /ecs/web --log-stream-name ecs/web/9b7d3e
$ cat > a.json <<'EOF'
> [
>   {"timestamp": 1767225600000, "message": "nginx: starting"},
>   {"timestamp": 1767225601500, "message": "GET /health 200"},
>   {"timestamp": 1767225603000, "message": "ERROR upstream timed out"}
> ]
> EOF
$ cat > b.json <<'EOF'
> [
>   {"timestamp": 1767225602000, "message": "{\"level\":\"warn\",\"path\":\"/checkout\",\"latency_ms\":812}"},
>   {"timestamp": 1767225604000, "message": "ERROR connection reset by peer"}
> ]
> EOF
$ aws logs put-log-events --log-group-name /ecs/web --log-stream-name ecs/web/4f2a1c --log-events file://a.json
{
    "nextSequenceToken": "39340819692536487068869478742976981525516360757782644614"
}
$ aws logs put-log-events --log-group-name /ecs/web --log-stream-name ecs/web/9b7d3e --log-events file://b.json
{
    "nextSequenceToken": "33859986731838097468699555985870486411327467522908775487"
}
$ aws logs describe-log-groups --log-group-name-prefix /ecs
{
    "logGroups": [
        {
            "logGroupName": "/ecs/web",
            "creationTime": 1767225600000,
            "retentionInDays": 7,
            "metricFilterCount": 0,
            "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*",
            "storedBytes": 266,
            "logGroupClass": "STANDARD",
            "logGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web"
        }
    ]
}
$ aws logs describe-log-streams --log-group-name /ecs/web --order-by LastEventTime --descending
{
    "logStreams": [
        {
            "logStreamName": "ecs/web/9b7d3e",
            "creationTime": 1767225603000,
            "firstEventTimestamp": 1767225602000,
            "lastEventTimestamp": 1767225604000,
            "lastIngestionTime": 1767225607000,
            "uploadSequenceToken": "33859986731838097468699555985870486411327467522908775487",
            "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:log-stream:ecs/web/9b7d3e",
            "storedBytes": 0
        },
        {
            "logStreamName": "ecs/web/4f2a1c",
            "creationTime": 1767225602000,
            "firstEventTimestamp": 1767225600000,
            "lastEventTimestamp": 1767225603000,
            "lastIngestionTime": 1767225606000,
            "uploadSequenceToken": "39340819692536487068869478742976981525516360757782644614",
            "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:log-stream:ecs/web/4f2a1c",
            "storedBytes": 0
        }
    ]
}
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/4f2a1c
{
    "events": [
        {
            "timestamp": 1767225600000,
            "message": "nginx: starting",
            "ingestionTime": 1767225606000
        },
        {
            "timestamp": 1767225601500,
            "message": "GET /health 200",
            "ingestionTime": 1767225606000
        },
        {
            "timestamp": 1767225603000,
            "message": "ERROR upstream timed out",
            "ingestionTime": 1767225606000
        }
    ],
    "nextForwardToken": "f/33253095488081241972692116897093402118240783365964356450",
    "nextBackwardToken": "b/33604361471263208822864812899783819696513536661515918699"
}
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/4f2a1c --start-from-head --limit 2
{
    "events": [
        {
            "timestamp": 1767225600000,
            "message": "nginx: starting",
            "ingestionTime": 1767225606000
        },
        {
            "timestamp": 1767225601500,
            "message": "GET /health 200",
            "ingestionTime": 1767225606000
        }
    ],
    "nextForwardToken": "f/30705001394770483214500489823422383610677120837111603019",
    "nextBackwardToken": "b/33604361471263208822864812899783819696513536661515918699"
}
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/4f2a1c --next-token f/30705001394770483214500489823422383610677120837111603019
{
    "events": [
        {
            "timestamp": 1767225603000,
            "message": "ERROR upstream timed out",
            "ingestionTime": 1767225606000
        }
    ],
    "nextForwardToken": "f/33253095488081241972692116897093402118240783365964356450",
    "nextBackwardToken": "b/30705001394770483214500489823422383610677120837111603019"
}
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/4f2a1c --next-token f/33253095488081241972692116897093402118240783365964356450
{
    "events": [],
    "nextForwardToken": "f/33253095488081241972692116897093402118240783365964356450",
    "nextBackwardToken": "b/33253095488081241972692116897093402118240783365964356450"
}
$ aws logs filter-log-events --log-group-name /ecs/web --filter-pattern ERROR
{
    "events": [
        {
            "logStreamName": "ecs/web/4f2a1c",
            "timestamp": 1767225603000,
            "message": "ERROR upstream timed out",
            "ingestionTime": 1767225606000,
            "eventId": "36934122914442142064158953449079288091773303467501570837"
        },
        {
            "logStreamName": "ecs/web/9b7d3e",
            "timestamp": 1767225604000,
            "message": "ERROR connection reset by peer",
            "ingestionTime": 1767225607000,
            "eventId": "34632705552021260569206003731293785009707223362125920010"
        }
    ],
    "searchedLogStreams": []
}
$ aws logs filter-log-events --log-group-name /ecs/web --filter-pattern '{ $.latency_ms > 500 }' --query 'events[].[logStreamName,message]' --output text
ecs/web/9b7d3e	{"level":"warn","path":"/checkout","latency_ms":812}
$ aws logs filter-log-events --log-group-name /ecs/web --log-stream-name-prefix ecs/web/4 --filter-pattern '?health ?starting' --query 'events[].message'
[
    "nginx: starting",
    "GET /health 200"
]
$ aws logs filter-log-events --log-group-name /ecs/web --start-time 1767225602000 --end-time 1767225603000 --query 'events[].[timestamp,message]' --output text
1767225602000	{"level":"warn","path":"/checkout","latency_ms":812}
1767225603000	ERROR upstream timed out
