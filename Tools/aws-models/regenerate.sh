#!/usr/bin/env bash
# Regenerates every model Shipyard's aws embeds. Add a service (or an ec2 operation) here.
set -euo pipefail
cd "$(dirname "$0")"
ec2_operations=(
    CreateVpc DeleteVpc DescribeVpcs CreateSubnet DeleteSubnet DescribeSubnets ModifySubnetAttribute
    CreateSecurityGroup DeleteSecurityGroup DescribeSecurityGroups AuthorizeSecurityGroupIngress
    RevokeSecurityGroupIngress AuthorizeSecurityGroupEgress RevokeSecurityGroupEgress DescribeNetworkInterfaces
    DescribeInstances DescribeInstanceStatus DescribeAvailabilityZones DescribeRegions RunInstances TerminateInstances
    StopInstances StartInstances CreateTags DeleteTags DescribeTags DescribeImages DescribeInstanceTypes
    CreateLaunchTemplate CreateLaunchTemplateVersion DescribeLaunchTemplates DescribeLaunchTemplateVersions
    DeleteLaunchTemplate CreateKeyPair DescribeKeyPairs DeleteKeyPair CreateInternetGateway
    AttachInternetGateway DescribeInternetGateways DescribeRouteTables CreateRouteTable CreateRoute AssociateRouteTable DescribeVolumes
    DescribeAccountAttributes
)
"${V2_PYTHON:-/tmp/v2venv/bin/python}" commands.py
python3 generate.py ecs iam sts autoscaling logs cloudtrail ecr eks "cloudwatch:ListMetrics,GetMetricStatistics" \
    "events:PutRule,DescribeRule,ListRules,DeleteRule,EnableRule,DisableRule,PutTargets,ListTargetsByRule,RemoveTargets,TestEventPattern,PutEvents" \
    "ec2:$(IFS=,; echo "${ec2_operations[*]}")"
