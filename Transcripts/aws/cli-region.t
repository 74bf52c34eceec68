# Which region a command goes to: --region, then AWS_REGION, then AWS_DEFAULT_REGION, then the
# profile's region in ~/.aws/config, then the instance metadata service (us-east-1 here).
# Regions hold separate resources; a region that does not exist cannot be reached.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name home --query cluster.clusterArn --output text
arn:aws:ecs:us-east-1:123456789012:cluster/home
$ aws ecs create-cluster --cluster-name away --region eu-central-1 --query cluster.clusterArn --output text
arn:aws:ecs:eu-central-1:123456789012:cluster/away
$ aws ecs list-clusters --region eu-central-1 --output text
CLUSTERARNS	arn:aws:ecs:eu-central-1:123456789012:cluster/away
$ AWS_DEFAULT_REGION=eu-central-1 aws ecs list-clusters --output text
CLUSTERARNS	arn:aws:ecs:eu-central-1:123456789012:cluster/away
$ export AWS_REGION=ap-southeast-2
$ AWS_DEFAULT_REGION=eu-central-1 aws ecs list-clusters
{
    "clusterArns": []
}
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************7EXM         iam-role    
secret_key     ****************mple         iam-role    
    region           ap-southeast-2              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']
$ unset AWS_REGION
$ aws configure set region eu-central-1
$ aws ecs list-clusters --output text
CLUSTERARNS	arn:aws:ecs:eu-central-1:123456789012:cluster/away
$ aws ecs list-clusters --region us-east-1 --output text
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/home
$ aws ecs list-clusters --region mars-north-1

Could not connect to the endpoint URL: "https://ecs.mars-north-1.amazonaws.com/"
? 255
$ aws ecs list-clusters --region 'us east 1'

Provided region_name 'us east 1' doesn't match a supported format.
? 255
