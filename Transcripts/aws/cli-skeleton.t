# --generate-cli-skeleton prints the input (JSON or YAML) or output shape without calling the
# service; the JSON input skeleton, filled in, goes back in with --cli-input-json.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs delete-cluster --generate-cli-skeleton
{
    "cluster": ""
}
$ aws ecs list-clusters --generate-cli-skeleton input
{
    "nextToken": "",
    "maxResults": 0
}
$ aws ecs create-cluster --generate-cli-skeleton yaml-input
clusterName: ''
tags:
- key: ''
  value: ''
settings:
- name: containerInsights  #  Valid values are: containerInsights.
  value: ''
configuration:
  executeCommandConfiguration:
    kmsKeyId: ''
    logging: NONE  #  Valid values are: NONE, DEFAULT, OVERRIDE.
    logConfiguration:
      cloudWatchLogGroupName: ''
      cloudWatchEncryptionEnabled: true
      s3BucketName: ''
      s3EncryptionEnabled: true
      s3KeyPrefix: ''
  managedStorageConfiguration:
    kmsKeyId: ''
    fargateEphemeralStorageKmsKeyId: ''
capacityProviders:
- ''
defaultCapacityProviderStrategy:
- capacityProvider: ''  # [REQUIRED] 
  weight: 0
  base: 0
serviceConnectDefaults:
  namespace: ''  # [REQUIRED] 
$ aws ecs list-clusters --generate-cli-skeleton output
{
    "clusterArns": [
        "String"
    ],
    "nextToken": "nextToken"
}
$ aws ecs delete-cluster --cluster demo --generate-cli-skeleton output --query cluster.status
"status"
$ aws ecs delete-cluster --generate-cli-skeleton output

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: --cluster

? 252
$ aws ecs list-clusters --generate-cli-skeleton xml

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --generate-cli-skeleton: Invalid choice, valid choices are:

input                                    | output                                  
yaml-input                              

? 252
$ aws ecs list-clusters
{
    "clusterArns": []
}
