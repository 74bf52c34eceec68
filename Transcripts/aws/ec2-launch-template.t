# Launch templates for ECS container instances: the ECS-optimized Amazon Linux 2023 AMI,
# the ecsInstanceRole instance profile, and user data (base64, as launch templates take it)
# that names the cluster. A second version changes the instance type.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ec2 describe-images --owners amazon --filters '[{"Name":"name","Values":["al2023-ami-ecs-hvm-*"]},{"Name":"architecture","Values":["x86_64"]}]'
{
    "Images": [
        {
            "PlatformDetails": "Linux/UNIX",
            "UsageOperation": "RunInstances",
            "BlockDeviceMappings": [
                {
                    "Ebs": {
                        "DeleteOnTermination": true,
                        "SnapshotId": "snap-567adcfc5a6f5706d",
                        "VolumeSize": 30,
                        "VolumeType": "gp3",
                        "Encrypted": false
                    },
                    "DeviceName": "/dev/xvda"
                }
            ],
            "Description": "Amazon Linux AMI 2023.0.20251209 x86_64 ECS HVM EBS",
            "EnaSupport": true,
            "Hypervisor": "xen",
            "ImageOwnerAlias": "amazon",
            "Name": "al2023-ami-ecs-hvm-2023.0.20251209-kernel-6.1-x86_64",
            "RootDeviceName": "/dev/xvda",
            "RootDeviceType": "ebs",
            "SriovNetSupport": "simple",
            "VirtualizationType": "hvm",
            "BootMode": "uefi-preferred",
            "DeprecationTime": "2027-12-09T21:40:03.000Z",
            "ImdsSupport": "v2.0",
            "ImageId": "ami-0c0a7dd2d08e4b8f0",
            "ImageLocation": "amazon/al2023-ami-ecs-hvm-2023.0.20251209-kernel-6.1-x86_64",
            "State": "available",
            "OwnerId": "591542846629",
            "CreationDate": "2025-12-09T21:40:03.000Z",
            "Public": true,
            "Architecture": "x86_64",
            "ImageType": "machine"
        }
    ]
}
$ echo '#!/bin/bash' > user-data.sh
$ echo 'echo ECS_CLUSTER=demo >> /etc/ecs/ecs.config' >> user-data.sh
$ base64 -w0 user-data.sh
IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1kZW1vID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK (no-eol)
$ cat > template.json <<'EOF'
> {
>   "ImageId": "ami-0c0a7dd2d08e4b8f0",
>   "InstanceType": "t3.medium",
>   "IamInstanceProfile": {"Name": "ecsInstanceRole"},
>   "UserData": "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1kZW1vID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK",
>   "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "role", "Value": "ecs-host"}]}]
> }
> EOF
$ aws ec2 create-launch-template --launch-template-name ecs-hosts --version-description "t3.medium hosts" --launch-template-data file://template.json
{
    "LaunchTemplate": {
        "LaunchTemplateId": "lt-723b04378ab4aff4e",
        "LaunchTemplateName": "ecs-hosts",
        "CreateTime": "2026-01-01T00:00:05+00:00",
        "CreatedBy": "arn:aws:iam::123456789012:user/learner",
        "DefaultVersionNumber": 1,
        "LatestVersionNumber": 1,
        "Operator": {
            "Managed": false
        }
    }
}
$ aws ec2 create-launch-template-version --launch-template-name ecs-hosts --source-version 1 --version-description "bigger hosts" --launch-template-data '{"InstanceType":"m5.large"}'
{
    "LaunchTemplateVersion": {
        "LaunchTemplateId": "lt-723b04378ab4aff4e",
        "LaunchTemplateName": "ecs-hosts",
        "VersionNumber": 2,
        "VersionDescription": "bigger hosts",
        "CreateTime": "2026-01-01T00:00:06+00:00",
        "CreatedBy": "arn:aws:iam::123456789012:user/learner",
        "DefaultVersion": false,
        "LaunchTemplateData": {
            "IamInstanceProfile": {
                "Name": "ecsInstanceRole"
            },
            "ImageId": "ami-0c0a7dd2d08e4b8f0",
            "InstanceType": "m5.large",
            "UserData": "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1kZW1vID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK",
            "TagSpecifications": [
                {
                    "ResourceType": "instance",
                    "Tags": [
                        {
                            "Key": "role",
                            "Value": "ecs-host"
                        }
                    ]
                }
            ]
        },
        "Operator": {
            "Managed": false
        }
    }
}
$ aws ec2 describe-launch-templates --launch-template-names ecs-hosts
{
    "LaunchTemplates": [
        {
            "LaunchTemplateId": "lt-723b04378ab4aff4e",
            "LaunchTemplateName": "ecs-hosts",
            "CreateTime": "2026-01-01T00:00:05+00:00",
            "CreatedBy": "arn:aws:iam::123456789012:user/learner",
            "DefaultVersionNumber": 1,
            "LatestVersionNumber": 2,
            "Operator": {
                "Managed": false
            }
        }
    ]
}
$ aws ec2 describe-launch-template-versions --launch-template-name ecs-hosts --versions '$Latest' --query 'LaunchTemplateVersions[0].LaunchTemplateData'
{
    "IamInstanceProfile": {
        "Name": "ecsInstanceRole"
    },
    "ImageId": "ami-0c0a7dd2d08e4b8f0",
    "InstanceType": "m5.large",
    "UserData": "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1kZW1vID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK",
    "TagSpecifications": [
        {
            "ResourceType": "instance",
            "Tags": [
                {
                    "Key": "role",
                    "Value": "ecs-host"
                }
            ]
        }
    ]
}
$ aws ec2 describe-launch-template-versions --launch-template-name ecs-hosts --query 'LaunchTemplateVersions[].[VersionNumber,DefaultVersion,VersionDescription,LaunchTemplateData.InstanceType]' --output text
2	False	bigger hosts	m5.large
1	True	t3.medium hosts	t3.medium
$ aws ec2 create-launch-template --launch-template-name ecs-hosts --launch-template-data file://template.json

An error occurred (InvalidLaunchTemplateName.AlreadyExistsException) when calling the CreateLaunchTemplate operation: Launch template name already in use.
? 254
$ aws ec2 create-launch-template --launch-template-name raw-user-data --launch-template-data '{"ImageId":"ami-0c0a7dd2d08e4b8f0","UserData":"#!/bin/bash"}'

An error occurred (InvalidUserData.Malformed) when calling the CreateLaunchTemplate operation: Invalid BASE64 encoding of user data.
? 254
$ aws ec2 create-launch-template --launch-template-name typo --launch-template-data '{"ImageId":"ami-00000000000000000"}' --query Warning
{
    "Errors": [
        {
            "Code": "InvalidAMIID.NotFound",
            "Message": "The image id '[ami-00000000000000000]' does not exist"
        }
    ]
}
$ aws ec2 delete-launch-template --launch-template-name typo
{
    "LaunchTemplate": {
        "LaunchTemplateId": "lt-26e393ceee66e6536",
        "LaunchTemplateName": "typo",
        "CreateTime": "2026-01-01T00:00:12+00:00",
        "CreatedBy": "arn:aws:iam::123456789012:user/learner",
        "DefaultVersionNumber": 1,
        "LatestVersionNumber": 1,
        "Operator": {
            "Managed": false
        }
    }
}
$ aws ec2 describe-launch-templates --launch-template-names typo

An error occurred (InvalidLaunchTemplateName.NotFoundException) when calling the DescribeLaunchTemplates operation: At least one of the launch templates specified in the request does not exist.
? 254
