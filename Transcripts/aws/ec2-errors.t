# EC2's errors: CIDR ranges, overlapping subnets, unknown IDs and filters, duplicate groups
# and rules, launches that cannot happen, and deletes with dependencies.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ec2 create-vpc --cidr-block 10.0.0.0/8

An error occurred (InvalidVpc.Range) when calling the CreateVpc operation: The CIDR '10.0.0.0/8' is invalid.
? 254
$ aws ec2 create-vpc --cidr-block 10.0.0.0/33

An error occurred (InvalidParameterValue) when calling the CreateVpc operation: Value (10.0.0.0/33) for parameter cidrBlock is invalid. This is not a valid CIDR block.
? 254
$ aws ec2 create-vpc --cidr-block 10.0.0.9/16 --query 'Vpc.[VpcId,CidrBlock]' --output text
vpc-723b04378ab4aff4e	10.0.0.0/16
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.1.0.0/24

An error occurred (InvalidSubnet.Range) when calling the CreateSubnet operation: The CIDR '10.1.0.0/24' is invalid.
? 254
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.0.0.0/29

An error occurred (InvalidSubnet.Range) when calling the CreateSubnet operation: The CIDR '10.0.0.0/29' is invalid.
? 254
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.0.0.0/24 --availability-zone us-east-1z

An error occurred (InvalidParameterValue) when calling the CreateSubnet operation: Value (us-east-1z) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: us-east-1a, us-east-1b, us-east-1c, us-east-1d, us-east-1e, us-east-1f.
? 254
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.0.0.0/24 --availability-zone us-east-1a --query Subnet.SubnetId
"subnet-8faaf034ec3c8c838"
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.0.0.128/25 --availability-zone us-east-1b

An error occurred (InvalidSubnet.Conflict) when calling the CreateSubnet operation: The CIDR '10.0.0.128/25' conflicts with another subnet
? 254
$ aws ec2 create-subnet --vpc-id vpc-0000000000000000a --cidr-block 10.0.5.0/24

An error occurred (InvalidVpcID.NotFound) when calling the CreateSubnet operation: The vpc ID 'vpc-0000000000000000a' does not exist
? 254
$ aws ec2 describe-vpcs --vpc-ids vpc-0000000000000000a

An error occurred (InvalidVpcID.NotFound) when calling the DescribeVpcs operation: The vpc ID 'vpc-0000000000000000a' does not exist
? 254
$ aws ec2 describe-vpcs --filters '[{"Name":"colour","Values":["blue"]}]'

An error occurred (InvalidParameterValue) when calling the DescribeVpcs operation: The filter 'colour' is invalid
? 254
$ aws ec2 create-security-group --group-name default --description "another default" --vpc-id vpc-723b04378ab4aff4e

An error occurred (InvalidGroup.Duplicate) when calling the CreateSecurityGroup operation: The security group 'default' already exists for VPC 'vpc-723b04378ab4aff4e'
? 254
$ aws ec2 create-security-group --group-name web --description "web" --vpc-id vpc-723b04378ab4aff4e --query GroupId
"sg-00191cf7a191684de"
$ aws ec2 authorize-security-group-ingress --group-id sg-00191cf7a191684de --ip-permissions '[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' --query Return
true
$ aws ec2 authorize-security-group-ingress --group-id sg-00191cf7a191684de --ip-permissions '[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]'

An error occurred (InvalidPermission.Duplicate) when calling the AuthorizeSecurityGroupIngress operation: the specified rule "peer: 0.0.0.0/0, TCP, from port: 443, to port: 443, ALLOW" already exists
? 254
$ aws ec2 authorize-security-group-ingress --group-id sg-00191cf7a191684de --ip-permissions '[{"IpProtocol":"tpc","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]'

An error occurred (InvalidParameterValue) when calling the AuthorizeSecurityGroupIngress operation: Invalid value 'tpc' for IP protocol. Unknown protocol.
? 254
$ aws ec2 authorize-security-group-ingress --group-id sg-00191cf7a191684de --ip-permissions '[{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/40"}]}]'

An error occurred (InvalidParameterValue) when calling the AuthorizeSecurityGroupIngress operation: CIDR block 0.0.0.0/40 is malformed
? 254
$ aws ec2 describe-security-groups --group-ids sg-0000000000000000a

An error occurred (InvalidGroup.NotFound) when calling the DescribeSecurityGroups operation: The security group 'sg-0000000000000000a' does not exist
? 254
$ aws ec2 delete-security-group --group-id sg-0000000000000000a

An error occurred (InvalidGroup.NotFound) when calling the DeleteSecurityGroup operation: The security group 'sg-0000000000000000a' does not exist
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-0123456789abcdef0","MinCount":1,"MaxCount":1}'

An error occurred (InvalidAMIID.NotFound) when calling the RunInstances operation: The image id '[ami-0123456789abcdef0]' does not exist
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t3.mega","MinCount":1,"MaxCount":1}'

An error occurred (InvalidParameterValue) when calling the RunInstances operation: Invalid value 't3.mega' for InstanceType.
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t4g.micro","MinCount":1,"MaxCount":1}'

An error occurred (InvalidParameterValue) when calling the RunInstances operation: The architecture 'arm64' of the specified instance type does not match the architecture 'x86_64' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"m5.2xlarge","MinCount":5,"MaxCount":5}'

An error occurred (VcpuLimitExceeded) when calling the RunInstances operation: You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t3.micro","MinCount":1,"MaxCount":1,"SubnetId":"subnet-40b7f5ea955f4a275","SecurityGroupIds":["sg-00191cf7a191684de"]}'

An error occurred (InvalidParameter) when calling the RunInstances operation: Security group sg-00191cf7a191684de and subnet subnet-40b7f5ea955f4a275 belong to different networks.
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t3.micro","MinCount":1,"MaxCount":1,"IamInstanceProfile":{"Name":"ecsInstanceRole"}}'

An error occurred (InvalidParameterValue) when calling the RunInstances operation: Value (ecsInstanceRole) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name
? 254
$ aws ec2 run-instances --cli-input-json '{"ImageId":"ami-722bf92bed90023a3","InstanceType":"t3.micro","MinCount":1,"MaxCount":1,"KeyName":"my-key"}'

An error occurred (InvalidKeyPair.NotFound) when calling the RunInstances operation: The key pair 'my-key' does not exist
? 254
$ aws ec2 describe-instances --instance-ids i-0123456789abcdef0 i-0fedcba9876543210

An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance IDs 'i-0123456789abcdef0, i-0fedcba9876543210' do not exist
? 254
$ aws ec2 terminate-instances --instance-ids web-1

An error occurred (InvalidInstanceID.Malformed) when calling the TerminateInstances operation: Invalid id: "web-1"
? 254
$ aws ec2 delete-vpc --vpc-id vpc-723b04378ab4aff4e

An error occurred (DependencyViolation) when calling the DeleteVpc operation: The vpc 'vpc-723b04378ab4aff4e' has dependencies and cannot be deleted.
? 254
