# A VPC of our own: 10.0.0.0/16 with a subnet in each of two availability zones and a
# security group for a web service (HTTP from anywhere, SSH from the office only).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications '[{"ResourceType":"vpc","Tags":[{"Key":"Name","Value":"ecs-lab"}]}]'
{
    "Vpc": {
        "OwnerId": "123456789012",
        "InstanceTenancy": "default",
        "Ipv6CidrBlockAssociationSet": [],
        "CidrBlockAssociationSet": [
            {
                "AssociationId": "vpc-cidr-assoc-26e393ceee66e6536",
                "CidrBlock": "10.0.0.0/16",
                "CidrBlockState": {
                    "State": "associated"
                }
            }
        ],
        "IsDefault": false,
        "Tags": [
            {
                "Key": "Name",
                "Value": "ecs-lab"
            }
        ],
        "BlockPublicAccessStates": {
            "InternetGatewayBlockMode": "off"
        },
        "VpcId": "vpc-723b04378ab4aff4e",
        "State": "pending",
        "CidrBlock": "10.0.0.0/16",
        "DhcpOptionsId": "dopt-cd50d3b7f666aca5e"
    }
}
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.0.1.0/24 --availability-zone us-east-1a
{
    "Subnet": {
        "AvailabilityZoneId": "use1-az1",
        "MapCustomerOwnedIpOnLaunch": false,
        "OwnerId": "123456789012",
        "AssignIpv6AddressOnCreation": false,
        "Ipv6CidrBlockAssociationSet": [],
        "SubnetArn": "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-8faaf034ec3c8c838",
        "EnableDns64": false,
        "Ipv6Native": false,
        "PrivateDnsNameOptionsOnLaunch": {
            "HostnameType": "ip-name",
            "EnableResourceNameDnsARecord": false,
            "EnableResourceNameDnsAAAARecord": false
        },
        "BlockPublicAccessStates": {
            "InternetGatewayBlockMode": "off"
        },
        "SubnetId": "subnet-8faaf034ec3c8c838",
        "State": "available",
        "VpcId": "vpc-723b04378ab4aff4e",
        "CidrBlock": "10.0.1.0/24",
        "AvailableIpAddressCount": 251,
        "AvailabilityZone": "us-east-1a",
        "DefaultForAz": false,
        "MapPublicIpOnLaunch": false
    }
}
$ aws ec2 create-subnet --vpc-id vpc-723b04378ab4aff4e --cidr-block 10.0.2.0/24 --availability-zone us-east-1b --query 'Subnet.[SubnetId,AvailabilityZone,AvailableIpAddressCount]'
[
    "subnet-00191cf7a191684de",
    "us-east-1b",
    251
]
$ aws ec2 describe-subnets --filters '[{"Name":"vpc-id","Values":["vpc-723b04378ab4aff4e"]}]' --query 'Subnets[].{Id:SubnetId,Zone:AvailabilityZone,Cidr:CidrBlock,Public:MapPublicIpOnLaunch}'
[
    {
        "Id": "subnet-8faaf034ec3c8c838",
        "Zone": "us-east-1a",
        "Cidr": "10.0.1.0/24",
        "Public": false
    },
    {
        "Id": "subnet-00191cf7a191684de",
        "Zone": "us-east-1b",
        "Cidr": "10.0.2.0/24",
        "Public": false
    }
]
$ aws ec2 create-security-group --group-name web --description "web servers" --vpc-id vpc-723b04378ab4aff4e
{
    "GroupId": "sg-52982195204e79e02",
    "SecurityGroupArn": "arn:aws:ec2:us-east-1:123456789012:security-group/sg-52982195204e79e02"
}
$ aws ec2 authorize-security-group-ingress --group-id sg-52982195204e79e02 --ip-permissions '[{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"HTTP from anywhere"}]}]'
{
    "Return": true,
    "SecurityGroupRules": [
        {
            "SecurityGroupRuleId": "sgr-e1659a344c6f61463",
            "GroupId": "sg-52982195204e79e02",
            "GroupOwnerId": "123456789012",
            "IsEgress": false,
            "IpProtocol": "tcp",
            "FromPort": 80,
            "ToPort": 80,
            "CidrIpv4": "0.0.0.0/0",
            "Description": "HTTP from anywhere",
            "SecurityGroupRuleArn": "arn:aws:ec2:us-east-1:123456789012:security-group-rule/sgr-e1659a344c6f61463"
        }
    ]
}
$ aws ec2 authorize-security-group-ingress --group-id sg-52982195204e79e02 --ip-permissions '[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24"}]}]' --query 'SecurityGroupRules[0].SecurityGroupRuleId'
"sgr-75ae3c211b701afd2"
$ aws ec2 describe-security-groups --group-ids sg-52982195204e79e02
{
    "SecurityGroups": [
        {
            "GroupId": "sg-52982195204e79e02",
            "IpPermissionsEgress": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ],
            "VpcId": "vpc-723b04378ab4aff4e",
            "SecurityGroupArn": "arn:aws:ec2:us-east-1:123456789012:security-group/sg-52982195204e79e02",
            "OwnerId": "123456789012",
            "GroupName": "web",
            "Description": "web servers",
            "IpPermissions": [
                {
                    "IpProtocol": "tcp",
                    "FromPort": 80,
                    "ToPort": 80,
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "Description": "HTTP from anywhere",
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                },
                {
                    "IpProtocol": "tcp",
                    "FromPort": 22,
                    "ToPort": 22,
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "203.0.113.0/24"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ]
        }
    ]
}
$ aws ec2 describe-security-groups --filters '[{"Name":"vpc-id","Values":["vpc-723b04378ab4aff4e"]}]' --query 'SecurityGroups[].GroupName'
[
    "default",
    "web"
]
$ aws ec2 describe-vpcs --filters '[{"Name":"tag:Name","Values":["ecs-lab"]}]' --query 'Vpcs[].[VpcId,CidrBlock,State]' --output text
vpc-723b04378ab4aff4e	10.0.0.0/16	available
