# A Fargate task runs an image pushed to the account's ECR repository: its task definition
# names an execution role, which pulls the image; the running container reports the digest
# ECR gave it. A tag that was never pushed stops the task with CannotPullContainerError.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name web --query repository.repositoryUri --output text
123456789012.dkr.ecr.us-east-1.amazonaws.com/web
$ docker pull -q nginx:1.27
docker.io/library/nginx:1.27
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/ecsTaskExecutionRole
$ aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
$ aws ecs create-cluster --cluster-name demo --query cluster.status
"ACTIVE"
$ export SUBNET=$(aws ec2 describe-subnets --query "Subnets[0].SubnetId" --output text)
$ aws ecs register-task-definition --family web --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1","essential":true}]' --query taskDefinition.revision
1
$ aws ecs register-task-definition --family bad --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"web","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v9","essential":true}]' --query taskDefinition.revision
1
$ aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query "tasks[0].lastStatus"
"PROVISIONING"
$ aws ecs run-task --cluster demo --task-definition bad --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" --query "tasks[0].lastStatus"
"PROVISIONING"
$ sleep 2m
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --desired-status STOPPED --query taskArns --output text) --query "tasks[].[lastStatus,stoppedReason]" --output text
STOPPED	CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v9: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v9: not found
$ aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --query taskArns --output text) --query "tasks[].[lastStatus,containers[0].image,containers[0].imageDigest]" --output text
RUNNING	123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1	sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb
