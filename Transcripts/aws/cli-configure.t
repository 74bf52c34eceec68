# aws configure: list shows where the profile, credentials and region come from (the learner's
# host gets its region from instance metadata and credentials from its instance role until
# something else is configured); set writes ~/.aws/config, get reads it; the region then
# decides where requests go.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************7EXM         iam-role    
secret_key     ****************mple         iam-role    
    region                us-east-1             imds    
$ aws configure get region
? 1
$ aws configure set region eu-west-1
$ aws configure set output table
$ cat ~/.aws/config
[default]
region = eu-west-1
output = table
$ aws configure get region
eu-west-1
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************7EXM         iam-role    
secret_key     ****************mple         iam-role    
    region                eu-west-1      config-file    ~/.aws/config
$ aws ecs create-cluster --cluster-name dublin --query 'cluster.{Arn: clusterArn, Status: status}'
-----------------------------------------------------------------
|                         CreateCluster                         |
+-----------------------------------------------------+---------+
|                         Arn                         | Status  |
+-----------------------------------------------------+---------+
|  arn:aws:ecs:eu-west-1:123456789012:cluster/dublin  |  ACTIVE |
+-----------------------------------------------------+---------+
$ aws configure set output json
$ aws configure set region us-west-2 --profile dev
$ aws configure set profile.dev.output text
$ cat ~/.aws/config
[default]
region = eu-west-1
output = json
[profile dev]
region = us-west-2
output = text
$ aws configure list-profiles
default
dev
$ aws --profile dev configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                      dev           manual    --profile
access_key     ****************7EXM         iam-role    
secret_key     ****************mple         iam-role    
    region                us-west-2      config-file    ~/.aws/config
$ aws ecs create-cluster --cluster-name oregon --profile dev --query cluster.clusterArn
arn:aws:ecs:us-west-2:123456789012:cluster/oregon
$ AWS_PROFILE=dev aws configure get output
text
$ aws configure get output --profile nope

The config profile (nope) could not be found
? 255
$ aws ecs list-clusters --profile nope

The config profile (nope) could not be found
? 255
$ aws configure set region

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: value

? 252
