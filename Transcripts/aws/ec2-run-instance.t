# Launch an instance into a default subnet: it starts `pending`, runs some seconds later,
# and its primary network interface has a private address from the subnet's range.
# Terminating goes through `shutting-down` to `terminated` and releases the interface.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ec2 describe-images --owners amazon --filters '[{"Name":"name","Values":["al2023-ami-2023.*-x86_64"]}]' --query 'Images[].[ImageId,Name]' --output text
ami-722bf92bed90023a3	al2023-ami-2023.9.20251208.0-kernel-6.1-x86_64
$ aws ec2 describe-subnets --filters '[{"Name":"availability-zone","Values":["us-east-1c"]}]' --query 'Subnets[0].[SubnetId,CidrBlock]' --output text
subnet-a674160df230eab87	172.31.32.0/20
$ cat > run.json <<'EOF'
> {
>   "ImageId": "ami-722bf92bed90023a3",
>   "InstanceType": "t3.micro",
>   "SubnetId": "subnet-a674160df230eab87",
>   "MinCount": 1,
>   "MaxCount": 1,
>   "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web-1"}]}]
> }
> EOF
$ aws ec2 run-instances --cli-input-json file://run.json
{
    "ReservationId": "r-723b04378ab4aff4e",
    "OwnerId": "123456789012",
    "Groups": [],
    "Instances": [
        {
            "Architecture": "x86_64",
            "BlockDeviceMappings": [],
            "ClientToken": "418a5df9-f60f-484a-8ada-f0fc64c8ef01",
            "EbsOptimized": true,
            "EnaSupport": true,
            "Hypervisor": "xen",
            "NetworkInterfaces": [
                {
                    "Attachment": {
                        "AttachTime": "2026-01-01T00:00:03+00:00",
                        "AttachmentId": "eni-attach-c4252db10a8aba623",
                        "DeleteOnTermination": true,
                        "DeviceIndex": 0,
                        "Status": "attaching",
                        "NetworkCardIndex": 0
                    },
                    "Description": "",
                    "Groups": [
                        {
                            "GroupId": "sg-342e7b9261f5e5ab5",
                            "GroupName": "default"
                        }
                    ],
                    "Ipv6Addresses": [],
                    "MacAddress": "0e:9a:a1:e2:54:c2",
                    "NetworkInterfaceId": "eni-21de419cd8ca2ea36",
                    "OwnerId": "123456789012",
                    "PrivateDnsName": "ip-172-31-32-4.ec2.internal",
                    "PrivateIpAddress": "172.31.32.4",
                    "PrivateIpAddresses": [
                        {
                            "Primary": true,
                            "PrivateDnsName": "ip-172-31-32-4.ec2.internal",
                            "PrivateIpAddress": "172.31.32.4"
                        }
                    ],
                    "SourceDestCheck": true,
                    "Status": "in-use",
                    "SubnetId": "subnet-a674160df230eab87",
                    "VpcId": "vpc-cd88f1085d92fe317",
                    "InterfaceType": "interface",
                    "Operator": {
                        "Managed": false
                    }
                }
            ],
            "RootDeviceName": "/dev/xvda",
            "RootDeviceType": "ebs",
            "SecurityGroups": [
                {
                    "GroupId": "sg-342e7b9261f5e5ab5",
                    "GroupName": "default"
                }
            ],
            "SourceDestCheck": true,
            "StateReason": {
                "Code": "pending",
                "Message": "pending"
            },
            "Tags": [
                {
                    "Key": "Name",
                    "Value": "web-1"
                }
            ],
            "VirtualizationType": "hvm",
            "CpuOptions": {
                "CoreCount": 1,
                "ThreadsPerCore": 2
            },
            "CapacityReservationSpecification": {
                "CapacityReservationPreference": "open"
            },
            "HibernationOptions": {
                "Configured": false
            },
            "MetadataOptions": {
                "State": "pending",
                "HttpTokens": "required",
                "HttpPutResponseHopLimit": 2,
                "HttpEndpoint": "enabled",
                "HttpProtocolIpv6": "disabled",
                "InstanceMetadataTags": "disabled"
            },
            "EnclaveOptions": {
                "Enabled": false
            },
            "BootMode": "uefi-preferred",
            "PlatformDetails": "Linux/UNIX",
            "UsageOperation": "RunInstances",
            "UsageOperationUpdateTime": "2026-01-01T00:00:03+00:00",
            "PrivateDnsNameOptions": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "MaintenanceOptions": {
                "AutoRecovery": "default",
                "RebootMigration": "default"
            },
            "CurrentInstanceBootMode": "uefi",
            "NetworkPerformanceOptions": {
                "BandwidthWeighting": "default"
            },
            "Operator": {
                "Managed": false
            },
            "InstanceId": "i-26e393ceee66e6536",
            "ImageId": "ami-722bf92bed90023a3",
            "State": {
                "Code": 0,
                "Name": "pending"
            },
            "PrivateDnsName": "ip-172-31-32-4.ec2.internal",
            "PublicDnsName": "",
            "StateTransitionReason": "",
            "AmiLaunchIndex": 0,
            "ProductCodes": [],
            "InstanceType": "t3.micro",
            "LaunchTime": "2026-01-01T00:00:03+00:00",
            "Placement": {
                "AvailabilityZoneId": "use1-az3",
                "GroupName": "",
                "Tenancy": "default",
                "AvailabilityZone": "us-east-1c"
            },
            "Monitoring": {
                "State": "disabled"
            },
            "SubnetId": "subnet-a674160df230eab87",
            "VpcId": "vpc-cd88f1085d92fe317",
            "PrivateIpAddress": "172.31.32.4"
        }
    ]
}
$ aws ec2 describe-instances --filters '[{"Name":"tag:Name","Values":["web-1"]}]' --query 'Reservations[].Instances[].[InstanceId,State.Name,PrivateIpAddress,PublicIpAddress]' --output text
i-26e393ceee66e6536	pending	172.31.32.4	None
$ sleep 20
$ aws ec2 describe-instances --filters '[{"Name":"tag:Name","Values":["web-1"]}]'
{
    "Reservations": [
        {
            "ReservationId": "r-723b04378ab4aff4e",
            "OwnerId": "123456789012",
            "Groups": [],
            "Instances": [
                {
                    "Architecture": "x86_64",
                    "BlockDeviceMappings": [
                        {
                            "DeviceName": "/dev/xvda",
                            "Ebs": {
                                "AttachTime": "2026-01-01T00:00:03+00:00",
                                "DeleteOnTermination": true,
                                "Status": "attached",
                                "VolumeId": "vol-dade0686459146489"
                            }
                        }
                    ],
                    "ClientToken": "418a5df9-f60f-484a-8ada-f0fc64c8ef01",
                    "EbsOptimized": true,
                    "EnaSupport": true,
                    "Hypervisor": "xen",
                    "NetworkInterfaces": [
                        {
                            "Association": {
                                "IpOwnerId": "amazon",
                                "PublicDnsName": "ec2-3-129-58-135.compute-1.amazonaws.com",
                                "PublicIp": "3.129.58.135"
                            },
                            "Attachment": {
                                "AttachTime": "2026-01-01T00:00:03+00:00",
                                "AttachmentId": "eni-attach-c4252db10a8aba623",
                                "DeleteOnTermination": true,
                                "DeviceIndex": 0,
                                "Status": "attached",
                                "NetworkCardIndex": 0
                            },
                            "Description": "",
                            "Groups": [
                                {
                                    "GroupId": "sg-342e7b9261f5e5ab5",
                                    "GroupName": "default"
                                }
                            ],
                            "Ipv6Addresses": [],
                            "MacAddress": "0e:9a:a1:e2:54:c2",
                            "NetworkInterfaceId": "eni-21de419cd8ca2ea36",
                            "OwnerId": "123456789012",
                            "PrivateDnsName": "ip-172-31-32-4.ec2.internal",
                            "PrivateIpAddress": "172.31.32.4",
                            "PrivateIpAddresses": [
                                {
                                    "Association": {
                                        "IpOwnerId": "amazon",
                                        "PublicDnsName": "ec2-3-129-58-135.compute-1.amazonaws.com",
                                        "PublicIp": "3.129.58.135"
                                    },
                                    "Primary": true,
                                    "PrivateDnsName": "ip-172-31-32-4.ec2.internal",
                                    "PrivateIpAddress": "172.31.32.4"
                                }
                            ],
                            "SourceDestCheck": true,
                            "Status": "in-use",
                            "SubnetId": "subnet-a674160df230eab87",
                            "VpcId": "vpc-cd88f1085d92fe317",
                            "InterfaceType": "interface",
                            "Operator": {
                                "Managed": false
                            }
                        }
                    ],
                    "RootDeviceName": "/dev/xvda",
                    "RootDeviceType": "ebs",
                    "SecurityGroups": [
                        {
                            "GroupId": "sg-342e7b9261f5e5ab5",
                            "GroupName": "default"
                        }
                    ],
                    "SourceDestCheck": true,
                    "Tags": [
                        {
                            "Key": "Name",
                            "Value": "web-1"
                        }
                    ],
                    "VirtualizationType": "hvm",
                    "CpuOptions": {
                        "CoreCount": 1,
                        "ThreadsPerCore": 2
                    },
                    "CapacityReservationSpecification": {
                        "CapacityReservationPreference": "open"
                    },
                    "HibernationOptions": {
                        "Configured": false
                    },
                    "MetadataOptions": {
                        "State": "applied",
                        "HttpTokens": "required",
                        "HttpPutResponseHopLimit": 2,
                        "HttpEndpoint": "enabled",
                        "HttpProtocolIpv6": "disabled",
                        "InstanceMetadataTags": "disabled"
                    },
                    "EnclaveOptions": {
                        "Enabled": false
                    },
                    "BootMode": "uefi-preferred",
                    "PlatformDetails": "Linux/UNIX",
                    "UsageOperation": "RunInstances",
                    "UsageOperationUpdateTime": "2026-01-01T00:00:03+00:00",
                    "PrivateDnsNameOptions": {
                        "HostnameType": "ip-name",
                        "EnableResourceNameDnsARecord": false,
                        "EnableResourceNameDnsAAAARecord": false
                    },
                    "MaintenanceOptions": {
                        "AutoRecovery": "default",
                        "RebootMigration": "default"
                    },
                    "CurrentInstanceBootMode": "uefi",
                    "NetworkPerformanceOptions": {
                        "BandwidthWeighting": "default"
                    },
                    "Operator": {
                        "Managed": false
                    },
                    "InstanceId": "i-26e393ceee66e6536",
                    "ImageId": "ami-722bf92bed90023a3",
                    "State": {
                        "Code": 16,
                        "Name": "running"
                    },
                    "PrivateDnsName": "ip-172-31-32-4.ec2.internal",
                    "PublicDnsName": "ec2-3-129-58-135.compute-1.amazonaws.com",
                    "StateTransitionReason": "",
                    "AmiLaunchIndex": 0,
                    "ProductCodes": [],
                    "InstanceType": "t3.micro",
                    "LaunchTime": "2026-01-01T00:00:03+00:00",
                    "Placement": {
                        "AvailabilityZoneId": "use1-az3",
                        "GroupName": "",
                        "Tenancy": "default",
                        "AvailabilityZone": "us-east-1c"
                    },
                    "Monitoring": {
                        "State": "disabled"
                    },
                    "SubnetId": "subnet-a674160df230eab87",
                    "VpcId": "vpc-cd88f1085d92fe317",
                    "PrivateIpAddress": "172.31.32.4",
                    "PublicIpAddress": "3.129.58.135"
                }
            ]
        }
    ]
}
$ aws ec2 describe-network-interfaces --filters '[{"Name":"attachment.instance-id","Values":["i-26e393ceee66e6536"]}]' --query 'NetworkInterfaces[].[NetworkInterfaceId,SubnetId,PrivateIpAddress,Status]' --output text
eni-21de419cd8ca2ea36	subnet-a674160df230eab87	172.31.32.4	in-use
$ aws ec2 describe-instance-status --instance-ids i-26e393ceee66e6536 --query 'InstanceStatuses[].[InstanceId,InstanceState.Name,InstanceStatus.Status,SystemStatus.Status]' --output text
i-26e393ceee66e6536	running	initializing	initializing
$ sleep 4m
$ aws ec2 describe-instance-status --instance-ids i-26e393ceee66e6536 --query 'InstanceStatuses[].[InstanceId,InstanceState.Name,InstanceStatus.Status,SystemStatus.Status]' --output text
i-26e393ceee66e6536	running	ok	ok
$ aws ec2 terminate-instances --instance-ids i-26e393ceee66e6536
{
    "TerminatingInstances": [
        {
            "InstanceId": "i-26e393ceee66e6536",
            "CurrentState": {
                "Code": 32,
                "Name": "shutting-down"
            },
            "PreviousState": {
                "Code": 16,
                "Name": "running"
            }
        }
    ]
}
$ sleep 1m
$ aws ec2 describe-instances --instance-ids i-26e393ceee66e6536 --query 'Reservations[].Instances[].[State.Name,StateTransitionReason,StateReason.Message]' --output text
terminated	User initiated (2026-01-01 00:04:31 GMT)	Client.UserInitiatedShutdown: User initiated shutdown
$ aws ec2 describe-network-interfaces --filters '[{"Name":"attachment.instance-id","Values":["i-26e393ceee66e6536"]}]'
{
    "NetworkInterfaces": []
}
