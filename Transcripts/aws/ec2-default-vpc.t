# Every account starts with a default VPC (172.31.0.0/16): one default /20 subnet per
# availability zone, a default security group and an internet gateway.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ec2 describe-vpcs
{
    "Vpcs": [
        {
            "OwnerId": "123456789012",
            "InstanceTenancy": "default",
            "CidrBlockAssociationSet": [
                {
                    "AssociationId": "vpc-cidr-assoc-b37b2768b1153d7ef",
                    "CidrBlock": "172.31.0.0/16",
                    "CidrBlockState": {
                        "State": "associated"
                    }
                }
            ],
            "IsDefault": true,
            "BlockPublicAccessStates": {
                "InternetGatewayBlockMode": "off"
            },
            "VpcId": "vpc-cd88f1085d92fe317",
            "State": "available",
            "CidrBlock": "172.31.0.0/16",
            "DhcpOptionsId": "dopt-cd50d3b7f666aca5e"
        }
    ]
}
$ aws ec2 describe-availability-zones --query 'AvailabilityZones[].[ZoneName,ZoneId,State]' --output text
us-east-1a	use1-az1	available
us-east-1b	use1-az2	available
us-east-1c	use1-az3	available
us-east-1d	use1-az4	available
us-east-1e	use1-az5	available
us-east-1f	use1-az6	available
$ aws ec2 describe-subnets --filters '[{"Name":"default-for-az","Values":["true"]}]' --query 'Subnets[].[AvailabilityZone,CidrBlock,AvailableIpAddressCount,MapPublicIpOnLaunch]' --output text
us-east-1a	172.31.0.0/20	4091	True
us-east-1b	172.31.16.0/20	4091	True
us-east-1c	172.31.32.0/20	4091	True
us-east-1d	172.31.48.0/20	4091	True
us-east-1e	172.31.64.0/20	4091	True
us-east-1f	172.31.80.0/20	4091	True
$ aws ec2 describe-subnets --filters '[{"Name":"availability-zone","Values":["us-east-1a"]}]'
{
    "Subnets": [
        {
            "AvailabilityZoneId": "use1-az1",
            "MapCustomerOwnedIpOnLaunch": false,
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "SubnetArn": "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-40b7f5ea955f4a275",
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
            "SubnetId": "subnet-40b7f5ea955f4a275",
            "State": "available",
            "VpcId": "vpc-cd88f1085d92fe317",
            "CidrBlock": "172.31.0.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "us-east-1a",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        }
    ]
}
$ aws ec2 describe-security-groups --group-names default
{
    "SecurityGroups": [
        {
            "GroupId": "sg-342e7b9261f5e5ab5",
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
            "VpcId": "vpc-cd88f1085d92fe317",
            "SecurityGroupArn": "arn:aws:ec2:us-east-1:123456789012:security-group/sg-342e7b9261f5e5ab5",
            "OwnerId": "123456789012",
            "GroupName": "default",
            "Description": "default VPC security group",
            "IpPermissions": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [
                        {
                            "UserId": "123456789012",
                            "GroupId": "sg-342e7b9261f5e5ab5"
                        }
                    ],
                    "IpRanges": [],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ]
        }
    ]
}
$ aws ec2 describe-internet-gateways --query 'InternetGateways[].Attachments'
[
    [
        {
            "State": "available",
            "VpcId": "vpc-cd88f1085d92fe317"
        }
    ]
]
$ aws ec2 describe-route-tables --query 'RouteTables[0].Routes'
[
    {
        "DestinationCidrBlock": "172.31.0.0/16",
        "GatewayId": "local",
        "Origin": "CreateRouteTable",
        "State": "active"
    },
    {
        "DestinationCidrBlock": "0.0.0.0/0",
        "GatewayId": "igw-ce4697cc888de4f6c",
        "Origin": "CreateRoute",
        "State": "active"
    }
]
$ aws ec2 describe-account-attributes --attribute-names default-vpc supported-platforms
{
    "AccountAttributes": [
        {
            "AttributeName": "supported-platforms",
            "AttributeValues": [
                {
                    "AttributeValue": "VPC"
                }
            ]
        },
        {
            "AttributeName": "default-vpc",
            "AttributeValues": [
                {
                    "AttributeValue": "vpc-cd88f1085d92fe317"
                }
            ]
        }
    ]
}
