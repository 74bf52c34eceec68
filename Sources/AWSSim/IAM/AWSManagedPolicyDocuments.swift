// AWS managed policies that ECS, EC2 and EKS learners meet: AWS's documents and metadata
// (as AWS publishes them). Generated once from the published documents; data, not code.
extension AWSManagedPolicies {
    static let catalogue: [Entry] = [
        Entry(
            name: "AdministratorAccess", path: "/", version: "v1",
            created: "2015-02-06T18:39:46+00:00", updated: "2015-02-06T18:39:46+00:00",
            description: "Provides full access to AWS services and resources.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "*",
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "PowerUserAccess", path: "/", version: "v12",
            created: "2015-02-06T18:39:47+00:00", updated: "2026-02-12T17:59:14+00:00",
            description: "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "NotAction": [
                                "iam:*",
                                "organizations:*",
                                "account:*"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "account:GetAccountInformation",
                                "account:GetGovCloudAccountInformation",
                                "account:GetPrimaryEmail",
                                "account:ListRegions",
                                "iam:CreateServiceLinkedRole",
                                "iam:DeleteServiceLinkedRole",
                                "iam:ListRoles",
                                "organizations:DescribeEffectivePolicy",
                                "organizations:DescribeOrganization"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonECSTaskExecutionRolePolicy", path: "/service-role/", version: "v1",
            created: "2017-11-16T18:48:22+00:00", updated: "2017-11-16T18:48:22+00:00",
            description: "Provides access to other AWS service resources that are required to run Amazon ECS tasks",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecr:GetAuthorizationToken",
                                "ecr:BatchCheckLayerAvailability",
                                "ecr:GetDownloadUrlForLayer",
                                "ecr:BatchGetImage",
                                "logs:CreateLogStream",
                                "logs:PutLogEvents"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ContainerServiceforEC2Role", path: "/service-role/", version: "v10",
            created: "2015-03-19T18:45:18+00:00", updated: "2026-02-12T17:59:52+00:00",
            description: "Default policy for the Amazon EC2 Role for Amazon EC2 Container Service.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ec2:DescribeTags",
                                "ecs:CreateCluster",
                                "ecs:DeregisterContainerInstance",
                                "ecs:DiscoverPollEndpoint",
                                "ecs:Poll",
                                "ecs:RegisterContainerInstance",
                                "ecs:StartTelemetrySession",
                                "ecs:UpdateContainerInstancesState",
                                "ecs:Submit*",
                                "ecr:GetAuthorizationToken",
                                "ecr:BatchCheckLayerAvailability",
                                "ecr:GetDownloadUrlForLayer",
                                "ecr:BatchGetImage",
                                "logs:CreateLogStream",
                                "logs:PutLogEvents"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "ecs:TagResource",
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "ecs:CreateAction": [
                                        "CreateCluster",
                                        "RegisterContainerInstance"
                                    ]
                                }
                            }
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecs:ListTagsForResource"
                            ],
                            "Resource": [
                                "arn:aws:ecs:*:*:task/*/*",
                                "arn:aws:ecs:*:*:container-instance/*/*"
                            ]
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ContainerServiceRole", path: "/service-role/", version: "v2",
            created: "2015-04-09T16:14:19+00:00", updated: "2016-08-11T13:08:01+00:00",
            description: "Default policy for Amazon ECS service role.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ec2:AuthorizeSecurityGroupIngress",
                                "ec2:Describe*",
                                "elasticloadbalancing:DeregisterInstancesFromLoadBalancer",
                                "elasticloadbalancing:DeregisterTargets",
                                "elasticloadbalancing:Describe*",
                                "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
                                "elasticloadbalancing:RegisterTargets"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ContainerServiceAutoscaleRole", path: "/service-role/", version: "v2",
            created: "2016-05-12T23:25:44+00:00", updated: "2018-02-05T19:15:15+00:00",
            description: "Policy to enable Task Autoscaling for Amazon EC2 Container Service",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecs:DescribeServices",
                                "ecs:UpdateService"
                            ],
                            "Resource": [
                                "*"
                            ]
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "cloudwatch:DescribeAlarms",
                                "cloudwatch:PutMetricAlarm"
                            ],
                            "Resource": [
                                "*"
                            ]
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonECS_FullAccess", path: "/", version: "v21",
            created: "2017-11-07T21:36:54+00:00", updated: "2024-08-13T19:39:37+00:00",
            description: "Provides administrative access to Amazon ECS resources and enables ECS features through access to other AWS service resources, including VPCs, Auto Scaling groups, and CloudFormation stacks.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "ECSIntegrationsManagementPolicy",
                            "Effect": "Allow",
                            "Action": [
                                "application-autoscaling:DeleteScalingPolicy",
                                "application-autoscaling:DeregisterScalableTarget",
                                "application-autoscaling:DescribeScalableTargets",
                                "application-autoscaling:DescribeScalingActivities",
                                "application-autoscaling:DescribeScalingPolicies",
                                "application-autoscaling:PutScalingPolicy",
                                "application-autoscaling:RegisterScalableTarget",
                                "appmesh:DescribeVirtualGateway",
                                "appmesh:DescribeVirtualNode",
                                "appmesh:ListMeshes",
                                "appmesh:ListVirtualGateways",
                                "appmesh:ListVirtualNodes",
                                "autoscaling:CreateAutoScalingGroup",
                                "autoscaling:CreateLaunchConfiguration",
                                "autoscaling:DeleteAutoScalingGroup",
                                "autoscaling:DeleteLaunchConfiguration",
                                "autoscaling:Describe*",
                                "autoscaling:UpdateAutoScalingGroup",
                                "cloudformation:CreateStack",
                                "cloudformation:DeleteStack",
                                "cloudformation:DescribeStack*",
                                "cloudformation:UpdateStack",
                                "cloudwatch:DeleteAlarms",
                                "cloudwatch:DescribeAlarms",
                                "cloudwatch:GetMetricStatistics",
                                "cloudwatch:PutMetricAlarm",
                                "codedeploy:BatchGetApplicationRevisions",
                                "codedeploy:BatchGetApplications",
                                "codedeploy:BatchGetDeploymentGroups",
                                "codedeploy:BatchGetDeployments",
                                "codedeploy:ContinueDeployment",
                                "codedeploy:CreateApplication",
                                "codedeploy:CreateDeployment",
                                "codedeploy:CreateDeploymentGroup",
                                "codedeploy:GetApplication",
                                "codedeploy:GetApplicationRevision",
                                "codedeploy:GetDeployment",
                                "codedeploy:GetDeploymentConfig",
                                "codedeploy:GetDeploymentGroup",
                                "codedeploy:GetDeploymentTarget",
                                "codedeploy:ListApplicationRevisions",
                                "codedeploy:ListApplications",
                                "codedeploy:ListDeploymentConfigs",
                                "codedeploy:ListDeploymentGroups",
                                "codedeploy:ListDeployments",
                                "codedeploy:ListDeploymentTargets",
                                "codedeploy:RegisterApplicationRevision",
                                "codedeploy:StopDeployment",
                                "ec2:AssociateRouteTable",
                                "ec2:AttachInternetGateway",
                                "ec2:AuthorizeSecurityGroupIngress",
                                "ec2:CancelSpotFleetRequests",
                                "ec2:CreateInternetGateway",
                                "ec2:CreateLaunchTemplate",
                                "ec2:CreateRoute",
                                "ec2:CreateRouteTable",
                                "ec2:CreateSecurityGroup",
                                "ec2:CreateSubnet",
                                "ec2:CreateVpc",
                                "ec2:DeleteLaunchTemplate",
                                "ec2:DeleteSubnet",
                                "ec2:DeleteVpc",
                                "ec2:Describe*",
                                "ec2:DetachInternetGateway",
                                "ec2:DisassociateRouteTable",
                                "ec2:ModifySubnetAttribute",
                                "ec2:ModifyVpcAttribute",
                                "ec2:RequestSpotFleet",
                                "ec2:RunInstances",
                                "ecs:*",
                                "elasticfilesystem:DescribeAccessPoints",
                                "elasticfilesystem:DescribeFileSystems",
                                "elasticloadbalancing:CreateListener",
                                "elasticloadbalancing:CreateLoadBalancer",
                                "elasticloadbalancing:CreateRule",
                                "elasticloadbalancing:CreateTargetGroup",
                                "elasticloadbalancing:DeleteListener",
                                "elasticloadbalancing:DeleteLoadBalancer",
                                "elasticloadbalancing:DeleteRule",
                                "elasticloadbalancing:DeleteTargetGroup",
                                "elasticloadbalancing:DescribeListeners",
                                "elasticloadbalancing:DescribeLoadBalancers",
                                "elasticloadbalancing:DescribeRules",
                                "elasticloadbalancing:DescribeTargetGroups",
                                "events:DeleteRule",
                                "events:DescribeRule",
                                "events:ListRuleNamesByTarget",
                                "events:ListTargetsByRule",
                                "events:PutRule",
                                "events:PutTargets",
                                "events:RemoveTargets",
                                "fsx:DescribeFileSystems",
                                "iam:ListAttachedRolePolicies",
                                "iam:ListInstanceProfiles",
                                "iam:ListRoles",
                                "lambda:ListFunctions",
                                "logs:CreateLogGroup",
                                "logs:DescribeLogGroups",
                                "logs:FilterLogEvents",
                                "route53:CreateHostedZone",
                                "route53:DeleteHostedZone",
                                "route53:GetHealthCheck",
                                "route53:GetHostedZone",
                                "route53:ListHostedZonesByName",
                                "servicediscovery:CreatePrivateDnsNamespace",
                                "servicediscovery:CreateService",
                                "servicediscovery:DeleteService",
                                "servicediscovery:GetNamespace",
                                "servicediscovery:GetOperation",
                                "servicediscovery:GetService",
                                "servicediscovery:ListNamespaces",
                                "servicediscovery:ListServices",
                                "servicediscovery:UpdateService",
                                "sns:ListTopics"
                            ],
                            "Resource": [
                                "*"
                            ]
                        },
                        {
                            "Sid": "SSMPolicy",
                            "Effect": "Allow",
                            "Action": [
                                "ssm:GetParameter",
                                "ssm:GetParameters",
                                "ssm:GetParametersByPath"
                            ],
                            "Resource": "arn:aws:ssm:*:*:parameter/aws/service/ecs*"
                        },
                        {
                            "Sid": "ManagedCloudformationResourcesCleanupPolicy",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:DeleteInternetGateway",
                                "ec2:DeleteRoute",
                                "ec2:DeleteRouteTable",
                                "ec2:DeleteSecurityGroup"
                            ],
                            "Resource": [
                                "*"
                            ],
                            "Condition": {
                                "StringLike": {
                                    "ec2:ResourceTag/aws:cloudformation:stack-name": "EC2ContainerService-*"
                                }
                            }
                        },
                        {
                            "Sid": "TasksPassRolePolicy",
                            "Effect": "Allow",
                            "Action": "iam:PassRole",
                            "Resource": [
                                "*"
                            ],
                            "Condition": {
                                "StringLike": {
                                    "iam:PassedToService": "ecs-tasks.amazonaws.com"
                                }
                            }
                        },
                        {
                            "Sid": "InfrastructurePassRolePolicy",
                            "Effect": "Allow",
                            "Action": "iam:PassRole",
                            "Resource": [
                                "arn:aws:iam::*:role/ecsInfrastructureRole"
                            ],
                            "Condition": {
                                "StringEquals": {
                                    "iam:PassedToService": "ecs.amazonaws.com"
                                }
                            }
                        },
                        {
                            "Sid": "InstancePassRolePolicy",
                            "Effect": "Allow",
                            "Action": "iam:PassRole",
                            "Resource": [
                                "arn:aws:iam::*:role/ecsInstanceRole*"
                            ],
                            "Condition": {
                                "StringLike": {
                                    "iam:PassedToService": [
                                        "ec2.amazonaws.com",
                                        "ec2.amazonaws.com.cn"
                                    ]
                                }
                            }
                        },
                        {
                            "Sid": "AutoScalingPassRolePolicy",
                            "Effect": "Allow",
                            "Action": "iam:PassRole",
                            "Resource": [
                                "arn:aws:iam::*:role/ecsAutoscaleRole*"
                            ],
                            "Condition": {
                                "StringLike": {
                                    "iam:PassedToService": [
                                        "application-autoscaling.amazonaws.com",
                                        "application-autoscaling.amazonaws.com.cn"
                                    ]
                                }
                            }
                        },
                        {
                            "Sid": "ServiceLinkedRoleCreationPolicy",
                            "Effect": "Allow",
                            "Action": "iam:CreateServiceLinkedRole",
                            "Resource": "*",
                            "Condition": {
                                "StringLike": {
                                    "iam:AWSServiceName": [
                                        "ecs.amazonaws.com",
                                        "autoscaling.amazonaws.com",
                                        "ecs.application-autoscaling.amazonaws.com",
                                        "spot.amazonaws.com",
                                        "spotfleet.amazonaws.com"
                                    ]
                                }
                            }
                        },
                        {
                            "Sid": "ELBTaggingPolicy",
                            "Effect": "Allow",
                            "Action": [
                                "elasticloadbalancing:AddTags"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "elasticloadbalancing:CreateAction": [
                                        "CreateTargetGroup",
                                        "CreateRule",
                                        "CreateListener",
                                        "CreateLoadBalancer"
                                    ]
                                }
                            }
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ContainerRegistryReadOnly", path: "/", version: "v3",
            created: "2015-12-21T17:04:15+00:00", updated: "2019-12-10T20:56:32+00:00",
            description: "Provides read-only access to Amazon EC2 Container Registry repositories.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecr:GetAuthorizationToken",
                                "ecr:BatchCheckLayerAvailability",
                                "ecr:GetDownloadUrlForLayer",
                                "ecr:GetRepositoryPolicy",
                                "ecr:DescribeRepositories",
                                "ecr:ListImages",
                                "ecr:DescribeImages",
                                "ecr:BatchGetImage",
                                "ecr:GetLifecyclePolicy",
                                "ecr:GetLifecyclePolicyPreview",
                                "ecr:ListTagsForResource",
                                "ecr:DescribeImageScanFindings"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ContainerRegistryPowerUser", path: "/", version: "v3",
            created: "2015-12-21T17:05:33+00:00", updated: "2019-12-10T20:48:08+00:00",
            description: "Provides full access to Amazon EC2 Container Registry repositories, but does not allow repository deletion or policy changes.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecr:GetAuthorizationToken",
                                "ecr:BatchCheckLayerAvailability",
                                "ecr:GetDownloadUrlForLayer",
                                "ecr:GetRepositoryPolicy",
                                "ecr:DescribeRepositories",
                                "ecr:ListImages",
                                "ecr:DescribeImages",
                                "ecr:BatchGetImage",
                                "ecr:GetLifecyclePolicy",
                                "ecr:GetLifecyclePolicyPreview",
                                "ecr:ListTagsForResource",
                                "ecr:DescribeImageScanFindings",
                                "ecr:InitiateLayerUpload",
                                "ecr:UploadLayerPart",
                                "ecr:CompleteLayerUpload",
                                "ecr:PutImage"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ContainerRegistryFullAccess", path: "/", version: "v3",
            created: "2015-12-21T17:06:48+00:00", updated: "2020-12-05T00:04:19+00:00",
            description: "Provides administrative access to Amazon ECR resources",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecr:*",
                                "cloudtrail:LookupEvents"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "iam:CreateServiceLinkedRole"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "iam:AWSServiceName": [
                                        "replication.ecr.amazonaws.com"
                                    ]
                                }
                            }
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonS3ReadOnlyAccess", path: "/", version: "v3",
            created: "2015-02-06T18:40:59+00:00", updated: "2023-08-10T21:31:39+00:00",
            description: "Provides read only access to all buckets via the AWS Management Console.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "s3:Get*",
                                "s3:List*",
                                "s3:Describe*",
                                "s3-object-lambda:Get*",
                                "s3-object-lambda:List*"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonS3FullAccess", path: "/", version: "v2",
            created: "2015-02-06T18:40:58+00:00", updated: "2021-09-27T20:16:37+00:00",
            description: "Provides full access to all buckets via the AWS Management Console.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "s3:*",
                                "s3-object-lambda:*"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "CloudWatchLogsFullAccess", path: "/", version: "v8",
            created: "2015-02-06T18:40:02+00:00", updated: "2026-02-12T18:00:33+00:00",
            description: "Provides full access to CloudWatch Logs",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "CloudWatchLogsFullAccess",
                            "Effect": "Allow",
                            "Action": [
                                "logs:*",
                                "cloudwatch:GenerateQuery",
                                "cloudwatch:GenerateQueryResultsSummary",
                                "observabilityadmin:GetS3TableIntegration",
                                "observabilityadmin:ListS3TableIntegrations",
                                "observabilityadmin:ListTelemetryPipelines"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "CloudWatchLogsReadOnlyAccess", path: "/", version: "v12",
            created: "2015-02-06T18:40:03+00:00", updated: "2026-02-12T17:59:13+00:00",
            description: "Provides read only access to CloudWatch Logs",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "CloudWatchLogsReadOnlyAccess",
                            "Effect": "Allow",
                            "Action": [
                                "logs:Describe*",
                                "logs:Get*",
                                "logs:List*",
                                "logs:StartQuery",
                                "logs:StopQuery",
                                "logs:TestMetricFilter",
                                "logs:FilterLogEvents",
                                "logs:StartLiveTail",
                                "logs:StopLiveTail",
                                "cloudwatch:GenerateQuery",
                                "cloudwatch:GenerateQueryResultsSummary",
                                "observabilityadmin:ListS3TableIntegrations",
                                "observabilityadmin:GetS3TableIntegration",
                                "observabilityadmin:ListTelemetryPipelines"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2FullAccess", path: "/", version: "v5",
            created: "2015-02-06T18:40:15+00:00", updated: "2018-11-27T02:16:56+00:00",
            description: "Provides full access to Amazon EC2 via the AWS Management Console.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "ec2:*",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "elasticloadbalancing:*",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "cloudwatch:*",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "autoscaling:*",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "iam:CreateServiceLinkedRole",
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "iam:AWSServiceName": [
                                        "autoscaling.amazonaws.com",
                                        "ec2scheduled.amazonaws.com",
                                        "elasticloadbalancing.amazonaws.com",
                                        "spot.amazonaws.com",
                                        "spotfleet.amazonaws.com",
                                        "transitgateway.amazonaws.com"
                                    ]
                                }
                            }
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEC2ReadOnlyAccess", path: "/", version: "v5",
            created: "2015-02-06T18:40:17+00:00", updated: "2026-02-12T18:03:17+00:00",
            description: "Provides read only access to Amazon EC2 via the AWS Management Console.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ec2:Describe*",
                                "ec2:GetSecurityGroupsForVpc"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "elasticloadbalancing:Describe*",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "cloudwatch:ListMetrics",
                                "cloudwatch:GetMetricStatistics",
                                "cloudwatch:Describe*"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "autoscaling:Describe*",
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonSSMManagedInstanceCore", path: "/", version: "v2",
            created: "2019-03-15T17:22:12+00:00", updated: "2019-05-23T16:54:21+00:00",
            description: "The policy for Amazon EC2 Role to enable AWS Systems Manager service core functionality.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ssm:DescribeAssociation",
                                "ssm:GetDeployablePatchSnapshotForInstance",
                                "ssm:GetDocument",
                                "ssm:DescribeDocument",
                                "ssm:GetManifest",
                                "ssm:GetParameter",
                                "ssm:GetParameters",
                                "ssm:ListAssociations",
                                "ssm:ListInstanceAssociations",
                                "ssm:PutInventory",
                                "ssm:PutComplianceItems",
                                "ssm:PutConfigurePackageResult",
                                "ssm:UpdateAssociationStatus",
                                "ssm:UpdateInstanceAssociationStatus",
                                "ssm:UpdateInstanceInformation"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ssmmessages:CreateControlChannel",
                                "ssmmessages:CreateDataChannel",
                                "ssmmessages:OpenControlChannel",
                                "ssmmessages:OpenDataChannel"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ec2messages:AcknowledgeMessage",
                                "ec2messages:DeleteMessage",
                                "ec2messages:FailMessage",
                                "ec2messages:GetEndpoint",
                                "ec2messages:GetMessages",
                                "ec2messages:SendReply"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEKSClusterPolicy", path: "/", version: "v10",
            created: "2018-05-27T21:06:14+00:00", updated: "2026-02-12T17:58:15+00:00",
            description: nil,
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "AmazonEKSClusterPolicy",
                            "Effect": "Allow",
                            "Action": [
                                "autoscaling:DescribeAutoScalingGroups",
                                "autoscaling:UpdateAutoScalingGroup",
                                "ec2:AttachVolume",
                                "ec2:AuthorizeSecurityGroupIngress",
                                "ec2:CreateRoute",
                                "ec2:CreateSecurityGroup",
                                "ec2:CreateTags",
                                "ec2:CreateVolume",
                                "ec2:DeleteRoute",
                                "ec2:DeleteSecurityGroup",
                                "ec2:DeleteVolume",
                                "ec2:DescribeInstances",
                                "ec2:DescribeRouteTables",
                                "ec2:DescribeSecurityGroups",
                                "ec2:DescribeSubnets",
                                "ec2:DescribeVolumes",
                                "ec2:DescribeVolumesModifications",
                                "ec2:DescribeVpcs",
                                "ec2:DescribeDhcpOptions",
                                "ec2:DescribeNetworkInterfaces",
                                "ec2:DescribeAvailabilityZones",
                                "ec2:DetachVolume",
                                "ec2:ModifyInstanceAttribute",
                                "ec2:ModifyVolume",
                                "ec2:RevokeSecurityGroupIngress",
                                "ec2:DescribeAccountAttributes",
                                "ec2:DescribeAddresses",
                                "ec2:DescribeInternetGateways",
                                "ec2:DescribeInstanceTopology",
                                "elasticloadbalancing:AddTags",
                                "elasticloadbalancing:ApplySecurityGroupsToLoadBalancer",
                                "elasticloadbalancing:AttachLoadBalancerToSubnets",
                                "elasticloadbalancing:ConfigureHealthCheck",
                                "elasticloadbalancing:CreateListener",
                                "elasticloadbalancing:CreateLoadBalancer",
                                "elasticloadbalancing:CreateLoadBalancerListeners",
                                "elasticloadbalancing:CreateLoadBalancerPolicy",
                                "elasticloadbalancing:CreateTargetGroup",
                                "elasticloadbalancing:DeleteListener",
                                "elasticloadbalancing:DeleteLoadBalancer",
                                "elasticloadbalancing:DeleteLoadBalancerListeners",
                                "elasticloadbalancing:DeleteTargetGroup",
                                "elasticloadbalancing:DeregisterInstancesFromLoadBalancer",
                                "elasticloadbalancing:DeregisterTargets",
                                "elasticloadbalancing:DescribeListeners",
                                "elasticloadbalancing:DescribeLoadBalancerAttributes",
                                "elasticloadbalancing:DescribeLoadBalancerPolicies",
                                "elasticloadbalancing:DescribeLoadBalancers",
                                "elasticloadbalancing:DescribeTargetGroupAttributes",
                                "elasticloadbalancing:DescribeTargetGroups",
                                "elasticloadbalancing:DescribeTargetHealth",
                                "elasticloadbalancing:DetachLoadBalancerFromSubnets",
                                "elasticloadbalancing:ModifyListener",
                                "elasticloadbalancing:ModifyLoadBalancerAttributes",
                                "elasticloadbalancing:ModifyTargetGroup",
                                "elasticloadbalancing:ModifyTargetGroupAttributes",
                                "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
                                "elasticloadbalancing:RegisterTargets",
                                "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
                                "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
                                "kms:DescribeKey"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "AmazonEKSClusterPolicySLRCreate",
                            "Effect": "Allow",
                            "Action": "iam:CreateServiceLinkedRole",
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com"
                                }
                            }
                        },
                        {
                            "Sid": "AmazonEKSClusterPolicyENIDelete",
                            "Effect": "Allow",
                            "Action": "ec2:DeleteNetworkInterface",
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "ec2:ResourceTag/eks:eni:owner": "amazon-vpc-cni"
                                }
                            }
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEKSWorkerNodePolicy", path: "/", version: "v3",
            created: "2018-05-27T21:09:01+00:00", updated: "2023-11-27T00:06:13+00:00",
            description: "This policy allows Amazon EKS worker nodes to connect to Amazon EKS Clusters.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "WorkerNodePermissions",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:DescribeInstances",
                                "ec2:DescribeInstanceTypes",
                                "ec2:DescribeRouteTables",
                                "ec2:DescribeSecurityGroups",
                                "ec2:DescribeSubnets",
                                "ec2:DescribeVolumes",
                                "ec2:DescribeVolumesModifications",
                                "ec2:DescribeVpcs",
                                "eks:DescribeCluster",
                                "eks-auth:AssumeRoleForPodIdentity"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEKS_CNI_Policy", path: "/", version: "v6",
            created: "2018-05-27T21:07:42+00:00", updated: "2026-03-04T19:12:14+00:00",
            description: nil,
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "AmazonEKSCNIPolicy",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:AssignPrivateIpAddresses",
                                "ec2:AttachNetworkInterface",
                                "ec2:CreateNetworkInterface",
                                "ec2:DeleteNetworkInterface",
                                "ec2:DescribeInstances",
                                "ec2:DescribeTags",
                                "ec2:DescribeNetworkInterfaces",
                                "ec2:DescribeInstanceTypes",
                                "ec2:DescribeSubnets",
                                "ec2:DescribeSecurityGroups",
                                "ec2:DetachNetworkInterface",
                                "ec2:ModifyNetworkInterfaceAttribute",
                                "ec2:UnassignPrivateIpAddresses"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "AmazonEKSCNIPolicyENITag",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:CreateTags"
                            ],
                            "Resource": [
                                "arn:aws:ec2:*:*:network-interface/*"
                            ]
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonEKSFargatePodExecutionRolePolicy", path: "/", version: "v1",
            created: "2019-11-22T04:34:29+00:00", updated: "2019-11-22T04:34:29+00:00",
            description: nil,
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ecr:GetAuthorizationToken",
                                "ecr:BatchCheckLayerAvailability",
                                "ecr:GetDownloadUrlForLayer",
                                "ecr:BatchGetImage"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AutoScalingFullAccess", path: "/", version: "v2",
            created: "2017-01-12T19:31:58+00:00", updated: "2018-02-06T21:59:13+00:00",
            description: "Provides full access to Auto Scaling.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "autoscaling:*",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "cloudwatch:PutMetricAlarm",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "ec2:DescribeAccountAttributes",
                                "ec2:DescribeAvailabilityZones",
                                "ec2:DescribeImages",
                                "ec2:DescribeInstanceAttribute",
                                "ec2:DescribeInstances",
                                "ec2:DescribeKeyPairs",
                                "ec2:DescribeLaunchTemplateVersions",
                                "ec2:DescribePlacementGroups",
                                "ec2:DescribeSecurityGroups",
                                "ec2:DescribeSpotInstanceRequests",
                                "ec2:DescribeSubnets",
                                "ec2:DescribeVpcClassicLink"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": [
                                "elasticloadbalancing:DescribeLoadBalancers",
                                "elasticloadbalancing:DescribeTargetGroups"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Effect": "Allow",
                            "Action": "iam:CreateServiceLinkedRole",
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "iam:AWSServiceName": "autoscaling.amazonaws.com"
                                }
                            }
                        }
                    ]
                }
                """#),
        Entry(
            name: "AWSCloudTrail_ReadOnlyAccess", path: "/", version: "v1",
            created: "2022-06-14T17:19:05+00:00", updated: "2022-06-14T17:19:05+00:00",
            description: nil,
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "cloudtrail:Get*",
                                "cloudtrail:Describe*",
                                "cloudtrail:List*",
                                "cloudtrail:LookupEvents"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AutoScalingServiceRolePolicy", path: "/aws-service-role/", version: "v10",
            created: "2018-01-08T23:10:55+00:00", updated: "2025-11-12T18:19:06+00:00",
            description: "Enables access to AWS Services and Resources used or managed by Auto Scaling",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "EC2InstanceManagement",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:AttachClassicLinkVpc",
                                "ec2:CancelSpotInstanceRequests",
                                "ec2:CreateReplaceRootVolumeTask",
                                "ec2:CreateFleet",
                                "ec2:CreateTags",
                                "ec2:DeleteTags",
                                "ec2:Describe*",
                                "ec2:DetachClassicLinkVpc",
                                "ec2:GetInstanceTypesFromInstanceRequirements",
                                "ec2:GetSecurityGroupsForVpc",
                                "ec2:ModifyInstanceAttribute",
                                "ec2:RequestSpotInstances",
                                "ec2:RunInstances",
                                "ec2:StartInstances",
                                "ec2:StopInstances",
                                "ec2:TerminateInstances"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "EC2InstanceProfileManagement",
                            "Effect": "Allow",
                            "Action": [
                                "iam:PassRole"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "StringLike": {
                                    "iam:PassedToService": "ec2.amazonaws.com*"
                                }
                            }
                        },
                        {
                            "Sid": "EC2SpotManagement",
                            "Effect": "Allow",
                            "Action": [
                                "iam:CreateServiceLinkedRole"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "iam:AWSServiceName": "spot.amazonaws.com"
                                }
                            }
                        },
                        {
                            "Sid": "ELBManagement",
                            "Effect": "Allow",
                            "Action": [
                                "elasticloadbalancing:Register*",
                                "elasticloadbalancing:Deregister*",
                                "elasticloadbalancing:Describe*"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "CWManagement",
                            "Effect": "Allow",
                            "Action": [
                                "cloudwatch:DeleteAlarms",
                                "cloudwatch:DescribeAlarms",
                                "cloudwatch:GetMetricData",
                                "cloudwatch:PutMetricAlarm"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "SNSManagement",
                            "Effect": "Allow",
                            "Action": [
                                "sns:Publish"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "EventBridgeRuleManagement",
                            "Effect": "Allow",
                            "Action": [
                                "events:PutRule",
                                "events:PutTargets",
                                "events:RemoveTargets",
                                "events:DeleteRule"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "events:ManagedBy": "autoscaling.amazonaws.com"
                                }
                            }
                        },
                        {
                            "Sid": "SystemsManagerParameterManagement",
                            "Effect": "Allow",
                            "Action": [
                                "ssm:GetParameters"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "VpcLatticeManagement",
                            "Effect": "Allow",
                            "Action": [
                                "vpc-lattice:DeregisterTargets",
                                "vpc-lattice:GetTargetGroup",
                                "vpc-lattice:ListTargets",
                                "vpc-lattice:ListTargetGroups",
                                "vpc-lattice:RegisterTargets"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "ResourceGroupsManagement",
                            "Effect": "Allow",
                            "Action": [
                                "resource-groups:ListGroupResources"
                            ],
                            "Resource": "arn:*:resource-groups:*:*:group/*"
                        }
                    ]
                }
                """#),
        Entry(
            name: "AmazonECSServiceRolePolicy", path: "/aws-service-role/", version: "v24",
            created: "2017-10-14T01:18:58+00:00", updated: "2026-04-22T23:12:09+00:00",
            description: "Policy to enable Amazon ECS to manage your cluster.",
            document: #"""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "ECSTaskManagement",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:AttachNetworkInterface",
                                "ec2:AssociateTrunkInterface",
                                "ec2:CreateNetworkInterface",
                                "ec2:CreateNetworkInterfacePermission",
                                "ec2:DeleteNetworkInterface",
                                "ec2:DeleteNetworkInterfacePermission",
                                "ec2:Describe*",
                                "ec2:DetachNetworkInterface",
                                "ec2:DisassociateTrunkInterface",
                                "elasticloadbalancing:DeregisterInstancesFromLoadBalancer",
                                "elasticloadbalancing:DeregisterTargets",
                                "elasticloadbalancing:Describe*",
                                "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
                                "elasticloadbalancing:RegisterTargets",
                                "route53:ChangeResourceRecordSets",
                                "route53:CreateHealthCheck",
                                "route53:DeleteHealthCheck",
                                "route53:Get*",
                                "route53:List*",
                                "route53:UpdateHealthCheck",
                                "servicediscovery:DeregisterInstance",
                                "servicediscovery:Get*",
                                "servicediscovery:List*",
                                "servicediscovery:RegisterInstance",
                                "servicediscovery:UpdateInstanceCustomHealthStatus"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "AutoScaling",
                            "Effect": "Allow",
                            "Action": [
                                "autoscaling:Describe*"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "AutoScalingManagement",
                            "Effect": "Allow",
                            "Action": [
                                "autoscaling:DeletePolicy",
                                "autoscaling:PutScalingPolicy",
                                "autoscaling:SetInstanceProtection",
                                "autoscaling:UpdateAutoScalingGroup",
                                "autoscaling:PutLifecycleHook",
                                "autoscaling:DeleteLifecycleHook",
                                "autoscaling:CompleteLifecycleAction",
                                "autoscaling:RecordLifecycleActionHeartbeat",
                                "autoscaling:TerminateInstanceInAutoScalingGroup"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "Null": {
                                    "autoscaling:ResourceTag/AmazonECSManaged": "false"
                                }
                            }
                        },
                        {
                            "Sid": "AutoScalingPlanManagement",
                            "Effect": "Allow",
                            "Action": [
                                "autoscaling-plans:CreateScalingPlan",
                                "autoscaling-plans:DeleteScalingPlan",
                                "autoscaling-plans:DescribeScalingPlans",
                                "autoscaling-plans:DescribeScalingPlanResources"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "EventBridge",
                            "Effect": "Allow",
                            "Action": [
                                "events:DescribeRule",
                                "events:ListTargetsByRule"
                            ],
                            "Resource": "arn:aws:events:*:*:rule/ecs-managed-*"
                        },
                        {
                            "Sid": "EventBridgeRuleManagement",
                            "Effect": "Allow",
                            "Action": [
                                "events:PutRule",
                                "events:PutTargets"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "StringEquals": {
                                    "events:ManagedBy": "ecs.amazonaws.com"
                                }
                            }
                        },
                        {
                            "Sid": "CWAlarmManagement",
                            "Effect": "Allow",
                            "Action": [
                                "cloudwatch:DeleteAlarms",
                                "cloudwatch:DescribeAlarms",
                                "cloudwatch:PutMetricAlarm"
                            ],
                            "Resource": "arn:aws:cloudwatch:*:*:alarm:*"
                        },
                        {
                            "Sid": "ECSTagging",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:CreateTags"
                            ],
                            "Resource": "arn:aws:ec2:*:*:network-interface/*"
                        },
                        {
                            "Sid": "CWLogGroupManagement",
                            "Effect": "Allow",
                            "Action": [
                                "logs:CreateLogGroup",
                                "logs:DescribeLogGroups",
                                "logs:PutRetentionPolicy"
                            ],
                            "Resource": "arn:aws:logs:*:*:log-group:/aws/ecs/*"
                        },
                        {
                            "Sid": "CWLogStreamManagement",
                            "Effect": "Allow",
                            "Action": [
                                "logs:CreateLogStream",
                                "logs:DescribeLogStreams",
                                "logs:PutLogEvents"
                            ],
                            "Resource": "arn:aws:logs:*:*:log-group:/aws/ecs/*:log-stream:*"
                        },
                        {
                            "Sid": "ExecuteCommandSessionManagement",
                            "Effect": "Allow",
                            "Action": [
                                "ssm:DescribeSessions"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "ExecuteCommand",
                            "Effect": "Allow",
                            "Action": [
                                "ssm:StartSession"
                            ],
                            "Resource": [
                                "arn:aws:ecs:*:*:task/*",
                                "arn:aws:ssm:*:*:document/AmazonECS-ExecuteInteractiveCommand"
                            ]
                        },
                        {
                            "Sid": "OpenDataChannel",
                            "Effect": "Allow",
                            "Action": [
                                "ssmmessages:OpenDataChannel"
                            ],
                            "Resource": [
                                "arn:aws:ssm:*:*:session/*"
                            ],
                            "Condition": {
                                "StringEquals": {
                                    "aws:PrincipalAccount": "${aws:ResourceAccount}"
                                }
                            }
                        },
                        {
                            "Sid": "CloudMapResourceCreation",
                            "Effect": "Allow",
                            "Action": [
                                "servicediscovery:CreateHttpNamespace",
                                "servicediscovery:CreateService"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "ForAllValues:StringEquals": {
                                    "aws:TagKeys": [
                                        "AmazonECSManaged"
                                    ]
                                }
                            }
                        },
                        {
                            "Sid": "CloudMapResourceTagging",
                            "Effect": "Allow",
                            "Action": "servicediscovery:TagResource",
                            "Resource": "*",
                            "Condition": {
                                "StringLike": {
                                    "aws:RequestTag/AmazonECSManaged": "*"
                                }
                            }
                        },
                        {
                            "Sid": "CloudMapResourceDeletion",
                            "Effect": "Allow",
                            "Action": [
                                "servicediscovery:DeleteService"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "Null": {
                                    "aws:ResourceTag/AmazonECSManaged": "false"
                                }
                            }
                        },
                        {
                            "Sid": "CloudMapResourceDiscovery",
                            "Effect": "Allow",
                            "Action": [
                                "servicediscovery:DiscoverInstances",
                                "servicediscovery:DiscoverInstancesRevision"
                            ],
                            "Resource": "*"
                        },
                        {
                            "Sid": "CloudMapResourceAttributeManagement",
                            "Effect": "Allow",
                            "Action": [
                                "servicediscovery:UpdateServiceAttributes"
                            ],
                            "Resource": "*",
                            "Condition": {
                                "Null": {
                                    "aws:ResourceTag/AmazonECSManaged": "false"
                                }
                            }
                        },
                        {
                            "Sid": "ReadOnlyPermissionsForInstanceEventWindows",
                            "Effect": "Allow",
                            "Action": [
                                "ec2:DescribeInstanceEventWindows"
                            ],
                            "Resource": "*"
                        }
                    ]
                }
                """#),
    ]
}
