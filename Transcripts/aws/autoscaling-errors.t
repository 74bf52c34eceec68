# Auto Scaling's errors: bounds, unknown launch templates and groups, deleting a group that
# still has instances, and a launch that keeps failing (recorded as a failed activity).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ec2 create-launch-template --launch-template-name web --launch-template-data '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t3.micro"}' --query LaunchTemplate.LaunchTemplateName
"web"
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"wbe"}' --min-size 1 --max-size 2 --availability-zones us-east-1a

An error occurred (ValidationError) when calling the CreateAutoScalingGroup operation: You must use a valid fully-formed launch template. The specified launch template, with template name wbe, does not exist.
? 254
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"web"}' --min-size 3 --max-size 2 --availability-zones us-east-1a

An error occurred (ValidationError) when calling the CreateAutoScalingGroup operation: Max bound, 2, must be greater than or equal to min bound, 3
? 254
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"web"}' --min-size 1 --max-size 2 --desired-capacity 5 --availability-zones us-east-1a

An error occurred (ValidationError) when calling the CreateAutoScalingGroup operation: Desired capacity:5 must be between the specified min size:1 and max size:2
? 254
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"web"}' --min-size 1 --max-size 2

An error occurred (ValidationError) when calling the CreateAutoScalingGroup operation: At least one Availability Zone or VPC Subnet is required.
? 254
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --min-size 1 --max-size 2 --availability-zones us-east-1a

An error occurred (ValidationError) when calling the CreateAutoScalingGroup operation: Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.
? 254
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"web"}' --min-size 1 --max-size 2 --vpc-zone-identifier subnet-0000000000000000a

An error occurred (ValidationError) when calling the CreateAutoScalingGroup operation: The subnet ID 'subnet-0000000000000000a' does not exist
? 254
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"web"}' --min-size 1 --max-size 2 --availability-zones us-east-1a
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template '{"LaunchTemplateName":"web"}' --min-size 1 --max-size 2 --availability-zones us-east-1a

An error occurred (AlreadyExists) when calling the CreateAutoScalingGroup operation: AutoScalingGroup by this name already exists - A group with the name web already exists
? 254
$ aws autoscaling set-desired-capacity --auto-scaling-group-name web --desired-capacity 3

An error occurred (ValidationError) when calling the SetDesiredCapacity operation: New SetDesiredCapacity value 3 is above max value 2 for the AutoScalingGroup.
? 254
$ aws autoscaling set-desired-capacity --auto-scaling-group-name web --desired-capacity 0

An error occurred (ValidationError) when calling the SetDesiredCapacity operation: New SetDesiredCapacity value 0 is below min value 1 for the AutoScalingGroup.
? 254
$ aws autoscaling set-desired-capacity --auto-scaling-group-name wbe --desired-capacity 1

An error occurred (ValidationError) when calling the SetDesiredCapacity operation: AutoScalingGroup name not found - AutoScalingGroup wbe not found
? 254
$ aws autoscaling update-auto-scaling-group --auto-scaling-group-name web --min-size 3

An error occurred (ValidationError) when calling the UpdateAutoScalingGroup operation: Max bound, 2, must be greater than or equal to min bound, 3
? 254
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names wbe
{
    "AutoScalingGroups": []
}
$ sleep 30
$ aws autoscaling delete-auto-scaling-group --auto-scaling-group-name web

An error occurred (ResourceInUse) when calling the DeleteAutoScalingGroup operation: You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.
? 254
$ aws autoscaling terminate-instance-in-auto-scaling-group --instance-id i-0123456789abcdef0 --no-should-decrement-desired-capacity

An error occurred (ValidationError) when calling the TerminateInstanceInAutoScalingGroup operation: Instance Id not found - No managed instance found for instance ID: i-0123456789abcdef0
? 254
$ aws ec2 create-launch-template --launch-template-name broken --launch-template-data '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t3.micro","IamInstanceProfile":{"Name":"ecsInstanceRole"}}' --query LaunchTemplate.LaunchTemplateName
"broken"
$ aws autoscaling create-auto-scaling-group --auto-scaling-group-name broken --launch-template '{"LaunchTemplateName":"broken"}' --min-size 1 --max-size 1 --availability-zones us-east-1a
$ sleep 1m
$ aws autoscaling describe-scaling-activities --auto-scaling-group-name broken --query 'Activities[0]'
{
    "ActivityId": "b89a4455-2d24-4cfc-aebc-3f82bde55c05",
    "AutoScalingGroupName": "broken",
    "Description": "Launching a new EC2 instance.  Status Reason: Value (ecsInstanceRole) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name. Launching EC2 instance failed.",
    "Cause": "At 2026-01-01T00:01:20Z an instance was started in response to a difference between desired and running capacity, increasing the capacity from 0 to 1.",
    "StartTime": "2026-01-01T00:01:20.880000+00:00",
    "EndTime": "2026-01-01T00:01:20.880000+00:00",
    "StatusCode": "Failed",
    "StatusMessage": "Value (ecsInstanceRole) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name. Launching EC2 instance failed.",
    "Progress": 100,
    "Details": "{\"Subnet ID\":\"subnet-40b7f5ea955f4a275\",\"Availability Zone\":\"us-east-1a\"}",
    "AutoScalingGroupARN": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:dd0d89c2-4c9f-445a-bf3a-3b29f1da9715:autoScalingGroupName/broken"
}
$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names broken --query 'AutoScalingGroups[0].Instances'
[]
$ aws autoscaling delete-auto-scaling-group --auto-scaling-group-name broken
$ aws autoscaling delete-auto-scaling-group --auto-scaling-group-name web --force-delete
$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[].[AutoScalingGroupName,Status,DesiredCapacity]' --output text
web	Delete in progress	0
