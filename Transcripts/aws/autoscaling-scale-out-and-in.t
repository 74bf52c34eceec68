# An Auto Scaling group of ECS container hosts: it launches its desired capacity across two
# zones, scales out when asked, scales in from the busiest zone, and records each launch and
# termination as a scaling activity with AWS's cause text.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn
"arn:aws:iam::123456789012:role/ecsInstanceRole"
$ aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
$ aws iam create-instance-profile --instance-profile-name ecsInstanceRole --query InstanceProfile.Arn
"arn:aws:iam::123456789012:instance-profile/ecsInstanceRole"
$ aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
$ aws ec2 create-launch-template --launch-template-name ecs-hosts --launch-template-data '{"ImageId":"ami-0c0a7dd2d08e4b8f0","InstanceType":"t3.medium","IamInstanceProfile":{"Name":"ecsInstanceRole"},"UserData":"IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1kZW1vID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK"}' --query LaunchTemplate.LaunchTemplateId
"lt-723b04378ab4aff4e"
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name ecs-hosts --launch-template '{"LaunchTemplateName":"ecs-hosts","Version":"$Latest"}' --min-size 0 --max-size 4 --desired-capacity 2 --vpc-zone-identifier subnet-40b7f5ea955f4a275,subnet-8aead4103c3dacec5 --tags '[{"Key":"team","Value":"platform","PropagateAtLaunch":true}]'
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ecs-hosts
{
    "AutoScalingGroups": [
        {
            "AutoScalingGroupName": "ecs-hosts",
            "AutoScalingGroupARN": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:a5b2f75f-c398-4750-870d-3c198ae13d68:autoScalingGroupName/ecs-hosts",
            "LaunchTemplate": {
                "LaunchTemplateId": "lt-723b04378ab4aff4e",
                "LaunchTemplateName": "ecs-hosts",
                "Version": "$Latest"
            },
            "MinSize": 0,
            "MaxSize": 4,
            "DesiredCapacity": 2,
            "DefaultCooldown": 300,
            "AvailabilityZones": [
                "us-east-1a",
                "us-east-1b"
            ],
            "LoadBalancerNames": [],
            "TargetGroupARNs": [],
            "HealthCheckType": "EC2",
            "HealthCheckGracePeriod": 0,
            "Instances": [],
            "CreatedTime": "2026-01-01T00:00:05+00:00",
            "SuspendedProcesses": [],
            "VPCZoneIdentifier": "subnet-40b7f5ea955f4a275,subnet-8aead4103c3dacec5",
            "EnabledMetrics": [],
            "Tags": [
                {
                    "ResourceId": "ecs-hosts",
                    "ResourceType": "auto-scaling-group",
                    "Key": "team",
                    "Value": "platform",
                    "PropagateAtLaunch": true
                }
            ],
            "TerminationPolicies": [
                "Default"
            ],
            "NewInstancesProtectedFromScaleIn": false,
            "ServiceLinkedRoleARN": "arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
            "CapacityRebalance": false,
            "TrafficSources": [],
            "AvailabilityZoneDistribution": {
                "CapacityDistributionStrategy": "balanced-best-effort"
            }
        }
    ]
}
$ aws iam list-roles --query 'Roles[].[RoleName,Path]' --output text
AWSServiceRoleForAutoScaling	/aws-service-role/autoscaling.amazonaws.com/
ecsInstanceRole	/
$ sleep 5
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ecs-hosts --query 'AutoScalingGroups[0].Instances[].[InstanceId,AvailabilityZone,LifecycleState,HealthStatus]' --output text
i-dade0686459146489	us-east-1a	Pending	Healthy
i-4740fddbd25877ae3	us-east-1b	Pending	Healthy
$ sleep 30
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ecs-hosts --query 'AutoScalingGroups[0].Instances[].[InstanceId,AvailabilityZone,LifecycleState,HealthStatus]' --output text
i-dade0686459146489	us-east-1a	InService	Healthy
i-4740fddbd25877ae3	us-east-1b	InService	Healthy
$ aws ec2 describe-instances --filters '[{"Name":"tag:aws:autoscaling:groupName","Values":["ecs-hosts"]}]' --query 'Reservations[].Instances[].[InstanceId,State.Name,SubnetId,PrivateIpAddress]' --output text
i-dade0686459146489	running	subnet-40b7f5ea955f4a275	172.31.0.4
i-4740fddbd25877ae3	running	subnet-8aead4103c3dacec5	172.31.16.4
$ aws autoscaling describe-scaling-activities --auto-scaling-group-name ecs-hosts
{
    "Activities": [
        {
            "ActivityId": "6bfc4863-0075-480e-93b3-e00ce06046b5",
            "AutoScalingGroupName": "ecs-hosts",
            "Description": "Launching a new EC2 instance: i-4740fddbd25877ae3",
            "Cause": "At 2026-01-01T00:00:05Z a user request created an AutoScalingGroup changing the desired capacity from 0 to 2.  At 2026-01-01T00:00:06Z an instance was started in response to a difference between desired and running capacity, increasing the capacity from 0 to 2.",
            "StartTime": "2026-01-01T00:00:06.441000+00:00",
            "EndTime": "2026-01-01T00:00:17.441000+00:00",
            "StatusCode": "Successful",
            "Progress": 100,
            "Details": "{\"Subnet ID\":\"subnet-8aead4103c3dacec5\",\"Availability Zone\":\"us-east-1b\"}",
            "AutoScalingGroupARN": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:a5b2f75f-c398-4750-870d-3c198ae13d68:autoScalingGroupName/ecs-hosts"
        },
        {
            "ActivityId": "d4efda10-6f55-4f03-a3fd-02846f518561",
            "AutoScalingGroupName": "ecs-hosts",
            "Description": "Launching a new EC2 instance: i-dade0686459146489",
            "Cause": "At 2026-01-01T00:00:05Z a user request created an AutoScalingGroup changing the desired capacity from 0 to 2.  At 2026-01-01T00:00:06Z an instance was started in response to a difference between desired and running capacity, increasing the capacity from 0 to 2.",
            "StartTime": "2026-01-01T00:00:06.441000+00:00",
            "EndTime": "2026-01-01T00:00:25.441000+00:00",
            "StatusCode": "Successful",
            "Progress": 100,
            "Details": "{\"Subnet ID\":\"subnet-40b7f5ea955f4a275\",\"Availability Zone\":\"us-east-1a\"}",
            "AutoScalingGroupARN": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:a5b2f75f-c398-4750-870d-3c198ae13d68:autoScalingGroupName/ecs-hosts"
        }
    ]
}
$ aws autoscaling set-desired-capacity --auto-scaling-group-name ecs-hosts --desired-capacity 4
$ sleep 40
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ecs-hosts --query 'AutoScalingGroups[0].[DesiredCapacity,length(Instances)]' --output text
4	4
$ aws autoscaling describe-scaling-activities --auto-scaling-group-name ecs-hosts --query 'Activities[0].[Description,Cause,StatusCode]'
[
    "Launching a new EC2 instance: i-e1659a344c6f61463",
    "At 2026-01-01T00:00:49Z a user request explicitly set group desired capacity changing the desired capacity from 2 to 4.  At 2026-01-01T00:00:51Z an instance was started in response to a difference between desired and running capacity, increasing the capacity from 2 to 4.",
    "Successful"
]
$ aws autoscaling update-auto-scaling-group --auto-scaling-group-name ecs-hosts --max-size 1
$ sleep 5
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ecs-hosts --query 'AutoScalingGroups[0].Instances[].[InstanceId,AvailabilityZone,LifecycleState]' --output text
i-dade0686459146489	us-east-1a	Terminating
i-4740fddbd25877ae3	us-east-1b	Terminating
i-00191cf7a191684de	us-east-1a	Terminating
i-e1659a344c6f61463	us-east-1b	InService
$ sleep 1m
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ecs-hosts --query 'AutoScalingGroups[0].[MinSize,MaxSize,DesiredCapacity,Instances[].InstanceId]'
[
    0,
    1,
    1,
    [
        "i-e1659a344c6f61463"
    ]
]
$ aws autoscaling describe-scaling-activities --auto-scaling-group-name ecs-hosts --query 'Activities[0]'
{
    "ActivityId": "e6c9fbc9-280f-40ed-867f-1829235d3d63",
    "AutoScalingGroupName": "ecs-hosts",
    "Description": "Terminating EC2 instance: i-00191cf7a191684de",
    "Cause": "At 2026-01-01T00:01:33Z a user request update of AutoScalingGroup constraints to min: 0, max: 1, desired: 1 changing the desired capacity from 4 to 1.  At 2026-01-01T00:01:36Z an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from 4 to 1.  At 2026-01-01T00:01:36Z instance i-00191cf7a191684de was selected for termination.",
    "StartTime": "2026-01-01T00:01:36.722000+00:00",
    "EndTime": "2026-01-01T00:02:17.722000+00:00",
    "StatusCode": "Successful",
    "Progress": 100,
    "Details": "{\"Subnet ID\":\"subnet-40b7f5ea955f4a275\",\"Availability Zone\":\"us-east-1a\"}",
    "AutoScalingGroupARN": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:a5b2f75f-c398-4750-870d-3c198ae13d68:autoScalingGroupName/ecs-hosts"
}
$ aws ec2 describe-instances --filters '[{"Name":"instance-state-name","Values":["terminated"]}]' --query 'Reservations[].Instances[].InstanceId' --output text
i-dade0686459146489	i-4740fddbd25877ae3	i-00191cf7a191684de
$ aws iam delete-role --role-name AWSServiceRoleForAutoScaling

An error occurred (UnmodifiableEntity) when calling the DeleteRole operation: Cannot perform the operation on the protected role 'AWSServiceRoleForAutoScaling' - this role is only modifiable by AWS
? 254
$ aws autoscaling describe-auto-scaling-instances --query 'AutoScalingInstances[].[InstanceId,AutoScalingGroupName,LifecycleState,HealthStatus]' --output text
i-e1659a344c6f61463	ecs-hosts	InService	HEALTHY
