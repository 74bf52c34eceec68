# ECR is private to the account and guarded by IAM: a role session may use ECR only as its
# policies allow. With a role's exported credentials from `aws sts assume-role`, each call
# is that session's: refused at first, a login token and reads once the AWS managed policy
# AmazonEC2ContainerRegistryReadOnly is attached, writes still refused, and nothing once the
# session has expired.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name web --query repository.repositoryArn --output text
arn:aws:ecr:us-east-1:123456789012:repository/web
$ aws iam create-role --role-name puller --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/puller
$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/puller --role-session-name ci --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text > creds.txt
$ export AWS_ACCESS_KEY_ID=$(cut -f1 creds.txt) AWS_SECRET_ACCESS_KEY=$(cut -f2 creds.txt) AWS_SESSION_TOKEN=$(cut -f3 creds.txt)
$ aws sts get-caller-identity --query Arn --output text
arn:aws:sts::123456789012:assumed-role/puller/ci
$ aws ecr get-login-password

An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::123456789012:assumed-role/puller/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action
? 254
$ aws ecr describe-repositories

An error occurred (AccessDeniedException) when calling the DescribeRepositories operation: User: arn:aws:sts::123456789012:assumed-role/puller/ci is not authorized to perform: ecr:DescribeRepositories on resource: arn:aws:ecr:us-east-1:123456789012:repository/* because no identity-based policy allows the ecr:DescribeRepositories action
? 254
$ unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
$ aws iam attach-role-policy --role-name puller --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
$ export AWS_ACCESS_KEY_ID=$(cut -f1 creds.txt) AWS_SECRET_ACCESS_KEY=$(cut -f2 creds.txt) AWS_SESSION_TOKEN=$(cut -f3 creds.txt)
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ aws ecr describe-repositories --query 'repositories[].repositoryName' --output text
web
$ aws ecr create-repository --repository-name api

An error occurred (AccessDeniedException) when calling the CreateRepository operation: User: arn:aws:sts::123456789012:assumed-role/puller/ci is not authorized to perform: ecr:CreateRepository on resource: arn:aws:ecr:us-east-1:123456789012:repository/api because no identity-based policy allows the ecr:CreateRepository action
? 254
$ sleep 2h
$ aws ecr list-images --repository-name web

An error occurred (ExpiredTokenException) when calling the ListImages operation: The security token included in the request is expired
? 254
