# Who changed IAM? CloudTrail's event history records every API call — including the ones
# that failed — and shows them a few minutes later, newest first.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name audit-demo --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.RoleId
"AROAJUXJVSNW5QT2OIFBF"
$ aws iam get-role --role-name audit-dem

An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name audit-dem cannot be found.
? 254
$ aws cloudtrail lookup-events --lookup-attributes '[{"AttributeKey":"EventName","AttributeValue":"CreateRole"}]'
{
    "Events": []
}
$ sleep 5m
$ aws cloudtrail lookup-events --lookup-attributes '[{"AttributeKey":"EventSource","AttributeValue":"iam.amazonaws.com"}]' --query 'Events[].[EventTime,EventName,Username,ReadOnly]' --output text
2026-01-01T00:00:01+00:00	GetRole	learner	true
2026-01-01T00:00:00+00:00	CreateRole	learner	false
$ aws cloudtrail lookup-events --lookup-attributes '[{"AttributeKey":"EventName","AttributeValue":"CreateRole"}]' --query 'Events[0].Resources'
[
    {
        "ResourceType": "AWS::IAM::Role",
        "ResourceName": "audit-demo"
    }
]
$ aws cloudtrail lookup-events --lookup-attributes '[{"AttributeKey":"EventName","AttributeValue":"GetRole"}]' --query 'Events[0].CloudTrailEvent' --output text
{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDABTAGVCLCFIDEWMFQV","arn":"arn:aws:iam::123456789012:user/learner","accountId":"123456789012","accessKeyId":"AKIA7FFUGQOK5PD7KAI2","userName":"learner"},"eventTime":"2026-01-01T00:00:01Z","eventSource":"iam.amazonaws.com","eventName":"GetRole","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.42","userAgent":"aws-cli/2.27.0 md/awscrt#0.25.4 ua/2.1 os/linux#6.8.0-60-generic md/arch#x86_64 lang/python#3.13.2 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#iam.get-role","errorCode":"NoSuchEntity","errorMessage":"The role with name audit-dem cannot be found.","requestParameters":{"roleName":"audit-dem"},"responseElements":null,"requestID":"db39b70c-b986-4078-8369-14a2d443d1e1","eventID":"facb6955-5673-47cf-9fb2-4181834fd82c","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"123456789012","eventCategory":"Management","tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"iam.amazonaws.com"}}
$ aws cloudtrail lookup-events --lookup-attributes '[{"AttributeKey":"EventName","AttributeValue":"CreateRole"},{"AttributeKey":"Username","AttributeValue":"learner"}]'

An error occurred (InvalidLookupAttributesException) when calling the LookupEvents operation: You cannot specify more than one lookup attribute.
? 254
