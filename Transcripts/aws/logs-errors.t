# CloudWatch Logs' errors: missing groups and streams, duplicates, retention values the
# service does not offer, events out of order or too old, bad tokens and filter patterns.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc

An error occurred (ResourceNotFoundException) when calling the GetLogEvents operation: The specified log group does not exist.
? 254
$ aws logs create-log-group --log-group-name /ecs/web
$ aws logs create-log-group --log-group-name /ecs/web

An error occurred (ResourceAlreadyExistsException) when calling the CreateLogGroup operation: The specified log group already exists
? 254
$ aws logs create-log-group --log-group-name 'ecs web'

An error occurred (InvalidParameterException) when calling the CreateLogGroup operation: 1 validation error detected: Value 'ecs web' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\.\-_/#A-Za-z0-9]+
? 254
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc

An error occurred (ResourceNotFoundException) when calling the GetLogEvents operation: The specified log stream does not exist.
? 254
$ aws logs create-log-stream --log-group-name /ecs/web --log-stream-name ecs/web/abc
$ aws logs create-log-stream --log-group-name /ecs/web --log-stream-name ecs/web/abc

An error occurred (ResourceAlreadyExistsException) when calling the CreateLogStream operation: The specified log stream already exists
? 254
$ aws logs create-log-stream --log-group-name /ecs/web --log-stream-name 'ecs:web'

An error occurred (InvalidParameterException) when calling the CreateLogStream operation: 1 validation error detected: Value 'ecs:web' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*
? 254
$ aws logs put-retention-policy --log-group-name /ecs/web --retention-in-days 10

An error occurred (InvalidParameterException) when calling the PutRetentionPolicy operation: 1 validation error detected: Value '10' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]
? 254
$ aws logs put-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc --log-events '[{"timestamp":1767225601000,"message":"b"},{"timestamp":1767225600000,"message":"a"}]'

An error occurred (InvalidParameterException) when calling the PutLogEvents operation: Log events in a single PutLogEvents request must be in chronological order.
? 254
$ aws logs put-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc --log-events '[{"timestamp":1700000000000,"message":"from 2023"},{"timestamp":1767225600000,"message":"now"},{"timestamp":1767240000000,"message":"4 hours ahead"}]'
{
    "nextSequenceToken": "37070933157714603651125942443740860951055738245992845875",
    "rejectedLogEventsInfo": {
        "tooNewLogEventStartIndex": 2,
        "tooOldLogEventEndIndex": 1
    }
}
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc --query 'events[].message'
[
    "now"
]
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc --next-token f/123

An error occurred (InvalidParameterException) when calling the GetLogEvents operation: The specified nextToken is invalid.
? 254
$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/web/abc --limit 0

Parameter validation failed:
Invalid value for parameter limit, value: 0, valid min value: 1
? 252
$ aws logs filter-log-events --log-group-name /ecs/web --filter-pattern '{ $.level = }'

An error occurred (InvalidParameterException) when calling the FilterLogEvents operation: Invalid filter pattern
? 254
$ aws logs filter-log-events --log-group-name /ecs/web --filter-pattern '"unterminated'

An error occurred (InvalidParameterException) when calling the FilterLogEvents operation: Invalid filter pattern
? 254
$ aws logs filter-log-events --log-group-name /ecs/web --log-stream-names ecs/web/abc --log-stream-name-prefix ecs

An error occurred (InvalidParameterException) when calling the FilterLogEvents operation: logStreamNames and logStreamNamePrefix are mutually exclusive parameters.
? 254
$ aws logs describe-log-streams --log-group-name /ecs/web --order-by LastEventTime --log-stream-name-prefix ecs

An error occurred (InvalidParameterException) when calling the DescribeLogStreams operation: Cannot order by LastEventTime with a logStreamNamePrefix.
? 254
$ aws logs delete-log-group --log-group-name /ecs/web
$ aws logs delete-log-group --log-group-name /ecs/web

An error occurred (ResourceNotFoundException) when calling the DeleteLogGroup operation: The specified log group does not exist.
? 254
