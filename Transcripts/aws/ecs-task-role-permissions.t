# A task role's permissions hold inside the task: aws-cli in a container runs as the task
# role, and IAM allows it only what the role's policies allow. A role with just the Session
# Manager channels (enough for ECS Exec) may not list tasks, read logs or describe instances:
# each call is refused with the action and the resource IAM checked (ECS says `on resource: *`
# for ListTasks; EC2 adds an encoded message when the call would change something). A policy
# put on the role counts from the next call, conditions included (ecs:cluster allows demo,
# not the default cluster); an explicit deny wins and names its managed policy. CloudTrail
# records the refusals as the task role's session. sts get-caller-identity needs no
# permission, and the learner's own identity is not affected.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name demo --query cluster.clusterArn --output text
arn:aws:ecs:us-east-1:123456789012:cluster/demo
$ cat > ecs-tasks-trust.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Effect": "Allow",
>       "Principal": {"Service": "ecs-tasks.amazonaws.com"},
>       "Action": "sts:AssumeRole"
>     }
>   ]
> }
> EOF
$ aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://ecs-tasks-trust.json --query Role.Arn --output text
arn:aws:iam::123456789012:role/ecsTaskExecutionRole
$ aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
$ aws iam create-role --role-name appTaskRole --assume-role-policy-document file://ecs-tasks-trust.json --query Role.Arn --output text
arn:aws:iam::123456789012:role/appTaskRole
$ cat > ecs-exec-policy.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Effect": "Allow",
>       "Action": [
>         "ssmmessages:CreateControlChannel",
>         "ssmmessages:CreateDataChannel",
>         "ssmmessages:OpenControlChannel",
>         "ssmmessages:OpenDataChannel"
>       ],
>       "Resource": "*"
>     }
>   ]
> }
> EOF
$ aws iam put-role-policy --role-name appTaskRole --policy-name ecs-exec --policy-document file://ecs-exec-policy.json
$ aws logs create-log-group --log-group-name /ecs/app
$ aws ecs register-task-definition --family app --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --task-role-arn arn:aws:iam::123456789012:role/appTaskRole --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole --container-definitions '[{"name":"app","image":"public.ecr.aws/aws-cli/aws-cli:2.27.0","entryPoint":["sh","-c"],"command":["echo app started; sleep infinity"],"logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/app","awslogs-region":"us-east-1","awslogs-stream-prefix":"app"}}}]' --query taskDefinition.taskDefinitionArn --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/app:1
$ SUBNET=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query 'Subnets[0].SubnetId' --output text)
$ TASK=$(aws ecs run-task --cluster demo --task-definition app --launch-type FARGATE --enable-execute-command --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query 'tasks[0].taskArn' --output text)
$ aws ecs wait tasks-running --cluster demo --tasks $TASK
$ STREAM=$(aws logs describe-log-streams --log-group-name /ecs/app --query 'logStreams[0].logStreamName' --output text)
$ echo $STREAM
app/app/1452fdc841514adb6240977e1511b525
$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws sts get-caller-identity --query Arn --output text"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0014264eb6ef57726
arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525


Exiting session with sessionId: ecs-execute-command-0014264eb6ef57726.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws ecs list-tasks --cluster demo"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-08f383052487500e5

An error occurred (AccessDeniedException) when calling the ListTasks operation: User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action


Exiting session with sessionId: ecs-execute-command-08f383052487500e5.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws logs get-log-events --log-group-name /ecs/app --log-stream-name $STREAM --query events[].message --output text"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-01d09e473d537ab94

An error occurred (AccessDeniedException) when calling the GetLogEvents operation: User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: logs:GetLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:log-stream:app/app/1452fdc841514adb6240977e1511b525 because no identity-based policy allows the logs:GetLogEvents action


Exiting session with sessionId: ecs-execute-command-01d09e473d537ab94.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws ec2 describe-instances"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0330b2119c8b7b220

An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action


Exiting session with sessionId: ecs-execute-command-0330b2119c8b7b220.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws ec2 create-vpc --cidr-block 10.1.0.0/16"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-06efe17dcea344ae3

An error occurred (UnauthorizedOperation) when calling the CreateVpc operation: You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ec2:CreateVpc on resource: arn:aws:ec2:us-east-1:123456789012:vpc/* because no identity-based policy allows the ec2:CreateVpc action. Encoded authorization failure message: Hy1MtnmNCab8fsJRZBVSCvpJaQtVtD4wcl8j0ATm8JTeD7VJy83KrGReI_i_rHH_OzHQO_Poky-IZ1hFXMuaECX6Q7VVM_PYGnW2pPqZbBkNI7biXtQIu5ApXUlVSiDISIWMazRyieYQVFbMUrn6WCmy_1V0MKFRFtZD8ptPcp-DvOmuEX93qRgUSqslbo2WFC-O6ln-GB3qk75SR4i2yE0j8ThlJk6OuWMA-iKOyKJgPsb9sCWonGIobYpDNX6MgXnL23_a7pb2rZWYwZod6IVGctvOYJ48lBxLVSjKQiNAFsDJi03VvUECj61M4lKQ4BzZMiZ6JptE0SgEFGiwP7l6Im7VSmw5kMjZF7oU8XSjtcCSZ7ZS1wtzofro94SS1c0zpWyx5qjO74gFG69CsQ_thDgIaITAja1nKLf-RxQRGFTe4_eKV8eQUPw-MIGBJUJoHI_UEw_MJfNUBaQ2w0w8AiS_iSChd7jmMKC4jxfKxN00esP7Q02mOdu5HyLm1mGM_kHQKnSRIv79voUG9Mkk1GLtUJwHpwfl-VUxZ4fDQOINsVgbrY6FUY54Io2kFqwQwEQjHaRRnle_CmFdRQuMLSemBzcF7Efr_hkPP8psK9_IfRsLoJghXoO678swxHeFrzTK01VCu2GtFzY9LI9PGFThYLfQKLl0xFr5BbGQoUcxbkfR4D4KqV3wA-UIfymXYY7cTBic2P7eJNES8q1HmHKjz5wgMYDbuO_fTV2Rh-rhL-5fnz9juJ7cGwRwkJf_aH7k1e8PvprVgdhnBQqfVoFSVAvRhZ8FwB9jZjukJ9Z3


Exiting session with sessionId: ecs-execute-command-06efe17dcea344ae3.

$ aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/appTaskRole --action-names ecs:ListTasks --query 'EvaluationResults[].[EvalActionName,EvalDecision]' --output text
ecs:ListTasks	implicitDeny
$ cat > read-app.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Effect": "Allow",
>       "Action": ["ecs:ListTasks", "ecs:DescribeTasks"],
>       "Resource": "*",
>       "Condition": {"ArnEquals": {"ecs:cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/demo"}}
>     },
>     {
>       "Effect": "Allow",
>       "Action": "logs:GetLogEvents",
>       "Resource": "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:*"
>     }
>   ]
> }
> EOF
$ aws iam put-role-policy --role-name appTaskRole --policy-name read-app --policy-document file://read-app.json
$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws ecs list-tasks --cluster demo"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-0cf66fff5cb489f27
{
    "taskArns": [
        "arn:aws:ecs:us-east-1:123456789012:task/demo/1452fdc841514adb6240977e1511b525"
    ]
}


Exiting session with sessionId: ecs-execute-command-0cf66fff5cb489f27.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws ecs list-tasks"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-08554307cbdc211fe

An error occurred (AccessDeniedException) when calling the ListTasks operation: User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action


Exiting session with sessionId: ecs-execute-command-08554307cbdc211fe.

$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws logs get-log-events --log-group-name /ecs/app --log-stream-name $STREAM --query events[].message --output text"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-061ff7e730cf24dea
app started


Exiting session with sessionId: ecs-execute-command-061ff7e730cf24dea.

$ cat > deny-logs.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {"Effect": "Deny", "Action": "logs:*", "Resource": "*"}
>   ]
> }
> EOF
$ aws iam create-policy --policy-name deny-logs --policy-document file://deny-logs.json --query Policy.Arn --output text
arn:aws:iam::123456789012:policy/deny-logs
$ aws iam attach-role-policy --role-name appTaskRole --policy-arn arn:aws:iam::123456789012:policy/deny-logs
$ aws ecs execute-command --cluster demo --task $TASK --container app --interactive --command "aws logs get-log-events --log-group-name /ecs/app --log-stream-name $STREAM --query events[].message --output text"

The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.


Starting session with SessionId: ecs-execute-command-02952c6c861ad0aca

An error occurred (AccessDeniedException) when calling the GetLogEvents operation: User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: logs:GetLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:log-stream:app/app/1452fdc841514adb6240977e1511b525 with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/deny-logs


Exiting session with sessionId: ecs-execute-command-02952c6c861ad0aca.

$ sleep 5m
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=ListTasks --query 'Events[].[EventTime,EventName,Username]' --output text
2026-01-01T00:00:53+00:00	ListTasks	1452fdc841514adb6240977e1511b525
2026-01-01T00:00:52+00:00	ListTasks	1452fdc841514adb6240977e1511b525
2026-01-01T00:00:45+00:00	ListTasks	1452fdc841514adb6240977e1511b525
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=ListTasks --query 'Events[-1].CloudTrailEvent' --output text
{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROA2EC7CAWWV5UMDCAUZ:1452fdc841514adb6240977e1511b525","arn":"arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525","accountId":"123456789012","accessKeyId":"ASIAV7HQZYZKMWWIU6XG","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROA2EC7CAWWV5UMDCAUZ","arn":"arn:aws:iam::123456789012:role/appTaskRole","accountId":"123456789012","userName":"appTaskRole"},"attributes":{"creationDate":"2026-01-01T00:00:45Z","mfaAuthenticated":"false"}}},"eventTime":"2026-01-01T00:00:45Z","eventSource":"ecs.amazonaws.com","eventName":"ListTasks","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.42","userAgent":"aws-cli/2.27.0 md/awscrt#0.25.4 ua/2.1 os/linux#6.8.0-60-generic md/arch#x86_64 lang/python#3.13.2 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#ecs.list-tasks","errorCode":"AccessDeniedException","errorMessage":"User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action","requestParameters":{"cluster":"demo"},"responseElements":null,"requestID":"b7506b7c-d6fb-44c1-8657-4175eb4d139f","eventID":"ae81e99e-87f2-40c8-b4b1-6ca57640a045","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"123456789012","eventCategory":"Management","tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"ecs.us-east-1.amazonaws.com"}}
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateVpc --query 'Events[0].CloudTrailEvent' --output text
{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROA2EC7CAWWV5UMDCAUZ:1452fdc841514adb6240977e1511b525","arn":"arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525","accountId":"123456789012","accessKeyId":"ASIAV7HQZYZKMWWIU6XG","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROA2EC7CAWWV5UMDCAUZ","arn":"arn:aws:iam::123456789012:role/appTaskRole","accountId":"123456789012","userName":"appTaskRole"},"attributes":{"creationDate":"2026-01-01T00:00:48Z","mfaAuthenticated":"false"}}},"eventTime":"2026-01-01T00:00:48Z","eventSource":"ec2.amazonaws.com","eventName":"CreateVpc","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.42","userAgent":"aws-cli/2.27.0 md/awscrt#0.25.4 ua/2.1 os/linux#6.8.0-60-generic md/arch#x86_64 lang/python#3.13.2 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#ec2.create-vpc","errorCode":"Client.UnauthorizedOperation","errorMessage":"You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/appTaskRole/1452fdc841514adb6240977e1511b525 is not authorized to perform: ec2:CreateVpc on resource: arn:aws:ec2:us-east-1:123456789012:vpc/* because no identity-based policy allows the ec2:CreateVpc action. Encoded authorization failure message: Hy1MtnmNCab8fsJRZBVSCvpJaQtVtD4wcl8j0ATm8JTeD7VJy83KrGReI_i_rHH_OzHQO_Poky-IZ1hFXMuaECX6Q7VVM_PYGnW2pPqZbBkNI7biXtQIu5ApXUlVSiDISIWMazRyieYQVFbMUrn6WCmy_1V0MKFRFtZD8ptPcp-DvOmuEX93qRgUSqslbo2WFC-O6ln-GB3qk75SR4i2yE0j8ThlJk6OuWMA-iKOyKJgPsb9sCWonGIobYpDNX6MgXnL23_a7pb2rZWYwZod6IVGctvOYJ48lBxLVSjKQiNAFsDJi03VvUECj61M4lKQ4BzZMiZ6JptE0SgEFGiwP7l6Im7VSmw5kMjZF7oU8XSjtcCSZ7ZS1wtzofro94SS1c0zpWyx5qjO74gFG69CsQ_thDgIaITAja1nKLf-RxQRGFTe4_eKV8eQUPw-MIGBJUJoHI_UEw_MJfNUBaQ2w0w8AiS_iSChd7jmMKC4jxfKxN00esP7Q02mOdu5HyLm1mGM_kHQKnSRIv79voUG9Mkk1GLtUJwHpwfl-VUxZ4fDQOINsVgbrY6FUY54Io2kFqwQwEQjHaRRnle_CmFdRQuMLSemBzcF7Efr_hkPP8psK9_IfRsLoJghXoO678swxHeFrzTK01VCu2GtFzY9LI9PGFThYLfQKLl0xFr5BbGQoUcxbkfR4D4KqV3wA-UIfymXYY7cTBic2P7eJNES8q1HmHKjz5wgMYDbuO_fTV2Rh-rhL-5fnz9juJ7cGwRwkJf_aH7k1e8PvprVgdhnBQqfVoFSVAvRhZ8FwB9jZjukJ9Z3","requestParameters":{"cidrBlock":"10.1.0.0/16"},"responseElements":null,"requestID":"ae37e8b3-7ee8-4df3-886f-47832dcc4680","eventID":"3a7908e5-9767-42a5-9cab-209c647d9937","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"123456789012","eventCategory":"Management","tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"ec2.us-east-1.amazonaws.com"}}
$ aws ecs list-tasks --cluster demo --query 'length(taskArns)'
1
