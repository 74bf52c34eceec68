# ECS on EC2 instances: hosts booted from the ECS-optimized AMI with an instance profile that
# lets the agent register, and user data that names the cluster, join it as container
# instances. Tasks with the EC2 launch type are placed on them (here: spread across zones,
# then binpacked on memory), reserve CPU and memory, and get dynamic host ports in bridge
# mode; a task that fits nowhere fails placement with the resource it lacked.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name ec2-demo --query cluster.clusterArn --output text
arn:aws:ecs:us-east-1:123456789012:cluster/ec2-demo
$ aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/ecsInstanceRole
$ aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
$ aws iam create-instance-profile --instance-profile-name ecsInstanceRole --query InstanceProfile.Arn --output text
arn:aws:iam::123456789012:instance-profile/ecsInstanceRole
$ aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
$ AMI=$(aws ec2 describe-images --owners amazon --filters Name=name,Values='al2023-ami-ecs-hvm-*' Name=architecture,Values=x86_64 --query 'Images[0].ImageId' --output text)
$ echo $AMI
ami-0c0a7dd2d08e4b8f0
$ cat > user-data.sh <<'EOF'
> #!/bin/bash
> echo ECS_CLUSTER=ec2-demo >> /etc/ecs/ecs.config
> EOF
$ SUBNET_A=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query 'Subnets[0].SubnetId' --output text)
$ SUBNET_B=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1b --query 'Subnets[0].SubnetId' --output text)
$ aws ec2 run-instances --image-id $AMI --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://user-data.sh --subnet-id $SUBNET_A --query 'Instances[].[InstanceId,Placement.AvailabilityZone,State.Name]' --output text
i-26e393ceee66e6536	us-east-1a	pending
$ aws ec2 run-instances --image-id $AMI --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://user-data.sh --subnet-id $SUBNET_B --query 'Instances[].[InstanceId,Placement.AvailabilityZone,State.Name]' --output text
i-c0dc829279b4ca5c2	us-east-1b	pending
$ aws ecs list-container-instances --cluster ec2-demo
{
    "containerInstanceArns": []
}
$ aws ec2 wait instance-running --filters Name=instance-state-name,Values=pending,running
$ sleep 45
$ aws ecs list-container-instances --cluster ec2-demo
{
    "containerInstanceArns": [
        "arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/c389531c3240fadb6f60c9aa1f4b21d3",
        "arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/f66aaa7a55c30812a23077aec20f7f5a"
    ]
}
$ aws ecs describe-container-instances --cluster ec2-demo --container-instances $(aws ecs list-container-instances --cluster ec2-demo --query 'containerInstanceArns[0]' --output text)
{
    "containerInstances": [
        {
            "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/c389531c3240fadb6f60c9aa1f4b21d3",
            "ec2InstanceId": "i-c0dc829279b4ca5c2",
            "version": 1,
            "versionInfo": {
                "agentVersion": "1.89.2",
                "agentHash": "f3d4b1c2",
                "dockerVersion": "DockerVersion: 25.0.8"
            },
            "remainingResources": [
                {
                    "name": "CPU",
                    "type": "INTEGER",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 2048
                },
                {
                    "name": "MEMORY",
                    "type": "INTEGER",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 3993
                },
                {
                    "name": "PORTS",
                    "type": "STRINGSET",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 0,
                    "stringSetValue": [
                        "22",
                        "2376",
                        "2375",
                        "51678",
                        "51679"
                    ]
                },
                {
                    "name": "PORTS_UDP",
                    "type": "STRINGSET",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 0,
                    "stringSetValue": []
                }
            ],
            "registeredResources": [
                {
                    "name": "CPU",
                    "type": "INTEGER",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 2048
                },
                {
                    "name": "MEMORY",
                    "type": "INTEGER",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 3993
                },
                {
                    "name": "PORTS",
                    "type": "STRINGSET",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 0,
                    "stringSetValue": [
                        "22",
                        "2376",
                        "2375",
                        "51678",
                        "51679"
                    ]
                },
                {
                    "name": "PORTS_UDP",
                    "type": "STRINGSET",
                    "doubleValue": 0.0,
                    "longValue": 0,
                    "integerValue": 0,
                    "stringSetValue": []
                }
            ],
            "status": "ACTIVE",
            "agentConnected": true,
            "runningTasksCount": 0,
            "pendingTasksCount": 0,
            "attributes": [
                {
                    "name": "ecs.capability.secrets.asm.environment-variables"
                },
                {
                    "name": "ecs.capability.branch-cni-plugin-version",
                    "value": "a21d3a41-"
                },
                {
                    "name": "ecs.ami-id",
                    "value": "ami-0c0a7dd2d08e4b8f0"
                },
                {
                    "name": "ecs.capability.secrets.asm.bootstrap.log-driver"
                },
                {
                    "name": "com.amazonaws.ecs.capability.logging-driver.none"
                },
                {
                    "name": "ecs.capability.ecr-endpoint"
                },
                {
                    "name": "ecs.capability.docker-plugin.local"
                },
                {
                    "name": "ecs.capability.task-cpu-mem-limit"
                },
                {
                    "name": "ecs.capability.secrets.ssm.bootstrap.log-driver"
                },
                {
                    "name": "ecs.capability.efsAuth"
                },
                {
                    "name": "ecs.capability.full-sync"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.30"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.31"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.32"
                },
                {
                    "name": "ecs.availability-zone",
                    "value": "us-east-1b"
                },
                {
                    "name": "ecs.capability.aws-appmesh"
                },
                {
                    "name": "com.amazonaws.ecs.capability.logging-driver.awslogs"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.24"
                },
                {
                    "name": "ecs.capability.task-eni-trunking"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.25"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.26"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.27"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.28"
                },
                {
                    "name": "com.amazonaws.ecs.capability.privileged-container"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.29"
                },
                {
                    "name": "ecs.cpu-architecture",
                    "value": "x86_64"
                },
                {
                    "name": "com.amazonaws.ecs.capability.ecr-auth"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.20"
                },
                {
                    "name": "ecs.os-type",
                    "value": "linux"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.21"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.22"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.23"
                },
                {
                    "name": "com.amazonaws.ecs.capability.logging-driver.syslog"
                },
                {
                    "name": "com.amazonaws.ecs.capability.logging-driver.json-file"
                },
                {
                    "name": "ecs.capability.execution-role-awslogs"
                },
                {
                    "name": "ecs.vpc-id",
                    "value": "vpc-cd88f1085d92fe317"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.17"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.18"
                },
                {
                    "name": "com.amazonaws.ecs.capability.docker-remote-api.1.19"
                },
                {
                    "name": "ecs.capability.task-eni"
                },
                {
                    "name": "ecs.capability.execution-role-ecr-pull"
                },
                {
                    "name": "ecs.capability.container-health-check"
                },
                {
                    "name": "ecs.subnet-id",
                    "value": "subnet-8aead4103c3dacec5"
                },
                {
                    "name": "ecs.instance-type",
                    "value": "t3.medium"
                },
                {
                    "name": "com.amazonaws.ecs.capability.task-iam-role-network-host"
                },
                {
                    "name": "ecs.capability.container-ordering"
                },
                {
                    "name": "com.amazonaws.ecs.capability.task-iam-role"
                },
                {
                    "name": "ecs.os-family",
                    "value": "LINUX"
                }
            ],
            "registeredAt": "2026-01-01T00:00:52+00:00",
            "attachments": [],
            "tags": []
        }
    ],
    "failures": []
}
$ aws ecs register-task-definition --family web-ec2 --requires-compatibilities EC2 --network-mode bridge --container-definitions '[{"name":"web","image":"nginx:1.27","cpu":512,"memory":1024,"portMappings":[{"containerPort":80,"hostPort":0}]}]' --query 'taskDefinition.[taskDefinitionArn,networkMode,compatibilities]' --output text
arn:aws:ecs:us-east-1:123456789012:task-definition/web-ec2:1	bridge
EXTERNAL	EC2
$ aws ecs run-task --cluster ec2-demo --task-definition web-ec2 --launch-type EC2 --count 3 --placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory --query 'tasks[].[taskArn,containerInstanceArn,availabilityZone,lastStatus]' --output text
arn:aws:ecs:us-east-1:123456789012:task/ec2-demo/1452fdc841514adb6240977e1511b525	arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/c389531c3240fadb6f60c9aa1f4b21d3	us-east-1b	PENDING
arn:aws:ecs:us-east-1:123456789012:task/ec2-demo/42e7b1d93e1ffa95e20cc10dd348186e	arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/f66aaa7a55c30812a23077aec20f7f5a	us-east-1a	PENDING
arn:aws:ecs:us-east-1:123456789012:task/ec2-demo/c129edafc6739cee24a897753bbdf459	arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/c389531c3240fadb6f60c9aa1f4b21d3	us-east-1b	PENDING
$ sleep 30
$ aws ecs describe-tasks --cluster ec2-demo --tasks $(aws ecs list-tasks --cluster ec2-demo --query taskArns --output text) --query 'tasks[].[lastStatus,launchType,containers[0].networkBindings[0].hostPort]' --output text
RUNNING	EC2	39445
RUNNING	EC2	56744
RUNNING	EC2	56524
$ aws ecs describe-container-instances --cluster ec2-demo --container-instances $(aws ecs list-container-instances --cluster ec2-demo --query containerInstanceArns --output text) --query 'containerInstances[].[ec2InstanceId,runningTasksCount,remainingResources[?name==`CPU`].integerValue|[0],remainingResources[?name==`MEMORY`].integerValue|[0]]' --output table
----------------------------------------------
|         DescribeContainerInstances         |
+----------------------+----+-------+--------+
|  i-c0dc829279b4ca5c2 |  2 |  1024 |  1945  |
|  i-26e393ceee66e6536 |  1 |  1536 |  2969  |
+----------------------+----+-------+--------+
$ aws ecs run-task --cluster ec2-demo --task-definition web-ec2 --launch-type EC2 --overrides '{"containerOverrides":[{"name":"web","memory":4096}]}'
{
    "tasks": [],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/c389531c3240fadb6f60c9aa1f4b21d3",
            "reason": "RESOURCE:MEMORY"
        },
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:container-instance/ec2-demo/f66aaa7a55c30812a23077aec20f7f5a",
            "reason": "RESOURCE:MEMORY"
        }
    ]
}
$ aws ecs run-task --cluster ec2-demo --task-definition web-ec2 --launch-type FARGATE

An error occurred (InvalidParameterException) when calling the RunTask operation: Task definition does not support launch_type FARGATE.
? 254
